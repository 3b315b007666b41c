"""The yearly review (jaarlijkse herijking): the proposal, the rules of the decisions and its effects."""

import re
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.budgets.models import Budget, BudgetLine, Team
from app.core.audit import AuditEvent
from app.interventions.models import ExecutionEntry
from app.plans.models import Plan
from tests.budgets.factories import make_line
from tests.interventions.factories import make_execution_entry, make_intervention
from tests.plans.factories import make_plan
from tests.reports.evaluation_factories import make_evaluated_session, make_form

pytestmark = pytest.mark.anyio


def url(plan) -> str:
    return f"/api/v1/plans/{plan.id}/annual-review"


def decisions(p, **chosen):
    """A decision for each of the three interventions: continue unless given (host, coach, old)."""
    return [{"interventionId": str(p[k].id), "decision": chosen.get(k, "continue")} for k in ("host", "coach", "old")]


async def test_proposal_lists_the_years_interventions_with_their_lines(api_as, programme):
    p = programme
    body = (await api_as("viewer").get(url(p["plan"]), params={"fromYear": 2014})).json()
    assert body["fromYear"] == 2014 and body["toYear"] == 2015 and body["toYearInPlan"] and not body["reviewed"]
    items = {i["title"]: i for i in body["items"]}
    assert set(items) == {"Hostmanship-training", "Coaching leidinggevenden", "Oude cursus"}
    host = items["Hostmanship-training"]
    assert host["decision"] is None and not host["inNextYear"] and not host["budgetedNextYear"]
    assert host["evaluation"] is None  # filled by the evaluations, a later issue
    assert host["lines"] == [{"id": str(p["host_line"].id), "kind": "intervention", "title": "Hostmanship",
                              "stream": "strategic", "interventionId": str(p["host"].id),
                              "interventionTitle": "Hostmanship-training", "plannedAmount": "20000.00", "cap": None,
                              "committed": "0.00", "spent": "5000.00", "proposedAmount": "20000.00",
                              "maxAmount": None, "skip": None}]
    # left out, fromYear is the earliest year that still awaits its review
    assert (await api_as("viewer").get(url(p["plan"]))).json()["fromYear"] == 2014


async def test_proposal_holds_all_three_streams_every_line_kind_and_the_teams(api_as, programme):
    body = (await api_as("viewer").get(url(programme["plan"]), params={"fromYear": 2014})).json()
    assert body["streams"] == [
        {"stream": "strategic", "amount": "314777.00", "nextBudgetId": body["streams"][0]["nextBudgetId"],
         "nextAmount": "300000.00", "creates": False},
        {"stream": "functional", "amount": "314594.00", "nextBudgetId": None, "nextAmount": "314594.00",
         "creates": True},
        {"stream": "personal", "amount": "357451.62", "nextBudgetId": None, "nextAmount": "357451.62",
         "creates": True},
    ]
    assert body["streams"][0]["nextBudgetId"] is not None
    lines = {line["title"]: line for line in body["budgetLines"]}
    shown = {t: (line["kind"], line["proposedAmount"], line["maxAmount"], line["skip"]) for t, line in lines.items()}
    assert shown == {
        "Basisvaardigheden (geïsoleerd budget)": ("ring_fenced", "49340.00", "49340.00", None),
        "Onvoorzien": ("contingency", "9767.00", None, None),
        "Stelpost Organisatie van de Toekomst": ("placeholder", "40000.00", None, None),
        "Buiten": ("intervention", "500.00", None, "not_in_programme"),
    }
    assert [(t["name"], t["fte"], t["skip"]) for t in body["teams"]] == [("Werk en Inkomen", "118.60", None),
                                                                          ("Zorg", "64.20", None)]


