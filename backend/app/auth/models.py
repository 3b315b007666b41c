import uuid
from datetime import datetime

from sqlmodel import Field, SQLModel

from app.core.db import utcnow


class LoginSession(SQLModel, table=True):
    """A browser's logged-in session. Kept server-side, so logging out or disabling a user ends it."""

    __tablename__ = "login_sessions"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id", index=True, ondelete="CASCADE")
    user_id: uuid.UUID = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    token_hash: str = Field(max_length=64, unique=True)  # SHA-256 of the cookie's secret
    csrf_token: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    last_seen_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
