"""HTTP for the evaluation reports (evaluaties): one intervention's, and a year's interventions, trainers and
locations side by side (`app.reports.evaluations`)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.auth.deps import OrgScope
from app.core.db import DbSession
from app.reports import evaluation_export, evaluations
from app.reports.effect_router import ReportFormat
from app.reports.schemas import EvaluationReport, YearEvaluations

router = APIRouter(tags=["reports"])

EvaluationYear = Annotated[int | None, Query(ge=1900, le=2200, description=f"The year. {evaluations.YEAR_RULE}")]
Format = Annotated[ReportFormat, Query(alias="format", description="`xlsx` or `csv`.")]


def _file(content: bytes, media_type: str, name: str) -> Response:
    return Response(content, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/interventions/{intervention_id}/evaluation-report", response_model=EvaluationReport,
            summary="An intervention's evaluations in a year (evaluatierapportage)")
def get_evaluation_report(intervention_id: uuid.UUID, scope: OrgScope, db: DbSession,
                          year: EvaluationYear = None) -> EvaluationReport:
    """Its sessions of the year (by day) with an evaluation round, and their answers per aspect (trainer, content,
    added value, location, overall mark): each respondent's mean of the aspect's questions, then n, mean and sd,
    for the intervention as a whole, per session, per trainer and per location; and the open answers. Groups below
    the minimum report group size are suppressed, and so is another one where the total or another grouping would
    give a suppressed one away. Another organisation's intervention: 404."""
    return evaluations.evaluation_report(db, scope, intervention_id, year=year)


@router.get("/interventions/{intervention_id}/evaluation-report/export", response_class=Response,
            summary="Export an intervention's evaluations (XLSX or CSV)")
def export_evaluation_report(intervention_id: uuid.UUID, scope: OrgScope, db: DbSession,
                             year: EvaluationYear = None, format_: Format = ReportFormat.xlsx) -> Response:
    """The report's figures as `evaluatie-<intervention>-<year>.xlsx` or `.csv`: one row per group (the total, each
    session, trainer and location) with n, mean and sd per aspect; suppressed figures are empty and the column
    "Niet getoond" says why. XLSX adds the open answers on the sheet "Open antwoorden"; CSV is `;`-separated
    UTF-8 with a BOM and decimal commas."""
    return _file(*evaluation_export.export_report(db, scope, intervention_id, year=year, file_format=format_.value))


@router.get("/evaluation-overview", response_model=YearEvaluations,
            summary="A year's evaluated interventions, trainers and locations compared")
def get_evaluation_overview(scope: OrgScope, db: DbSession, year: EvaluationYear = None) -> YearEvaluations:
    """Every intervention evaluated in the year, highest rated first (by the overall mark, else the mean of the
    aspects) with n, suppressed ones last; and the same per trainer and per location across the year's
    interventions."""
    return evaluations.year_evaluations(db, scope, year=year)


@router.get("/evaluation-overview/export", response_class=Response,
            summary="Export a year's evaluation comparison (XLSX or CSV)")
def export_evaluation_overview(scope: OrgScope, db: DbSession, year: EvaluationYear = None,
                               format_: Format = ReportFormat.xlsx) -> Response:
    """The comparison as `evaluaties-<year>.xlsx` (sheets Interventies, Trainers, Locaties, each ranked) or `.csv`
    (one table, the kind in a column), with the overview's figures and suppression."""
    return _file(*evaluation_export.export_year(db, scope, year=year, file_format=format_.value))