async def test_review_carries_every_stream_and_line_kind_and_names_what_stops(api_as, db, org, programme):
    client = api_as("editor")
    p = programme
    r = await client.post(url(p["plan"]), json={"fromYear": 2014, "notes": "Hostmanship blijft speerpunt.",
                                                "decisions": [
        {"interventionId": str(p["host"].id), "decision": "continue", "note": "Loopt goed"},
        {"interventionId": str(p["coach"].id), "decision": "change", "note": "Kleinere groepen"},
        {"interventionId": str(p["old"].id), "decision": "stop"},
    ]})
    assert r.status_code == 200, r.text
    result = r.json()
    assert (result["continued"], result["changed"], result["stopped"]) == (1, 1, 1)
    assert {e["title"]: e["origin"] for e in result["entries"]} == {"Hostmanship-training": "continued",
                                                                    "Coaching leidinggevenden": "changed"}
    assert {c["title"]: (c["kind"], c["stream"], c["plannedAmount"], c["cap"]) for c in result["carriedLines"]} == {
        "Hostmanship": ("intervention", "strategic", "20000.00", None),
        "Coaching": ("intervention", "functional", "8000.00", None),
        "Basisvaardigheden (geïsoleerd budget)": ("ring_fenced", "strategic", "49340.00", "49340.00"),
        "Onvoorzien": ("contingency", "strategic", "9767.00", None),
        "Stelpost Organisatie van de Toekomst": ("placeholder", "strategic", "40000.00", None),
    }
    # nothing dropped without a word: every line not carried is named with why
    assert {s["title"]: s["reason"] for s in result["skippedLines"]} == {"Oud": "stopped", "Buiten": "not_in_programme"}
    assert result["stoppedInterventions"] == [{"interventionId": str(p["old"].id), "title": "Oude cursus",
                                               "freed": [{"stream": "strategic", "amount": "100.00"}]}]
    assert result["freed"] == [{"stream": "strategic", "amount": "100.00"}]
    assert {b["stream"]: b["amount"] for b in result["createdBudgets"]} == {"functional": "314594.00",
                                                                           "personal": "357451.62"}
    assert {(t["name"], t["fte"]) for t in result["carriedTeams"]} == {("Werk en Inkomen", "118.60"),
                                                                      ("Zorg", "64.20")}

    db.expire_all()
    decided = {e.intervention_id: (e.review_decision, e.review_note) for e in db.scalars(
        select(ExecutionEntry).where(ExecutionEntry.year == 2014))}
    assert decided[p["host"].id] == ("continue", "Loopt goed")
    assert decided[p["old"].id] == ("stop", "")
    next_year = {e.intervention_id: e.origin for e in db.scalars(select(ExecutionEntry).where(
        ExecutionEntry.year == 2015))}
    assert next_year == {p["host"].id: "continued", p["coach"].id: "changed"}

    copies = {line.title: line for line in db.scalars(select(BudgetLine).join(Budget).where(Budget.year == 2015))}
    assert len(copies) == 5
    assert copies["Hostmanship"].carried_from_id == p["host_line"].id
    assert copies["Basisvaardigheden (geïsoleerd budget)"].cap == Decimal("49340.00")
    new_functional = db.scalar(select(Budget).where(Budget.year == 2015, Budget.stream == "functional"))
    assert new_functional.amount == Decimal("314594.00") and "2014" in new_functional.notes
    assert copies["Coaching"].budget_id == new_functional.id
    assert db.scalar(select(Budget).where(Budget.year == 2015, Budget.stream == "personal")) is not None
    strategic_2015 = db.scalar(select(Budget).where(Budget.year == 2015, Budget.stream == "strategic"))
    assert copies["Onvoorzien"].budget_id == strategic_2015.id and strategic_2015.amount == Decimal("300000.00")
    assert {t.name for t in db.scalars(select(Team).where(Team.year == 2015))} == {"Werk en Inkomen", "Zorg"}

    plan = db.get(Plan, p["plan"].id)
    assert "Herijking 2014 → 2015 (" in plan.review_notes and not re.search(r"\d{4}-\d{2}-\d{2}", plan.review_notes)
    assert "Herijking 2014 → 2015" in plan.review_notes and "Hostmanship blijft speerpunt." in plan.review_notes
    assert "(Oude cursus)" in plan.review_notes
    assert db.scalar(select(AuditEvent).where(AuditEvent.action == "plan.annual_review",
                                              AuditEvent.entity_id == plan.id)) is not None

    # the proposal now shows the decisions; a second review of 2014 is refused (409) and writes nothing
    body = (await client.get(url(p["plan"]), params={"fromYear": 2014})).json()
    assert body["reviewed"] and {i["decision"] for i in body["items"]} == {"continue", "change", "stop"}
    assert {line["skip"] for line in body["budgetLines"] if line["kind"] != "intervention"} == {"in_next_year"}
    assert {t["skip"] for t in body["teams"]} == {"next_year_has_teams"}
    r = await client.post(url(p["plan"]), json={"fromYear": 2014, "decisions": decisions(p)})
    assert r.status_code == 409 and r.json()["code"] == "review_done"
    db.expire_all()
    assert len(db.scalars(select(BudgetLine).join(Budget).where(Budget.year == 2015)).all()) == 5
    assert len(db.scalars(select(Budget).where(Budget.year == 2015)).all()) == 3
    assert len(db.scalars(select(Team).where(Team.year == 2015)).all()) == 2


