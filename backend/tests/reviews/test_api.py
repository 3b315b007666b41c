"""The yearly review (jaarlijkse herijking): the proposal, the rules of the decisions and its effects."""

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.budgets.models import Budget, BudgetLine
from app.core.audit import AuditEvent
from app.interventions.models import ExecutionEntry
from app.plans.models import Plan
from tests.budgets.factories import make_line
from tests.interventions.factories import make_execution_entry, make_intervention
from tests.plans.factories import make_plan

pytestmark = pytest.mark.anyio


def url(plan) -> str:
    return f"/api/v1/plans/{plan.id}/annual-review"


async def test_proposal_lists_the_years_interventions_with_their_lines(api_as, programme):
    body = (await api_as("viewer").get(url(programme["plan"]), params={"fromYear": 2014})).json()
    assert body["fromYear"] == 2014 and body["toYear"] == 2015 and body["toYearInPlan"] and not body["reviewed"]
    items = {i["title"]: i for i in body["items"]}
    assert set(items) == {"Hostmanship-training", "Coaching leidinggevenden", "Oude cursus"}
    host = items["Hostmanship-training"]
    assert host["decision"] is None and not host["inNextYear"] and not host["budgetedNextYear"]
    assert host["lines"] == [{"id": str(programme["host_line"].id), "kind": "intervention", "title": "Hostmanship",
                              "stream": "strategic", "plannedAmount": "20000.00", "cap": None,
                              "committed": "0.00", "spent": "5000.00"}]
    # left out, fromYear is the earliest year that still awaits its review
    assert (await api_as("viewer").get(url(programme["plan"]))).json()["fromYear"] == 2014


async def test_review_carries_over_what_continues(api_as, db, org, programme):
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
    assert {c["title"] for c in result["carriedLines"]} == {"Hostmanship", "Coaching"}
    assert [b["stream"] for b in result["createdBudgets"]] == ["functional"]

    db.expire_all()
    decisions = {e.intervention_id: (e.review_decision, e.review_note) for e in db.scalars(
        select(ExecutionEntry).where(ExecutionEntry.year == 2014))}
    assert decisions[p["host"].id] == ("continue", "Loopt goed")
    assert decisions[p["old"].id] == ("stop", "")
    next_year = {e.intervention_id: e.origin for e in db.scalars(select(ExecutionEntry).where(
        ExecutionEntry.year == 2015))}
    assert next_year == {p["host"].id: "continued", p["coach"].id: "changed"}

    copies = {line.title: line for line in db.scalars(select(BudgetLine).join(Budget).where(Budget.year == 2015))}
    assert set(copies) == {"Hostmanship", "Coaching"}
    assert copies["Hostmanship"].carried_from_id == p["host_line"].id
    assert copies["Hostmanship"].planned_amount == Decimal("20000.00")
    new_functional = db.scalar(select(Budget).where(Budget.year == 2015, Budget.stream == "functional"))
    assert new_functional.amount == Decimal("314594.00") and "2014" in new_functional.notes
    assert copies["Coaching"].budget_id == new_functional.id
    strategic_2015 = db.scalar(select(Budget).where(Budget.year == 2015, Budget.stream == "strategic"))
    assert copies["Hostmanship"].budget_id == strategic_2015.id and strategic_2015.amount == Decimal("300000.00")

    plan = db.get(Plan, p["plan"].id)
    assert "Herijking 2014 → 2015" in plan.review_notes and "Hostmanship blijft speerpunt." in plan.review_notes
    assert db.scalar(select(AuditEvent).where(AuditEvent.action == "plan.annual_review",
                                              AuditEvent.entity_id == plan.id)) is not None

    # the proposal now shows the decisions; a second review of 2014 is refused
    body = (await client.get(url(p["plan"]), params={"fromYear": 2014})).json()
    assert body["reviewed"] and {i["decision"] for i in body["items"]} == {"continue", "change", "stop"}
    r = await client.post(url(p["plan"]), json={"fromYear": 2014, "decisions": [
        {"interventionId": str(i.id), "decision": "stop"} for i in (p["host"], p["coach"], p["old"])]})
    assert r.status_code == 409 and "reviewed already" in r.json()["detail"]


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
    assert result["skippedLines"] == 1 and result["carriedLines"] == []
    assert result["entries"][0]["created"] is False


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
    for i in range(25):
        intervention = make_intervention(db, org, f"Extra {i}")
        make_execution_entry(db, intervention)
        make_line(db, budget, title=f"L{i}", kind="intervention", intervention_id=intervention.id)
    with count_queries() as large:
        body = (await client.get(url(programme["plan"]), params={"fromYear": 2014})).json()
    assert len(body["items"]) == 28 and large.n == small.n
