"""The catalogue's list: its filters (the plan's traceability among them), sorting and the page, and the statement
the export filters with. A page is two queries: its rows (the stored columns, no ORM objects) with the total, and
their links (`service.load_links`); its items are validated in one call."""

import uuid
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import and_, exists, func, or_
from sqlalchemy.sql import ColumnElement, Select
from sqlmodel import Session

from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import scoped
from app.core.vocabulary import Audience, Category, FundingStream, KolbPhase, LearningForm, LearningLevel, LearningMix
from app.interventions.models import (
    ExecutionEntry,
    Intervention,
    InterventionCompetency,
    InterventionKolbPhase,
    InterventionLearningGoal,
    InterventionStatus,
    InterventionTheme,
)
from app.interventions.schemas import EVALUATION_MIN_DAYS, EVALUATION_MIN_HOURS, InterventionRead
from app.interventions.service import STORED, load_links, read_values

_TOTAL_COST = Intervention.cost_fixed + Intervention.cost_per_participant * func.coalesce(
    Intervention.expected_participants, 0)
SORTABLE: dict[str, ColumnElement[Any]] = {
    "title": func.lower(Intervention.title), "category": Intervention.category, "status": Intervention.status,
    "totalCost": _TOTAL_COST, "createdAt": Intervention.created_at,
}


@dataclass(frozen=True)
class Filters:
    q: str | None = None
    status: InterventionStatus | None = None
    category: Category | None = None
    funding_stream: FundingStream | None = None
    learning_form: LearningForm | None = None
    kolb_phase: KolbPhase | None = None
    learning_level: LearningLevel | None = None
    learning_mix: LearningMix | None = None
    audience: Audience | None = None
    competency_id: uuid.UUID | None = None
    theme_id: uuid.UUID | None = None
    learning_goal_id: uuid.UUID | None = None
    development_id: uuid.UUID | None = None
    goal_id: uuid.UUID | None = None
    mandatory: bool | None = None
    year: int | None = None
    needs_evaluation: bool | None = None


def _needs_evaluation_clause() -> ColumnElement[bool]:
    return or_(Intervention.duration_days >= EVALUATION_MIN_DAYS, Intervention.duration_hours >= EVALUATION_MIN_HOURS)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def filtered(scope: Scope, filters: Filters) -> Select[Any]:
    statement = scoped(Intervention, scope)
    if filters.q:
        pattern = f"%{_escape_like(filters.q.lower())}%"
        statement = statement.where(or_(*(func.lower(column).like(pattern, escape="\\") for column in (
            Intervention.title, Intervention.goal, Intervention.content, Intervention.target_group))))
    for column, value in ((Intervention.status, filters.status), (Intervention.category, filters.category),
                          (Intervention.funding_stream, filters.funding_stream),
                          (Intervention.learning_form, filters.learning_form),
                          (Intervention.learning_level, filters.learning_level),
                          (Intervention.learning_mix, filters.learning_mix),
                          (Intervention.audience, filters.audience), (Intervention.mandatory, filters.mandatory)):
        if value is not None:
            statement = statement.where(column == value)
    for link_column, key_column, value in (
        (InterventionKolbPhase.intervention_id, InterventionKolbPhase.phase, filters.kolb_phase),
        (InterventionCompetency.intervention_id, InterventionCompetency.competency_id, filters.competency_id),
        (InterventionTheme.intervention_id, InterventionTheme.theme_id, filters.theme_id),
        (InterventionLearningGoal.intervention_id, InterventionLearningGoal.learning_goal_id, filters.learning_goal_id),
        (ExecutionEntry.intervention_id, ExecutionEntry.year, filters.year),
    ):
        if value is not None:
            statement = statement.where(exists().where(link_column == Intervention.id, key_column == value))
    if filters.development_id is not None or filters.goal_id is not None:
        statement = statement.where(exists().where(
            InterventionLearningGoal.intervention_id == Intervention.id,
            InterventionLearningGoal.learning_goal_id.in_(_plan_learning_goals(scope, filters))))
    if filters.needs_evaluation is True:
        statement = statement.where(_needs_evaluation_clause())
    elif filters.needs_evaluation is False:
        statement = statement.where(
            and_(or_(Intervention.duration_days.is_(None), Intervention.duration_days < EVALUATION_MIN_DAYS),
                 or_(Intervention.duration_hours.is_(None), Intervention.duration_hours < EVALUATION_MIN_HOURS)))
    return statement


def _plan_learning_goals(scope: Scope, filters: Filters) -> Any:
    """The learning goals under the filtered development and/or goal: the plan's traceability, one subquery."""
    from app.plans import service as plans  # plans' service uses this one: imported when first needed

    return plans.learning_goal_ids(scope, and_(*plans.under(development_id=filters.development_id,
                                                            goal_id=filters.goal_id)))


_COLUMNS = [getattr(Intervention, name) for name in STORED]
_ITEMS = TypeAdapter(list[InterventionRead])


def list_interventions(db: Session, scope: Scope, params: PageParams, *, filters: Filters) -> Page[InterventionRead]:
    page = paginate(db, filtered(scope, filters).with_only_columns(*_COLUMNS), params, sortable=SORTABLE,
                    default_sort=["title"], tiebreaker=Intervention.id, total_in_page=True)
    links = load_links(db, [row[0] for row in page.items])  # the rows are tuples of STORED, id first
    page.items = _ITEMS.validate_python([read_values(row, links[row[0]]) for row in page.items])
    return page
