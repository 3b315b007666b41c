"""Builders for a plan tree and for interventions linked to it (straight into the database, since the
catalogue's API is another domain's)."""

from app.interventions.models import Intervention, InterventionLearningGoal, InterventionTheme
from app.plans.models import Development, Goal, LearningGoal, Plan, Theme


def make_plan(db, org, *, title="Leerplan 2014-2017", developments=1, goals=1, learning_goals=1, themes=0):
    plan = Plan(organisation_id=org.id, title=title, first_year=2014, last_year=2017)
    db.add(plan)
    db.flush()
    tree = {"plan": plan, "developments": [], "goals": [], "learning_goals": [], "themes": []}
    for d in range(developments):
        development = Development(organisation_id=org.id, plan_id=plan.id, title=f"Ontwikkeling {d}", position=d)
        db.add(development)
        db.flush()
        tree["developments"].append(development)
        for g in range(goals):
            goal = Goal(organisation_id=org.id, development_id=development.id, title=f"Doel {d}.{g}", position=g)
            db.add(goal)
            db.flush()
            tree["goals"].append(goal)
            for i in range(learning_goals):
                lg = LearningGoal(organisation_id=org.id, goal_id=goal.id, title=f"Leerdoel {d}.{g}.{i}", position=i)
                db.add(lg)
                tree["learning_goals"].append(lg)
    for t in range(themes):
        theme = Theme(organisation_id=org.id, plan_id=plan.id, title=f"Thema {t}", position=t)
        db.add(theme)
        tree["themes"].append(theme)
    db.flush()
    return tree


def make_intervention(db, org, title, *, learning_goals=(), themes=()):
    intervention = Intervention(organisation_id=org.id, title=title)
    db.add(intervention)
    db.flush()
    for lg in learning_goals:
        db.add(InterventionLearningGoal(intervention_id=intervention.id, learning_goal_id=lg.id))
    for theme in themes:
        db.add(InterventionTheme(intervention_id=intervention.id, theme_id=theme.id))
    db.flush()
    return intervention
