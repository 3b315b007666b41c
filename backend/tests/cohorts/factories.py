"""Builders for cohorts: people (straight into the people table: the people service may not exist), a programme
with a small framework, a cohort, its enrolments and closing days."""

from datetime import date
from decimal import Decimal

from sqlmodel import Session

from app.cohorts.models import Cohort, CohortStatus, Enrolment, EnrolmentRole
from app.people.models import Person
from app.programmes.models import Programme
from app.sessions.models import ClosingDay
from tests.factories import save, unique
from tests.interventions.factories import make_intervention
from tests.programmes.factories import lines_of, make_phase, make_placement, make_programme

__all__ = [
    "lines_of",
    "make_closing_day",
    "make_cohort",
    "make_enrolment",
    "make_framework",
    "make_person",
    "make_phase",
    "make_placement",
    "make_programme",
]


def make_person(db: Session, org, *, name: str | None = None, team: str = "Stadsbeheer", **values) -> Person:
    name = name or unique("Persoon")
    number = unique("P").replace(" ", "")
    return save(db, Person(organisation_id=org.id, employee_number=values.pop("employee_number", number),
                           name=name, team=team, email=values.pop("email", f"{number.lower()}@example.org"),
                           **values))


def make_cohort(db: Session, org, *, programme: Programme | None = None, name: str | None = None,
                starts_on: date = date(2026, 9, 1), **values) -> Cohort:
    programme = programme or make_programme(db, org)
    return save(db, Cohort(organisation_id=org.id, programme_id=programme.id, name=name or unique("Groep"),
                           starts_on=starts_on, status=values.pop("status", CohortStatus.planned), **values))


def make_enrolment(db: Session, org, cohort: Cohort, person: Person, *,
                   role: EnrolmentRole = EnrolmentRole.participant, **values) -> Enrolment:
    return save(db, Enrolment(organisation_id=org.id, cohort_id=cohort.id, person_id=person.id, role=role, **values))


def make_closing_day(db: Session, org, day: date, label: str = "Sluitingsdag") -> ClosingDay:
    return save(db, ClosingDay(organisation_id=org.id, day=day, label=label))


def make_framework(db: Session, org, *, placements: list[tuple[int, int]], title: str | None = None,
                   hours: Decimal | None = None, **values) -> tuple[Programme, list]:
    """A programme whose phases start at the given months, each (start month, week offset) a placement of its own
    intervention on the first learning line. Answers the programme and the placements in that order."""
    programme = make_programme(db, org, title=title, **values)
    line = lines_of(db, programme)[0]
    phases: dict[int, object] = {}
    made = []
    for month, week in placements:
        if month not in phases:
            phases[month] = make_phase(db, org, programme, title=f"Fase vanaf maand {month}", start_month=month)
        intervention = make_intervention(db, org, unique("Bijeenkomst"))
        made.append(make_placement(db, org, programme, phases[month], line, intervention, week_offset=week,
                                   duration_hours=hours))
    return programme, made
