"""HTTP for staff reading a round's responses: the list and the exports for analysis (`app.responses.export`)."""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Query, Response

from app.auth.deps import OrgScope
from app.core.db import DbSession
from app.core.pagination import Paging
from app.core.schemas import Page
from app.responses import export, staff
from app.responses.staff import ResponseRead

router = APIRouter(tags=["responses"])
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


class ExportFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"


def _today() -> date:
    return datetime.now(AMSTERDAM).date()


_FILE = {"description": "The file.", "headers": {"Content-Disposition": {
    "description": "`attachment; filename=\"antwoorden-<round title>-<date>.<format>\"`",
    "schema": {"type": "string"}}},
    "content": {export.XLSX_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}},
                "text/csv": {"schema": {"type": "string"}}}}


def _file(content: bytes, media_type: str, name: str) -> Response:
    return Response(content, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/rounds/{round_id}/responses", response_model=Page[ResponseRead],
            summary="List a round's responses (antwoorden)")
def list_responses(round_id: uuid.UUID, scope: OrgScope, db: DbSession, paging: Paging) -> Page[ResponseRead]:
    """The submitted responses with their answers, by the day they came in (`sort=submittedOn`, `-submittedOn`).
    A named round shows the person who answered (`person`: id and name; empty once the person is erased); a
    pseudonymous or anonymous round never shows who, and an anonymous one only the day (`submittedAt` empty)."""
    return staff.list_responses(db, scope, paging, round_id=round_id)


@router.get("/rounds/{round_id}/responses/export", response_class=Response, responses={200: _FILE},
            summary="Export a round's responses for analysis (SPSS, Excel)")
def export_responses(
    round_id: uuid.UUID, scope: OrgScope, db: DbSession,
    format_: Annotated[ExportFormat, Query(alias="format", description="`xlsx` or `csv`.")] = ExportFormat.xlsx,
) -> Response:
    """One row per response, one column per question in position order, named `V1`, `V2`, ...; a multiple
    choice question one column per option (`V5_trainer`: 1 chosen, 0 not); scales as integers, a single choice as
    its option's number (1 for the first), open answers as text (never a formula). A named round starts with
    Personeelsnummer and Naam, a pseudonymous one with Respondent (R001, ... in the order they came in, not the
    pseudonym), an anonymous one with neither; then Ingevuld (the day). XLSX: the sheet Antwoorden and a sheet
    Codeboek (each column's question, type and values, to label the variables). CSV: `;`, UTF-8 with a BOM, CRLF;
    its codebook is `/rounds/{roundId}/responses/codebook`."""
    return _file(*export.export(db, scope, round_id=round_id, file_format=format_.value, today=_today()))


@router.get("/rounds/{round_id}/responses/codebook", response_class=Response, responses={200: _FILE},
            summary="The codebook of a round's export (CSV)")
def export_codebook(round_id: uuid.UUID, scope: OrgScope, db: DbSession) -> Response:
    """The columns of the export, one a line: Kolom, Vraag, Soort, Waarden (what each value means)."""
    return _file(*export.export(db, scope, round_id=round_id, file_format="csv", today=_today(), codebook=True))

