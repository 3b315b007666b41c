"""People (medewerkers, DESIGN §2.6): employees as the HR system knows them. The list, one person, a change by
hand; the HR sync and the import are in `syncing.py` and `importing.py`, the AVG export, the erasure and the
retention in `privacy.py`.

The audit trail records that a person was created or changed and which fields changed, but never the values
of the fields that name them (employee number, name, e-mail): after an erasure nothing may hold those."""

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import Session

from app.core import audit
from app.core.concurrency import claimed_changes
from app.core.pagination import PageParams, paginate
from app.core.records import Unique
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import get_or_404, scoped
from app.people.models import Person
from app.people.schemas import PersonCreate, PersonRead, PersonUpdate

ENTITY = "person"
FIELDS = ("employee_number", "name", "email", "team", "left_on")
EMPLOYEE_NUMBER = Unique(Person.employee_number,
                         detail="Someone in your organisation has the employee number '{employee_number}' already.",
                         message="This employee number is taken.")
PERSONAL = frozenset({"employee_number", "name", "email"})  # what names the person: never in the audit trail
SORTABLE = {"name": Person.name, "employeeNumber": Person.employee_number, "team": Person.team,
            "leftOn": Person.left_on, "createdAt": Person.created_at, "updatedAt": Person.updated_at}


def changes_of(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    """The audit diff of a person, the personal fields recorded as changed without their values."""
    changed = audit.diff(before, after)
    for name in PERSONAL:
        key = audit._camel(name)
        if key in changed:
            changed[key] = {"from": audit.REDACTED, "to": audit.REDACTED}
    return changed


def record(db: Session, scope: Scope, person: Person, action: str, changes: Mapping[str, Any] | None) -> None:
    audit.record(db, scope=scope, action=f"{ENTITY}.{action}", entity_type=ENTITY, entity_id=person.id,
                 changes=changes)


def read(_db: Session, _scope: Scope, person: Person) -> PersonRead:
    return PersonRead.model_validate(person)


def get_person(db: Session, scope: Scope, *, person_id: uuid.UUID) -> Person:
    return get_or_404(db, scope, Person, person_id, "person")


def list_people(db: Session, scope: Scope, params: PageParams, *, search: str | None, team: str | None,
                include_left: bool) -> Page[PersonRead]:
    """Two queries: the count and the page. Left people only when asked for."""
    statement = scoped(Person, scope)
    if search:
        needle = search.lower()
        statement = statement.where(or_(func.lower(Person.name).contains(needle, autoescape=True),
                                        func.lower(Person.employee_number).contains(needle, autoescape=True),
                                        func.lower(Person.email).contains(needle, autoescape=True)))
    if team is not None:
        statement = statement.where(Person.team == team)
    if not include_left:
        statement = statement.where(Person.left_on.is_(None))
    page = paginate(db, statement, params, sortable=SORTABLE, default_sort=["name"], tiebreaker=Person.id)
    page.items = [PersonRead.model_validate(person) for person in page.items]
    return page


def teams(db: Session, scope: Scope) -> list[str]:
    """The teams people are in (the left ones too), by name: the list's team filter."""
    return list(db.scalars(scoped(Person, scope, Person.team).where(Person.team != "").distinct()
                           .order_by(Person.team)))


def by_numbers(db: Session, scope: Scope, numbers: Iterable[str]) -> dict[str, Person]:
    """The organisation's people with these employee numbers, by number (in chunks of 500)."""
    numbers = list(dict.fromkeys(numbers))
    found: dict[str, Person] = {}
    for start in range(0, len(numbers), 500):
        chunk = numbers[start:start + 500]
        found |= {p.employee_number: p for p in db.scalars(scoped(Person, scope)
                                                           .where(Person.employee_number.in_(chunk)))}
    return found


def by_ids(db: Session, scope: Scope, ids: Iterable[uuid.UUID]) -> list[Person]:
    """The organisation's people with these ids, by name (an id of another organisation is not found)."""
    ids = list(dict.fromkeys(ids))
    found: list[Person] = []
    for start in range(0, len(ids), 500):
        found += db.scalars(scoped(Person, scope).where(Person.id.in_(ids[start:start + 500])))
    return sorted(found, key=lambda person: (person.name.lower(), str(person.id)))


def employed(db: Session, scope: Scope) -> list[Person]:
    """Everyone who has not left, by name."""
    return list(db.scalars(scoped(Person, scope).where(Person.left_on.is_(None)).order_by(Person.name, Person.id)))


def create_person(db: Session, scope: Scope, *, data: PersonCreate) -> Person:
    EMPLOYEE_NUMBER.check(db, scope, data.model_dump())
    person = Person(organisation_id=scope.organisation_id, **data.model_dump())
    db.add(person)
    db.flush()
    record(db, scope, person, "created", changes_of({}, audit.fields_of(person, FIELDS)))
    return person


def update_person(db: Session, scope: Scope, *, person_id: uuid.UUID, data: PersonUpdate,
                  if_match: str | None) -> Person:
    person = get_person(db, scope, person_id=person_id)
    values = claimed_changes(db, person, data, if_match)
    EMPLOYEE_NUMBER.check(db, scope, values, person)
    before = audit.fields_of(person, FIELDS)
    for name, value in values.items():
        setattr(person, name, value)
    changes = changes_of(before, audit.fields_of(person, FIELDS))
    if changes:
        db.flush()
        record(db, scope, person, "updated", changes)
    return person
