"""Catalogue interventions, linked to the plan's learning goals and themes and to competencies by key, each in
the execution programme (uitvoeringsprogramma) of one year."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlmodel import Session, SQLModel

from app.competencies.models import Competency
from app.core.vocabulary import Audience, Category, FundingStream, KolbPhase, LearningForm, LearningLevel, LearningMix
from app.interventions.models import (
    ExecutionEntry,
    Intervention,
    InterventionCompetency,
    InterventionKolbPhase,
    InterventionLearningGoal,
    InterventionStatus,
    InterventionTheme,
    Origin,
)
from app.plans.models import LearningGoal, Theme


@dataclass(frozen=True)
class InterventionData:
    """One row of a source's tables: name, status, goal (doel), content (inhoud) and target group
    (doelgroep) as the source gives them, plus the attributes it leaves open."""

    source: str  # where the source gives it, e.g. "Tabel 1"
    title: str
    status: InterventionStatus
    goal: str
    content: str
    target_group: str
    audience: Audience
    category: Category
    learning_form: LearningForm | None = None
    learning_mix: LearningMix | None = None
    kolb_phases: tuple[KolbPhase, ...] = ()
    learning_level: LearningLevel | None = None
    duration_hours: Decimal | None = None
    duration_days: Decimal | None = None
    mandatory: bool = False
    provider: str = ""
    cost_fixed: Decimal = Decimal("0.00")
    cost_per_participant: Decimal = Decimal("0.00")
    expected_participants: int | None = None
    funding_stream: FundingStream = FundingStream.strategic
    personal_budget_contribution: Decimal = Decimal("0.00")
    starts_on: date | None = None
    period: str = ""
    sessions_per_year: int | None = None
    frequency: str = ""
    learning_hours_per_participant: Decimal | None = None
    notes: str = ""
    learning_goals: tuple[str, ...] = ()  # LearningGoalData.key
    themes: tuple[str, ...] = ()  # ThemeData.key
    competencies: tuple[str, ...] = ()  # CompetencyData.key

    @property
    def planned_cost(self) -> Decimal:
        return self.cost_fixed + self.cost_per_participant * (self.expected_participants or 0)


_COPIED = ("title", "status", "goal", "content", "target_group", "audience", "category", "learning_form",
           "learning_mix", "learning_level", "duration_hours", "duration_days", "mandatory", "provider",
           "cost_fixed", "cost_per_participant", "expected_participants", "funding_stream",
           "personal_budget_contribution", "starts_on", "period", "sessions_per_year", "frequency",
           "learning_hours_per_participant", "notes")


@dataclass(frozen=True)
class LoadedCatalogue:
    interventions: dict[str, Intervention]  # by title, in the data's order
    counts: dict[str, int]


def load_interventions(db: Session, organisation_id: uuid.UUID, data: tuple[InterventionData, ...], *, year: int,
                       learning_goals: Mapping[str, LearningGoal] | None = None,
                       themes: Mapping[str, Theme] | None = None,
                       competencies: Mapping[str, Competency] | None = None) -> LoadedCatalogue:
    org = {"organisation_id": organisation_id}
    learning_goals, themes, competencies = learning_goals or {}, themes or {}, competencies or {}
    interventions = {i.title: Intervention(**{name: getattr(i, name) for name in _COPIED}, **org) for i in data}
    if len(interventions) != len(data):
        raise ValueError("intervention titles are used twice")
    db.add_all(interventions.values())
    db.flush()

    links: list[SQLModel] = []
    for i in data:
        intervention_id = interventions[i.title].id
        links += [InterventionLearningGoal(intervention_id=intervention_id, learning_goal_id=learning_goals[key].id)
                  for key in i.learning_goals]
        links += [InterventionTheme(intervention_id=intervention_id, theme_id=themes[key].id) for key in i.themes]
        links += [InterventionCompetency(intervention_id=intervention_id, competency_id=competencies[key].id)
                  for key in i.competencies]
        links += [InterventionKolbPhase(intervention_id=intervention_id, phase=phase) for phase in i.kolb_phases]
        links.append(ExecutionEntry(intervention_id=intervention_id, year=year, origin=Origin.planned, **org))
    db.add_all(links)
    db.flush()
    return LoadedCatalogue(interventions=interventions, counts={"interventions": len(interventions)})
