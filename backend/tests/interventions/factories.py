"""Builders for catalogue interventions with their links and years, and for the plan items they link to."""

from collections.abc import Iterable

from sqlmodel import Session

from app.competencies.models import Competency
from app.core.vocabulary import KolbPhase
from app.interventions.models import (
    ExecutionEntry,
    Intervention,
    InterventionCompetency,
    InterventionKolbPhase,
    InterventionLearningGoal,
    InterventionTheme,
)
from app.plans.models import LearningGoal, Theme
from tests.competencies.factories import make_competency, make_framework
from tests.factories import save, unique
from tests.plans.factories import make_development, make_goal, make_learning_goal, make_plan, make_theme


class PlanItems:
    """A plan with one learning goal, two themes and two competencies, in one organisation."""

    def __init__(self, db: Session, organisation) -> None:
        self.plan = make_plan(db, organisation, title=unique("Plan"))
        development = make_development(db, self.plan, title="Het Nieuwe Werken")
        goal = make_goal(db, development, title="Plaats- en tijdonafhankelijk werken")
        self.learning_goal = make_learning_goal(db, goal, title="Resultaatgericht sturen")
        self.themes = [make_theme(db, self.plan, title=title) for title in ("Hostmanship", "Zaakgericht werken")]
        framework = make_framework(db, organisation, name=unique("Kerncompetenties"))
        self.competencies = [make_competency(db, framework, name=name)
                             for name in ("Samenwerken", "Klantgerichtheid")]


def make_intervention(db: Session, org, title: str | None = None, *, links: PlanItems | None = None,
                      learning_goals: Iterable[LearningGoal] = (), themes: Iterable[Theme] = (),
                      competencies: Iterable[Competency] = (), kolb_phases: Iterable[KolbPhase] = (),
                      years: Iterable[int] = (), **values) -> Intervention:
    """An intervention linked to what it is given; `links` links it to all of a PlanItems and to the
    concrete-experience phase."""
    if links is not None:
        learning_goals, themes = [*learning_goals, links.learning_goal], [*themes, *links.themes]
        competencies, kolb_phases = [*competencies, *links.competencies], [*kolb_phases,
                                                                          KolbPhase.concrete_experience]
    intervention = save(db, Intervention(organisation_id=org.id, title=title or unique("Interventie"), **values))
    db.add_all([
        *(InterventionLearningGoal(intervention_id=intervention.id, learning_goal_id=lg.id) for lg in learning_goals),
        *(InterventionTheme(intervention_id=intervention.id, theme_id=t.id) for t in themes),
        *(InterventionCompetency(intervention_id=intervention.id, competency_id=c.id) for c in competencies),
        *(InterventionKolbPhase(intervention_id=intervention.id, phase=phase) for phase in kolb_phases),
        *(ExecutionEntry(organisation_id=org.id, intervention_id=intervention.id, year=year) for year in years),
    ])
    db.flush()
    return intervention


def make_execution_entry(db: Session, intervention: Intervention, *, year: int = 2014, **values) -> ExecutionEntry:
    return save(db, ExecutionEntry(organisation_id=intervention.organisation_id, intervention_id=intervention.id,
                                   year=year, **values))
