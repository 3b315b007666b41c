# The document's own typography (curly quotes, en dashes) is kept in the names.
# ruff: noqa: RUF001
"""The Deventer plan 2014-2017 as the demo loader writes it, checked against the document.

The expected names and counts below were read from the document (tables 1-7, §3.5), independently of the
data module: a slip in the transcription fails here.
"""

from collections import Counter
from decimal import Decimal

import pytest
from sqlmodel import Session, select

from app.budgets.models import Budget, BudgetLine, Expenditure, LineKind, Payroll, Team
from app.core.vocabulary import Audience, Category, FundingStream
from app.demo import deventer as deventer_demo
from app.demo.loader import add_demo_organisations
from app.interventions.models import (
    ExecutionEntry,
    Intervention,
    InterventionLearningGoal,
    InterventionStatus,
    InterventionTheme,
    Origin,
)
from app.plans.models import Development, Goal, LearningGoal, Plan, PlanStatus, Theme
from tests import factories

pytestmark = pytest.mark.anyio

TABLE_1_HNW = ["Spelsimulatie HNW", "Leren plaats en tijd onafhankelijk werken", "Gesprekstechnieken",
               "Online communiceren", "Slimmer werken voor dummies en gevorderden",
               "Tijdsurfen - In balans blijven met HNW", "Ambtelijk ondernemerschap", "Outputgericht aansturen",
               "Fit blijven in je virtuele kantoor (ARBO)", "Feedback"]
TABLE_2_MOBILITEIT = ["Vraagstukken met elkaar verder brengen", "Omgaan met verandering",
                      "Waarderend ontwikkelen EVENT", "Leren netwerken", "Beïnvloedingsstijlen",
                      "Loopbaanmodules (Aanbod LAC)", "E-coaching – Reis naar jezelf", "Personal branding",
                      "Aan de slag met levensfasen", "Voeren lastige gesprekken", "Vitaliteitbevordering"]
TABLES_3_TO_5 = {"Vermogen tot verbinden": "Vermogen tot verbinden", "Traject Hostmanship": "Hostmanship",
                 "Zaakgericht werken": "Zaakgericht werken"}
TABLE_6_BASIC = ["Computer Essentials", "Mediation vaardigheden", "Adviseren met Impact (AMI)",
                 "Ontwerpen en geven van trainingen", "Schrijfvaardigheden", "Omgaan met agressie en geweld"]
HNW_GOALS = ["Sturen op output/outcome voor betere resultaten", "Slimmer werken (effectiever/efficiënter)",
             "Meer openheid en transparantie in de werkwijze", "Betere samenwerking met collega’s en partners",
             "Meer werken vanuit het organisatiebelang ofwel de zaak centraal", "Vergroten van de flexibiliteit"]
MOBILITEIT_GOALS = ["Het verhogen van de flexibiliteit", "Het bevorderen van het ondernemerschap",
                    "Het verhogen van de eigen verantwoordelijkheid op je loopbaan"]


@pytest.fixture
def deventer(db: Session):
    organisation = factories.make_organisation(db, "Gemeente Deventer (test)")
    organisation.learning_days_per_fte = Decimal("12")
    organisation.training_budget_target_percent = Decimal("3.00")
    plan = deventer_demo.load(db, organisation.id)
    db.flush()
    return organisation, plan


def _interventions(db: Session, organisation) -> dict[str, Intervention]:
    rows = db.exec(select(Intervention).where(Intervention.organisation_id == organisation.id)).all()
    assert len(rows) == len({r.title for r in rows}), "intervention titles are unique in the demo"
    return {r.title: r for r in rows}


def test_the_plan_is_adopted_and_runs_2014_to_2017(db, deventer):
    organisation, plan = deventer
    plans = db.exec(select(Plan).where(Plan.organisation_id == organisation.id)).all()
    assert [(p.title, p.first_year, p.last_year, p.status) for p in plans] == [
        ("Strategisch leer & ontwikkelplan 2014-2017", 2014, 2017, PlanStatus.adopted)]
    assert "netwerkorganisatie" in plan.summary and "70%" in plan.summary
    assert "najaar" in plan.review_notes and "evaluatieformulier" in plan.review_notes


