"""A cohort's enrolments: people (from `app/people`) in a role — participant, coach, buddy, trainer — from and
until dates within the cohort's; a person once per cohort. Participants attend the cohort's sessions: an
enrolment made after the schedule was confirmed is added on the next confirm; one that ends (deleted, or no longer
a participant) leaves the sessions whose attendance was not taken, and the buddy pairs."""

import uuid
from datetime import date
from typing import Any

from sqlalchemy import case, delete, func, or_
from sqlmodel import Session

from app.cohorts.models import BuddyPair, Cohort, Enrolment, EnrolmentRole
from app.cohorts.schemas import CohortPerson, EnrolmentCreate, EnrolmentRead, EnrolmentUpdate
from app.cohorts.service import get_cohort
from app.core import audit
from app.core.errors import Conflict, InvalidInput, NotFound, field_error
from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import get_or_404, scoped, where_given
from app.people.models import Person
from app.sessions import generated

ENTITY = "enrolment"
FIELDS = ("cohort_id", "person_id", "role", "starts_on", "ends_on")
_ROLE_ORDER = case({role.value: i for i, role in enumerate(EnrolmentRole)}, value=Enrolment.role, else_=9)
_SORTABLE = {"role": _ROLE_ORDER, "name": func.lower(Person.name), "team": func.lower(Person.team),
             "createdAt": Enrolment.created_at}


def cohort_person(person: Person) -> CohortPerson:
    return CohortPerson(id=person.id, name=person.name, team=person.team, employee_number=person.employee_number)


def _read(enrolment: Enrolment, person: Person) -> EnrolmentRead:
    return EnrolmentRead(id=enrolment.id, cohort_id=enrolment.cohort_id, person=cohort_person(person),
                         role=enrolment.role, starts_on=enrolment.starts_on, ends_on=enrolment.ends_on,
                         version=enrolment.version)


def _base(scope: Scope, cohort_id: uuid.UUID) -> Any:
    return (scoped(Enrolment, scope, Enrolment, Person).join(Person, Person.id == Enrolment.person_id)
            .where(Enrolment.cohort_id == cohort_id))


def list_enrolments(db: Session, scope: Scope, params: PageParams, *, cohort_id: uuid.UUID,
                     role: EnrolmentRole | None, q: str | None) -> Page[EnrolmentRead]:
    """By role (participants first), then name: three queries whatever the size."""
    get_cohort(db, scope, cohort_id=cohort_id)
    statement = where_given(_base(scope, cohort_id), (Enrolment.role, role))
    if q:
        needle = q.lower()
        statement = statement.where(or_(func.lower(Person.name).contains(needle, autoescape=True),
                                        func.lower(Person.team).contains(needle, autoescape=True)))
    return paginate(db, statement, params, sortable=_SORTABLE, default_sort=["role", "name"],
                    tiebreaker=Enrolment.id, to_item=lambda row: _read(row[0], row[1]))


def get_enrolment(db: Session, scope: Scope, *, cohort_id: uuid.UUID, enrolment_id: uuid.UUID) -> Enrolment:
    get_cohort(db, scope, cohort_id=cohort_id)
    enrolment = get_or_404(db, scope, Enrolment, enrolment_id, "enrolment")
    if enrolment.cohort_id != cohort_id:
        raise NotFound("There is no enrolment with this id.")  # another cohort's: as if it did not exist
    return enrolment


def read_enrolment(db: Session, scope: Scope, enrolment: Enrolment) -> EnrolmentRead:
    return _read(enrolment, db.get_one(Person, enrolment.person_id))


def _check_dates(cohort: Cohort, starts_on: date | None, ends_on: date | None) -> None:
    errors = []
    if starts_on is not None and (starts_on < cohort.starts_on or (cohort.ends_on and starts_on > cohort.ends_on)):
        errors.append(field_error("/startsOn", "The date lies outside the cohort's dates.", "outside_cohort"))
    if ends_on is not None and (ends_on < cohort.starts_on or (cohort.ends_on and ends_on > cohort.ends_on)):
        errors.append(field_error("/endsOn", "The date lies outside the cohort's dates.", "outside_cohort"))
    if not errors and starts_on and ends_on and ends_on < starts_on:
        errors.append(field_error("/endsOn", "The end date lies before the start date.", "before_start"))
    if errors:
        raise InvalidInput(errors=errors)


