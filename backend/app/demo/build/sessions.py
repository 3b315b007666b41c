"""Trainers, closing days and standalone sessions with their attendees and attendance. A trainer is named by its
`name`, an intervention by its title, a person by employee number."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time

from sqlmodel import Session

from app.interventions.models import Intervention
from app.people.models import Person
from app.sessions.models import Attendance, Attendee, ClosingDay, LearningSession, SessionStatus, Trainer


@dataclass(frozen=True)
class TrainerData:
    name: str
    company: str = ""
    email: str = ""


@dataclass(frozen=True)
class SessionData:
    intervention: str  # InterventionData.title
    day: date
    starts_at: time
    ends_at: time
    location: str
    trainer: str | None  # TrainerData.name
    attendees: tuple[str, ...]  # employee numbers
    capacity: int | None = None
    status: SessionStatus = SessionStatus.planned
    absent: tuple[str, ...] = ()  # of the attendees, when it was held; the others were present
    title: str = ""  # e.g. "Dag 2 van 3"
    notes: str = ""


def load_trainers(db: Session, organisation_id: uuid.UUID, trainers: tuple[TrainerData, ...]) -> dict[str, Trainer]:
    rows = {t.name: Trainer(organisation_id=organisation_id, name=t.name, company=t.company, email=t.email)
            for t in trainers}
    db.add_all(rows.values())
    db.flush()
    return rows


def load_closing_days(db: Session, organisation_id: uuid.UUID, days: tuple[tuple[date, str], ...]) -> int:
    db.add_all(ClosingDay(organisation_id=organisation_id, day=day, label=label) for day, label in days)
    db.flush()
    return len(days)


def load_sessions(db: Session, organisation_id: uuid.UUID, sessions: tuple[SessionData, ...], *,
                  interventions: Mapping[str, Intervention], trainers: Mapping[str, Trainer],
                  people: Mapping[str, Person]) -> dict[str, int]:
    """The sessions with their attendees (a statement per table, not per row); attendance of the held ones
    (absent as listed, the others present)."""
    rows, attendees = [], []
    for data in sessions:
        session = LearningSession(
            id=uuid.uuid4(), organisation_id=organisation_id, intervention_id=interventions[data.intervention].id,
            title=data.title, day=data.day, starts_at=data.starts_at, ends_at=data.ends_at, location=data.location,
            trainer_id=trainers[data.trainer].id if data.trainer else None, capacity=data.capacity,
            status=data.status, notes=data.notes)
        rows.append(session)
        for number in data.attendees:
            attendance = None
            if data.status == SessionStatus.held:
                attendance = Attendance.absent if number in data.absent else Attendance.present
            attendees.append(Attendee(session_id=session.id, person_id=people[number].id,
                                      organisation_id=organisation_id, attendance=attendance))
    db.add_all(rows)
    db.flush()
    db.add_all(attendees)
    db.flush()
    return {"sessions": len(rows), "attendees": len(attendees)}
