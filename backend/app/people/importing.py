"""Importing people from CSV or XLSX as AFAS, Youforce or Visma export them: Dutch headers ("Personeelsnummer",
"Medewerker" or "Naam", "E-mail zakelijk", "Afdeling" or "Team", "Datum uit dienst"), `;` and a BOM, or English
headers. Reading, header mapping, row validation and the limits are `core.tabular`'s, as for the catalogue.

Every row is validated before anything is written; a re-import updates by employee number (only the columns
the file has), and "mark who is missing as left" gives leftOn = today to whoever is employed here but not in
the file; the preview names them."""

from functools import partial

from sqlmodel import Session
from starlette.concurrency import run_in_threadpool

from app.core import cells, tabular
from app.core.cells import CellError, normalise
from app.core.db import Later
from app.core.scope import Scope
from app.people import syncing
from app.people.schemas import (
    LeavingPerson,
    PeopleImportColumn,
    PeopleImportResult,
    PeopleImportRow,
    PersonCreate,
    SyncOutcome,
    SyncProblem,
)

MAX_ROWS = 20_000  # a large municipality's whole staff in one HR export (Rotterdam: some 15,000)


class PersonRow(PersonCreate):
    """A row of the HR file: what creating a person takes, checked the same way."""


HEADERS: dict[str, tuple[str, ...]] = {
    "employee_number": ("personeelsnummer", "personeelsnr", "persnr", "pers nr", "medewerkernummer",
                        "medewerker nummer", "medewerkernr", "werknemersnummer", "werknemer nummer", "nummer",
                        "employee number", "employee no", "employee id", "employee code", "number"),
    "name": ("naam", "volledige naam", "naam medewerker", "medewerker", "weergavenaam", "name", "full name",
             "employee name", "employee", "display name"),
    "email": ("e-mail zakelijk", "e-mail werk", "zakelijk e-mailadres", "zakelijke e-mail", "e-mailadres werk",
              "e-mailadres zakelijk", "mail zakelijk", "e-mail", "e-mailadres", "email", "work email",
              "work e-mail", "email address", "e-mail address", "business email"),
    "team": ("afdeling", "team", "organisatorische eenheid", "organisatie eenheid", "eenheid", "afdelingsnaam",
             "department", "unit", "organisational unit", "organizational unit"),
    "left_on": ("datum uit dienst", "uit dienst", "einddatum dienstverband", "einde dienstverband", "datum einde",
                "left on", "leaving date", "end date", "termination date", "date left"),
}
# "Medewerker" names the person unless the file has another name column ("Naam"): then it is not read.
_UNREAD = " (not read)"
_WEAK_NAME = {normalise(header) for header in ("medewerker", "employee")}
SPEC = tabular.Spec(model=PersonRow, headers=HEADERS, required=("employee_number", "name"),
                    convert={"left_on": cells.read_date}, max_rows=MAX_ROWS)


def _prefer_named(table: tabular.Table) -> tabular.Table:
    """AFAS exports the number as "Medewerker" next to "Naam": with another name column, "Medewerker" is
    left out (renamed so that no field takes it)."""
    names = {normalise(header) for header in HEADERS["name"]} - _WEAK_NAME
    for sheet in table.sheets:
        if any(normalise(header) in names for header in sheet.headers):
            sheet.headers = [f"{header}{_UNREAD}" if normalise(header) in _WEAK_NAME else header
                             for header in sheet.headers]
    return table


def read(content: bytes, filename: str | None) -> tabular.Parsed:
    """The file read, its headers mapped and every row validated, without the database."""
    parsed = tabular.parse(_prefer_named(tabular.read(content, filename, max_rows=MAX_ROWS)), SPEC)
    for column in parsed.columns:
        column.header = column.header.removesuffix(_UNREAD)
    return parsed


def _duplicates(parsed: tabular.Parsed) -> None:
    """A number twice in the file: the later row is an error."""
    seen: dict[str, int] = {}
    for row in parsed.rows:
        number = row.data.employee_number if row.data is not None else None
        if number is None:
            continue
        if number in seen:
            row.fail("employee_number", CellError("duplicate", f"Row {seen[number]} has this employee number "
                                                               "already.", params={"row": seen[number]}))
        else:
            seen[number] = row.number


def _problem(error: dict) -> SyncProblem:
    return SyncProblem(**{key: error[key] for key in ("pointer", "detail", "code", "params") if key in error})


def apply(db: Session, scope: Scope, parsed: tabular.Parsed, *, dry_run: bool, only_valid: bool,
          mark_missing_as_left: bool) -> PeopleImportResult:
    """Decide per row (created, updated, unchanged), write unless a dry run; a 400 listing every error when rows
    fail and only the valid ones were not asked for (nothing written)."""
    _duplicates(parsed)
    writing = tabular.to_write(parsed, dry_run=dry_run, only_valid=only_valid)
    fields = {column.field for column in parsed.columns if column.field}
    chosen = [row for row in parsed.rows if row.valid] if dry_run else writing
    incoming = [syncing.Incoming(row.data.employee_number,
                                 {name: getattr(row.data, name) for name in PersonRow.model_fields
                                  if name != "employee_number" and tabular.to_camel(name) in fields})
                for row in chosen]
    present = {row.cells.get("employeeNumber", "").strip() for row in parsed.rows} - {""}
    applied = syncing.apply(db, scope, incoming, present=present,
                            mark_missing_as_left=mark_missing_as_left, dry_run=dry_run)
    done = {row.number: outcome for row, outcome in zip(chosen, applied.outcomes, strict=True)}
    rows = [PeopleImportRow(row=row.number, sheet=row.sheet, valid=row.valid,
                      outcome=done[row.number][0] if row.number in done else None,
                      employee_number=row.cells.get("employeeNumber", ""), name=row.cells.get("name", ""),
                      cells=row.cells, errors=[_problem(error) for error in row.errors],
                      id=person.id if row.number in done and (person := done[row.number][1]) is not None else None)
            for row in parsed.rows]
    valid = sum(1 for row in rows if row.valid)
    outcomes = [outcome for outcome, _person in applied.outcomes] + [SyncOutcome.marked_as_left] * len(applied.left)
    return PeopleImportResult(dry_run=dry_run, only_valid=only_valid, mark_missing_as_left=mark_missing_as_left,
                        total=len(rows), valid=valid, invalid=len(rows) - valid, counts=syncing.counts(outcomes),
                        columns=[PeopleImportColumn(header=c.header, field=c.field) for c in parsed.columns],
                        rows=rows, errors=[problem for row in rows for problem in row.errors],
                        missing=[LeavingPerson.model_validate(person, from_attributes=True)
                                 for person in (applied.left or syncing.missing_people(db, scope, present))])


async def import_file(later: Later, scope: Scope, upload: tabular.Upload, *,
                      mark_missing_as_left: bool) -> PeopleImportResult:
    """Read and validate the file in a worker thread, then decide and write in one short transaction."""
    parsed = await run_in_threadpool(read, upload.content, upload.filename)
    return await later.run(partial(apply, parsed=parsed, dry_run=upload.dry_run, only_valid=upload.only_valid,
                                   mark_missing_as_left=mark_missing_as_left), scope)