async def test_next_years_amounts_can_be_changed_but_a_ring_fenced_line_not_raised(api_as, db, programme):
    p = programme
    client = api_as("editor")
    r = await client.post(url(p["plan"]), json={
        "fromYear": 2014, "decisions": decisions(p, old="stop"),
        "lineAmounts": [{"lineId": str(p["ring_fenced"].id), "plannedAmount": "49340.01"},
                        {"lineId": str(p["old_line"].id), "plannedAmount": "5.00"},
                        {"lineId": str(p["contingency"].id), "plannedAmount": "1.00"},
                        {"lineId": str(p["contingency"].id), "plannedAmount": "2.00"}],
        "budgetAmounts": [{"stream": "strategic", "amount": "1.00"}],
    })
    assert r.status_code == 400, r.text
    errors = {e["pointer"]: e for e in r.json()["errors"]}
    ring = errors["/lineAmounts/0/plannedAmount"]
    assert ring["code"] == "above_ring_fence" and "Basisvaardigheden (geïsoleerd budget)" in ring["detail"]
    assert ring["params"] == {"title": "Basisvaardigheden (geïsoleerd budget)", "max": "49340.00",
                              "amount": "49340.01"}
    assert errors["/lineAmounts/1/lineId"]["code"] == "not_carried"
    assert errors["/lineAmounts/3/lineId"]["code"] == "duplicate"
    assert errors["/budgetAmounts/0/stream"]["code"] == "not_created"
    assert "/lineAmounts/2/lineId" not in errors
    db.expire_all()
    assert db.scalar(select(ExecutionEntry).where(ExecutionEntry.year == 2015)) is None  # nothing written
    assert db.scalar(select(ExecutionEntry).where(ExecutionEntry.review_decision.is_not(None))) is None

    r = await client.post(url(p["plan"]), json={
        "fromYear": 2014, "decisions": decisions(p),
        "lineAmounts": [{"lineId": str(p["ring_fenced"].id), "plannedAmount": "45000"},
                        {"lineId": str(p["host_line"].id), "plannedAmount": "25000.50"}],
        "budgetAmounts": [{"stream": "personal", "amount": "360000.00"}],
    })
    assert r.status_code == 200, r.text
    carried = {c["title"]: (c["plannedAmount"], c["cap"]) for c in r.json()["carriedLines"]}
    assert carried["Basisvaardigheden (geïsoleerd budget)"] == ("45000.00", "49340.00")
    assert carried["Hostmanship"] == ("25000.50", None)
    assert {b["stream"]: b["amount"] for b in r.json()["createdBudgets"]}["personal"] == "360000.00"
    assert r.json()["stoppedInterventions"] == [] and r.json()["freed"] == []


async def test_every_intervention_needs_exactly_one_decision(api_as, db, org, other_org, programme):
    p = programme
    stranger = make_intervention(db, other_org, "Elders")
    r = await api_as("editor").post(url(p["plan"]), json={"fromYear": 2014, "decisions": [
        {"interventionId": str(p["host"].id), "decision": "continue"},
        {"interventionId": str(p["host"].id), "decision": "stop"},
        {"interventionId": str(stranger.id), "decision": "stop"},
    ]})
    assert r.status_code == 400
    errors = {e["pointer"]: e for e in r.json()["errors"]}
    assert errors["/decisions/1/interventionId"]["code"] == "duplicate"
    assert errors["/decisions/2/interventionId"]["code"] == "unknown"
    assert "Coaching leidinggevenden" in errors["/decisions"]["detail"] and "Oude cursus" in errors["/decisions"][
        "detail"]
    assert db.scalar(select(ExecutionEntry).where(ExecutionEntry.year == 2015)) is None  # nothing written


