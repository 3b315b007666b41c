"""A strategic plan: developments, goals, learning goals and themes. Learning goals and themes have a short
`key` so other domains' data can name what they serve without repeating titles."""

import uuid
from dataclasses import dataclass

from sqlmodel import Session

from app.core.vocabulary import Audience
from app.plans.models import Development, Goal, LearningGoal, Plan, PlanStatus, Theme


@dataclass(frozen=True)
class LearningGoalData:
    key: str
    title: str
    audience: Audience
    description: str = ""


@dataclass(frozen=True)
class GoalData:
    title: str
    learning_goals: tuple[LearningGoalData, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class DevelopmentData:
    title: str
    description: str
    goals: tuple[GoalData, ...]


@dataclass(frozen=True)
class ThemeData:
    key: str
    title: str
    description: str


@dataclass(frozen=True)
class PlanData:
    title: str
    first_year: int
    last_year: int
    status: PlanStatus
    summary: str
    review_notes: str
    developments: tuple[DevelopmentData, ...]
    themes: tuple[ThemeData, ...]


@dataclass(frozen=True)
class LoadedPlan:
    plan: Plan
    learning_goals: dict[str, LearningGoal]  # by LearningGoalData.key
    themes: dict[str, Theme]  # by ThemeData.key
    counts: dict[str, int]


def load_plan(db: Session, organisation_id: uuid.UUID, data: PlanData) -> LoadedPlan:
    org = {"organisation_id": organisation_id}
    plan = Plan(title=data.title, first_year=data.first_year, last_year=data.last_year, status=data.status,
                summary=data.summary, review_notes=data.review_notes, **org)
    db.add(plan)
    db.flush()

    developments = [Development(plan_id=plan.id, title=d.title, description=d.description, position=n, **org)
                    for n, d in enumerate(data.developments)]
    themes = {t.key: Theme(plan_id=plan.id, title=t.title, description=t.description, position=n, **org)
              for n, t in enumerate(data.themes)}
    db.add_all([*developments, *themes.values()])
    db.flush()

    goals = [(Goal(development_id=development.id, title=g.title, description=g.description, position=n, **org), g)
             for development, d in zip(developments, data.developments, strict=True)
             for n, g in enumerate(d.goals)]
    db.add_all([goal for goal, _ in goals])
    db.flush()

    learning_goals: dict[str, LearningGoal] = {}
    for goal, g in goals:
        for n, lg in enumerate(g.learning_goals):
            if lg.key in learning_goals:
                raise ValueError(f"learning goal key '{lg.key}' is used twice")
            learning_goals[lg.key] = LearningGoal(goal_id=goal.id, title=lg.title, description=lg.description,
                                                  audience=lg.audience, position=n, **org)
    db.add_all(learning_goals.values())
    db.flush()

    counts = {"developments": len(developments), "goals": len(goals), "learning_goals": len(learning_goals),
              "themes": len(themes)}
    return LoadedPlan(plan=plan, learning_goals=learning_goals, themes=themes, counts=counts)
