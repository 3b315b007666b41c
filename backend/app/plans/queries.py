"""The plan's traceability tree (herleidbaarheid): development → goal → learning goal → the interventions that
serve them, and themes → interventions, with the counts of what is missing. A read model: eight queries,
however large the plan is; the interventions come from their own service."""

import uuid
from collections import defaultdict
from typing import Any

from sqlmodel import Session

from app.core.scope import Scope
from app.core.tenancy import scoped
from app.interventions import service as interventions
from app.plans.models import Development, Goal, LearningGoal, Theme
from app.plans.schemas import (
    InterventionRef,
    PlanRead,
    Traceability,
    TraceCounts,
    TraceDevelopment,
    TraceGoal,
    TraceLearningGoal,
    TraceTheme,
)
from app.plans.service import DEVELOPMENTS, THEMES, get_plan, learning_goal_ids, theme_ids


def _ref(row: Any) -> InterventionRef:
    return InterventionRef(id=row.id, title=row.title, status=row.status, category=row.category)


def traceability(db: Session, scope: Scope, *, plan_id: uuid.UUID) -> Traceability:
    """The plan's tree in eight queries, however large the plan is."""
    plan = get_plan(db, scope, plan_id=plan_id)
    developments = db.scalars(DEVELOPMENTS.of(scope, plan.id).statement
                              .order_by(Development.position, Development.id)).all()
    goals = db.scalars(
        scoped(Goal, scope).join(Development, Development.id == Goal.development_id)
        .where(Development.plan_id == plan.id).order_by(Goal.position, Goal.id)
    ).all()
    learning_goals = db.scalars(
        scoped(LearningGoal, scope).join(Goal, Goal.id == LearningGoal.goal_id)
        .join(Development, Development.id == Goal.development_id)
        .where(Development.plan_id == plan.id).order_by(LearningGoal.position, LearningGoal.id)
    ).all()
    themes = db.scalars(THEMES.of(scope, plan.id).statement.order_by(Theme.position, Theme.id)).all()
    in_plan = {"learning_goal": learning_goal_ids(scope, Development.plan_id == plan.id),
               "theme": theme_ids(scope, Theme.plan_id == plan.id)}
    learning_goal_links = interventions.linked_to(db, scope, "learning_goal", in_plan["learning_goal"])
    theme_links = interventions.linked_to(db, scope, "theme", in_plan["theme"])
    unlinked = interventions.strategic_unlinked(db, scope, in_plan)

    by_learning_goal: dict[uuid.UUID, list[InterventionRef]] = defaultdict(list)
    for row in learning_goal_links:
        by_learning_goal[row.linked_id].append(_ref(row))
    by_theme: dict[uuid.UUID, list[InterventionRef]] = defaultdict(list)
    for row in theme_links:
        by_theme[row.linked_id].append(_ref(row))
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
