"""The strategic plan: plans, their developments → goals → learning goals, their themes, and the
traceability tree from development to intervention (DESIGN §2.1).

Ids of a parent in a request body (planId, developmentId, goalId) that are unknown or belong to another
organisation are a 400 on that field; an id in the path that is not the caller's is a 404."""

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.sql import Select
from sqlmodel import Session

from app.core import audit
from app.core.concurrency import require_version
from app.core.errors import Conflict, InvalidInput, NotFound
from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Scope
from app.interventions.models import Category, Intervention, InterventionLearningGoal, InterventionTheme
from app.plans import ordering
from app.plans.models import Audience, Development, Goal, LearningGoal, Plan, PlanStatus, Theme
from app.plans.schemas import (
    DevelopmentCreate,
    DevelopmentRead,
    DevelopmentUpdate,
    GoalCreate,
    GoalRead,
    GoalUpdate,
    InterventionRef,
    LearningGoalCreate,
    LearningGoalRead,
    LearningGoalUpdate,
    PlanCreate,
    PlanRead,
    PlanUpdate,
    ThemeCreate,
    ThemeRead,
    ThemeUpdate,
    Traceability,
    TraceCounts,
    TraceDevelopment,
    TraceGoal,
    TraceLearningGoal,
    TraceTheme,
)

_NAMES_SHOWN = 10


# --- scoped base statements: every query starts from one of these ----------------------------------------------

def _plans(scope: Scope) -> Select[Any]:
    return select(Plan).where(Plan.organisation_id == scope.organisation_id)


def _developments(scope: Scope) -> Select[Any]:
    return select(Development).where(Development.organisation_id == scope.organisation_id)


def _goals(scope: Scope) -> Select[Any]:
    return select(Goal).where(Goal.organisation_id == scope.organisation_id)


def _learning_goals(scope: Scope) -> Select[Any]:
    return select(LearningGoal).where(LearningGoal.organisation_id == scope.organisation_id)


def _themes(scope: Scope) -> Select[Any]:
    return select(Theme).where(Theme.organisation_id == scope.organisation_id)


def _interventions(scope: Scope, *columns: Any) -> Select[Any]:
    return select(*(columns or (Intervention,))).where(Intervention.organisation_id == scope.organisation_id)


def _one(db: Session, statement: Select[Any], what: str) -> Any:
    found = db.scalar(statement)
    if found is None:
        raise NotFound(f"There is no {what} with this id.")
    return found


def _parent(db: Session, statement: Select[Any], pointer: str, what: str) -> Any:
    found = db.scalar(statement)
    if found is None:
        raise InvalidInput(pointer, f"There is no {what} with this id in your organisation.",
                           code="unknown_reference")
    return found


def _refuse_if_used(users: list[tuple[uuid.UUID, str]], subject: str) -> None:
    """409 naming the interventions that still refer to what is being deleted."""
    if not users:
        return
    titles = sorted({title for _id, title in users}, key=str.lower)
    count = len({id_ for id_, _title in users})
    shown = ", ".join(titles[:_NAMES_SHOWN])
    more = f" and {count - _NAMES_SHOWN} more" if count > _NAMES_SHOWN else ""
    noun = "intervention" if count == 1 else "interventions"
    raise Conflict(f"{subject} is used by {count} {noun}: {shown}{more}. "
                   "Unlink them from the interventions first.")


def _learning_goal_users(db: Session, scope: Scope, where: Any) -> list[tuple[uuid.UUID, str]]:
    statement = (
        _interventions(scope, Intervention.id, Intervention.title)
        .join(InterventionLearningGoal, InterventionLearningGoal.intervention_id == Intervention.id)
        .join(LearningGoal, LearningGoal.id == InterventionLearningGoal.learning_goal_id)
        .join(Goal, Goal.id == LearningGoal.goal_id)
        .join(Development, Development.id == Goal.development_id)
        .where(where)
        .distinct()
    )
    return [(row[0], row[1]) for row in db.execute(statement)]


