from datetime import datetime

from sqlalchemy import String
from sqlmodel import Field

from app.core.db import TenantEntity
from app.core.scope import Role


class User(TenantEntity, table=True):
    """A member of L&D staff who logs in. Respondents never have a user."""

    __tablename__ = "users"

    email: str = Field(max_length=320, unique=True)  # stored lower-case; the login name
    name: str = Field(max_length=200)
    role: Role = Field(sa_type=String(16))
    password_hash: str = Field(max_length=255)
    is_active: bool = Field(default=True)
    last_login_at: datetime | None = Field(default=None)

