"""Every table, imported once so SQLModel's metadata is complete (Alembic and the tests read it)."""

from app.accounts.models import User
from app.api_tokens.models import ApiToken
from app.auth.models import LoginSession
from app.core.audit import AuditEvent
from app.organisations.models import Organisation

__all__ = ["ApiToken", "AuditEvent", "LoginSession", "Organisation", "User"]
