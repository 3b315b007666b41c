"""Builders for what calendars and learning time read: people, trainers, cohorts, sessions and their attendees,
straight through the models (the sessions and cohorts APIs are built beside this domain)."""

from datetime import date, time

from sqlmodel import Session

from app.cohorts.models import Cohort, Enrolment, EnrolmentRole
from app.people.models import Person
from app.sessions.models import Attendance, Attendee, LearningSession, SessionStatus, Trainer
from tests.factories import save, unique
from tests.interventions.factories import make_intervention
from tests.programmes.factories import make_programme


def make_person(db: Session, org, *, name: str | None = None, team: str = "Team Wijkzaken", **values) -> Person:
    number = unique("P").replace(" ", "")
    return save(db, Person(organisation_id=org.id, employee_number=number, name=name or unique("Medewerker"),
                           email=f"{number.lower()}@example.org", team=team, **values))


def make_trainer(db: Session, org, *, name: str | None = None, **values) -> Trainer:
    return save(db, Trainer(organisation_id=org.id, name=name or unique("Trainer"), **values))


def make_cohort(db: Session, org, *, name: str | None = None, starts_on: date = date(2026, 3, 1), **values) -> Cohort:
    programme = make_programme(db, org)
    return save(db, Cohort(organisation_id=org.id, programme_id=programme.id, name=name or unique("Traineeship"),
                           starts_on=starts_on, **values))


def enrol(db: Session, cohort: Cohort, person: Person, role: EnrolmentRole = EnrolmentRole.participant) -> Enrolment:
    return save(db, Enrolment(organisation_id=cohort.organisation_id, cohort_id=cohort.id, person_id=person.id,
                              role=role))


def make_session(db: Session, org, *, intervention=None, day: date = date(2026, 3, 10),
                 starts_at: time | None = time(9, 0), ends_at: time | None = time(12, 0),
                 status: SessionStatus = SessionStatus.planned, **values) -> LearningSession:
    intervention = intervention or make_intervention(db, org)
    return save(db, LearningSession(organisation_id=org.id, intervention_id=intervention.id, day=day,
                                    starts_at=starts_at, ends_at=ends_at, status=status, **values))


def attend(db: Session, session: LearningSession, person: Person, attendance: Attendance | None = None) -> Attendee:
    return save(db, Attendee(session_id=session.id, person_id=person.id, organisation_id=session.organisation_id,
                             attendance=attendance))
