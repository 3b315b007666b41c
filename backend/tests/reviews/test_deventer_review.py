"""The yearly review 2014 → 2015 of the Deventer demo (issue 12 point 4): the whole budget goes along."""

from decimal import Decimal

import pytest
from sqlmodel import select

from app.budgets.models import Budget, BudgetLine, Team
from app.core.errors import InvalidInput
from app.demo import deventer as deventer_demo
from app.interventions import programme
from app.reports import evaluations
from app.reviews import service
from app.reviews.schemas import AnnualReviewCreate
from tests import factories
from tests.factories import make_scope


@pytest.fixture
def deventer(db):
    organisation = factories.make_organisation(db, "Gemeente Deventer (test)")
    plan = deventer_demo.load(db, organisation.id)
    db.flush()
    return organisation, plan


def test_alles_doorgaan_carries_all_three_streams_every_line_and_the_teams(db, deventer):
    organisation, plan = deventer
    scope = make_scope(organisation)
    shown = service.proposal(db, scope, plan_id=plan.id, from_year=2014)
    assert [(s.stream, s.creates) for s in shown.streams] == [("strategic", True), ("functional", True),
                                                               ("personal", True)]
    ring = next(line for line in shown.budget_lines if line.kind == "ring_fenced")
    assert (ring.planned_amount, ring.proposed_amount, ring.max_amount) == (Decimal("49340.00"),) * 3
    assert {line.kind for line in shown.budget_lines} >= {"ring_fenced", "contingency", "placeholder"}
    evaluated = {item.title: item.evaluation for item in shown.items if item.evaluation is not None}
    assert set(evaluated) == {"Omgaan met agressie en geweld", "Gesprekstechnieken", "Outputgericht aansturen",
                              "Vermogen tot verbinden"}  # the trainings held and evaluated in 2014

    entries = programme.programme(db, scope, 2014)
    result = service.perform(db, scope, plan_id=plan.id, data=AnnualReviewCreate(from_year=2014, decisions=[
        {"intervention_id": intervention.id, "decision": "continue"} for _, intervention in entries]))
    assert result.skipped_lines == [] and result.stopped_interventions == []
    assert {b.stream: b.amount for b in result.created_budgets} == {
        "strategic": Decimal("314777.00"), "functional": Decimal("314594.00"), "personal": Decimal("357451.62")}

    lines_2014 = db.exec(select(BudgetLine).join(Budget).where(Budget.organisation_id == organisation.id,
                                                                Budget.year == 2014)).all()
    lines_2015 = {line.title: line for line in db.exec(select(BudgetLine).join(Budget).where(
        Budget.organisation_id == organisation.id, Budget.year == 2015))}
    assert len(lines_2015) == len(lines_2014)
    basic = lines_2015["Basisvaardigheden (geïsoleerd budget)"]
    assert basic.planned_amount == Decimal("49340.00") and basic.cap == Decimal("49340.00")
    assert lines_2015["Onvoorzien"].kind == "contingency"
    assert lines_2015["Stelpost Organisatie van de Toekomst"].kind == "placeholder"
    assert sum(line.planned_amount for line in lines_2015.values()) == sum(line.planned_amount for line in lines_2014)
    assert len(db.exec(select(Team).where(Team.organisation_id == organisation.id, Team.year == 2015)).all()) == 12


def test_the_review_shows_each_evaluated_trainings_evaluations_beside_it(db, deventer, count_queries):
    organisation, plan = deventer
    scope = make_scope(organisation)
    shown = service.proposal(db, scope, plan_id=plan.id, from_year=2014)
    items = {item.title: item for item in shown.items}
    aggression = items["Omgaan met agressie en geweld"].evaluation
    assert aggression is not None and aggression.suppressed is None
    assert aggression.responses == 24  # two sessions, 13 and 11 of those present answered
    assert [a.aspect for a in aggression.aspects] == ["trainer", "content", "added_value", "location", "overall"]
    overall = aggression.aspects[-1]
    assert (overall.scale_min, overall.scale_max, overall.n) == (0, 10, 24) and 6 < overall.mean < 9
    assert all(a.scale_max == 5 for a in aggression.aspects[:-1])
    # De Boreel's rooms are rated lower than the trainer who gives the training there
    assert aggression.aspects[3].mean < aggression.aspects[0].mean - 1
    assert items["Spelsimulatie HNW"].evaluation is None  # not held in 2014: not evaluated
    # every item's evaluation together costs 4 queries: the minimum, the sessions, the aspect sums, the forms
    with count_queries() as counted:
        evaluations.summaries(db, scope, year=2014)
    assert counted.n == 4


def test_the_ring_fenced_basic_skills_line_cannot_grow(db, deventer):
    organisation, plan = deventer
    scope = make_scope(organisation)
    shown = service.proposal(db, scope, plan_id=plan.id, from_year=2014)
    ring = next(line for line in shown.budget_lines if line.kind == "ring_fenced")
    with pytest.raises(InvalidInput) as refused:
        service.perform(db, scope, plan_id=plan.id, data=AnnualReviewCreate(
            from_year=2014, decisions=[{"intervention_id": i.intervention_id, "decision": "continue"}
                                       for i in shown.items],
            line_amounts=[{"line_id": ring.id, "planned_amount": "52000.00"}]))
    [error] = refused.value.errors
    assert error["pointer"] == "/lineAmounts/0/plannedAmount" and error["code"] == "above_ring_fence"
    assert "Basisvaardigheden (geïsoleerd budget)" in error["detail"] and error["params"]["max"] == "49340.00"
