"""Builders for people and for the rows of other domains that refer to them (straight through the models, so
the export and erasure tests hold every kind of row about a person without the other domains' services)."""

import itertools
from datetime import date, time

from sqlmodel import Session

from app.cohorts.models import BuddyPair, Cohort, Enrolment, EnrolmentRole
from app.organisations.models import Organisation
from app.people.models import Person
from app.sessions.models import Attendance, Attendee, CalendarFeed, FeedKind, LearningSession, SessionStatus
from tests.factories import save, unique
from tests.interventions.factories import make_intervention
from tests.programmes.factories import make_programme

_numbers = itertools.count(1)


def make_person(db: Session, organisation: Organisation, *, employee_number: str | None = None,
                name: str | None = None, email: str | None = None, team: str = "Team Dienstverlening",
                left_on: date | None = None) -> Person:
    n = next(_numbers)
    return save(db, Person(organisation_id=organisation.id, employee_number=employee_number or f"P{n:05d}",
                           name=name or f"Medewerker {n} (test)", email=email if email is not None
                           else f"medewerker{n}@example.org", team=team, left_on=left_on))


def make_cohort(db: Session, organisation: Organisation, *, starts_on: date = date(2026, 2, 2),
                ends_on: date | None = None) -> Cohort:
    programme = make_programme(db, organisation)
    return save(db, Cohort(organisation_id=organisation.id, programme_id=programme.id,
                           name=unique("Traineeship"), starts_on=starts_on, ends_on=ends_on))


def enrol(db: Session, cohort: Cohort, person: Person, *, role: EnrolmentRole = EnrolmentRole.participant,
          ends_on: date | None = None) -> Enrolment:
    return save(db, Enrolment(organisation_id=cohort.organisation_id, cohort_id=cohort.id, person_id=person.id,
                              role=role, ends_on=ends_on))


def pair(db: Session, cohort: Cohort, first: Person, second: Person) -> BuddyPair:
    return save(db, BuddyPair(organisation_id=cohort.organisation_id, cohort_id=cohort.id,
                              first_person_id=first.id, second_person_id=second.id))


def make_session(db: Session, organisation: Organisation, *, day: date = date(2026, 3, 10),
                 status: SessionStatus = SessionStatus.planned) -> LearningSession:
    intervention = make_intervention(db, organisation)
    return save(db, LearningSession(organisation_id=organisation.id, intervention_id=intervention.id,
                                    title="Feedback geven", day=day, starts_at=time(9), ends_at=time(12),
                                    location="Stadhuis", status=status))


def attend(db: Session, session: LearningSession, person: Person,
           attendance: Attendance | None = None) -> Attendee:
    return save(db, Attendee(session_id=session.id, person_id=person.id, organisation_id=session.organisation_id,
                             attendance=attendance))


def make_feed(db: Session, person: Person) -> CalendarFeed:
    return save(db, CalendarFeed(organisation_id=person.organisation_id, kind=FeedKind.person, person_id=person.id,
                                 secret_hash=f"{next(_numbers):064d}"))
