import uuid
from datetime import datetime

from sqlmodel import Field, SQLModel

from app.core.db import tenant_key, utcnow


class LoginSession(SQLModel, table=True):
    """A browser's logged-in session. Kept server-side, so logging out or disabling a user ends it."""

    __tablename__ = "login_sessions"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    organisation_id: uuid.UUID = tenant_key()
    user_id: uuid.UUID = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    token_hash: str = Field(max_length=64, unique=True)  # SHA-256 of the cookie's secret
    csrf_token: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    last_seen_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime


class LoginThrottle(SQLModel, table=True):
    """Failed logins counted for one key (an account, a client address, or both) in the current window.

    In the database, so every replica counts the same; read and changed under a row lock (decision 0009)."""

    __tablename__ = "login_throttles"

    key: str = Field(primary_key=True, max_length=400)
    window_started_at: datetime = Field(index=True)
    failures: int = Field(default=0)
    blocked_until: datetime | None = Field(default=None)
    refused: int = Field(default=0)  # attempts refused in this window, all counted in one audit event
    audit_event_id: uuid.UUID | None = Field(default=None)
