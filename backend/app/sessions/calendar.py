"""iCalendar (RFC 5545) of a cohort's sessions, of the sessions a person attends and of those a trainer gives
(issue 15 point 6), as Outlook, Google Calendar and Apple Calendar read it.

Each session is one VEVENT whose UID is `<session id>@leerkoers`, so a moved session updates the event in the
subscriber's calendar instead of adding a second; SEQUENCE is the session's own counter (bumped by the model on
every change a calendar shows). Times are Europe/Amsterdam wall-clock times with TZID and the zone's VTIMEZONE;
a session without times is an all-day event. A cancelled session stays in the feed as STATUS:CANCELLED, so the
calendar program removes it rather than keeping a stale copy.

Two statements whatever the feed holds: the subject's name and the sessions with their intervention and trainer."""

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone
from sqlalchemy import select
from sqlmodel import Session

from app.cohorts import service as cohorts
from app.core.db import utcnow
from app.core.scope import Scope
from app.interventions.models import Intervention
from app.people import service as people
from app.sessions import trainers
from app.sessions.models import Attendee, FeedKind, LearningSession, SessionStatus, Trainer

TZID = "Europe/Amsterdam"
AMSTERDAM = ZoneInfo(TZID)
PRODID = "-//Leerkoers//Leerkoers bijeenkomsten//NL"
MEDIA_TYPE = "text/calendar; charset=utf-8"
UID_DOMAIN = "leerkoers"
# The VTIMEZONE covers the years its events can fall in; this margin keeps it valid around them.
_ZONE_MARGIN = timedelta(days=366)

_LABEL = {FeedKind.cohort: "Groep", FeedKind.person: "Bijeenkomsten van", FeedKind.trainer: "Trainer"}


@dataclass(frozen=True)
class Subject:
    kind: FeedKind
    id: uuid.UUID
    name: str


def subject(db: Session, scope: Scope, kind: FeedKind, subject_id: uuid.UUID) -> Subject:
    """The caller's cohort, person or trainer with this id (404 when not theirs), with its name."""
    if kind is FeedKind.cohort:
        name = cohorts.get_cohort(db, scope, cohort_id=subject_id).name
    elif kind is FeedKind.person:
        name = people.get_person(db, scope, person_id=subject_id).name
    else:
        name = trainers.TRAINERS.get(db, scope, trainer_id=subject_id).name
    return Subject(kind=kind, id=subject_id, name=name)


def calendar_name(found: Subject) -> str:
    """X-WR-CALNAME, the name a calendar program shows for the subscription."""
    return f"Leerkoers - {_LABEL[found.kind]} {found.name}"


def _sessions(db: Session, scope: Scope, found: Subject) -> list[Any]:
    statement = (
        select(LearningSession, Intervention.title, Trainer.name)
        .join(Intervention, Intervention.id == LearningSession.intervention_id)
        .outerjoin(Trainer, Trainer.id == LearningSession.trainer_id)
        .where(LearningSession.organisation_id == scope.organisation_id)
    )
    if found.kind is FeedKind.cohort:
        statement = statement.where(LearningSession.cohort_id == found.id)
    elif found.kind is FeedKind.person:
        statement = statement.join(Attendee, Attendee.session_id == LearningSession.id).where(
            Attendee.person_id == found.id)
    else:
        statement = statement.where(LearningSession.trainer_id == found.id)
    return list(db.execute(statement.order_by(LearningSession.day, LearningSession.starts_at, LearningSession.id)))


def _event(session: LearningSession, intervention_title: str, trainer_name: str | None, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"{session.id}@{UID_DOMAIN}")
    event.add("sequence", session.sequence)
    event.add("dtstamp", stamp)
    if session.starts_at is not None:
        start = datetime.combine(session.day, session.starts_at, tzinfo=AMSTERDAM)
        end = (datetime.combine(session.day, session.ends_at, tzinfo=AMSTERDAM) if session.ends_at is not None
               else start + timedelta(hours=1))
        event.add("dtstart", start)
        event.add("dtend", end)
    else:  # all day: DTEND is the day after (exclusive), as RFC 5545 has it
        event.add("dtstart", session.day)
        event.add("dtend", session.day + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    event.add("summary", session.title or intervention_title)
    if session.location:
        event.add("location", session.location)
    description = [f"Leerinterventie: {intervention_title}"]
    if trainer_name:
        description.append(f"Trainer: {trainer_name}")
    if session.notes:
        description.append(session.notes)
    event.add("description", "\n".join(description))
    event.add("status", "CANCELLED" if session.status == SessionStatus.cancelled else "CONFIRMED")
    event.add("last-modified", session.updated_at.astimezone(UTC).replace(microsecond=0))
    return event


def build(db: Session, scope: Scope, found: Subject) -> bytes:
    """The subject's sessions as one VCALENDAR (METHOD:PUBLISH, a read-only feed)."""
    rows = _sessions(db, scope, found)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", calendar_name(found))
    calendar.add("x-wr-timezone", TZID)
    days = [row[0].day for row in rows] or [utcnow().astimezone(AMSTERDAM).date()]
    calendar.add_component(Timezone.from_tzid(TZID, first_date=min(days) - _ZONE_MARGIN,
                                              last_date=max(days) + _ZONE_MARGIN))
    stamp = utcnow().replace(microsecond=0)
    for session, intervention_title, trainer_name in rows:
        calendar.add_component(_event(session, intervention_title, trainer_name, stamp))
    return calendar.to_ical()


def filename(found: Subject) -> str:
    """`bijeenkomsten-<kind>-<id>.ics`: no name in it (a download's name ends up in logs and folders)."""
    return f"bijeenkomsten-{found.kind.value}-{found.id}.ics"
