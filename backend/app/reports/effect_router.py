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


LevelFilter = Annotated[MeasurementLevel | None, Query(description="Only rows of this level.")]
DimensionFilter = Annotated[Dimension | None, Query(description="Only rows of this dimension.")]
CompetencyFilter = Annotated[uuid.UUID | None, Query(alias="competencyId", description="Only rows of this "
                                                                                        "competency.")]


@router.get("/cohorts/{cohort_id}/effect-report", response_model=EffectReport,
            summary="A cohort's effect report (effectrapportage)")
def get_effect_report(cohort_id: uuid.UUID, scope: OrgScope, db: DbSession, level: LevelFilter = None,
                      dimension: DimensionFilter = None, competency_id: CompetencyFilter = None) -> EffectReport:
    """Per question, and per level, dimension, competency and transfer lever: n, mean and sd at every measurement
    round of the cohort, and the change from the first `pre` round to each later one — paired (Cohen's d_z, paired
    t-test) where both rounds are named or both pseudonymous, unpaired (Hedges' g, Welch's t-test) otherwise —
    with its 95 % confidence interval. Response rates per round. Figures about fewer respondents than the
    organisation's minimum report group size are null, with the reason in `suppressed`."""
    return effect.effect_report(db, scope, cohort_id, level=level, dimension=dimension, competency_id=competency_id)


@router.get("/cohorts/{cohort_id}/effect-report/export", response_class=Response,
            summary="Export a cohort's effect report (XLSX or CSV)")
def export_effect_report(
    cohort_id: uuid.UUID, scope: OrgScope, db: DbSession, level: LevelFilter = None,
    dimension: DimensionFilter = None, competency_id: CompetencyFilter = None,
    format_: Annotated[ReportFormat, Query(alias="format", description="`xlsx` or `csv`.")] = ReportFormat.xlsx,
) -> Response:
    """The report as a file for the organisation, with the same filters and the same suppression."""
    content, media_type, name = effect_export.export(db, scope, cohort_id, file_format=format_.value, level=level,
                                                     dimension=dimension, competency_id=competency_id)
    return Response(content, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/effect-overview", response_model=EffectOverview,
            summary="What the programmes achieved, per cohort over the years (overzicht)")
def get_effect_overview(scope: OrgScope, db: DbSession) -> EffectOverview:
    """Per programme, its cohorts (newest first) with their response rates and headline effects per level: the
    change from the first pre to the last post round, suppressed as in the effect report."""
    return overview.effect_overview(db, scope)