def _theme_users(db: Session, scope: Scope, where: Any) -> list[tuple[uuid.UUID, str]]:
    statement = (
        _interventions(scope, Intervention.id, Intervention.title)
        .join(InterventionTheme, InterventionTheme.intervention_id == Intervention.id)
        .join(Theme, Theme.id == InterventionTheme.theme_id)
        .where(where)
        .distinct()
    )
    return [(row[0], row[1]) for row in db.execute(statement)]


# --- plans -------------------------------------------------------------------------------------------------------

PLAN = "plan"
_PLAN_FIELDS = ("title", "first_year", "last_year", "status", "summary", "review_notes")
_PLAN_SORTABLE = {"title": Plan.title, "firstYear": Plan.first_year, "lastYear": Plan.last_year,
                  "status": Plan.status, "createdAt": Plan.created_at, "updatedAt": Plan.updated_at}


def _check_years(first_year: int, last_year: int) -> None:
    if last_year < first_year:
        raise InvalidInput("/lastYear", "The last year cannot be before the first year.",
                           code="before_first_year", params={"first_year": first_year})


def get_plan(db: Session, scope: Scope, *, plan_id: uuid.UUID) -> Plan:
    return _one(db, _plans(scope).where(Plan.id == plan_id), "plan")


def list_plans(db: Session, scope: Scope, params: PageParams, *, status: PlanStatus | None,
               q: str | None) -> Page[PlanRead]:
    statement = _plans(scope)
    if status is not None:
        statement = statement.where(Plan.status == status)
    if q:
        statement = statement.where(func.lower(Plan.title).contains(q.lower(), autoescape=True))
    return paginate(db, statement, params, sortable=_PLAN_SORTABLE, default_sort=["-firstYear", "title"],
                    tiebreaker=Plan.id, to_item=lambda row: PlanRead.model_validate(row[0]))


def create_plan(db: Session, scope: Scope, *, data: PlanCreate) -> Plan:
    _check_years(data.first_year, data.last_year)
    plan = Plan(organisation_id=scope.organisation_id, **data.model_dump())
    db.add(plan)
    audit.record_created(db, scope, plan, entity_type=PLAN, fields=_PLAN_FIELDS)
    return plan


def update_plan(db: Session, scope: Scope, *, plan_id: uuid.UUID, data: PlanUpdate, if_match: str | None) -> Plan:
    plan = get_plan(db, scope, plan_id=plan_id)
    require_version(if_match, plan.version)
    values = data.model_dump(exclude_unset=True)
    _check_years(values.get("first_year", plan.first_year), values.get("last_year", plan.last_year))
    audit.apply_update(db, scope, plan, values, entity_type=PLAN, fields=_PLAN_FIELDS)
    return plan


def delete_plan(db: Session, scope: Scope, *, plan_id: uuid.UUID) -> None:
    """Deletes the plan with its developments, goals, learning goals and themes, unless interventions use them."""
    plan = get_plan(db, scope, plan_id=plan_id)
    users = (_learning_goal_users(db, scope, Development.plan_id == plan.id)
             + _theme_users(db, scope, Theme.plan_id == plan.id))
    _refuse_if_used(users, "This plan (through its learning goals and themes)")
    audit.delete_recorded(db, scope, plan, entity_type=PLAN, fields=_PLAN_FIELDS)


# --- developments ------------------------------------------------------------------------------------------------

DEVELOPMENT = "development"
_DEVELOPMENT_FIELDS = ("plan_id", "title", "description", "position")


def _development_siblings(scope: Scope, plan_id: uuid.UUID) -> Select[Any]:
    return _developments(scope).where(Development.plan_id == plan_id)


def get_development(db: Session, scope: Scope, *, development_id: uuid.UUID) -> Development:
    return _one(db, _developments(scope).where(Development.id == development_id), "development")


