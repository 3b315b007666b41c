"""Sessions (bijeenkomsten, DESIGN §2.6): dated occurrences of the organisation's interventions, standalone (the
execution programme's trainings) or generated for a cohort (`generated.py`). Times are Europe/Amsterdam wall-clock
times; the end comes after the start. The intervention and the trainer a body names must be the organisation's
(400 on that field). An intervention with sessions cannot be deleted (409, registered with `core.references`)."""

import uuid
from datetime import date, time
from typing import Any

from sqlalchemy import Integer, func, select
from sqlmodel import Session

from app.core import audit, references
from app.core.concurrency import claimed_changes
from app.core.errors import InvalidInput, field_error
from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import get_or_404, row_or_404, scoped, where_given
from app.interventions import service as interventions
from app.interventions.models import Intervention
from app.sessions.models import Attendance, Attendee, LearningSession, SessionStatus, Trainer
from app.sessions.schemas import SessionCreate, SessionMonth, SessionMonths, SessionRead, SessionUpdate

ENTITY = "session"
FIELDS = ("intervention_id", "title", "day", "starts_at", "ends_at", "location", "trainer_id", "capacity", "status",
          "notes")
SORTABLE = {"day": LearningSession.day, "startsAt": LearningSession.starts_at, "status": LearningSession.status,
            "createdAt": LearningSession.created_at}


def attendee_count() -> Any:
    return (select(func.count()).where(Attendee.session_id == LearningSession.id)
            .correlate(LearningSession).scalar_subquery())


def present_count() -> Any:
    return (select(func.count()).where(Attendee.session_id == LearningSession.id,
                                       Attendee.attendance == Attendance.present)
            .correlate(LearningSession).scalar_subquery())


def _base(scope: Scope) -> Any:
    """Every session of the organisation with its intervention's title, its trainer's name and its counts."""
    return (scoped(LearningSession, scope)
            .add_columns(Intervention.title, Trainer.name, attendee_count(), present_count())
            .join(Intervention, Intervention.id == LearningSession.intervention_id)
            .outerjoin(Trainer, Trainer.id == LearningSession.trainer_id))


def _to_read(row: Any) -> SessionRead:
    session, intervention_title, trainer_name, attendees, present = row
    return SessionRead(
        id=session.id, intervention_id=session.intervention_id, intervention_title=intervention_title,
        cohort_id=session.cohort_id, placement_id=session.placement_id, title=session.title, day=session.day,
        starts_at=session.starts_at, ends_at=session.ends_at, location=session.location,
        trainer_id=session.trainer_id, trainer_name=trainer_name, capacity=session.capacity, status=session.status,
        sequence=session.sequence, attendee_count=attendees or 0, present_count=present or 0, notes=session.notes,
        created_at=session.created_at, updated_at=session.updated_at, version=session.version)


def get_session(db: Session, scope: Scope, *, session_id: uuid.UUID) -> LearningSession:
    return get_or_404(db, scope, LearningSession, session_id, "session")


def read(db: Session, scope: Scope, session: LearningSession) -> SessionRead:
    return _to_read(row_or_404(db, _base(scope).where(LearningSession.id == session.id), "session"))


def _filtered(statement: Any, *, cohort_id: uuid.UUID | None, person_id: uuid.UUID | None,
              trainer_id: uuid.UUID | None, intervention_id: uuid.UUID | None, first: date | None,
              last: date | None, status: SessionStatus | None) -> Any:
    statement = where_given(statement, (LearningSession.cohort_id, cohort_id),
                            (LearningSession.trainer_id, trainer_id),
                            (LearningSession.intervention_id, intervention_id), (LearningSession.status, status))
    if person_id is not None:
        statement = statement.where(select(Attendee.session_id).where(Attendee.session_id == LearningSession.id,
                                                                      Attendee.person_id == person_id).exists())
    if first is not None:
        statement = statement.where(LearningSession.day >= first)
    if last is not None:
        statement = statement.where(LearningSession.day <= last)
    return statement


def list_sessions(db: Session, scope: Scope, params: PageParams, **filters: Any) -> Page[SessionRead]:
    """By day and start time; two queries whatever the page holds (the counts are aggregated in SQL)."""
    return paginate(db, _filtered(_base(scope), **filters), params, sortable=SORTABLE,
                    default_sort=["day", "startsAt"], tiebreaker=LearningSession.id, to_item=_to_read)