def enrol(db: Session, scope: Scope, *, cohort_id: uuid.UUID, data: EnrolmentCreate) -> list[EnrolmentRead]:
    """Enrols each person (400 on `/personIds/<i>` for someone not of the organisation, 409 on it for someone
    enrolled already); all or none. Participants join the cohort's sessions at once."""
    cohort = get_cohort(db, scope, cohort_id=cohort_id)
    _check_dates(cohort, data.starts_on, data.ends_on)
    people = {p.id: p for p in db.scalars(scoped(Person, scope).where(Person.id.in_(data.person_ids)))}
    unknown = [field_error(f"/personIds/{i}", "There is no person with this id in your organisation.",
                           "unknown_reference") for i, pid in enumerate(data.person_ids) if pid not in people]
    if unknown:
        raise InvalidInput(errors=unknown)
    enrolled = set(db.scalars(scoped(Enrolment, scope, Enrolment.person_id).where(
        Enrolment.cohort_id == cohort.id, Enrolment.person_id.in_(data.person_ids))))
    if enrolled:
        raise Conflict("A person is enrolled in this cohort already.", problem="already_enrolled", errors=[
            field_error(f"/personIds/{i}", f"{people[pid].name} is enrolled in this cohort already.", "taken")
            for i, pid in enumerate(data.person_ids) if pid in enrolled])
    rows = [Enrolment(organisation_id=scope.organisation_id, cohort_id=cohort.id, person_id=person_id,
                      role=data.role, starts_on=data.starts_on, ends_on=data.ends_on) for person_id in data.person_ids]
    db.add_all(rows)
    db.flush()  # one INSERT for them all
    for row in rows:
        audit.record(db, scope=scope, action=f"{ENTITY}.created", entity_type=ENTITY, entity_id=row.id,
                     changes=audit.snapshot(audit.fields_of(row, FIELDS)))
    if data.role == EnrolmentRole.participant:
        generated.add_attendees(db, scope, cohort_id=cohort.id, person_ids=data.person_ids)
    return [_read(row, people[row.person_id]) for row in rows]


def _leave(db: Session, scope: Scope, enrolment: Enrolment) -> None:
    """No longer a participant: out of the buddy pairs and the sessions whose attendance was not taken."""
    db.execute(delete(BuddyPair).where(BuddyPair.cohort_id == enrolment.cohort_id, or_(
        BuddyPair.first_person_id == enrolment.person_id, BuddyPair.second_person_id == enrolment.person_id)))
    generated.drop_pending_attendee(db, scope, cohort_id=enrolment.cohort_id, person_id=enrolment.person_id)


def update_enrolment(db: Session, scope: Scope, *, cohort_id: uuid.UUID, enrolment_id: uuid.UUID,
                     data: EnrolmentUpdate, if_match: str | None) -> Enrolment:
    enrolment = get_enrolment(db, scope, cohort_id=cohort_id, enrolment_id=enrolment_id)
    cohort = get_cohort(db, scope, cohort_id=cohort_id)
    was = enrolment.role

    def check(values: dict[str, Any]) -> None:
        _check_dates(cohort, values.get("starts_on", enrolment.starts_on), values.get("ends_on", enrolment.ends_on))

    audit.update_claimed(db, scope, enrolment, data, if_match, entity_type=ENTITY, fields=FIELDS, check=check)
    if was == EnrolmentRole.participant and enrolment.role != EnrolmentRole.participant:
        _leave(db, scope, enrolment)
    elif was != EnrolmentRole.participant and enrolment.role == EnrolmentRole.participant:
        generated.add_attendees(db, scope, cohort_id=cohort.id, person_ids=[enrolment.person_id])
    return enrolment


def delete_enrolment(db: Session, scope: Scope, *, cohort_id: uuid.UUID, enrolment_id: uuid.UUID) -> None:
    enrolment = get_enrolment(db, scope, cohort_id=cohort_id, enrolment_id=enrolment_id)
    _leave(db, scope, enrolment)
    audit.delete_recorded(db, scope, enrolment, entity_type=ENTITY, fields=FIELDS)


def participants(db: Session, scope: Scope, cohort_id: uuid.UUID) -> list[Person]:
    """The cohort's participants, by name."""
    return list(db.scalars(scoped(Person, scope).join(Enrolment, Enrolment.person_id == Person.id).where(
        Enrolment.cohort_id == cohort_id, Enrolment.role == EnrolmentRole.participant)
        .order_by(func.lower(Person.name), Person.id)))
