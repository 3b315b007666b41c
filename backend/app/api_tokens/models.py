import uuid
from datetime import datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field

from app.core.db import TenantEntity


class ApiToken(TenantEntity, table=True):
    """A bearer token for a municipal system or a script; the secret itself is never stored."""

    __tablename__ = "api_tokens"

    name: str = Field(max_length=200)
    token_hash: str = Field(max_length=64, unique=True)
    token_prefix: str = Field(max_length=16)  # the first characters, so a person can tell tokens apart
    scopes: list[str] = Field(sa_column=Column(JSON, nullable=False))
    expires_at: datetime
    last_used_at: datetime | None = Field(default=None)
    revoked_at: datetime | None = Field(default=None)
    created_by_id: uuid.UUID | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")
