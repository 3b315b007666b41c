"""Sessions (bijeenkomsten, DESIGN §2.6): dated occurrences of an intervention with their attendees, whether
standalone (Deventer's execution programme) or generated for a cohort from its programme's placements; the
trainers who give them, the organisation's closing days the schedule skips, and the calendar feeds."""

import uuid
from datetime import date, time
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint, event, inspect
from sqlmodel import Field, SQLModel

from app.core.db import TenantEntity, link_key, tenant_key


class SessionStatus(StrEnum):
    planned = "planned"  # gepland
    held = "held"  # gehouden
    cancelled = "cancelled"  # geannuleerd


# Aanwezigheid; empty until it is taken.
class Attendance(StrEnum):
    present = "present"  # aanwezig
    absent = "absent"  # afwezig


class FeedKind(StrEnum):
    cohort = "cohort"
    person = "person"
    trainer = "trainer"


class Trainer(TenantEntity, table=True):
    """Who gives sessions: often from outside the organisation, so not a person from the HR system."""

    __tablename__ = "trainers"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)

    name: str = Field(max_length=200)
    email: str = Field(default="", max_length=320)
    company: str = Field(default="", max_length=200)  # opleidingsbureau


class LearningSession(TenantEntity, table=True):
    """One dated occurrence of an intervention. Times are Europe/Amsterdam wall-clock times. `sequence` counts
    the changes a calendar must see (iCalendar SEQUENCE), so a moved session updates its event."""

    __tablename__ = "learning_sessions"
    __table_args__ = (
        UniqueConstraint("cohort_id", "placement_id"),
        CheckConstraint("ends_at IS NULL OR starts_at IS NULL OR ends_at > starts_at", name="ck_sessions_times"),
    )

    intervention_id: uuid.UUID = Field(foreign_key="interventions.id", index=True, ondelete="RESTRICT")
    cohort_id: uuid.UUID | None = Field(default=None, foreign_key="cohorts.id", index=True, ondelete="CASCADE")
    # the placement a cohort's session was generated from; it keeps the session's identity across reschedules
    placement_id: uuid.UUID | None = Field(default=None, foreign_key="placements.id", index=True,
                                           ondelete="SET NULL")
    title: str = Field(default="", max_length=300)  # empty: the intervention's title
    day: date = Field(index=True)
    starts_at: time | None = Field(default=None)
    ends_at: time | None = Field(default=None)
    location: str = Field(default="", max_length=300)
    trainer_id: uuid.UUID | None = Field(default=None, foreign_key="trainers.id", index=True, ondelete="SET NULL")
    capacity: int | None = Field(default=None)
    status: SessionStatus = Field(default=SessionStatus.planned, sa_type=String(16))
    sequence: int = Field(default=0)
    notes: str = Field(default="", sa_type=Text)


class Attendee(SQLModel, table=True):
    """A person expected at a session, and whether they came once attendance is taken."""

    __tablename__ = "attendees"

    session_id: uuid.UUID = link_key("learning_sessions.id")
    person_id: uuid.UUID = link_key("people.id", index=True)
    organisation_id: uuid.UUID = tenant_key()
    attendance: Attendance | None = Field(default=None, sa_type=String(16))


class ClosingDay(TenantEntity, table=True):
    """A day the organisation is closed (e.g. between Christmas and New Year): the schedule skips it."""

    __tablename__ = "closing_days"
    __table_args__ = (UniqueConstraint("organisation_id", "day"),)

    day: date
    label: str = Field(default="", max_length=200)


class CalendarFeed(TenantEntity, table=True):
    """A subscribable iCalendar feed of a cohort, a person or a trainer. Calendar programs cannot send a cookie,
    so the URL carries a secret; only its SHA-256 is stored, and rotating it replaces the hash."""

    __tablename__ = "calendar_feeds"
    __table_args__ = (
        CheckConstraint("(CASE WHEN cohort_id IS NULL THEN 0 ELSE 1 END)"
                        " + (CASE WHEN person_id IS NULL THEN 0 ELSE 1 END)"
                        " + (CASE WHEN trainer_id IS NULL THEN 0 ELSE 1 END) = 1",
                        name="ck_calendar_feeds_one_subject"),
    )

    kind: FeedKind = Field(sa_type=String(16))
    # one feed per subject (NULLs never clash in a unique index)
    cohort_id: uuid.UUID | None = Field(default=None, foreign_key="cohorts.id", unique=True, ondelete="CASCADE")
    person_id: uuid.UUID | None = Field(default=None, foreign_key="people.id", unique=True, ondelete="CASCADE")
    trainer_id: uuid.UUID | None = Field(default=None, foreign_key="trainers.id", unique=True, ondelete="CASCADE")
    secret_hash: str = Field(max_length=64, unique=True)


# What a calendar shows of a session: a change to any of these is a new SEQUENCE for the event, however the
# session was changed (edited, rescheduled with its cohort, cancelled).
CALENDAR_FIELDS = ("title", "day", "starts_at", "ends_at", "location", "status", "trainer_id")


@event.listens_for(LearningSession, "before_update")
def _next_sequence(_mapper: Any, _connection: Any, session: LearningSession) -> None:
    state = inspect(session)
    if any(state.attrs[field].history.has_changes() for field in CALENDAR_FIELDS):
        session.sequence += 1
