"""The writes of a table with no rules but uniqueness: `Unique` and `Records`."""

import pytest
from sqlmodel import select

from app.core.audit import AuditEvent
from app.core.errors import Conflict, NotFound
from app.core.records import Records, Unique
from app.plans.models import Plan
from app.plans.schemas import PlanCreate, PlanUpdate
from tests.factories import make_scope

TITLE = Unique(Plan.title, within=(Plan.first_year,), ignore_case=True, detail="A plan '{title}' of {first_year}.",
               message="In use.")


def test_unique_checks_a_new_row_and_a_patch_within_its_fields(db, org, plans):
    mine, _theirs = plans  # "Mijn plan" of 2014; the other organisation has "Hun plan" of 2014
    scope = make_scope(org)
    TITLE.check(db, scope, {"title": "Hun plan", "first_year": 2014})  # another organisation's title
    TITLE.check(db, scope, {"title": "Mijn plan", "first_year": 2018})  # another year
    with pytest.raises(Conflict, match=r"^A plan 'MIJN PLAN' of 2014\.$") as refused:
        TITLE.check(db, scope, {"title": "MIJN PLAN", "first_year": 2014})
    assert refused.value.errors == [{"pointer": "/title", "detail": "In use.", "code": "taken"}]

    later = Plan(organisation_id=org.id, title="mijn plan", first_year=2018, last_year=2021)
    db.add(later)
    db.flush()
    TITLE.check(db, scope, {"summary": "x"}, mine)  # a patch that sets none of its fields
    TITLE.check(db, scope, {"title": "Mijn plan"}, mine)  # nor changes them
    TITLE.check(db, scope, {"title": "Mijn plan"}, later)  # in its own year, 2018
    with pytest.raises(Conflict, match=r"^A plan 'mijn plan' of 2014\.$"):  # its own title, in the year it moves to
        TITLE.check(db, scope, {"first_year": 2014}, later)


def test_records_get_create_update_and_delete_as_routes_call_them_and_record_each(db, org, plans):
    mine, theirs = plans
    scope = make_scope(org)
    records = Records(Plan, entity_type="plan", fields=("title", "first_year"), noun="plan", rules=(TITLE,))
    assert records.get(db, scope, plan_id=mine.id) is mine
    with pytest.raises(NotFound, match=r"^There is no plan with this id\.$"):
        records.get(db, scope, plan_id=theirs.id)
    with pytest.raises(Conflict):
        records.create(db, scope, data=PlanCreate(title="mijn PLAN", first_year=2014, last_year=2017))
    made = records.create(db, scope, data=PlanCreate(title="Nieuw", first_year=2014, last_year=2017))
    assert made.organisation_id == org.id
    with pytest.raises(Conflict):
        records.update(db, scope, plan_id=made.id, data=PlanUpdate(title="Mijn plan"), if_match="*")
    assert records.update(db, scope, plan_id=made.id, data=PlanUpdate(title="Anders"), if_match="*").title == "Anders"
    with pytest.raises(NotFound):
        records.delete(db, scope, plan_id=theirs.id)
    records.delete(db, scope, plan_id=made.id)
    assert db.get(Plan, made.id) is None
    events = db.exec(select(AuditEvent.action, AuditEvent.changes).where(AuditEvent.entity_id == made.id)
                     .order_by(AuditEvent.occurred_at)).all()
    assert [action for action, _ in events] == ["plan.created", "plan.updated", "plan.deleted"]
    assert events[1][1] == {"title": {"from": "Nieuw", "to": "Anders"}}
