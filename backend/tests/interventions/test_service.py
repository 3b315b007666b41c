"""The catalogue's rules, called on the service with a Scope: links only to the organisation's own plan items
and competencies, the total cost and the evaluation mark. The HTTP tests (test_api.py, test_list.py) check
how these answer over the API."""

from decimal import Decimal

import pytest
from sqlmodel import select

from app.core.errors import InvalidInput
from app.interventions import service
from app.interventions.models import Intervention
from app.interventions.schemas import InterventionCreate
from tests.factories import make_scope
from tests.interventions.factories import PlanItems


def test_links_to_another_organisations_items_are_refused_each_at_its_place(db, org, other_org):
    mine, theirs = PlanItems(db, org), PlanItems(db, other_org)
    with pytest.raises(InvalidInput) as refused:
        service.create_intervention(db, make_scope(org), data=InterventionCreate(
            title="Hostmanship", learning_goal_ids=[mine.learning_goal.id],
            theme_ids=[mine.themes[0].id, theirs.themes[1].id], competency_ids=[theirs.competencies[0].id]))
    assert [(e["pointer"], e["code"]) for e in refused.value.errors] == [("/themeIds/1", "unknown_id"),
                                                                        ("/competencyIds/0", "unknown_id")]
    assert db.exec(select(Intervention).where(Intervention.organisation_id == org.id)).all() == []


@pytest.mark.parametrize(("values", "cost", "evaluated"), [
    ({}, "0.00", False),
    ({"cost_fixed": Decimal("100.00"), "cost_per_participant": Decimal("12.50"), "expected_participants": 8},
     "200.00", False),
    ({"cost_per_participant": Decimal("12.50")}, "0.00", False),  # no participants expected yet
    ({"duration_days": Decimal("1")}, "0.00", True),
    ({"duration_days": Decimal("0.5")}, "0.00", False),
])
def test_total_cost_and_the_evaluation_mark(values, cost, evaluated):
    intervention = Intervention(title="x", **values)
    assert service.total_cost(intervention) == Decimal(cost)
    assert service.needs_evaluation(intervention) is evaluated