def months(db: Session, scope: Scope, **filters: Any) -> SessionMonths:
    """How many sessions (matching the filters) each month holds, earliest first: one query."""
    year = func.cast(func.extract("year", LearningSession.day), Integer)
    month = func.cast(func.extract("month", LearningSession.day), Integer)
    statement = _filtered(scoped(LearningSession, scope, year, month, func.count()), **filters)
    rows = db.execute(statement.group_by(year, month).order_by(year, month)).all()
    return SessionMonths(months=[SessionMonth(month=f"{y:04d}-{m:02d}", session_count=n) for y, m, n in rows])


def _check(db: Session, scope: Scope, values: dict[str, Any], session: LearningSession | None = None) -> None:
    """The intervention and trainer are the organisation's; the end comes after the start; the capacity holds
    the attendees there are. Every broken rule is named."""
    errors = []
    intervention_id = values.get("intervention_id")
    if intervention_id is not None and not interventions.is_known(db, scope, intervention_id):
        errors.append(field_error("/interventionId", "There is no intervention with this id in your organisation.",
                                  "unknown_reference"))
    trainer_id = values.get("trainer_id")
    if trainer_id is not None and db.scalar(scoped(Trainer, scope, Trainer.id).where(Trainer.id == trainer_id)) is None:
        errors.append(field_error("/trainerId", "There is no trainer with this id in your organisation.",
                                  "unknown_reference"))
    starts: time | None = values.get("starts_at", session.starts_at if session else None)
    ends: time | None = values.get("ends_at", session.ends_at if session else None)
    if starts is not None and ends is not None and ends <= starts:
        errors.append(field_error("/endsAt", "The end time must come after the start time.", "not_after_start",
                                  startsAt=starts.strftime("%H:%M")))
    capacity = values.get("capacity")
    if session is not None and capacity is not None:
        count = db.scalar(select(func.count()).where(Attendee.session_id == session.id)) or 0
        if capacity < count:
            errors.append(field_error("/capacity", f"The session has {count} attendees already; remove some first.",
                                      "below_attendee_count", count=count))
    if errors:
        raise InvalidInput(detail=f"The session has {len(errors)} invalid field(s).", errors=errors)


def create_session(db: Session, scope: Scope, *, data: SessionCreate) -> LearningSession:
    """A standalone session (a cohort's sessions come from its schedule)."""
    values = data.model_dump()
    _check(db, scope, values)
    return audit.create_recorded(db, scope, LearningSession, values, entity_type=ENTITY, fields=FIELDS)


def update_session(db: Session, scope: Scope, *, session_id: uuid.UUID, data: SessionUpdate,
                   if_match: str | None) -> LearningSession:
    """Any field; a change a calendar shows (day, times, place, trainer, status, title) bumps its `sequence`."""
    session = get_session(db, scope, session_id=session_id)
    values = claimed_changes(db, session, data, if_match)
    _check(db, scope, values, session)
    audit.apply_update(db, scope, session, values, entity_type=ENTITY, fields=FIELDS)
    return session


def delete_session(db: Session, scope: Scope, *, session_id: uuid.UUID) -> None:
    """Deletes the session with its attendees and their attendance."""
    session = get_session(db, scope, session_id=session_id)
    audit.delete_recorded(db, scope, session, entity_type=ENTITY, fields=FIELDS)


def session_for(db: Session, scope: Scope, session_id: uuid.UUID) -> LearningSession:
    """The session a sub-resource's path names (404 when it is not the organisation's)."""
    return get_session(db, scope, session_id=session_id)


# --- what refers to an intervention ------------------------------------------------------------------------------

def _holding(db: Session, scope: Scope, ids: Any) -> list[tuple[uuid.UUID, str]]:
    """(id, "YYYY-MM-DD") of the sessions of these interventions, earliest first."""
    return [(row[0], row[1].isoformat()) for row in db.execute(
        scoped(LearningSession, scope, LearningSession.id, LearningSession.day)
        .where(LearningSession.intervention_id.in_(ids)).order_by(LearningSession.day))]


HOLDING = references.Referrer("intervention_has_sessions", "session", "sessions",
                              "Delete those sessions first.", _holding)
references.register("intervention", HOLDING)
