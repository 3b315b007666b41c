"""Every table, imported once so SQLModel's metadata is complete (Alembic and the tests read it)."""

from app.accounts.models import User
from app.api_tokens.models import ApiToken
from app.auth.models import LoginSession
from app.budgets.models import Budget, BudgetLine, Expenditure, Payroll, Team
from app.cohorts.models import BuddyPair, Cohort, Enrolment
from app.competencies.models import Competency, CompetencyFramework
from app.core.audit import AuditEvent
from app.interventions.models import (
    ExecutionEntry,
    Intervention,
    InterventionCompetency,
    InterventionKolbPhase,
    InterventionLearningGoal,
    InterventionTheme,
)
from app.organisations.models import Organisation
from app.people.models import Person
from app.plans.models import Development, Goal, LearningGoal, Plan, Theme
from app.programmes.models import (
    Insight,
    LearningLine,
    Phase,
    PhaseCompetency,
    Placement,
    PrincipleConfirmation,
    Programme,
    ProgrammeStep,
)
from app.sessions.models import Attendee, CalendarFeed, ClosingDay, LearningSession, Trainer
from app.stakeholders.models import Engagement, EngagementStakeholder, ProgrammeStakeholder, Stakeholder

__all__ = [
    "ApiToken", "Attendee", "AuditEvent", "BuddyPair", "CalendarFeed", "ClosingDay", "Cohort", "Enrolment",
    "LearningSession", "Person", "Trainer", "Budget", "BudgetLine", "Competency", "CompetencyFramework", "Development",
    "Engagement", "EngagementStakeholder", "ExecutionEntry", "Expenditure", "Goal", "Insight", "Intervention",
    "InterventionCompetency", "InterventionKolbPhase", "InterventionLearningGoal", "InterventionTheme",
    "LearningGoal", "LearningLine", "LoginSession", "Organisation", "Payroll", "Phase", "PhaseCompetency",
    "Placement", "Plan", "PrincipleConfirmation", "Programme", "ProgrammeStakeholder", "ProgrammeStep",
    "Stakeholder", "Team", "Theme", "User",
]
