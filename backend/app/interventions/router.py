import uuid
from dataclasses import replace
from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from app.auth.deps import BriefEditorScope, EditorScope, OrgCaller, OrgScope
from app.budgets import years
from app.core.concurrency import IfMatch
from app.core.db import DbSession, LaterDb
from app.core.http import FileUpload, created, imported, tagged
from app.core.pagination import Paging
from app.core.resource import query_into
from app.core.schemas import Page
from app.core.vocabulary import NumberFormat
from app.interventions import exporting, importing, listing, service
from app.interventions.schemas import (
    EVALUATION_RULE,
    FIRST_YEAR,
    LAST_YEAR,
    ImportResult,
    InterventionCreate,
    InterventionRead,
    InterventionUpdate,
)

router = APIRouter(prefix="/interventions", tags=["interventions"])

YearQuery = Annotated[int | None, Query(ge=FIRST_YEAR, le=LAST_YEAR,
                                        description=f"The year of the execution programme. {years.RULE}")]


class ExportFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"


# the catalogue's filters, shared by the list and the export
CatalogueFilters = Annotated[listing.Filters, Depends(query_into(listing.Filters, {
    "q": Query(max_length=200, description="Text in the title, goal, content or target group (case-insensitive)."),
    "status": Query(description="Status."),
    "category": Query(description="Category."),
    "funding_stream": Query(alias="fundingStream", description="Budget stream that pays for it."),
    "learning_form": Query(alias="learningForm", description="Learning form."),
    "kolb_phase": Query(alias="kolbPhase", description="Has this phase of Kolb's cycle."),
    "learning_level": Query(alias="learningLevel", description="Learning level."),
    "learning_mix": Query(alias="learningMix", description="Kind in the 70-20-10 model."),
    "audience": Query(description="Employees, managers or all."),
    "competency_id": Query(alias="competencyId", description="Trains this competency."),
    "theme_id": Query(alias="themeId", description="Serves this strategic theme."),
    "learning_goal_id": Query(alias="learningGoalId", description="Serves this learning goal."),
    "development_id": Query(alias="developmentId", description="Serves a learning goal of this development "
                                                               "(organisatieontwikkeling), through the plan's "
                                                               "traceability."),
    "goal_id": Query(alias="goalId", description="Serves a learning goal of this goal (doel), through the plan's "
                                                 "traceability."),
    "mandatory": Query(description="Mandatory or not."),
    "needs_evaluation": Query(alias="needsEvaluation", description="Lasts a day or longer (gets an evaluation form)."),
}))]


@router.get("", response_model=Page[InterventionRead], summary="List interventions (leerinterventies)")
async def list_interventions(
    caller: OrgCaller,
    db: LaterDb,
    paging: Paging,
    filters: CatalogueFilters,
    year: Annotated[int | None, Query(ge=FIRST_YEAR, le=LAST_YEAR,
                                      description="Offered in this year's execution programme.")] = None,
) -> Page[InterventionRead]:
    """The catalogue. All filters combine; `developmentId` and `goalId` follow the plan's traceability
    (intervention → learning goal → goal → development), so "every HNW intervention for everyone" is
    `developmentId=<HNW>&audience=all`. Sortable on title, category, status, totalCost, createdAt (default
    title). Each item carries its links; the page costs the same number of queries whatever its size."""
    filters = replace(filters, year=year)
    # one worker-thread call, no transaction round trips: the caller checked, the page read (the busiest staff page)
    return await db.read(lambda session: listing.list_interventions(session, caller.scope(session), paging,
                                                                   filters=filters))


@router.post("", response_model=InterventionRead, status_code=status.HTTP_201_CREATED,
             summary="Create an intervention (leerinterventie)", description=EVALUATION_RULE)
def create_intervention(data: InterventionCreate, scope: EditorScope, db: DbSession,
                        response: Response) -> InterventionRead:
    intervention = service.create_intervention(db, scope, data=data)
    created(response, intervention, "interventions")
    return service.read(db, intervention)


@router.post("/import", response_model=ImportResult, status_code=status.HTTP_201_CREATED,
             summary="Import interventions (importeren)",
             responses={200: {"model": ImportResult, "description": "Dry run: what would be imported, with every "
                                                                    "row's errors; nothing was written."}})