async def test_review_outside_the_plan_or_of_an_empty_year_is_409(api_as, db, org, programme):
    client = api_as("editor")
    last = make_plan(db, org, first_year=2010, last_year=2014)
    r = await client.post(url(last), json={"fromYear": 2014, "decisions": []})
    assert r.status_code == 409 and "outside the plan" in r.json()["detail"]
    r = await client.post(url(programme["plan"]), json={"fromYear": 2016, "decisions": []})
    assert r.status_code == 409 and "nothing to review" in r.json()["detail"]
    assert (await client.get(url(last), params={"fromYear": 2014})).json()["toYearInPlan"] is False


async def test_lines_are_not_doubled_when_next_year_is_budgeted_already(api_as, db, org, programme):
    p = programme
    next_strategic = db.scalar(select(Budget).where(Budget.year == 2015, Budget.stream == "strategic"))
    make_line(db, next_strategic, title="Hostmanship 2015", planned="1.00", kind="intervention",
              intervention_id=p["host"].id)
    make_execution_entry(db, p["host"], year=2015)
    r = await api_as("editor").post(url(p["plan"]), json={"fromYear": 2014, "decisions": [
        {"interventionId": str(p["host"].id), "decision": "continue"},
        {"interventionId": str(p["coach"].id), "decision": "stop"},
        {"interventionId": str(p["old"].id), "decision": "stop"},
    ]})
    result = r.json()
    assert {s["title"]: s["reason"] for s in result["skippedLines"]} == {
        "Hostmanship": "budgeted_next_year", "Coaching": "stopped", "Oud": "stopped", "Buiten": "not_in_programme"}
    assert "Hostmanship" not in {c["title"] for c in result["carriedLines"]}
    assert result["entries"][0]["created"] is False
    assert [s["title"] for s in result["stoppedInterventions"]] == ["Coaching leidinggevenden", "Oude cursus"]
    assert result["freed"] == [{"stream": "strategic", "amount": "100.00"}, {"stream": "functional",
                                                                             "amount": "8000.00"}]


async def test_another_organisations_plan_is_404_and_viewers_cannot_review(api_as, db, other_org, programme):
    theirs = make_plan(db, other_org)
    assert (await api_as("editor").get(url(theirs))).status_code == 404
    assert (await api_as("editor").post(url(theirs), json={"fromYear": 2014, "decisions": []})).status_code == 404
    assert (await api_as("viewer").post(url(programme["plan"]), json={"fromYear": 2014,
                                                                      "decisions": []})).status_code == 403


async def test_proposal_costs_a_fixed_number_of_queries(api_as, db, org, programme, count_queries):
    client = api_as("viewer")
    await client.get(url(programme["plan"]), params={"fromYear": 2014})
    with count_queries() as small:
        await client.get(url(programme["plan"]), params={"fromYear": 2014})
    budget = db.scalar(select(Budget).where(Budget.year == 2014, Budget.stream == "strategic"))
    form = make_form(db, org)
    for i in range(25):
        intervention = make_intervention(db, org, f"Extra {i}")
        make_execution_entry(db, intervention)
        make_line(db, budget, title=f"L{i}", kind="intervention", intervention_id=intervention.id)
        if i % 5 == 0:  # evaluated in 2014: the evaluations of all items are read at once
            make_evaluated_session(db, org, form, intervention=intervention, respondents=[[4] * 7 + [None]] * 5)
    with count_queries() as large:
        body = (await client.get(url(programme["plan"]), params={"fromYear": 2014})).json()
    assert len(body["items"]) == 28 and large.n == small.n
    assert sum(1 for item in body["items"] if item["evaluation"]) == 5
