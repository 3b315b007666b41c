"""HTTP for people (medewerkers): the list and one person, the HR systems' sync (one by employee number, or
many at once), the CSV/XLSX import, and the AVG export and erasure."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from app.auth.deps import AdminScope, BriefEditorScope, EditorScope, OrgScope
from app.core.concurrency import IfMatch, set_etag
from app.core.db import DbSession, LaterDb
from app.core.http import FileUpload, created, imported, tagged
from app.core.resource import Routes
from app.people import importing, privacy, schemas, service, syncing

router = APIRouter(tags=["people"])
routes = Routes(router, reader=OrgScope, editor=EditorScope)


@routes.listing("/people", schemas.PersonRead, service.list_people, summary="List people (medewerkers)")
class ListPeople:
    """The organisation's people by name; those who have left (leftOn set) only with includeLeft=true.
    Sortable on name, employeeNumber, team, leftOn, createdAt, updatedAt."""

    search: Annotated[str | None, Query(max_length=200, description="Part of the name, employee number or "
                                                                   "e-mail address.")] = None
    team: Annotated[str | None, Query(max_length=200, description="Only the people of this team.")] = None
    include_left: Annotated[bool, Query(alias="includeLeft", description="Also the people who have left.")] = False


@router.get("/people/teams", response_model=list[str], summary="List the teams of people")
def list_people_teams(scope: OrgScope, db: DbSession) -> list[str]:
    """Every team someone is in (as the HR system names it), alphabetically: the people list's filter."""
    return service.teams(db, scope)


@router.post("/people", response_model=schemas.PersonRead, status_code=status.HTTP_201_CREATED,
             summary="Create a person (medewerker)")
def create_person(data: schemas.PersonCreate, scope: EditorScope, db: DbSession,
                  response: Response) -> schemas.PersonRead:
    """Adds a person by hand. The employee number is unique in the organisation: 409 with the field error
    `taken` on /employeeNumber."""
    person = service.create_person(db, scope, data=data)
    created(response, person, "people")
    return service.read(db, scope, person)


@router.post("/people/import", response_model=schemas.PeopleImportResult, status_code=status.HTTP_201_CREATED,
             summary="Import people (medewerkers importeren)",
             responses={200: {"model": schemas.PeopleImportResult,
                              "description": "Dry run: what would happen, with every row's errors; nothing "
                                             "was written."}})
async def import_people(
    scope: BriefEditorScope,
    db: LaterDb,
    response: Response,
    upload: FileUpload,
    mark_missing_as_left: Annotated[bool, Query(alias="markMissingAsLeft", description=(
        "Whoever is employed here but not in the file gets leftOn = today."))] = False,
) -> schemas.PeopleImportResult:
    """A file as AFAS, Youforce or Visma export it. Reads personeelsnummer/employee number and
    naam/medewerker/name (both required), e-mail zakelijk/e-mail, afdeling/team and datum uit dienst/left on,
    Dutch or English, in any case; other columns are ignored
    (listed with `field: null`). A person whose employee number is known is updated (only the columns the file
    has), anyone else is created. Every row is validated first: with errors the answer is a 400 listing each
    (`/rows/<row>/<field>`, the header being row 1) and nothing is written, unless `onlyValid=true`.
    `dryRun=true` answers 200 with every row's outcome (created, updated, unchanged) and errors, and `missing`:
    the employed people the file does not hold (marked as left with `markMissingAsLeft=true`). At most 20,000
    rows. Everything is written in one transaction; 201 when written."""
    result = await importing.import_file(db, scope, upload, mark_missing_as_left=mark_missing_as_left)
    return imported(response, result, upload)


@router.post("/people/sync", response_model=schemas.SyncResult, summary="Synchronise people with the HR system")
def sync_people(data: schemas.SyncRequest, scope: EditorScope, db: DbSession) -> schemas.SyncResult:
    """Every person of the HR system at once (a write API token can do it). Each row answers created,
    updated, unchanged or refused (with `errors`: `{pointer: /people/<index>/<field>, detail, code}`); a
    refused row does not stop the others. With `markMissingAsLeft` everyone employed here but not in the list
    gets leftOn = today (rows `marked_as_left`). `dryRun` answers the same and writes nothing."""
    return syncing.sync(db, scope, data=data)


@router.put("/people/by-employee-number/{number}", response_model=schemas.PersonPutResult,
            summary="Create or update a person by employee number",
            responses={201: {"model": schemas.PersonPutResult, "description": "The person was created."}})
def put_person(
    number: Annotated[str, Path(max_length=64, description="The employee number (personeelsnummer).")],
    data: schemas.PersonPut,
    scope: EditorScope,
    db: DbSession,
    response: Response,
) -> schemas.PersonPutResult:
    """Idempotent: the person as the HR system has them. 201 `created`, or 200 `updated`, or 200 `unchanged`
    when the body matches what is stored (then nothing is written: no new version, no audit event)."""
    result = syncing.put_person(db, scope, employee_number=number, data=data)
    created_now = result.outcome == schemas.SyncOutcome.created
    response.status_code = status.HTTP_201_CREATED if created_now else status.HTTP_200_OK
    set_etag(response, result.person.version)
    return result


@router.get("/people/{person_id}", response_model=schemas.PersonRead, summary="Get a person (medewerker)")
def get_person(person_id: uuid.UUID, scope: OrgScope, db: DbSession, response: Response) -> schemas.PersonRead:
    person = tagged(response, service.get_person(db, scope, person_id=person_id))
    return service.read(db, scope, person)


@router.patch("/people/{person_id}", response_model=schemas.PersonRead, summary="Change a person (medewerker)")
def update_person(person_id: uuid.UUID, data: schemas.PersonUpdate, scope: EditorScope, db: DbSession,
                  response: Response, if_match: IfMatch = None) -> schemas.PersonRead:
    """Change any field; `leftOn: null` makes the person employed again. A taken employee number is a 409."""
    person = service.update_person(db, scope, person_id=person_id, data=data, if_match=if_match)
    tagged(response, person)
    return service.read(db, scope, person)


@router.get("/people/{person_id}/export", response_model=schemas.PersonExport,
            summary="Export everything stored about a person (AVG art. 15)",
            responses={200: {"headers": {"Content-Disposition": {
                "description": '`attachment; filename="persoonsgegevens-<id>.json"`', "schema": {"type": "string"}}}}})
def export_person(person_id: uuid.UUID, scope: OrgScope, db: DbSession, response: Response) -> schemas.PersonExport:
    """The person and every kind of row about them (enrolments, buddy pairs, attendance, calendar feeds, ...),
    as JSON to download."""
    result = privacy.export(db, scope, person_id=person_id)
    response.headers["Content-Disposition"] = f'attachment; filename="persoonsgegevens-{person_id}.json"'
    return result


@router.post("/people/{person_id}/erase", status_code=status.HTTP_204_NO_CONTENT,
             summary="Erase a person and everything about them (AVG art. 17)")
def erase_person(person_id: uuid.UUID, data: schemas.ErasureRequest, scope: AdminScope, db: DbSession) -> None:
    """Admins only: irreversible. Deletes the person with their enrolments, buddy pairs, attendance and
    calendar feed in one transaction; confirm by sending their employee number (400 `confirmation_mismatch`
    on /employeeNumber otherwise). The audit event `person.erased` says that someone was erased, never who."""
    privacy.erase(db, scope, person_id=person_id, confirmation=data.employee_number)
