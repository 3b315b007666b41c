"""Builders for sessions, their attendees, trainers and closing days (and the people who attend)."""

from datetime import date, time

from sqlmodel import Session

from app.people.models import Person
from app.sessions.models import Attendance, Attendee, ClosingDay, LearningSession, Trainer
from tests.factories import save, unique
from tests.interventions.factories import make_intervention


def make_person(db: Session, org, *, name: str | None = None, team: str = "Team Dienstverlening",
                **values) -> Person:
    number = unique("P")
    return save(db, Person(organisation_id=org.id, employee_number=number, name=name or unique("Medewerker"),
                           email=f"{number.lower()}@example.org", team=team, **values))


def make_trainer(db: Session, org, *, name: str | None = None, **values) -> Trainer:
    return save(db, Trainer(organisation_id=org.id, name=name or unique("Trainer"), **values))


def make_session(db: Session, org, *, intervention=None, day: date = date(2014, 3, 10),
                 starts_at: time | None = time(9), ends_at: time | None = time(17), attendees=(),
                 attendance: Attendance | None = None,
                 **values) -> LearningSession:
    intervention = intervention or make_intervention(db, org)
    session = save(db, LearningSession(organisation_id=org.id, intervention_id=intervention.id, day=day,
                                       starts_at=starts_at, ends_at=ends_at, **values))
    for person in attendees:
        save(db, Attendee(session_id=session.id, person_id=person.id, organisation_id=org.id, attendance=attendance))
    return session


def make_closing_day(db: Session, org, *, day: date = date(2026, 12, 24), label: str = "Kerstsluiting") -> ClosingDay:
    return save(db, ClosingDay(organisation_id=org.id, day=day, label=label))