def list_developments(db: Session, scope: Scope, params: PageParams, *,
                      plan_id: uuid.UUID | None) -> Page[DevelopmentRead]:
    statement = _developments(scope)
    if plan_id is not None:
        statement = statement.where(Development.plan_id == plan_id)
    sortable = {"position": Development.position, "title": Development.title, "createdAt": Development.created_at}
    return paginate(db, statement, params, sortable=sortable, default_sort=["position"], tiebreaker=Development.id,
                    to_item=lambda row: DevelopmentRead.model_validate(row[0]))


def create_development(db: Session, scope: Scope, *, data: DevelopmentCreate) -> Development:
    plan = _parent(db, _plans(scope).where(Plan.id == data.plan_id), "/planId", "plan")
    development = Development(organisation_id=scope.organisation_id, plan_id=plan.id, title=data.title,
                              description=data.description)
    db.add(development)
    ordering.place(db, _development_siblings(scope, plan.id), development, data.position)
    audit.record_created(db, scope, development, entity_type=DEVELOPMENT, fields=_DEVELOPMENT_FIELDS)
    return development


def update_development(db: Session, scope: Scope, *, development_id: uuid.UUID, data: DevelopmentUpdate,
                       if_match: str | None) -> Development:
    development = get_development(db, scope, development_id=development_id)
    require_version(if_match, development.version)
    before = audit.fields_of(development, _DEVELOPMENT_FIELDS)
    values = data.model_dump(exclude_unset=True)
    position = values.pop("position", None)
    if position is not None:
        ordering.place(db, _development_siblings(scope, development.plan_id), development, position)
        values["position"] = development.position
    audit.apply_update(db, scope, development, values, entity_type=DEVELOPMENT, fields=_DEVELOPMENT_FIELDS,
                       before=before)
    return development


def delete_development(db: Session, scope: Scope, *, development_id: uuid.UUID) -> None:
    """Deletes the development with its goals and learning goals, unless interventions serve them."""
    development = get_development(db, scope, development_id=development_id)
    _refuse_if_used(_learning_goal_users(db, scope, Development.id == development.id),
                    "This development (through its learning goals)")
    ordering.close_gap(db, _development_siblings(scope, development.plan_id), development)
    audit.delete_recorded(db, scope, development, entity_type=DEVELOPMENT, fields=_DEVELOPMENT_FIELDS)


# --- goals -------------------------------------------------------------------------------------------------------

GOAL = "goal"
_GOAL_FIELDS = ("development_id", "title", "description", "position")


def _goal_siblings(scope: Scope, development_id: uuid.UUID) -> Select[Any]:
    return _goals(scope).where(Goal.development_id == development_id)


def get_goal(db: Session, scope: Scope, *, goal_id: uuid.UUID) -> Goal:
    return _one(db, _goals(scope).where(Goal.id == goal_id), "goal")


def list_goals(db: Session, scope: Scope, params: PageParams, *, development_id: uuid.UUID | None,
               plan_id: uuid.UUID | None) -> Page[GoalRead]:
    statement = _goals(scope)
    if development_id is not None:
        statement = statement.where(Goal.development_id == development_id)
    if plan_id is not None:
        statement = statement.join(Development, Development.id == Goal.development_id).where(
            Development.plan_id == plan_id)
        if not params.sort:  # the plan's order: by development, then by goal
            statement = statement.order_by(Development.position, Development.id)
    sortable = {"position": Goal.position, "title": Goal.title, "createdAt": Goal.created_at}
    return paginate(db, statement, params, sortable=sortable, default_sort=["position"], tiebreaker=Goal.id,
                    to_item=lambda row: GoalRead.model_validate(row[0]))