async def import_interventions(
    scope: BriefEditorScope,
    db: LaterDb,
    response: Response,
    upload: FileUpload,
    year: Annotated[int | None, Query(ge=FIRST_YEAR, le=LAST_YEAR,
                                      description="Offer the rows without years in this year's execution "
                                                  "programme (to import an exported programme).")] = None,
    number_format: Annotated[NumberFormat | None, Query(
        alias="numberFormat", description="How the file writes numbers: `nl` (4.800,50: a point groups thousands, "
                                          "a comma starts the cents) or `en` (4,800.50). Without it, the language "
                                          "of the headers decides: more English headers than Dutch ones is `en`, "
                                          "anything else `nl`.")] = None,
) -> ImportResult:
    """Reads the columns of the plan's tables: naam/name (required), status, doel/goal, inhoud/content,
    doelgroep/target group, and any other attribute (categorie, leervorm, kosten, jaren, thema's, ...), with
    Dutch or English headers in any case; Dutch values such as `nieuw`, `bestaand` and `deels bestaand` are
    understood. The first row holds the headers; an unknown column is ignored and listed with `field: null`.
    Every sheet of a workbook is read, each with its own header row; a sheet named after a category (as the
    exported programme's are) gives its rows that category, and an export's total line is skipped.

    Every row is validated first. If any row has an error, the answer is a 400 whose `errors` list every
    error as `{pointer: "/rows/<row>/<field>", detail, code}` (row = the row number in the file, the
    header being row 1) and nothing is written, unless `onlyValid=true`, which writes the valid rows and
    reports the rest. `dryRun=true` writes nothing and answers 200 with every row and its errors (the
    preview), with each row's amounts as read and its total cost, and the total cost of the valid rows.

    Numbers are read the file's way (`numberFormat`, or the headers' language: Dutch headers, Dutch
    numbers), the same rules as the web form: in Dutch `4.800` is four thousand eight hundred and `4.800,50`
    has cents. A cell that is no number that way but is one the other way (`4.80` in a Dutch file) is refused
    with `ambiguous_number`, never guessed; XLSX cells stored as numbers are read as they are. At most 5,000
    rows; a file that cannot be read is a 400 with code `unreadable_file`.
    Everything is written in one transaction; each created intervention gets its own audit event
    (`intervention.imported`). 201 when something was written."""
    result = await importing.import_file(db, scope, upload, year=year, number_format=number_format)
    return imported(response, result, upload)


@router.get(
    "/export",
    response_class=Response,
    summary="Export a year's execution programme (uitvoeringsprogramma)",
    responses={200: {"description": "The execution programme as a file.", "headers": {
        "Content-Disposition": {"description": "`attachment; filename=\"uitvoeringsprogramma-<year>.<format>\"`",
                                "schema": {"type": "string"}}}, "content": {
        exporting.XLSX_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}},
        "text/csv": {"schema": {"type": "string"}},
    }}},
)
def export_interventions(
    scope: OrgScope, db: DbSession, filters: CatalogueFilters, year: YearQuery = None,
    format_: Annotated[ExportFormat, Query(alias="format", description="`xlsx` or `csv`.")] = ExportFormat.xlsx,
) -> Response:
    """The interventions offered in the year (within the same filters as the list), by category and title, in
    Dutch throughout: the plan's table columns (Leerinterventie, Status, Doel, Inhoud, Doelgroep), the
    development and goal of its learning goals (Organisatieontwikkeling, Doel in het plan), learning form,
    start date, period, frequency, learning hours per participant, participants, funding stream, notes and
    cost. XLSX: first a summary sheet (Overzicht) with count, learning hours and cost per category, funding
    stream and development, totals as formulas; then a sheet per category (Dutch names), bold header repeated
    on every printed page, wrapped text, landscape A4 fitted to the page width, and a total per sheet as a
    formula. CSV: the same columns plus Categorie, separated by `;`, UTF-8 with a byte order mark, amounts
    with a decimal comma, dates written out ("1 mei 2014")."""
    content, media_type, filename = exporting.export_programme(db, scope, year=year, file_format=format_.value,
                                                               filters=filters)
    return Response(content, media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/{intervention_id}", response_model=InterventionRead, summary="Get an intervention")
def get_intervention(intervention_id: uuid.UUID, scope: OrgScope, db: DbSession,
                     response: Response) -> InterventionRead:
    intervention = service.get_intervention(db, scope, intervention_id=intervention_id)
    tagged(response, intervention)
    return service.read(db, intervention)


@router.patch("/{intervention_id}", response_model=InterventionRead, summary="Change an intervention")
def update_intervention(intervention_id: uuid.UUID, data: InterventionUpdate, scope: EditorScope, db: DbSession,
                        response: Response, if_match: IfMatch = None) -> InterventionRead:
    """Send only what changes. A link list that is sent (`themeIds`, `years`, ...) replaces the stored one;
    years that stay keep their review decision."""
    intervention = service.update_intervention(db, scope, intervention_id=intervention_id, data=data,
                                               if_match=if_match)
    tagged(response, intervention)
    return service.read(db, intervention)


@router.delete("/{intervention_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete an intervention")
def delete_intervention(intervention_id: uuid.UUID, scope: EditorScope, db: DbSession) -> None:
    """Refused with 409 while budget lines refer to it or programmes place it in their framework (the answer names
    them)."""
    service.delete_intervention(db, scope, intervention_id=intervention_id)
