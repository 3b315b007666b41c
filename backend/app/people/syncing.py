"""Keeping people in step with the HR system: one person by employee number (PUT, idempotent), many at once
(POST /people/sync), and the import's write. All three come down to `apply`: match by employee number, create
who is new, change what differs, leave the rest alone (no write, no version, no audit event), and, when asked,
mark who is employed here but missing from the source as left (leftOn = today)."""

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import TypeAdapter, ValidationError
from sqlmodel import Session

from app.core import audit
from app.core.errors import InvalidInput
from app.core.problem_codes import field_code
from app.core.scope import Scope
from app.people import service
from app.people.models import Person
from app.people.schemas import (
    EmployeeNumber,
    PersonPut,
    PersonPutResult,
    SyncCounts,
    SyncOutcome,
    SyncProblem,
    SyncRequest,
    SyncResult,
    SyncRow,
)

_NUMBER = TypeAdapter(EmployeeNumber)


@dataclass
class Incoming:
    """A person as the source has them: the fields it gives (a file without an e-mail column gives none)."""

    employee_number: str
    values: dict[str, Any]


@dataclass
class Applied:
    outcomes: list[tuple[SyncOutcome, Person | None]] = field(default_factory=list)  # per incoming, in order
    left: list[Person] = field(default_factory=list)  # marked as left (or would be, on a dry run)


def missing_people(db: Session, scope: Scope, present: set[str]) -> list[Person]:
    """Employed people whose employee number the source does not hold."""
    return [person for person in service.employed(db, scope) if person.employee_number not in present]


def apply(db: Session, scope: Scope, incoming: list[Incoming], *, present: set[str], mark_missing_as_left: bool,
          dry_run: bool, today: date | None = None) -> Applied:
    """Create, change or keep each incoming person; `present` holds every number the source named (also of
    rows it refused), so a refused row never marks its person as left."""
    today = today or date.today()
    existing = service.by_numbers(db, scope, (row.employee_number for row in incoming))
    applied = Applied()
    created: list[Person] = []
    for row in incoming:
        person = existing.get(row.employee_number)
        if person is None:
            person = Person(organisation_id=scope.organisation_id, employee_number=row.employee_number,
                            **row.values)
            applied.outcomes.append((SyncOutcome.created, None if dry_run else person))
            if not dry_run:
                created.append(person)
            continue
        changed = {name: value for name, value in row.values.items() if getattr(person, name) != value}
        if not changed:
            applied.outcomes.append((SyncOutcome.unchanged, person))
            continue
        applied.outcomes.append((SyncOutcome.updated, person))
        if not dry_run:
            before = audit.fields_of(person, service.FIELDS)
            for name, value in changed.items():
                setattr(person, name, value)
            db.flush()
            service.record(db, scope, person, "updated", service.changes_of(before,
                                                                           audit.fields_of(person, service.FIELDS)))
    if created:
        db.add_all(created)
        db.flush()
        for person in created:
            service.record(db, scope, person, "created",
                           service.changes_of({}, audit.fields_of(person, service.FIELDS)))
    if mark_missing_as_left:
        applied.left = missing_people(db, scope, present)
        if not dry_run:
            for person in applied.left:
                person.left_on = today
            db.flush()
            for person in applied.left:
                service.record(db, scope, person, "marked_as_left",
                               {"leftOn": {"from": None, "to": today.isoformat()}})
    return applied


# --- one person: PUT /people/by-employee-number/{number} -----------------------------------------------------------


def put_person(db: Session, scope: Scope, *, employee_number: str, data: PersonPut) -> PersonPutResult:
    """Create or replace the person with this number; the same body again answers `unchanged` and writes nothing."""
    number = _valid_number(employee_number)
    applied = apply(db, scope, [Incoming(number, data.model_dump())], present={number},
                    mark_missing_as_left=False, dry_run=False)
    outcome, person = applied.outcomes[0]
    assert person is not None
    return PersonPutResult(outcome=outcome, person=service.read(db, scope, person))


def _valid_number(number: str) -> str:
    try:
        return _NUMBER.validate_python(number.strip())
    except ValidationError as exc:
        error = exc.errors()[0]
        raise InvalidInput("/number", f"Not an employee number: {error['msg']}.",
                           code=field_code(str(error["type"]))) from None


# --- many: POST /people/sync ------------------------------------------------------------------------------------


class SyncPerson(PersonPut):
    employee_number: EmployeeNumber


def _problems(index: int, exc: ValidationError) -> list[SyncProblem]:
    problems = []
    for error in exc.errors():
        loc = [str(part) for part in error.get("loc", ())]
        name = audit._camel(loc[0]) if loc else "row"
        detail = "This field is required." if error.get("type") == "missing" else str(error.get("msg"))
        problems.append(SyncProblem(pointer=f"/people/{index}/{name}", detail=detail,
                                    code=field_code(str(error.get("type", "")))))
    return problems


def sync(db: Session, scope: Scope, *, data: SyncRequest) -> SyncResult:
    """Every row checked on its own; the valid ones applied in one transaction (none on a dry run)."""
    rows: list[SyncRow | None] = []
    incoming: list[Incoming] = []
    places: list[int] = []
    present: set[str] = set()
    for index, raw in enumerate(data.people):
        number = raw.get("employeeNumber")
        if isinstance(number, str):
            present.add(number.strip())
        try:
            person = SyncPerson.model_validate(raw)
        except ValidationError as exc:
            rows.append(SyncRow(index=index, employee_number=number if isinstance(number, str) else None,
                                outcome=SyncOutcome.refused, id=None, errors=_problems(index, exc)))
            continue
        if any(row.employee_number == person.employee_number for row in incoming):
            rows.append(SyncRow(index=index, employee_number=person.employee_number, outcome=SyncOutcome.refused,
                                id=None, errors=[SyncProblem(
                                    pointer=f"/people/{index}/employeeNumber", code="duplicate",
                                    detail="This employee number is in the list already, at an earlier place.")]))
            continue
        rows.append(None)
        places.append(index)
        incoming.append(Incoming(person.employee_number, person.model_dump(exclude={"employee_number"})))
    applied = apply(db, scope, incoming, present=present, mark_missing_as_left=data.mark_missing_as_left,
                    dry_run=data.dry_run)
    for index, row, (outcome, person) in zip(places, incoming, applied.outcomes, strict=True):
        rows[index] = SyncRow(index=index, employee_number=row.employee_number, outcome=outcome,
                              id=person.id if person is not None else None, errors=[])
    done = [row for row in rows if row is not None]
    done += [SyncRow(index=None, employee_number=person.employee_number, outcome=SyncOutcome.marked_as_left,
                     id=person.id, errors=[]) for person in applied.left]
    return SyncResult(dry_run=data.dry_run, counts=counts(row.outcome for row in done), rows=done)


def counts(outcomes: Any) -> SyncCounts:
    tally = dict.fromkeys(SyncOutcome, 0)
    for outcome in outcomes:
        tally[outcome] += 1
    return SyncCounts(**{outcome.value: count for outcome, count in tally.items()})


def ids_of(applied: Applied) -> list[uuid.UUID | None]:
    return [person.id if person is not None else None for _outcome, person in applied.outcomes]