def create_goal(db: Session, scope: Scope, *, data: GoalCreate) -> Goal:
    development = _parent(db, _developments(scope).where(Development.id == data.development_id),
                          "/developmentId", "development")
    goal = Goal(organisation_id=scope.organisation_id, development_id=development.id, title=data.title,
                description=data.description)
    db.add(goal)
    ordering.place(db, _goal_siblings(scope, development.id), goal, data.position)
    audit.record_created(db, scope, goal, entity_type=GOAL, fields=_GOAL_FIELDS)
    return goal


def update_goal(db: Session, scope: Scope, *, goal_id: uuid.UUID, data: GoalUpdate, if_match: str | None) -> Goal:
    goal = get_goal(db, scope, goal_id=goal_id)
    require_version(if_match, goal.version)
    before = audit.fields_of(goal, _GOAL_FIELDS)
    values = data.model_dump(exclude_unset=True)
    position = values.pop("position", None)
    new_parent = values.pop("development_id", None)
    if new_parent is not None and new_parent != goal.development_id:
        development = _parent(db, _developments(scope).where(Development.id == new_parent),
                              "/developmentId", "development")
        ordering.close_gap(db, _goal_siblings(scope, goal.development_id), goal)
        goal.development_id = development.id
        ordering.place(db, _goal_siblings(scope, development.id), goal, position)
        values.update(development_id=goal.development_id, position=goal.position)
    elif position is not None:
        ordering.place(db, _goal_siblings(scope, goal.development_id), goal, position)
        values["position"] = goal.position
    audit.apply_update(db, scope, goal, values, entity_type=GOAL, fields=_GOAL_FIELDS, before=before)
    return goal


def delete_goal(db: Session, scope: Scope, *, goal_id: uuid.UUID) -> None:
    """Deletes the goal with its learning goals, unless interventions serve them."""
    goal = get_goal(db, scope, goal_id=goal_id)
    _refuse_if_used(_learning_goal_users(db, scope, Goal.id == goal.id), "This goal (through its learning goals)")
    ordering.close_gap(db, _goal_siblings(scope, goal.development_id), goal)
    audit.delete_recorded(db, scope, goal, entity_type=GOAL, fields=_GOAL_FIELDS)


# --- learning goals ----------------------------------------------------------------------------------------------

LEARNING_GOAL = "learning_goal"
_LEARNING_GOAL_FIELDS = ("goal_id", "title", "description", "audience", "position")


def _learning_goal_siblings(scope: Scope, goal_id: uuid.UUID) -> Select[Any]:
    return _learning_goals(scope).where(LearningGoal.goal_id == goal_id)


def get_learning_goal(db: Session, scope: Scope, *, learning_goal_id: uuid.UUID) -> LearningGoal:
    return _one(db, _learning_goals(scope).where(LearningGoal.id == learning_goal_id), "learning goal")


def list_learning_goals(db: Session, scope: Scope, params: PageParams, *, goal_id: uuid.UUID | None,
                        development_id: uuid.UUID | None, plan_id: uuid.UUID | None,
                        audience: Audience | None) -> Page[LearningGoalRead]:
    statement = _learning_goals(scope)
    if goal_id is not None:
        statement = statement.where(LearningGoal.goal_id == goal_id)
    if audience is not None:
        statement = statement.where(LearningGoal.audience == audience)
    if plan_id is not None or development_id is not None:
        statement = (statement.join(Goal, Goal.id == LearningGoal.goal_id)
                     .join(Development, Development.id == Goal.development_id))
        if plan_id is not None:
            statement = statement.where(Development.plan_id == plan_id)
        if development_id is not None:
            statement = statement.where(Development.id == development_id)
        if not params.sort:  # the plan's order: by development, goal, then learning goal
            statement = statement.order_by(Development.position, Development.id, Goal.position, Goal.id)
    sortable = {"position": LearningGoal.position, "title": LearningGoal.title, "audience": LearningGoal.audience,
                "createdAt": LearningGoal.created_at}
    return paginate(db, statement, params, sortable=sortable, default_sort=["position"], tiebreaker=LearningGoal.id,
                    to_item=lambda row: LearningGoalRead.model_validate(row[0]))


