"""What the sessions domain stores about a person, for their AVG export (the sessions they attend with their
attendance, their calendar feed), and the latest day it saw each person, for retention (the last session they
attended or are planned for; absences and cancelled sessions do not count). Registered with
`core.personal_data` when `app.main` imports this module; reads the sessions domain's tables only."""

import uuid
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlmodel import Session

from app.core import personal_data
from app.core.scope import Scope
from app.sessions.models import Attendance, Attendee, CalendarFeed, LearningSession, SessionStatus, Trainer


def _time(value: Any) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


@personal_data.section("attendance")
def attendance(db: Session, scope: Scope, person_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = db.execute(
        select(Attendee.attendance, LearningSession, Trainer.name)
        .join(LearningSession, LearningSession.id == Attendee.session_id)
        .outerjoin(Trainer, Trainer.id == LearningSession.trainer_id)
        .where(Attendee.organisation_id == scope.organisation_id, Attendee.person_id == person_id)
        .order_by(LearningSession.day, LearningSession.starts_at, LearningSession.id))
    return [{"sessionId": str(session.id), "interventionId": str(session.intervention_id),
             "cohortId": str(session.cohort_id) if session.cohort_id else None, "title": session.title,
             "day": session.day.isoformat(), "startsAt": _time(session.starts_at), "endsAt": _time(session.ends_at),
             "location": session.location, "trainerName": trainer, "status": str(session.status),
             "attendance": str(attended) if attended else None}
            for attended, session, trainer in rows]


@personal_data.section("calendarFeeds")
def calendar_feeds(db: Session, scope: Scope, person_id: uuid.UUID) -> list[dict[str, Any]]:
    """The person's subscribable calendar (its secret is never stored, only a hash: not shown)."""
    rows = db.scalars(select(CalendarFeed).where(CalendarFeed.organisation_id == scope.organisation_id,
                                                 CalendarFeed.person_id == person_id))
    return [{"id": str(feed.id), "kind": str(feed.kind), "createdAt": feed.created_at.isoformat(),
             "updatedAt": feed.updated_at.isoformat()} for feed in rows]


@personal_data.activity("sessions")
def last_session(organisation_id: uuid.UUID) -> Select[Any]:
    return (select(Attendee.person_id.label("person_id"), func.max(LearningSession.day).label("day"))
            .join(LearningSession, LearningSession.id == Attendee.session_id)
            .where(Attendee.organisation_id == organisation_id,
                   LearningSession.status != SessionStatus.cancelled,
                   or_(Attendee.attendance.is_(None), Attendee.attendance != Attendance.absent))
            .group_by(Attendee.person_id))