def test_the_plan_holds_exactly_the_documents_developments_goals_and_themes(db, deventer):
    _, plan = deventer
    developments = db.exec(select(Development).where(Development.plan_id == plan.id)
                           .order_by(Development.position)).all()
    assert [d.title for d in developments] == ["Het Nieuwe Werken (HNW)", "Mobiliteit", "Organisatie van de Toekomst"]
    goals = {d.title: [g.title for g in db.exec(select(Goal).where(Goal.development_id == d.id)
                                                 .order_by(Goal.position)).all()] for d in developments}
    assert goals["Het Nieuwe Werken (HNW)"] == HNW_GOALS
    assert goals["Mobiliteit"] == MOBILITEIT_GOALS
    assert len(goals["Organisatie van de Toekomst"]) == 1  # the document leaves its goals to a later plan
    themes = db.exec(select(Theme).where(Theme.plan_id == plan.id).order_by(Theme.position)).all()
    assert [t.title for t in themes] == ["Vermogen tot verbinden", "Hostmanship", "Zaakgericht werken"]
    assert all(t.description for t in themes)
    assert "Dienstbaarheid" in themes[1].description  # the six pillars of hostmanship


def test_learning_goals_are_for_employees_managers_or_everyone_and_every_one_is_served(db, deventer):
    organisation, _ = deventer
    learning_goals = db.exec(select(LearningGoal).where(LearningGoal.organisation_id == organisation.id)).all()
    audiences = Counter(lg.audience for lg in learning_goals)
    assert audiences[Audience.managers] >= 2 and audiences[Audience.employees] >= 1
    served = set(db.exec(select(InterventionLearningGoal.learning_goal_id)).all())
    assert {lg.id for lg in learning_goals} <= served


def test_every_intervention_of_tables_1_to_6_and_management_development_is_there(db, deventer):
    organisation, _ = deventer
    interventions = _interventions(db, organisation)
    by_category = Counter(i.category for i in interventions.values())
    assert by_category == {Category.strategic_development: 10 + 11, Category.strategic_theme: 3,
                           Category.basic_skill: 6, Category.management_development: 2}
    assert {t for t, i in interventions.items() if i.category == Category.strategic_development} == {
        *TABLE_1_HNW, *TABLE_2_MOBILITEIT}
    assert {t for t, i in interventions.items() if i.category == Category.strategic_theme} == set(TABLES_3_TO_5)
    assert {t for t, i in interventions.items() if i.category == Category.basic_skill} == set(TABLE_6_BASIC)
    assert len(interventions) == 32


@pytest.mark.parametrize(("title", "status"), [
    ("Spelsimulatie HNW", InterventionStatus.new),
    ("Gesprekstechnieken", InterventionStatus.existing),
    ("Online communiceren", InterventionStatus.partly_existing),
    ("Outputgericht aansturen", InterventionStatus.partly_existing),
    ("Omgaan met verandering", InterventionStatus.existing),
    ("Beïnvloedingsstijlen", InterventionStatus.partly_existing),
    ("Personal branding", InterventionStatus.new),  # "(Event - nieuw)"
    ("Traject Hostmanship", InterventionStatus.new),  # "(nieuw, voortbordurend op lunchlezing)"
    ("Computer Essentials", InterventionStatus.partly_existing),
    ("Omgaan met agressie en geweld", InterventionStatus.existing),
    ("Ontwerpen en geven van trainingen", InterventionStatus.new),
])
def test_statuses_map_from_the_document(db, deventer, title, status):
    assert _interventions(db, deventer[0])[title].status == status


def test_status_counts_of_tables_1_to_6_are_the_documents(db, deventer):
    statuses = Counter(i.status for i in _interventions(db, deventer[0]).values()
                       if i.category != Category.management_development)  # the document gives MD no status
    assert statuses == {InterventionStatus.new: 14, InterventionStatus.existing: 8,
                        InterventionStatus.partly_existing: 8}


def test_goal_content_and_target_group_are_the_documents(db, deventer):
    interventions = _interventions(db, deventer[0])
    output = interventions["Outputgericht aansturen"]
    assert output.goal == "Verbeteren van het outputgericht aansturen"
    assert output.content == ("Aansturen van medewerkers op basis van resultaten, het maken van goede "
                              "resultaatafspraken, hoe stuur ik op resultaat?")
    assert output.target_group == "Leidinggevende" and output.audience == Audience.managers
    agression = interventions["Omgaan met agressie en geweld"]
    assert agression.mandatory and agression.content == ""  # the document leaves its content empty
    assert agression.target_group.endswith("(= verplicht)")
    assert interventions["Loopbaanmodules (Aanbod LAC)"].target_group == (
        "Iedereen, mensen met een boventalligheidsstatus hebben voorrang")
    assert all(i.goal and i.target_group for i in interventions.values())


