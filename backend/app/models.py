"""Every table, imported once so SQLModel's metadata is complete (Alembic and the tests read it)."""

from app.accounts.models import User
from app.api_tokens.models import ApiToken
from app.auth.models import LoginSession
from app.budgets.models import Budget, BudgetLine, Expenditure, Payroll, Team
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
from app.plans.models import Development, Goal, LearningGoal, Plan, Theme

__all__ = [
    "ApiToken", "AuditEvent", "Budget", "BudgetLine", "Competency", "CompetencyFramework", "Development",
    "ExecutionEntry", "Expenditure", "Goal", "Intervention", "InterventionCompetency", "InterventionKolbPhase",
    "InterventionLearningGoal", "InterventionTheme", "LearningGoal", "LoginSession", "Organisation", "Payroll",
    "Plan", "Team", "Theme", "User",
]
