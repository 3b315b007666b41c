"""A person's rights under the AVG: everything stored about them (art. 15, the export) and their erasure
(art. 17), by hand or when the organisation's retention period has passed since their last activity.

Erasure deletes the person's row; every row about them refers to it with ON DELETE CASCADE, so they go in the
same transaction. The audit event it leaves says that a person was erased (and by whom, and why), never who:
the person's own audit events never held their employee number, name or e-mail (`service.changes_of`)."""

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from dateutil.relativedelta import relativedelta
from sqlalchemy import delete, func, or_, select
from sqlmodel import Session

from app.core import audit, personal_data
from app.core.db import utcnow
from app.core.errors import InvalidInput
from app.core.scope import Scope
from app.core.tenancy import scoped
from app.people import service
from app.people.models import Person
from app.people.schemas import PersonExport


def export(db: Session, scope: Scope, *, person_id: uuid.UUID) -> PersonExport:
    person = service.get_person(db, scope, person_id=person_id)
    return PersonExport(exported_at=utcnow(), person=service.read(db, scope, person),
                        sections=personal_data.collect(db, scope, person.id))


def _erase(db: Session, scope: Scope, person: Person, reason: str) -> None:
    person_id = person.id
    db.expunge(person)
    db.execute(delete(Person).where(Person.id == person_id, Person.organisation_id == scope.organisation_id)
               .execution_options(synchronize_session=False))
    audit.record(db, scope=scope, action=f"{service.ENTITY}.erased", entity_type=service.ENTITY,
                 entity_id=person_id, changes={"reason": {"from": None, "to": reason}})


def erase(db: Session, scope: Scope, *, person_id: uuid.UUID, confirmation: str) -> None:
    """Erase the person once `confirmation` is their employee number (a 400 on /employeeNumber otherwise)."""
    person = service.get_person(db, scope, person_id=person_id)
    if confirmation.strip() != person.employee_number:
        raise InvalidInput("/employeeNumber", "Type the person's employee number to confirm the erasure.",
                           code="confirmation_mismatch")
    _erase(db, scope, person, "request")


# --- retention ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Expired:
    id: uuid.UUID
    employee_number: str
    last_activity: date


def months_before(day: date, months: int) -> date:
    """The same day `months` months earlier (the month's last day where it is shorter)."""
    return day - relativedelta(months=months)


def _as_day(value: object) -> date:
    if isinstance(value, date):
        return value if type(value) is date else value.date()  # type: ignore[attr-defined]
    return date.fromisoformat(str(value)[:10])


def expired(db: Session, scope: Scope, *, months: int, today: date | None = None) -> list[Expired]:
    """People who have left and whose last activity (the latest of leftOn, the last change of their row, and
    what the domains register: sessions, cohorts) is more than `months` months before today; in one query."""
    cutoff = months_before(today or date.today(), months)
    days = personal_data.activities(scope.organisation_id)
    statement = scoped(Person, scope, Person.id, Person.employee_number, Person.left_on, Person.updated_at)
    if days is not None:
        activity = days.subquery()
        latest = (select(activity.c.person_id, func.max(activity.c.day).label("day"))
                  .group_by(activity.c.person_id).subquery())
        statement = (statement.add_columns(latest.c.day).outerjoin(latest, latest.c.person_id == Person.id)
                     .where(or_(latest.c.day.is_(None), latest.c.day < cutoff)))
    statement = statement.where(Person.left_on.is_not(None), Person.left_on < cutoff,
                                Person.updated_at < datetime.combine(cutoff, time.min, tzinfo=UTC))
    found = []
    for row in db.execute(statement.order_by(Person.employee_number)):
        candidates = [row.left_on, _as_day(row.updated_at)] + ([_as_day(row.day)] if days is not None and row.day
                                                               else [])
        found.append(Expired(id=row.id, employee_number=row.employee_number, last_activity=max(candidates)))
    return found


def erase_expired(db: Session, scope: Scope, *, months: int, today: date | None = None) -> list[Expired]:
    """Erase every person `expired` finds, each with its audit event (reason: retention)."""
    gone = expired(db, scope, months=months, today=today)
    for chunk in range(0, len(gone), 500):
        ids = [item.id for item in gone[chunk:chunk + 500]]
        for person in list(db.scalars(scoped(Person, scope).where(Person.id.in_(ids)))):
            _erase(db, scope, person, f"retention: {months} months after the last activity")
    db.flush()
    return gone