def test_the_traceability_chain_is_connected(db, deventer):
    organisation, plan = deventer
    interventions = _interventions(db, organisation)
    reaches: dict = {}
    for intervention_id, development in db.exec(
        select(InterventionLearningGoal.intervention_id, Development.title)
        .join(LearningGoal, LearningGoal.id == InterventionLearningGoal.learning_goal_id)
        .join(Goal, Goal.id == LearningGoal.goal_id)
        .join(Development, Development.id == Goal.development_id)
        .where(Development.plan_id == plan.id)
    ).all():
        reaches.setdefault(intervention_id, set()).add(development)
    for title in TABLE_1_HNW:
        assert "Het Nieuwe Werken (HNW)" in reaches.get(interventions[title].id, set()), title
    for title in TABLE_2_MOBILITEIT:
        assert "Mobiliteit" in reaches.get(interventions[title].id, set()), title
    themed = dict(db.exec(select(InterventionTheme.intervention_id, Theme.title)
                          .join(Theme, Theme.id == InterventionTheme.theme_id)).all())
    for title, theme in TABLES_3_TO_5.items():
        assert themed.get(interventions[title].id) == theme, title
    for intervention in interventions.values():
        if intervention.category == Category.strategic_development:
            assert reaches.get(intervention.id), intervention.title
        if intervention.category == Category.strategic_theme:
            assert intervention.id in themed, intervention.title


def test_every_intervention_is_in_the_2014_programme(db, deventer):
    organisation, _ = deventer
    entries = db.exec(select(ExecutionEntry).where(ExecutionEntry.organisation_id == organisation.id)).all()
    assert len(entries) == 32
    assert {(e.year, e.origin) for e in entries} == {(2014, Origin.planned)}


def test_the_three_budgets_of_2014_are_exact(db, deventer):
    organisation, _ = deventer
    budgets = {b.stream: b for b in db.exec(select(Budget).where(Budget.organisation_id == organisation.id)).all()}
    assert {s: (b.year, b.amount) for s, b in budgets.items()} == {
        FundingStream.strategic: (2014, Decimal("314777.00")),
        FundingStream.functional: (2014, Decimal("314594.00")),
        FundingStream.personal: (2014, Decimal("357451.62")),
    }


def test_strategic_lines_stay_within_the_budget_and_have_the_plans_kinds(db, deventer):
    organisation, _ = deventer
    strategic = db.exec(select(Budget).where(Budget.organisation_id == organisation.id,
                                             Budget.stream == FundingStream.strategic)).one()
    lines = db.exec(select(BudgetLine).where(BudgetLine.budget_id == strategic.id)).all()
    assert sum(line.planned_amount for line in lines) <= strategic.amount
    kinds = Counter(line.kind for line in lines)
    assert kinds[LineKind.contingency] == 1 and kinds[LineKind.placeholder] == 1 and kinds[LineKind.ring_fenced] == 1
    placeholder = next(line for line in lines if line.kind == LineKind.placeholder)
    assert "Organisatie van de Toekomst" in placeholder.title
    ring_fenced = next(line for line in lines if line.kind == LineKind.ring_fenced)
    assert ring_fenced.cap is not None and ring_fenced.planned_amount <= ring_fenced.cap
    # one line per strategic intervention (developments, themes, management development); basic skills share
    # the ring-fenced line
    interventions = _interventions(db, organisation)
    per_intervention = Counter(line.intervention_id for line in lines if line.kind == LineKind.intervention)
    expected = {i.id for i in interventions.values() if i.category != Category.basic_skill}
    assert set(per_intervention) == expected and set(per_intervention.values()) == {1}
    for line in lines:
        if line.intervention_id:
            intervention = next(i for i in interventions.values() if i.id == line.intervention_id)
            assert line.planned_amount == intervention.cost_fixed + intervention.cost_per_participant * (
                intervention.expected_participants or 0)


def test_expenditures_stay_within_their_lines_and_values_not_in_the_document_say_so(db, deventer):
    organisation, _ = deventer
    lines = {line.id: line for line in db.exec(
        select(BudgetLine).where(BudgetLine.organisation_id == organisation.id)).all()}
    expenditures = db.exec(select(Expenditure).where(Expenditure.organisation_id == organisation.id)).all()
    assert len(expenditures) >= 5 and {e.status for e in expenditures} == {"committed", "spent"}
    used: Counter = Counter()
    for e in expenditures:
        used[e.budget_line_id] += e.amount
        assert e.date.year == 2014 and "demowaarde" in e.description
    for line_id, amount in used.items():
        assert amount <= lines[line_id].planned_amount
    assert all("emowaarde" in line.notes for line in lines.values())  # "Demowaarde" or "demowaarden"
    payroll = db.exec(select(Payroll).where(Payroll.organisation_id == organisation.id)).one()
    assert "Demowaarde" in payroll.notes


