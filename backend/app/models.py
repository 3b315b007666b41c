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
from app.questionnaires.models import Instrument, Question
from app.responses.models import Answer, Response
from app.rounds.models import Invitation, Round
from app.sessions.models import Attendee, CalendarFeed, ClosingDay, LearningSession, Trainer
from app.stakeholders.models import Engagement, EngagementStakeholder, ProgrammeStakeholder, Stakeholder

__all__ = [
    "Answer",
    "ApiToken",
    "Attendee",
    "AuditEvent",
    "BuddyPair",
    "Budget",
    "BudgetLine",
    "CalendarFeed",
    "ClosingDay",
    "Cohort",
    "Competency",
    "CompetencyFramework",
    "Development",
    "Engagement",
    "EngagementStakeholder",
    "Enrolment",
    "ExecutionEntry",
    "Expenditure",
    "Goal",
    "Insight",
    "Instrument",
    "Intervention",
    "InterventionCompetency",
    "InterventionKolbPhase",
    "InterventionLearningGoal",
    "InterventionTheme",
    "Invitation",
    "LearningGoal",
    "LearningLine",
    "LearningSession",
    "LoginSession",
    "Organisation",
    "Payroll",
    "Person",
    "Phase",
    "PhaseCompetency",
    "Placement",
    "Plan",
    "PrincipleConfirmation",
    "Programme",
    "ProgrammeStakeholder",
    "ProgrammeStep",
    "Question",
    "Response",
    "Round",
    "Stakeholder",
    "Team",
    "Theme",
    "Trainer",
    "User",
]
