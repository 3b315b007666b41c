"""Builders for plans and their items (developments, goals, learning goals, themes)."""

from sqlmodel import Session

from app.plans.models import Development, Goal, LearningGoal, Plan, Theme
from tests.factories import position_in, save, unique


def make_plan(db: Session, org, *, title: str = "Leerplan 2014-2017", first_year: int = 2014,
              last_year: int = 2017, **values) -> Plan:
    return save(db, Plan(organisation_id=org.id, title=title, first_year=first_year, last_year=last_year, **values))


def make_development(db: Session, plan: Plan, *, title: str | None = None, position: int | None = None,
                     **values) -> Development:
    return save(db, Development(organisation_id=plan.organisation_id, plan_id=plan.id,
                                title=title or unique("Ontwikkeling"),
                                position=position_in(db, position, Development.plan_id, plan.id), **values))


def make_goal(db: Session, development: Development, *, title: str | None = None, position: int | None = None,
              **values) -> Goal:
    return save(db, Goal(organisation_id=development.organisation_id, development_id=development.id,
                         title=title or unique("Doel"),
                         position=position_in(db, position, Goal.development_id, development.id), **values))


def make_learning_goal(db: Session, goal: Goal, *, title: str | None = None, position: int | None = None,
                       **values) -> LearningGoal:
    return save(db, LearningGoal(organisation_id=goal.organisation_id, goal_id=goal.id,
                                 title=title or unique("Leerdoel"),
                                 position=position_in(db, position, LearningGoal.goal_id, goal.id), **values))


def make_theme(db: Session, plan: Plan, *, title: str | None = None, position: int | None = None,
               **values) -> Theme:
    return save(db, Theme(organisation_id=plan.organisation_id, plan_id=plan.id, title=title or unique("Thema"),
                          position=position_in(db, position, Theme.plan_id, plan.id), **values))


def make_plan_tree(db: Session, org, *, developments: int = 1, goals: int = 1, learning_goals: int = 1,
                   themes: int = 0, **plan_values) -> dict:
    """A plan with `developments` developments of `goals` goals of `learning_goals` learning goals each, and
    `themes` themes, titled by their place ("Doel 0.1"): {"plan": ..., "developments": [...], "goals": [...],
    "learning_goals": [...], "themes": [...]}."""
    plan = make_plan(db, org, **plan_values)
    tree: dict = {"plan": plan, "developments": [], "goals": [], "learning_goals": [], "themes": []}
    for d in range(developments):
        development = make_development(db, plan, title=f"Ontwikkeling {d}", position=d)
        tree["developments"].append(development)
        for g in range(goals):
            goal = make_goal(db, development, title=f"Doel {d}.{g}", position=g)
            tree["goals"].append(goal)
            tree["learning_goals"] += [make_learning_goal(db, goal, title=f"Leerdoel {d}.{g}.{i}", position=i)
                                       for i in range(learning_goals)]
    tree["themes"] = [make_theme(db, plan, title=f"Thema {t}", position=t) for t in range(themes)]
    return tree