def create_learning_goal(db: Session, scope: Scope, *, data: LearningGoalCreate) -> LearningGoal:
    goal = _parent(db, _goals(scope).where(Goal.id == data.goal_id), "/goalId", "goal")
    learning_goal = LearningGoal(organisation_id=scope.organisation_id, goal_id=goal.id, title=data.title,
                                 description=data.description, audience=data.audience)
    db.add(learning_goal)
    ordering.place(db, _learning_goal_siblings(scope, goal.id), learning_goal, data.position)
    audit.record_created(db, scope, learning_goal, entity_type=LEARNING_GOAL, fields=_LEARNING_GOAL_FIELDS)
    return learning_goal


def update_learning_goal(db: Session, scope: Scope, *, learning_goal_id: uuid.UUID, data: LearningGoalUpdate,
                         if_match: str | None) -> LearningGoal:
    learning_goal = get_learning_goal(db, scope, learning_goal_id=learning_goal_id)
    require_version(if_match, learning_goal.version)
    before = audit.fields_of(learning_goal, _LEARNING_GOAL_FIELDS)
    values = data.model_dump(exclude_unset=True)
    position = values.pop("position", None)
    new_parent = values.pop("goal_id", None)
    if new_parent is not None and new_parent != learning_goal.goal_id:
        goal = _parent(db, _goals(scope).where(Goal.id == new_parent), "/goalId", "goal")
        ordering.close_gap(db, _learning_goal_siblings(scope, learning_goal.goal_id), learning_goal)
        learning_goal.goal_id = goal.id
        ordering.place(db, _learning_goal_siblings(scope, goal.id), learning_goal, position)
        values.update(goal_id=learning_goal.goal_id, position=learning_goal.position)
    elif position is not None:
        ordering.place(db, _learning_goal_siblings(scope, learning_goal.goal_id), learning_goal, position)
        values["position"] = learning_goal.position
    audit.apply_update(db, scope, learning_goal, values, entity_type=LEARNING_GOAL, fields=_LEARNING_GOAL_FIELDS,
                       before=before)
    return learning_goal


def delete_learning_goal(db: Session, scope: Scope, *, learning_goal_id: uuid.UUID) -> None:
    learning_goal = get_learning_goal(db, scope, learning_goal_id=learning_goal_id)
    _refuse_if_used(_learning_goal_users(db, scope, LearningGoal.id == learning_goal.id), "This learning goal")
    ordering.close_gap(db, _learning_goal_siblings(scope, learning_goal.goal_id), learning_goal)
    audit.delete_recorded(db, scope, learning_goal, entity_type=LEARNING_GOAL, fields=_LEARNING_GOAL_FIELDS)


# --- themes ------------------------------------------------------------------------------------------------------

THEME = "theme"
_THEME_FIELDS = ("plan_id", "title", "description", "position")


def _theme_siblings(scope: Scope, plan_id: uuid.UUID) -> Select[Any]:
    return _themes(scope).where(Theme.plan_id == plan_id)


def get_theme(db: Session, scope: Scope, *, theme_id: uuid.UUID) -> Theme:
    return _one(db, _themes(scope).where(Theme.id == theme_id), "theme")


def list_themes(db: Session, scope: Scope, params: PageParams, *, plan_id: uuid.UUID | None) -> Page[ThemeRead]:
    statement = _themes(scope)
    if plan_id is not None:
        statement = statement.where(Theme.plan_id == plan_id)
    sortable = {"position": Theme.position, "title": Theme.title, "createdAt": Theme.created_at}
    return paginate(db, statement, params, sortable=sortable, default_sort=["position"], tiebreaker=Theme.id,
                    to_item=lambda row: ThemeRead.model_validate(row[0]))


