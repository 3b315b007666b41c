"""The shapes a demo plan is written in: plain, frozen data, no database.

A source document (the Deventer plan) is transcribed into these structures in its own module, and
`plan_loader.load_plan` turns them into rows. Learning goals and themes have a short `key` so the
interventions can name what they serve without repeating titles.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from app.budgets.models import ExpenditureStatus, LineKind
from app.interventions.models import (
    Category,
    FundingStream,
    InterventionStatus,
    KolbPhase,
    LearningForm,
    LearningLevel,
    LearningMix,
)
from app.plans.models import Audience, PlanStatus


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
class ExpenditureData:
    date: datetime.date
    amount: Decimal
    status: ExpenditureStatus
    reference: str
    description: str


@dataclass(frozen=True)
class InterventionData:
    """One row of the plan's tables: name, status, goal (doel), content (inhoud) and target group
    (doelgroep) as the document gives them, plus the attributes the document leaves open."""

    source: str  # where the document gives it, e.g. "Tabel 1"
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
    personal_budget_contribution: Decimal = Decimal("0.00")
    learning_goals: tuple[str, ...] = ()  # LearningGoalData.key
    themes: tuple[str, ...] = ()  # ThemeData.key
    # The strategic budget line of this intervention (basic skills share one ring-fenced line instead).
    budget_line: bool = True
    budget_notes: str = ""
    expenditures: tuple[ExpenditureData, ...] = ()

    @property
    def planned_cost(self) -> Decimal:
        return self.cost_fixed + self.cost_per_participant * (self.expected_participants or 0)


@dataclass(frozen=True)
class BudgetLineData:
    """A strategic budget line that is not one intervention's: contingency, placeholder, ring-fenced."""

    kind: LineKind
    title: str
    planned_amount: Decimal
    notes: str
    cap: Decimal | None = None
    expenditures: tuple[ExpenditureData, ...] = ()


@dataclass(frozen=True)
class BudgetData:
    stream: FundingStream
    amount: Decimal
    notes: str
    lines: tuple[BudgetLineData, ...] = ()


@dataclass(frozen=True)
class TeamData:
    name: str
    fte: Decimal


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
    interventions: tuple[InterventionData, ...]
    programme_year: int  # the year of the execution programme (uitvoeringsprogramma) the plan gives
    budgets: tuple[BudgetData, ...]
    teams: tuple[TeamData, ...]
    payroll: Decimal
    payroll_notes: str
    # Said on every intervention's budget line, before that intervention's own budget_notes.
    intervention_line_note: str = ""
