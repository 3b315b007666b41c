"""What the cohorts domain stores about a person, for their AVG export (enrolments, buddy pairs), and the
latest day it saw each person, for retention (the end of their enrolment, else of the cohort, else its start).
Registered with `core.personal_data` when `app.main` imports this module; reads the cohorts domain's tables only."""

import uuid
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlmodel import Session

from app.cohorts.models import BuddyPair, Cohort, Enrolment
from app.core import personal_data
from app.core.scope import Scope


def _day(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


@personal_data.section("enrolments")
def enrolments(db: Session, scope: Scope, person_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = db.execute(
        select(Enrolment, Cohort.name, Cohort.starts_on, Cohort.ends_on)
        .join(Cohort, Cohort.id == Enrolment.cohort_id)
        .where(Enrolment.organisation_id == scope.organisation_id, Enrolment.person_id == person_id)
        .order_by(Cohort.starts_on, Cohort.name))
    return [{"id": str(enrolment.id), "cohortId": str(enrolment.cohort_id), "cohortName": name,
             "cohortStartsOn": _day(starts_on), "cohortEndsOn": _day(ends_on), "role": str(enrolment.role),
             "startsOn": _day(enrolment.starts_on), "endsOn": _day(enrolment.ends_on),
             "createdAt": enrolment.created_at.isoformat()}
            for enrolment, name, starts_on, ends_on in rows]


@personal_data.section("buddyPairs")
def buddy_pairs(db: Session, scope: Scope, person_id: uuid.UUID) -> list[dict[str, Any]]:
    """The pairs the person is in, each with the cohort and which person is the buddy (by id)."""
    rows = db.execute(
        select(BuddyPair, Cohort.name)
        .join(Cohort, Cohort.id == BuddyPair.cohort_id)
        .where(BuddyPair.organisation_id == scope.organisation_id,
               or_(BuddyPair.first_person_id == person_id, BuddyPair.second_person_id == person_id))
        .order_by(Cohort.name, BuddyPair.created_at))
    return [{"id": str(pair.id), "cohortId": str(pair.cohort_id), "cohortName": name,
             "buddyPersonId": str(pair.second_person_id if pair.first_person_id == person_id
                                  else pair.first_person_id),
             "createdAt": pair.created_at.isoformat()}
            for pair, name in rows]


@personal_data.activity("cohorts")
def last_enrolled(organisation_id: uuid.UUID) -> Select[Any]:
    day = func.coalesce(Enrolment.ends_on, Cohort.ends_on, Cohort.starts_on)
    return (select(Enrolment.person_id.label("person_id"), func.max(day).label("day"))
            .join(Cohort, and_(Cohort.id == Enrolment.cohort_id))
            .where(Enrolment.organisation_id == organisation_id)
            .group_by(Enrolment.person_id))