def _ensure_theme_title_free(db: Session, scope: Scope, plan_id: uuid.UUID, title: str,
                             theme_id: uuid.UUID | None = None) -> None:
    statement = _theme_siblings(scope, plan_id).where(func.lower(Theme.title) == title.lower())
    if theme_id is not None:
        statement = statement.where(Theme.id != theme_id)
    if db.scalar(statement) is not None:
        raise Conflict("The plan already has a theme with this title.",
                       errors=[{"pointer": "/title", "detail": "Already in use in this plan.", "code": "taken"}])


def create_theme(db: Session, scope: Scope, *, data: ThemeCreate) -> Theme:
    plan = _parent(db, _plans(scope).where(Plan.id == data.plan_id), "/planId", "plan")
    _ensure_theme_title_free(db, scope, plan.id, data.title)
    theme = Theme(organisation_id=scope.organisation_id, plan_id=plan.id, title=data.title,
                  description=data.description)
    db.add(theme)
    ordering.place(db, _theme_siblings(scope, plan.id), theme, data.position)
    audit.record_created(db, scope, theme, entity_type=THEME, fields=_THEME_FIELDS)
    return theme


def update_theme(db: Session, scope: Scope, *, theme_id: uuid.UUID, data: ThemeUpdate,
                 if_match: str | None) -> Theme:
    theme = get_theme(db, scope, theme_id=theme_id)
    require_version(if_match, theme.version)
    before = audit.fields_of(theme, _THEME_FIELDS)
    values = data.model_dump(exclude_unset=True)
    if "title" in values:
        _ensure_theme_title_free(db, scope, theme.plan_id, values["title"], theme.id)
    position = values.pop("position", None)
    if position is not None:
        ordering.place(db, _theme_siblings(scope, theme.plan_id), theme, position)
        values["position"] = theme.position
    audit.apply_update(db, scope, theme, values, entity_type=THEME, fields=_THEME_FIELDS, before=before)
    return theme


def delete_theme(db: Session, scope: Scope, *, theme_id: uuid.UUID) -> None:
    theme = get_theme(db, scope, theme_id=theme_id)
    _refuse_if_used(_theme_users(db, scope, Theme.id == theme.id), "This theme")
    ordering.close_gap(db, _theme_siblings(scope, theme.plan_id), theme)
    audit.delete_recorded(db, scope, theme, entity_type=THEME, fields=_THEME_FIELDS)


# --- traceability ------------------------------------------------------------------------------------------------

def _ref(row: Any) -> InterventionRef:
    return InterventionRef(id=row.id, title=row.title, status=row.status, category=row.category)


