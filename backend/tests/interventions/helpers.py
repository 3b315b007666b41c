"""Builders for the catalogue's tests: the plan items interventions link to, and interventions themselves."""

import itertools
from decimal import Decimal

from sqlmodel import Session

from app.competencies.models import Competency, CompetencyFramework
from app.interventions.models import (
    ExecutionEntry,
    Intervention,
    InterventionCompetency,
    InterventionKolbPhase,
    InterventionLearningGoal,
    InterventionTheme,
    KolbPhase,
)
from app.plans.models import Development, Goal, LearningGoal, Plan, Theme

_n = itertools.count(1)


class PlanItems:
    """A plan with one learning goal, two themes and two competencies, in one organisation."""

    def __init__(self, db: Session, organisation) -> None:
        n = next(_n)
        org_id = organisation.id
        self.plan = Plan(organisation_id=org_id, title=f"Plan {n}", first_year=2014, last_year=2017)
        db.add(self.plan)
        db.flush()
        development = Development(organisation_id=org_id, plan_id=self.plan.id, title="Het Nieuwe Werken")
        db.add(development)
        db.flush()
        goal = Goal(organisation_id=org_id, development_id=development.id, title="Plaats- en tijdonafhankelijk werken")
        db.add(goal)
        db.flush()
        self.learning_goal = LearningGoal(organisation_id=org_id, goal_id=goal.id, title="Resultaatgericht sturen")
        self.themes = [Theme(organisation_id=org_id, plan_id=self.plan.id, title=title, position=position)
                       for position, title in enumerate(("Hostmanship", "Zaakgericht werken"))]
        framework = CompetencyFramework(organisation_id=org_id, name=f"Kerncompetenties {n}")
        db.add_all([self.learning_goal, *self.themes, framework])
        db.flush()
        self.competencies = [Competency(organisation_id=org_id, framework_id=framework.id, name=name,
                                        position=position)
                             for position, name in enumerate(("Samenwerken", "Klantgerichtheid"))]
        db.add_all(self.competencies)
        db.flush()


def make_intervention(db: Session, organisation, *, title: str | None = None, links: PlanItems | None = None,
                      years: tuple[int, ...] = (), **values) -> Intervention:
    intervention = Intervention(organisation_id=organisation.id, title=title or f"Interventie {next(_n)}",
                                **values)
    db.add(intervention)
    db.flush()
    if links is not None:
        db.add(InterventionLearningGoal(intervention_id=intervention.id, learning_goal_id=links.learning_goal.id))
        db.add_all([InterventionTheme(intervention_id=intervention.id, theme_id=t.id) for t in links.themes])
        db.add_all([InterventionCompetency(intervention_id=intervention.id, competency_id=c.id)
                    for c in links.competencies])
        db.add(InterventionKolbPhase(intervention_id=intervention.id, phase=KolbPhase.concrete_experience))
    db.add_all([ExecutionEntry(organisation_id=organisation.id, intervention_id=intervention.id, year=year)
                for year in years])
    db.flush()
    return intervention


def money(text: str) -> Decimal:
    return Decimal(text)
