"""HTTP for a cohort's effect report (effectrapportage), its export, and the organisation's overview of what its
programmes achieved (`app.reports.effect`, `app.reports.overview`)."""

import uuid
from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.auth.deps import OrgScope
from app.core.db import DbSession
from app.core.vocabulary import Dimension, MeasurementLevel
from app.reports import effect, effect_export, overview
from app.reports.schemas import EffectOverview, EffectReport

router = APIRouter(tags=["reports"])


class ReportFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"


LevelFilter = Annotated[MeasurementLevel | None, Query(description=(
    "Only the questions of this level, and the groups all of whose questions are of it (the level itself, its "
    "dimensions; a competency or lever only when all its questions are)."))]
DimensionFilter = Annotated[Dimension | None, Query(description=(
    "Only the questions of this dimension, and the groups all of whose questions are of it (the dimension; its "
    "level only when the level has no other questions)."))]
CompetencyFilter = Annotated[uuid.UUID | None, Query(alias="competencyId", description=(
    "Only the questions of this competency, and the groups all of whose questions are of it."))]
_FILE = {"description": "The file.", "headers": {"Content-Disposition": {
    "description": "`attachment; filename=\"effectrapportage-<cohort>-<date>.<format>\"`",
    "schema": {"type": "string"}}},
    "content": {effect_export.XLSX_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}},
                "text/csv": {"schema": {"type": "string"}}}}


@router.get("/cohorts/{cohort_id}/effect-report", response_model=EffectReport,
            summary="A cohort's effect report (effectrapportage)")
def get_effect_report(cohort_id: uuid.UUID, scope: OrgScope, db: DbSession, level: LevelFilter = None,
                      dimension: DimensionFilter = None, competency_id: CompetencyFilter = None) -> EffectReport:
    """Per question, and per level, dimension, competency and transfer lever: n, mean and sd at every measurement
    round of the cohort (every moment but `evaluation`, by opening time), and the change from the first `pre` round
    to each later one — paired (Cohen's d_z, paired t-test) where both rounds are named or both pseudonymous,
    unpaired (Hedges' g, Welch's t-test) otherwise — with its 95 % confidence interval. Only the numeric
    questions (likert_5, likert_7, scale_0_10), on their own scale; a group is each respondent's mean of its
    questions as a percentage of their scales (0-100). Rounds of another questionnaire version share a row when
    a question's type and text are the same. Response rates per round. Figures about fewer respondents (or pairs)
    than the organisation's minimum report group size are null, with the reason in `suppressed`, and a question
    withheld at a round counts in no group there. 404 for a cohort of another organisation."""
    return effect.effect_report(db, scope, cohort_id, level=level, dimension=dimension, competency_id=competency_id)


@router.get("/cohorts/{cohort_id}/effect-report/export", response_class=Response, responses={200: _FILE},
            summary="Export a cohort's effect report (XLSX or CSV)")
def export_effect_report(
    cohort_id: uuid.UUID, scope: OrgScope, db: DbSession, level: LevelFilter = None,
    dimension: DimensionFilter = None, competency_id: CompetencyFilter = None,
    format_: Annotated[ReportFormat, Query(alias="format", description="`xlsx` or `csv`.")] = ReportFormat.xlsx,
) -> Response:
    """The report as a file, with the same filters and the same suppression. XLSX: the sheets Samenvatting (the
    cohort, its rounds with response rates, the comparisons and how to read them), Vragen and Groepen, a line per
    (row, round) and per (row, comparison), numbers as numbers, a withheld figure's cells empty with the reason in
    "Niet getoond". CSV: the lines of Vragen and Groepen in one table, `;`-separated, UTF-8 with a BOM, decimal
    commas (as Dutch Excel opens it)."""
    content, media_type, name = effect_export.export(db, scope, cohort_id, file_format=format_.value, level=level,
                                                     dimension=dimension, competency_id=competency_id)
    return Response(content, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/effect-overview", response_model=EffectOverview,
            summary="What the programmes achieved, per cohort over the years (overzicht)")
def get_effect_overview(scope: OrgScope, db: DbSession) -> EffectOverview:
    """Per programme (by title), its cohorts (newest first) with their rounds, response rates and headline effect
    per level their questions measure: the change from the cohort's first `pre` to its last `post` round (null
    without both), paired or unpaired and suppressed as in the effect report."""
    return overview.effect_overview(db, scope)
