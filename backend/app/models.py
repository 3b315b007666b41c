"""Every table, imported once so SQLModel's metadata is complete (Alembic and the tests read it): importing a
domain's models module registers all of its tables, so this lists modules, not each table again."""

from app.accounts import models as accounts
from app.api_tokens import models as api_tokens
from app.auth import models as auth
from app.budgets import models as budgets
from app.cohorts import models as cohorts
from app.competencies import models as competencies
from app.core import audit  # the audit events
from app.interventions import models as interventions
from app.organisations import models as organisations
from app.people import models as people
from app.plans import models as plans
from app.programmes import models as programmes
from app.questionnaires import models as questionnaires
from app.responses import models as responses
from app.rounds import models as rounds
from app.sessions import models as sessions
from app.stakeholders import models as stakeholders

__all__ = [
    "accounts",
    "api_tokens",
    "audit",
    "auth",
    "budgets",
    "cohorts",
    "competencies",
    "interventions",
    "organisations",
    "people",
    "plans",
    "programmes",
    "questionnaires",
    "responses",
    "rounds",
    "sessions",
    "stakeholders",
]
