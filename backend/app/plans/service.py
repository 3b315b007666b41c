"""The strategic plan: plans, their developments → goals → learning goals, and their themes (DESIGN §2.1);
the traceability tree is read in `plans.queries`.

Ids of a parent in a request body (planId, developmentId, goalId) that are unknown or belong to another
organisation are a 400 on that field; an id in the path that is not the caller's is a 404."""

import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy import func
from sqlmodel import Session

from app.core import audit, references
from app.core.errors import InvalidInput
from app.core.ordering import Ordered, delete_placed
from app.core.pagination import PageParams, paginate
from app.core.records import Unique
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import get_or_404, labels, labels_of, refuse_if_used, scoped, where_given
from app.core.vocabulary import Audience
from app.interventions import service as interventions
from app.plans.models import Development, Goal, LearningGoal, Plan, PlanStatus, Theme
from app.plans.schemas import (
    DevelopmentRead,
    GoalRead,
    LearningGoalRead,
    PlanCreate,
    PlanRead,
    PlanUpdate,
    ThemeRead,
)

PLAN = "plan"
DEVELOPMENT = "development"
GOAL = "goal"
LEARNING_GOAL = "learning_goal"
THEME = "theme"
DEVELOPMENTS = Ordered(Development, Plan, "plan_id", "plan", DEVELOPMENT,
                       ("plan_id", "title", "description", "position"))
GOALS = Ordered(Goal, Development, "development_id", "development", GOAL,
                ("development_id", "title", "description", "position"))
LEARNING_GOALS = Ordered(LearningGoal, Goal, "goal_id", "goal", LEARNING_GOAL,
                         ("goal_id", "title", "description", "audience", "position"))
THEMES = Ordered(Theme, Plan, "plan_id", "plan", THEME, ("plan_id", "title", "description", "position"),
                 rules=(Unique(Theme.title, within=(Theme.plan_id,), ignore_case=True,
                                detail="The plan already has a theme with this title.",
                                message="Already in use in this plan."),))


def learning_goal_ids(scope: Scope, where: Any) -> Any:
    """A subquery of the organisation's learning goal ids under `where` (on Development, Goal or LearningGoal)."""
    return (scoped(LearningGoal, scope, LearningGoal.id).join(Goal, Goal.id == LearningGoal.goal_id)
            .join(Development, Development.id == Goal.development_id).where(where))


def under(*, development_id: uuid.UUID | None = None, goal_id: uuid.UUID | None = None) -> list[Any]:
    """Conditions for `learning_goal_ids`: the learning goals under this development and/or goal."""
    return [condition for condition, value in ((Development.id == development_id, development_id),
                                               (Goal.id == goal_id, goal_id)) if value is not None]


def theme_ids(scope: Scope, where: Any) -> Any:
    return scoped(Theme, scope, Theme.id).where(where)


def _learning_goal_users(db: Session, scope: Scope, where: Any) -> list[tuple[uuid.UUID, str]]:
    return interventions.users(db, scope, "learning_goal", learning_goal_ids(scope, where))


def _theme_users(db: Session, scope: Scope, where: Any) -> list[tuple[uuid.UUID, str]]:
    return interventions.users(db, scope, "theme", theme_ids(scope, where))


def _refuse_if_learning_goals_used(db: Session, scope: Scope, where: Any, subject: str) -> None:
    """409 while interventions, or another domain's rows (registered in core.references), refer to the learning
    goals under `where`: what a delete of a development, goal or learning goal asks first."""
    refuse_if_used(_learning_goal_users(db, scope, where), subject)
    references.refuse_if_referred(db, scope, LEARNING_GOAL, learning_goal_ids(scope, where), subject)


# --- plans -------------------------------------------------------------------------------------------------------

_PLAN_FIELDS = ("title", "first_year", "last_year", "status", "summary", "review_notes")
_PLAN_SORTABLE = {"title": Plan.title, "firstYear": Plan.first_year, "lastYear": Plan.last_year,
                  "status": Plan.status, "createdAt": Plan.created_at, "updatedAt": Plan.updated_at}


