"""API shapes of people (medewerkers): the person, the HR sync (one by employee number, or many at once), the
import preview, the AVG export and the erasure."""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field, StrictBool

from app.core.schemas import ApiInput, ApiModel, BoundedDate, NotNull

MAX_SYNC_ROWS = 5000  # per sync request (a body within the request limit); a file import takes up to 20,000

EmployeeNumber = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[^/]+$",
                                      description="The personeelsnummer the HR system keys the person by.")]
Name = Annotated[str, Field(min_length=1, max_length=200)]
Email = Annotated[str, Field(max_length=320, pattern=r"^$|^[^@]+@[^@]+$",
                             description="Work e-mail only (empty: none).")]
Team = Annotated[str, Field(max_length=200, description="The team (afdeling) as the HR system names it.")]
LeftOn = Annotated[BoundedDate | None, Field(description="Uit dienst: the day the person left; null: employed.")]


class PersonRead(ApiModel):
    id: uuid.UUID
    employee_number: str
    name: str
    email: str
    team: str
    left_on: date | None
    version: int
    created_at: datetime
    updated_at: datetime


class PersonCreate(ApiInput):
    employee_number: EmployeeNumber
    name: Name
    email: Email = ""
    team: Team = ""
    left_on: LeftOn = None


class PersonUpdate(ApiInput):
    employee_number: Annotated[EmployeeNumber | None, NotNull] = None
    name: Annotated[Name | None, NotNull] = None
    email: Annotated[Email | None, NotNull] = None
    team: Annotated[Team | None, NotNull] = None
    left_on: LeftOn = None


class PersonPut(ApiInput):
    """The person as the HR system has them: every field (a field left out is empty; `leftOn` left out: employed)."""

    name: Name
    email: Email = ""
    team: Team = ""
    left_on: LeftOn = None


class SyncOutcome(StrEnum):
    created = "created"
    updated = "updated"
    unchanged = "unchanged"
    marked_as_left = "marked_as_left"
    refused = "refused"


class SyncProblem(ApiModel):
    pointer: str
    detail: str
    code: str
    params: dict[str, Any] | None = None


class PersonPutResult(ApiModel):
    outcome: SyncOutcome = Field(description="created, updated or unchanged (then nothing was written).")
    person: PersonRead


class SyncRequest(ApiInput):
    people: Annotated[list[dict[str, Any]], Field(
        max_length=MAX_SYNC_ROWS,
        description="Every person as the HR system has them: `{employeeNumber, name, email, team, leftOn}` (the "
                    "fields of PUT /people/by-employee-number/{number} plus the number). Each row is checked on "
                    "its own: a bad row is refused with its reason, the others go ahead.")]
    mark_missing_as_left: Annotated[StrictBool, Field(
        description="Whoever is employed here but not in `people` gets leftOn = today.")] = False
    dry_run: Annotated[StrictBool, Field(description="Answer what would happen; write nothing.")] = False


class SyncRow(ApiModel):
    index: int | None = Field(description="The row's place in `people` (null: someone marked as left).")
    employee_number: str | None
    outcome: SyncOutcome
    id: uuid.UUID | None = Field(description="The person (null when refused, or created on a dry run).")
    errors: list[SyncProblem] = Field(description="Why a refused row was refused (pointer /people/<index>/<field>).")


class SyncCounts(ApiModel):
    created: int
    updated: int
    unchanged: int
    marked_as_left: int
    refused: int


class SyncResult(ApiModel):
    dry_run: bool
    counts: SyncCounts
    rows: list[SyncRow]


# --- import ----------------------------------------------------------------------------------------------------


class PeopleImportColumn(ApiModel):
    header: str
    field: str | None = Field(description="The field the column fills (camelCase); null: not known, ignored.")


class PeopleImportRow(ApiModel):
    row: int = Field(description="The row number in the file (the header is row 1).")
    sheet: str | None
    valid: bool
    outcome: SyncOutcome | None = Field(description="What the row does (or would do); null when it has errors.")
    employee_number: str
    name: str
    cells: dict[str, str]
    errors: list[SyncProblem]
    id: uuid.UUID | None = None


class LeavingPerson(ApiModel):
    id: uuid.UUID
    employee_number: str
    name: str
    team: str


class PeopleImportResult(ApiModel):
    dry_run: bool
    only_valid: bool
    mark_missing_as_left: bool
    total: int
    valid: int
    invalid: int
    counts: SyncCounts
    columns: list[PeopleImportColumn]
    rows: list[PeopleImportRow]
    errors: list[SyncProblem]
    missing: list[LeavingPerson] = Field(description="Employed people the file does not hold: marked as left "
                                                     "(leftOn = today) when markMissingAsLeft is on.")


# --- privacy ---------------------------------------------------------------------------------------------------


class PersonExport(ApiModel):
    exported_at: datetime
    person: PersonRead
    sections: dict[str, list[dict[str, Any]]] = Field(
        description="Every other kind of row stored about the person, by kind (enrolments, buddyPairs, "
                    "attendance, calendarFeeds, ...): an empty list where there is none.")


class ErasureRequest(ApiInput):
    employee_number: Annotated[str, Field(max_length=64, description="The person's employee number, typed again "
                                                                     "to confirm.")]


class ErasureResult(ApiModel):
    erased: bool
