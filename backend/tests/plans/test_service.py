"""The plan rules, called on the service with a Scope: years, versions, theme titles, what a delete refuses.
The HTTP tests (test_plans.py, test_tree.py) check how these answer over the API."""

import pytest
from sqlmodel import select

from app.core.errors import Conflict, InvalidInput, NotFound, PreconditionRequired, StaleVersion
from app.core.ordering import create_placed, update_placed
from app.plans import service
from app.plans.models import Plan
from app.plans.schemas import PlanCreate, PlanUpdate, ThemeCreate, ThemeUpdate
from tests.factories import make_scope
from tests.interventions.factories import make_intervention
from tests.plans.factories import make_plan, make_plan_tree, make_theme


def create(db, org, **values) -> Plan:
    return service.create_plan(db, make_scope(org), data=PlanCreate(
        **{"title": "Leerplan", "first_year": 2014, "last_year": 2017, **values}))


def test_a_plan_runs_one_year_or_more(db, org):
    assert create(db, org, first_year=2022, last_year=2022).last_year == 2022
    with pytest.raises(InvalidInput) as refused:
        create(db, org, first_year=2018, last_year=2017)
    assert refused.value.errors == [{"pointer": "/lastYear", "detail": "The last year cannot be before the first year.",
                                     "code": "before_first_year", "params": {"first_year": 2018}}]
    assert [p.first_year for p in db.exec(select(Plan).where(Plan.organisation_id == org.id)).all()] == [2022]


@pytest.mark.parametrize("change", [{"last_year": 2010}, {"first_year": 2018}])
def test_a_change_of_one_year_is_checked_against_the_stored_other(db, org, change):
    plan = make_plan(db, org)  # 2014-2017
    with pytest.raises(InvalidInput) as refused:
        service.update_plan(db, make_scope(org), plan_id=plan.id, data=PlanUpdate(**change), if_match='"1"')
    assert refused.value.errors[0]["pointer"] == "/lastYear"
    db.refresh(plan)
    assert (plan.first_year, plan.last_year) == (2014, 2017)


def test_a_change_needs_the_current_version(db, org):
    plan = make_plan(db, org)
    scope, data = make_scope(org), PlanUpdate(title="Nieuw")
    with pytest.raises(PreconditionRequired):
        service.update_plan(db, scope, plan_id=plan.id, data=data, if_match=None)
    with pytest.raises(StaleVersion):
        service.update_plan(db, scope, plan_id=plan.id, data=data, if_match='"7"')
    assert service.update_plan(db, scope, plan_id=plan.id, data=data, if_match='"1"').title == "Nieuw"


def test_another_organisations_plan_is_not_found(db, org, other_org):
    theirs = make_plan(db, other_org)
    with pytest.raises(NotFound):
        service.get_plan(db, make_scope(org), plan_id=theirs.id)


def test_theme_titles_are_unique_per_plan_whatever_the_case(db, org):
    plan, other = make_plan(db, org), make_plan(db, org, title="Ander plan")
    make_theme(db, plan, title="Hostmanship")
    scope = make_scope(org)
    with pytest.raises(Conflict) as refused:
        create_placed(db, scope, service.THEMES, ThemeCreate(plan_id=plan.id, title="HOSTMANSHIP"))
    assert refused.value.errors[0]["pointer"] == "/title" and refused.value.errors[0]["code"] == "taken"
    assert create_placed(db, scope, service.THEMES, ThemeCreate(plan_id=other.id, title="Hostmanship"))
    second = make_theme(db, plan, title="Zaakgericht werken", position=1)
    with pytest.raises(Conflict):
        update_placed(db, scope, service.THEMES, second, ThemeUpdate(title="hostmanship"), "*")
    assert update_placed(db, scope, service.THEMES, second, ThemeUpdate(title="Zaakgericht Werken"),
                         "*").title == "Zaakgericht Werken"  # its own title, in another case


def test_a_plan_whose_items_interventions_serve_is_not_deleted(db, org):
    tree = make_plan_tree(db, org, themes=1)
    make_intervention(db, org, "Cursus HNW", learning_goals=tree["learning_goals"])
    with pytest.raises(Conflict) as refused:
        service.delete_plan(db, make_scope(org), plan_id=tree["plan"].id)
    assert "Cursus HNW" in refused.value.detail
    assert db.get(Plan, tree["plan"].id) is not None