def _check_years(first_year: int, last_year: int) -> None:
    if last_year < first_year:
        raise InvalidInput("/lastYear", "The last year cannot be before the first year.",
                           code="before_first_year", params={"first_year": first_year})


def get_plan(db: Session, scope: Scope, *, plan_id: uuid.UUID) -> Plan:
    return get_or_404(db, scope, Plan, plan_id, "plan")


def list_plans(db: Session, scope: Scope, params: PageParams, *, status: PlanStatus | None,
               q: str | None) -> Page[PlanRead]:
    statement = where_given(scoped(Plan, scope), (Plan.status, status))
    if q:
        statement = statement.where(func.lower(Plan.title).contains(q.lower(), autoescape=True))
    return paginate(db, statement, params, sortable=_PLAN_SORTABLE, default_sort=["-firstYear", "title"],
                    tiebreaker=Plan.id, to_item=lambda row: PlanRead.model_validate(row[0]))


def adopted_plan(db: Session, scope: Scope, *, year: int) -> Plan | None:
    """The adopted (vastgesteld) plan the organisation works by: the one whose years hold `year`, else the one
    that ended last (then the one that starts first, for a plan still to come)."""
    plans = list(db.scalars(scoped(Plan, scope).where(Plan.status == PlanStatus.adopted)
                            .order_by(Plan.last_year.desc(), Plan.first_year, Plan.id)))
    current = [p for p in plans if p.first_year <= year <= p.last_year]
    past = [p for p in plans if p.last_year < year]
    return (current or past or plans[::-1] or [None])[0]


def create_plan(db: Session, scope: Scope, *, data: PlanCreate) -> Plan:
    _check_years(data.first_year, data.last_year)
    return audit.create_recorded(db, scope, Plan, data.model_dump(), entity_type=PLAN, fields=_PLAN_FIELDS)


def update_plan(db: Session, scope: Scope, *, plan_id: uuid.UUID, data: PlanUpdate, if_match: str | None) -> Plan:
    plan = get_plan(db, scope, plan_id=plan_id)
    return audit.update_claimed(db, scope, plan, data, if_match, entity_type=PLAN, fields=_PLAN_FIELDS, check=lambda v:
                                _check_years(v.get("first_year", plan.first_year), v.get("last_year", plan.last_year)))


def delete_plan(db: Session, scope: Scope, *, plan_id: uuid.UUID) -> None:
    """Deletes the plan with its developments, goals, learning goals and themes, unless interventions use them."""
    plan = get_plan(db, scope, plan_id=plan_id)
    users = (_learning_goal_users(db, scope, Development.plan_id == plan.id)
             + _theme_users(db, scope, Theme.plan_id == plan.id))
    refuse_if_used(users, "This plan (through its learning goals and themes)")
    references.refuse_if_referred(db, scope, LEARNING_GOAL, learning_goal_ids(scope, Development.plan_id == plan.id),
                                  "This plan (through its learning goals)")
    audit.delete_recorded(db, scope, plan, entity_type=PLAN, fields=_PLAN_FIELDS)


# --- developments ------------------------------------------------------------------------------------------------

def list_developments(db: Session, scope: Scope, params: PageParams, *,
                      plan_id: uuid.UUID | None) -> Page[DevelopmentRead]:
    return DEVELOPMENTS.page(db, scope, params, DevelopmentRead, parent_id=plan_id,
                             sortable={"title": Development.title})


def delete_development(db: Session, scope: Scope, *, development_id: uuid.UUID) -> None:
    """Deletes the development with its goals and learning goals, unless interventions serve them."""
    development = DEVELOPMENTS.get(db, scope, development_id=development_id)
    _refuse_if_learning_goals_used(db, scope, Development.id == development.id,
                                   "This development (through its learning goals)")
    delete_placed(db, scope, DEVELOPMENTS, development)


# --- goals -------------------------------------------------------------------------------------------------------

def list_goals(db: Session, scope: Scope, params: PageParams, *, development_id: uuid.UUID | None,
               plan_id: uuid.UUID | None) -> Page[GoalRead]:
    def in_plan(statement: Any) -> Any:
        if plan_id is None:
            return statement
        statement = statement.join(Development, Development.id == Goal.development_id).where(
            Development.plan_id == plan_id)
        # the plan's order: by development, then by goal
        return statement if params.sort else statement.order_by(Development.position, Development.id)

    return GOALS.page(db, scope, params, GoalRead, parent_id=development_id, sortable={"title": Goal.title},
                      narrow=in_plan)


