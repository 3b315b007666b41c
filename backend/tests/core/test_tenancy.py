"""The kit every domain reaches for: the organisation's share of a table and the lookups on it."""

import uuid

import pytest
from sqlalchemy import func

from app.core.errors import Conflict, InvalidInput, NotFound
from app.core.tenancy import (
    ensure_unique,
    get_or_404,
    reference,
    refuse_if_used,
    row_or_404,
    scoped,
    where_given,
)
from app.plans.models import Plan
from tests.factories import make_scope


def test_where_given_narrows_by_the_filters_given_only(db, org, plans):
    mine, _theirs = plans
    later = Plan(organisation_id=org.id, title="Later", first_year=2018, last_year=2021)
    db.add(later)
    db.flush()
    statement = scoped(Plan, make_scope(org)).order_by(Plan.first_year)
    assert db.scalars(where_given(statement, (Plan.first_year, None), (Plan.title, None))).all() == [mine, later]
    assert db.scalars(where_given(statement, (Plan.first_year, 2018), (Plan.title, None))).all() == [later]
    assert db.scalars(where_given(statement, (Plan.first_year, 2018), (Plan.title, "Mijn plan"))).all() == []


def test_scoped_sees_only_the_callers_organisation(db, org, plans):
    mine, _theirs = plans
    assert db.scalars(scoped(Plan, make_scope(org))).all() == [mine]
    assert db.scalars(scoped(Plan, make_scope(org), Plan.title)).all() == ["Mijn plan"]


def test_get_or_404_is_404_for_another_organisations_row(db, org, plans):
    mine, theirs = plans
    assert get_or_404(db, make_scope(org), Plan, mine.id, "plan") is mine
    with pytest.raises(NotFound, match=r"^There is no plan with this id\.$"):
        get_or_404(db, make_scope(org), Plan, theirs.id, "plan")
    with pytest.raises(NotFound, match=r"^There is no plan with this id\.$"):
        row_or_404(db, scoped(Plan, make_scope(org), Plan.id).where(Plan.id == uuid.uuid4()), "plan")


def test_reference_to_another_organisations_parent_is_a_400_on_the_field(db, org, plans):
    _mine, theirs = plans
    with pytest.raises(InvalidInput) as refused:
        reference(db, make_scope(org), Plan, theirs.id, "/planId", "plan")
    assert refused.value.errors == [{"pointer": "/planId", "code": "unknown_reference",
                                     "detail": "There is no plan with this id in your organisation."}]


def test_ensure_unique_is_a_409_with_taken_except_for_the_row_itself(db, org, plans):
    mine, _theirs = plans
    same_title = scoped(Plan, make_scope(org)).where(func.lower(Plan.title) == "mijn plan")
    ensure_unique(db, same_title, pointer="/title", detail="Taken.", message="In use.", excluding=mine.id)
    with pytest.raises(Conflict, match=r"^Taken\.$") as refused:
        ensure_unique(db, same_title, pointer="/title", detail="Taken.", message="In use.")
    assert refused.value.errors == [{"pointer": "/title", "detail": "In use.", "code": "taken"}]


def test_refuse_if_used_names_the_users_with_its_verb():
    refuse_if_used([], "This theme")
    ids = [uuid.uuid4() for _ in range(12)]
    with pytest.raises(Conflict, match=r"^This theme is used by 1 intervention: Coaching\. Unlink them"):
        refuse_if_used([(ids[0], "Coaching"), (ids[0], "Coaching")], "This theme")
    with pytest.raises(Conflict, match=r"is trained by 12 interventions: T00, T01, .*T09 and 2 more\."):
        refuse_if_used([(i, f"T{n:02}") for n, i in enumerate(ids)], "This competency", verb="is trained by")