def test_payroll_puts_the_budgets_at_about_two_percent_and_teams_have_fte(db, deventer):
    organisation, _ = deventer
    payroll = db.exec(select(Payroll).where(Payroll.organisation_id == organisation.id)).one()
    total = Decimal("314777.00") + Decimal("314594.00") + Decimal("357451.62")
    assert payroll.year == 2014 and Decimal("1.9") <= total / payroll.amount * 100 <= Decimal("2.1")
    teams = db.exec(select(Team).where(Team.organisation_id == organisation.id)).all()
    assert 8 <= len(teams) <= 12 and {t.year for t in teams} == {2014} and all(t.fte > 0 for t in teams)


def test_the_plan_loads_in_a_fixed_number_of_statements(db, count_queries):
    organisation = factories.make_organisation(db)
    with count_queries() as counted:
        deventer_demo.load(db, organisation.id)
    # a statement per table and level, not per row: some 1,000 rows (32 interventions, 277 people, 17 sessions with
    # their attendees, an instrument) in about 22 statements; the evaluation rounds of the held trainings (their
    # invitations, responses and answers, some 700 rows) add two SELECTs and an INSERT per table
    assert counted.n <= 32


def test_the_loader_gives_deventer_its_plan_and_rotterdam_its_own(db):
    deventer, rotterdam = add_demo_organisations(db, password="demo wachtwoord lang")
    assert deventer.learning_days_per_fte == 12 and deventer.training_budget_target_percent == Decimal("3.00")
    assert db.exec(select(Plan).where(Plan.organisation_id == deventer.id)).one()
    rotterdam_plans = db.exec(select(Plan).where(Plan.organisation_id == rotterdam.id)).all()
    assert [p.title for p in rotterdam_plans] == ["Traineeship ambtenaren van de toekomst"]
    rotterdam_titles = set(db.exec(select(Intervention.title).where(Intervention.organisation_id == rotterdam.id)))
    assert rotterdam_titles and not rotterdam_titles & {*TABLE_1_HNW, *TABLE_2_MOBILITEIT, *TABLE_6_BASIC}


# --- read back through the API --------------------------------------------------------------------------

async def test_the_plan_reads_back_through_the_traceability_api(api_as, deventer):
    organisation, plan = deventer
    r = await api_as("viewer", organisation=organisation).get(f"/api/v1/plans/{plan.id}/traceability")
    assert r.status_code == 200, r.text
    tree = r.json()
    assert [d["title"] for d in tree["developments"]] == [
        "Het Nieuwe Werken (HNW)", "Mobiliteit", "Organisatie van de Toekomst"]
    assert [g["title"] for g in tree["developments"][0]["goals"]] == HNW_GOALS
    hnw = {i["title"] for g in tree["developments"][0]["goals"] for lg in g["learningGoals"]
           for i in lg["interventions"]}
    assert set(TABLE_1_HNW) <= hnw
    assert [t["title"] for t in tree["themes"]] == ["Vermogen tot verbinden", "Hostmanship", "Zaakgericht werken"]
    assert all(t["interventions"] for t in tree["themes"])
    counts = tree["counts"]
    assert counts["developments"] == 3 and counts["goals"] == 6 + 3 + 1 and counts["themes"] == 3
    assert counts["learningGoalsWithoutInterventions"] == 0 and counts["themesWithoutInterventions"] == 0
    assert counts["interventions"] == 10 + 11 + 3  # basic skills and MD serve no learning goal or theme


async def test_the_budget_summary_of_2014_shows_the_three_streams(api_as, deventer):
    organisation, _ = deventer
    r = await api_as("viewer", organisation=organisation).get("/api/v1/budget-summary", params={"year": 2014})
    assert r.status_code == 200, r.text
    summary = r.json()
    budgets = {s["stream"]: s for s in summary["streams"]}
    assert budgets["strategic"]["budget"] == "314777.00" and budgets["strategic"]["planned"] == "314777.00"
    assert budgets["functional"]["budget"] == "314594.00" and budgets["personal"]["budget"] == "357451.62"
    assert summary["total"]["budget"] == "986822.62"
    assert Decimal(budgets["strategic"]["spent"]) > 0 and Decimal(budgets["strategic"]["committed"]) > 0
    assert summary["payroll"]["trainingBudgetPercent"] == "1.99" and summary["payroll"]["targetPercent"] == "3.00"
    assert summary["learningDays"]["normPerFte"] == "12.00"
    assert len(summary["allocation"]) == 12
    codes = {w["code"] for w in summary["warnings"]}
    assert "below_target" in codes  # ~2 % against the aim of 3 %, as the plan says
    assert not codes & {"over_planned", "over_committed", "cap_exceeded", "line_overrun"}