def delete_goal(db: Session, scope: Scope, *, goal_id: uuid.UUID) -> None:
    """Deletes the goal with its learning goals, unless interventions serve them."""
    goal = GOALS.get(db, scope, goal_id=goal_id)
    _refuse_if_learning_goals_used(db, scope, Goal.id == goal.id, "This goal (through its learning goals)")
    delete_placed(db, scope, GOALS, goal)


# --- learning goals ----------------------------------------------------------------------------------------------

def list_learning_goals(db: Session, scope: Scope, params: PageParams, *, goal_id: uuid.UUID | None,
                        development_id: uuid.UUID | None, plan_id: uuid.UUID | None,
                        audience: Audience | None) -> Page[LearningGoalRead]:
    def narrow(statement: Any) -> Any:
        statement = where_given(statement, (LearningGoal.audience, audience))
        if plan_id is None and development_id is None:
            return statement
        statement = (statement.join(Goal, Goal.id == LearningGoal.goal_id)
                     .join(Development, Development.id == Goal.development_id))
        statement = where_given(statement, (Development.plan_id, plan_id), (Development.id, development_id))
        # the plan's order: by development, goal, then learning goal
        return statement if params.sort else statement.order_by(Development.position, Development.id, Goal.position,
                                                                Goal.id)

    return LEARNING_GOALS.page(db, scope, params, LearningGoalRead, parent_id=goal_id, narrow=narrow,
                               sortable={"title": LearningGoal.title, "audience": LearningGoal.audience})


def delete_learning_goal(db: Session, scope: Scope, *, learning_goal_id: uuid.UUID) -> None:
    learning_goal = LEARNING_GOALS.get(db, scope, learning_goal_id=learning_goal_id)
    _refuse_if_learning_goals_used(db, scope, LearningGoal.id == learning_goal.id, "This learning goal")
    delete_placed(db, scope, LEARNING_GOALS, learning_goal)


# --- themes ------------------------------------------------------------------------------------------------------

def list_themes(db: Session, scope: Scope, params: PageParams, *, plan_id: uuid.UUID | None) -> Page[ThemeRead]:
    return THEMES.page(db, scope, params, ThemeRead, parent_id=plan_id, sortable={"title": Theme.title})


def delete_theme(db: Session, scope: Scope, *, theme_id: uuid.UUID) -> None:
    theme = THEMES.get(db, scope, theme_id=theme_id)
    refuse_if_used(_theme_users(db, scope, Theme.id == theme.id), "This theme")
    delete_placed(db, scope, THEMES, theme)


# --- lookups by name, for an import ------------------------------------------------------------------------------

def theme_titles(db: Session, scope: Scope) -> list[tuple[uuid.UUID, str]]:
    """Every theme of the organisation as (id, title)."""
    return labels(db, scope, Theme, Theme.title)


def learning_goal_titles_of(db: Session, scope: Scope, ids: Collection[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The titles of these learning goals of the organisation, by id (one query); an id not in it is not yours."""
    return labels_of(db, scope, LearningGoal, LearningGoal.title, ids)


def learning_goal_titles(db: Session, scope: Scope) -> list[tuple[uuid.UUID, str]]:
    """Every learning goal of the organisation as (id, title)."""
    return labels(db, scope, LearningGoal, LearningGoal.title)


def lineage(db: Session, scope: Scope, learning_goal_ids_: list[uuid.UUID]) -> dict[uuid.UUID, tuple[str, str]]:
    """(development title, goal title) of each of these learning goals, in one query: an export's columns."""
    if not learning_goal_ids_:
        return {}
    rows = db.execute(
        scoped(LearningGoal, scope, LearningGoal.id, Development.title, Goal.title)
        .join(Goal, Goal.id == LearningGoal.goal_id).join(Development, Development.id == Goal.development_id)
        .where(LearningGoal.id.in_(learning_goal_ids_)))
    return {row[0]: (row[1], row[2]) for row in rows}
