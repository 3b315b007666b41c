"""The yearly review's rules, called on the service with a Scope: which year is proposed, that every
intervention of the year gets exactly one decision, and when a review is refused. The HTTP tests
(test_api.py) check the proposal and the review as the API gives them."""

import pytest
from sqlalchemy import select

from app.core.errors import Conflict, InvalidInput, NotFound
from app.interventions.models import ExecutionEntry
from app.reviews import service
from app.reviews.schemas import AnnualReviewCreate
from tests.factories import make_scope
from tests.interventions.factories import make_execution_entry, make_intervention
from tests.plans.factories import make_plan


def review(db, org, plan, decisions, year=2014):
    return service.perform(db, make_scope(org), plan_id=plan.id, data=AnnualReviewCreate(
        from_year=year, decisions=[{"intervention_id": i.id, "decision": d} for i, d in decisions]))


def test_the_proposed_year_is_the_earliest_not_yet_reviewed_but_never_the_plans_last(db, org, programme):
    plan, scope = programme["plan"], make_scope(org)  # 2014-2017, the 2014 programme awaits its review
    make_execution_entry(db, programme["host"], year=2016)
    assert service.proposal(db, scope, plan_id=plan.id, from_year=None).from_year == 2014
    review(db, org, plan, [(programme["host"], "stop"), (programme["coach"], "stop"), (programme["old"], "stop")])
    assert service.proposal(db, scope, plan_id=plan.id, from_year=None).from_year == 2016
    make_execution_entry(db, programme["coach"], year=2017)  # the plan's last year: nothing to review into
    review(db, org, plan, [(programme["host"], "continue")], year=2016)
    assert service.proposal(db, scope, plan_id=plan.id, from_year=None).from_year == plan.first_year


def test_every_intervention_of_the_year_needs_exactly_one_decision(db, org, other_org, programme):
    p = programme
    stranger = make_intervention(db, other_org, "Elders")
    with pytest.raises(InvalidInput) as refused:
        review(db, org, p["plan"], [(p["host"], "continue"), (p["host"], "stop"), (stranger, "stop")])
    errors = {e["pointer"]: e for e in refused.value.errors}
    assert errors["/decisions/1/interventionId"]["code"] == "duplicate"
    assert errors["/decisions/2/interventionId"]["code"] == "unknown"
    assert errors["/decisions"]["code"] == "missing_decisions" and errors["/decisions"]["params"] == {"count": 2}
    assert db.scalar(select(ExecutionEntry).where(ExecutionEntry.year == 2015)) is None  # nothing written


def test_a_review_is_refused_outside_the_plan_for_an_empty_year_and_a_second_time(db, org, other_org, programme):
    p = programme
    everything = [(p["host"], "continue"), (p["coach"], "change"), (p["old"], "stop")]
    with pytest.raises(Conflict, match="outside the plan"):
        review(db, org, make_plan(db, org, first_year=2010, last_year=2014), everything)
    with pytest.raises(Conflict, match="nothing to review"):
        review(db, org, p["plan"], [], year=2016)
    review(db, org, p["plan"], everything)
    with pytest.raises(Conflict, match="reviewed already"):
        review(db, org, p["plan"], everything)
    with pytest.raises(NotFound):
        review(db, org, make_plan(db, other_org), everything)