async def test_every_intervention_reads_back_through_the_catalogue_api(api_as, deventer):
    organisation, _ = deventer
    client = api_as("viewer", organisation=organisation)
    r = await client.get("/api/v1/interventions", params={"year": 2014, "pageSize": 100})
    assert r.status_code == 200, r.text
    page = r.json()
    assert page["total"] == 32
    by_title = {i["title"]: i for i in page["items"]}
    assert set(by_title) == {*TABLE_1_HNW, *TABLE_2_MOBILITEIT, *TABLES_3_TO_5, *TABLE_6_BASIC,
                             "Esprit de corps bijeenkomsten", "Ontwikkelbijeenkomsten managers (vervolg MD)"}
    game = by_title["Spelsimulatie HNW"]
    assert game["status"] == "new" and game["category"] == "strategic_development"
    assert game["goal"] == ("Voorbereiding om de overgang naar HNW (voorbereiding op verhuizing naar nieuwe "
                            "stadhuis).")
    assert game["learningForm"] == "simulation_game" and game["years"] == [2014] and game["totalCost"] == "15000.00"
    assert {lg["title"] for lg in game["learningGoals"]} == {
        "Flexibel omgaan met veranderingen",
        "De juiste collega’s weten te vinden en verbinding leggen om samen te werken aan resultaat",
        "Eigen verantwoordelijkheid nemen voor je eigen handelen en voor het behalen van resultaten"}
    assert [t["title"] for t in by_title["Traject Hostmanship"]["themes"]] == ["Hostmanship"]
    assert by_title["Omgaan met agressie en geweld"]["mandatory"] is True

    async def count(**params) -> int:
        r = await client.get("/api/v1/interventions", params={"pageSize": 1, **params})
        assert r.status_code == 200, r.text
        return r.json()["total"]

    assert await count(category="basic_skill") == 6
    assert await count(category="management_development") == 2
    assert await count(status="existing") == sum(1 for i in by_title.values() if i["status"] == "existing") == 9
    assert await count(needsEvaluation="true") == sum(
        1 for i in by_title.values() if Decimal(i["durationDays"] or 0) >= 1) > 0


async def test_the_2014_execution_programme_exports_every_intervention(api_as, deventer):
    organisation, _ = deventer
    r = await api_as("viewer", organisation=organisation).get(
        "/api/v1/interventions/export", params={"year": 2014, "format": "csv"})
    assert r.status_code == 200, r.text
    text = r.content.decode("utf-8-sig")
    for title in (*TABLE_1_HNW, *TABLE_2_MOBILITEIT, *TABLES_3_TO_5, *TABLE_6_BASIC):
        assert title in text, title
    assert "Voorbereiding om de overgang naar HNW" in text and "15000,00" in text


def test_the_new_offer_starts_on_1_may_and_the_managers_meet_six_times_a_year(db, deventer):
    """§4: the (new) offer runs from 1 May 2014; §3.5: the managers' development meetings are six a year."""
    organisation, _ = deventer
    rows = {i.title: i for i in db.exec(select(Intervention).where(Intervention.organisation_id == organisation.id))}
    new = [i for i in rows.values() if i.status == InterventionStatus.new]
    assert new and all(i.starts_on is not None and i.starts_on.isoformat() == "2014-05-01" for i in new)
    assert all(i.starts_on is None for i in rows.values() if i.status != InterventionStatus.new)
    meetings = rows["Ontwikkelbijeenkomsten managers (vervolg MD)"]
    assert (meetings.sessions_per_year, meetings.frequency) == (6, "6 × per jaar")
    assert "ontwikkelagenda" in meetings.notes
    # Hours the document does not give are labelled as demo values.
    assert all("demowaarde" in i.notes for i in rows.values()
               if i.learning_hours_per_participant is not None and i.title != meetings.title)
    teams = db.exec(select(Team).where(Team.organisation_id == organisation.id)).all()
    assert teams and all("leervraag" in t.notes.lower() for t in teams)
