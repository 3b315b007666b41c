"""A cohort's generated sessions: the sessions domain's writing of what a cohort's schedule confirms. A session
is keyed by (cohort, placement), so a reschedule updates the same row (its id, and so its calendar UID, stay; the
SEQUENCE listener in `models.py` counts the change); the participants of the cohort attend by default. Nothing
here decides a date: the cohorts domain does (`app/cohorts/schedule.py`)."""

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import delete, func, select
from sqlmodel import Session

from app.core import audit
from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import scoped
from app.interventions.models import Intervention
from app.sessions.models import Attendee, ClosingDay, LearningSession, SessionStatus

ENTITY = "session"
FIELDS = ("intervention_id", "cohort_id", "placement_id", "title", "day", "starts_at", "ends_at", "location",
          "status")
_SORTABLE = {"day": LearningSession.day, "startsAt": LearningSession.starts_at}


@dataclass(frozen=True)
class Generated:
    """One session as the confirmed schedule has it."""

    placement_id: uuid.UUID
    intervention_id: uuid.UUID
    day: date
    starts_at: time
    ends_at: time
    location: str


@dataclass(frozen=True)
class Written:
    created: list[uuid.UUID]
    updated: list[uuid.UUID]
    unchanged: list[uuid.UUID]
    cancelled: list[uuid.UUID]
    attendees_added: int


def of_cohort(db: Session, scope: Scope, cohort_id: uuid.UUID) -> list[LearningSession]:
    """Every session of the cohort (generated or not), by day."""
    return list(db.scalars(scoped(LearningSession, scope).where(LearningSession.cohort_id == cohort_id)
                           .order_by(LearningSession.day, LearningSession.starts_at, LearningSession.id)))


def closing_labels(db: Session, scope: Scope, days: Iterable[date]) -> dict[date, str]:
    """The labels of these closing days (found with `closing_days.days_between`)."""
    days = list(days)
    if not days:
        return {}
    rows = db.execute(scoped(ClosingDay, scope, ClosingDay.day, ClosingDay.label).where(ClosingDay.day.in_(days)))
    return {day: label for day, label in rows}


def write(db: Session, scope: Scope, *, cohort_id: uuid.UUID, items: Sequence[Generated],
          cancel: Iterable[uuid.UUID], participant_ids: Iterable[uuid.UUID]) -> Written:
    """New sessions for new placements, the existing session of a placement updated where it differs (same id),
    the sessions named in `cancel` (of this cohort) set to cancelled, and every participant made an attendee of
    the cohort's sessions that are not cancelled."""
    sessions = of_cohort(db, scope, cohort_id)
    existing = {s.placement_id: s for s in sessions if s.placement_id is not None}
    new: list[LearningSession] = []
    updated, unchanged = [], []
    for item in items:
        values: dict[str, Any] = {"day": item.day, "starts_at": item.starts_at, "ends_at": item.ends_at,
                                  "location": item.location}
        session = existing.get(item.placement_id)
        if session is None:
            new.append(LearningSession(organisation_id=scope.organisation_id, cohort_id=cohort_id,
                                       placement_id=item.placement_id, intervention_id=item.intervention_id,
                                       **values))
            continue
        changed = {name: value for name, value in values.items() if getattr(session, name) != value}
        if session.status == SessionStatus.cancelled:  # planned again
            changed["status"] = SessionStatus.planned
        if changed:
            audit.apply_update(db, scope, session, changed, entity_type=ENTITY, fields=FIELDS)
            updated.append(session.id)
        else:
            unchanged.append(session.id)
    db.add_all(new)
    db.flush()  # one INSERT for the new ones
    for session in new:
        audit.record(db, scope=scope, action=f"{ENTITY}.created", entity_type=ENTITY, entity_id=session.id,
                     changes=audit.snapshot(audit.fields_of(session, FIELDS)))
    created = [session.id for session in new]
    cancelled = []
    by_id = {s.id: s for s in sessions}
    written = {item.placement_id for item in items}
    for session_id in cancel:
        session = by_id.get(session_id)
        if session is None or session.placement_id in written or session.status == SessionStatus.cancelled:
            continue
        audit.apply_update(db, scope, session, {"status": SessionStatus.cancelled}, entity_type=ENTITY,
                           fields=FIELDS)
        cancelled.append(session.id)
    added = add_attendees(db, scope, cohort_id=cohort_id, person_ids=participant_ids)
    return Written(created, updated, unchanged, cancelled, added)


def add_attendees(db: Session, scope: Scope, *, cohort_id: uuid.UUID, person_ids: Iterable[uuid.UUID]) -> int:
    """Each person an attendee of each of the cohort's sessions that is not cancelled, where not already one."""
    person_ids = set(person_ids)
    if not person_ids:
        return 0
    sessions = list(db.scalars(scoped(LearningSession, scope, LearningSession.id).where(
        LearningSession.cohort_id == cohort_id, LearningSession.status != SessionStatus.cancelled)))
    if not sessions:
        return 0
    present = {(row[0], row[1]) for row in db.execute(select(Attendee.session_id, Attendee.person_id).where(
        Attendee.session_id.in_(sessions), Attendee.person_id.in_(person_ids)))}
    rows = [Attendee(session_id=session_id, person_id=person_id, organisation_id=scope.organisation_id)
            for session_id in sessions for person_id in sorted(person_ids) if (session_id, person_id) not in present]
    db.add_all(rows)
    db.flush()
    return len(rows)


def drop_pending_attendee(db: Session, scope: Scope, *, cohort_id: uuid.UUID, person_id: uuid.UUID) -> None:
    """The person no longer expected at the cohort's sessions whose attendance was not taken (who left the
    cohort); where it was taken, the record stays."""
    sessions = scoped(LearningSession, scope, LearningSession.id).where(LearningSession.cohort_id == cohort_id)
    db.execute(delete(Attendee).where(Attendee.person_id == person_id, Attendee.attendance.is_(None),
                                      Attendee.session_id.in_(sessions.scalar_subquery())))


def _attendee_count() -> Any:
    return (select(func.count()).select_from(Attendee).where(Attendee.session_id == LearningSession.id)
            .correlate(LearningSession).scalar_subquery())


def page_of_cohort(db: Session, scope: Scope, params: PageParams, *, cohort_id: uuid.UUID) -> Page[Any]:
    """The cohort's sessions by day and start time, each as (session, attendee count, intervention title): two
    queries."""
    statement = (scoped(LearningSession, scope, LearningSession, _attendee_count(), Intervention.title)
                 .join(Intervention, Intervention.id == LearningSession.intervention_id)
                 .where(LearningSession.cohort_id == cohort_id))
    return paginate(db, statement, params, sortable=_SORTABLE, default_sort=["day", "startsAt"],
                    tiebreaker=LearningSession.id, to_item=lambda row: (row[0], row[1], row[2]))


def titles_of(db: Session, scope: Scope, sessions: Sequence[LearningSession]) -> dict[uuid.UUID, str]:
    """Each session's title: its own, else its intervention's."""
    ids = {s.intervention_id for s in sessions}
    names: dict[uuid.UUID, str] = {}
    if ids:
        rows = db.execute(scoped(Intervention, scope, Intervention.id, Intervention.title)
                          .where(Intervention.id.in_(ids)))
        names = {row[0]: row[1] for row in rows}
    return {s.id: s.title or names.get(s.intervention_id, "") for s in sessions}