def traceability(db: Session, scope: Scope, *, plan_id: uuid.UUID) -> Traceability:
    """The plan's tree in eight queries, however large the plan is."""
    plan = get_plan(db, scope, plan_id=plan_id)
    developments = db.scalars(_development_siblings(scope, plan.id)
                              .order_by(Development.position, Development.id)).all()
    goals = db.scalars(
        _goals(scope).join(Development, Development.id == Goal.development_id)
        .where(Development.plan_id == plan.id).order_by(Goal.position, Goal.id)
    ).all()
    learning_goals = db.scalars(
        _learning_goals(scope).join(Goal, Goal.id == LearningGoal.goal_id)
        .join(Development, Development.id == Goal.development_id)
        .where(Development.plan_id == plan.id).order_by(LearningGoal.position, LearningGoal.id)
    ).all()
    intervention_columns = (Intervention.id, Intervention.title, Intervention.status, Intervention.category)
    learning_goal_links = db.execute(
        _interventions(scope, InterventionLearningGoal.learning_goal_id, *intervention_columns)
        .join(InterventionLearningGoal, InterventionLearningGoal.intervention_id == Intervention.id)
        .join(LearningGoal, LearningGoal.id == InterventionLearningGoal.learning_goal_id)
        .join(Goal, Goal.id == LearningGoal.goal_id)
        .join(Development, Development.id == Goal.development_id)
        .where(Development.plan_id == plan.id).order_by(Intervention.title, Intervention.id)
    ).all()
    themes = db.scalars(_theme_siblings(scope, plan.id).order_by(Theme.position, Theme.id)).all()
    theme_links = db.execute(
        _interventions(scope, InterventionTheme.theme_id, *intervention_columns)
        .join(InterventionTheme, InterventionTheme.intervention_id == Intervention.id)
        .join(Theme, Theme.id == InterventionTheme.theme_id)
        .where(Theme.plan_id == plan.id).order_by(Intervention.title, Intervention.id)
    ).all()

    linked_here = (
        select(InterventionLearningGoal.intervention_id)
        .join(LearningGoal, LearningGoal.id == InterventionLearningGoal.learning_goal_id)
        .join(Goal, Goal.id == LearningGoal.goal_id)
        .join(Development, Development.id == Goal.development_id)
        .where(Development.plan_id == plan.id)
        .union(select(InterventionTheme.intervention_id).join(Theme, Theme.id == InterventionTheme.theme_id)
               .where(Theme.plan_id == plan.id))
    )
    unlinked = db.execute(
        _interventions(scope, *intervention_columns)
        .where(Intervention.category.in_([Category.strategic_development, Category.strategic_theme]),
               Intervention.id.not_in(linked_here))
        .order_by(Intervention.title, Intervention.id)
    ).all()

    by_learning_goal: dict[uuid.UUID, list[InterventionRef]] = defaultdict(list)
    for row in learning_goal_links:
        by_learning_goal[row.learning_goal_id].append(_ref(row))
    by_theme: dict[uuid.UUID, list[InterventionRef]] = defaultdict(list)
    for row in theme_links:
        by_theme[row.theme_id].append(_ref(row))
    learning_goals_of: dict[uuid.UUID, list[TraceLearningGoal]] = defaultdict(list)
    for lg in learning_goals:
        learning_goals_of[lg.goal_id].append(TraceLearningGoal(
            id=lg.id, title=lg.title, description=lg.description, audience=lg.audience, position=lg.position,
            version=lg.version, interventions=by_learning_goal.get(lg.id, [])))
    goals_of: dict[uuid.UUID, list[TraceGoal]] = defaultdict(list)
    for goal in goals:
        children = learning_goals_of.get(goal.id, [])
        goals_of[goal.development_id].append(TraceGoal(
            id=goal.id, title=goal.title, description=goal.description, position=goal.position,
            version=goal.version, learning_goals=children,
            learning_goal_gaps=sum(1 for lg in children if not lg.interventions)))
    trace_developments = []
    for development in developments:
        children = goals_of.get(development.id, [])
        served = {i.id for goal in children for lg in goal.learning_goals for i in lg.interventions}
        trace_developments.append(TraceDevelopment(
            id=development.id, title=development.title, description=development.description,
            position=development.position, version=development.version, goals=children,
            intervention_count=len(served), learning_goal_gaps=sum(goal.learning_goal_gaps for goal in children)))
    trace_themes = [
        TraceTheme(id=theme.id, title=theme.title, description=theme.description, position=theme.position,
                   version=theme.version, interventions=by_theme.get(theme.id, []))
        for theme in themes
    ]
    counts = TraceCounts(
        developments=len(developments),
        goals=len(goals),
        learning_goals=len(learning_goals),
        themes=len(themes),
        interventions=len({row.id for row in learning_goal_links} | {row.id for row in theme_links}),
        goals_without_learning_goals=sum(1 for goal in goals if not learning_goals_of.get(goal.id)),
        learning_goals_without_interventions=sum(1 for lg in learning_goals if lg.id not in by_learning_goal),
        themes_without_interventions=sum(1 for theme in themes if theme.id not in by_theme),
    )
    return Traceability(plan=PlanRead.model_validate(plan), developments=trace_developments, themes=trace_themes,
                        unlinked_interventions=[_ref(row) for row in unlinked], counts=counts)
