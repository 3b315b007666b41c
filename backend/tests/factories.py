"""Builders for organisations, users and sign-in; `save` for every domain's factories.py.

Small keyword-argument builders with defaults, straight through the ORM: each flushes, so the app (on the
same connection) sees the rows. A domain's own builders live in `tests/<domain>/factories.py`.
"""

import itertools
from datetime import timedelta
from typing import TypeVar

from sqlalchemy import func, select
from sqlmodel import Session, SQLModel

from app.accounts.models import User
from app.api_tokens.models import ApiToken
from app.auth.models import LoginSession
from app.core.db import utcnow
from app.core.scope import Role, Scope
from app.core.security import digest, hash_password, new_secret
from app.organisations.models import Organisation

PASSWORD = "correct horse battery"
_PASSWORD_HASH = hash_password(PASSWORD)  # hashed once: argon2 is slow on purpose
_counter = itertools.count(1)
Row = TypeVar("Row", bound=SQLModel)


def save(db: Session, row: Row) -> Row:
    db.add(row)
    db.flush()
    return row


def position_in(db: Session, position: int | None, parent_column, parent_id) -> int:
    """`position`, or the end of the parent's ordered children (positions are unique per parent)."""
    if position is not None:
        return position
    return db.scalar(select(func.count()).where(parent_column == parent_id)) or 0


def unique(prefix: str) -> str:
    """`prefix` with a number no other call in this run gets: for names that must be unique."""
    return f"{prefix} {next(_counter)}"


def make_organisation(db: Session, name: str | None = None, **values) -> Organisation:
    return save(db, Organisation(name=name or unique("Gemeente"), **values))


def make_user(db: Session, organisation: Organisation, *, role: str = "editor", email: str | None = None,
              is_active: bool = True) -> User:
    n = next(_counter)
    return save(db, User(organisation_id=organisation.id, email=email or f"user{n}@example.org",
                         name=f"Gebruiker {n}", role=Role(role), password_hash=_PASSWORD_HASH, is_active=is_active))


def make_scope(organisation: Organisation, role: str = "editor") -> Scope:
    """Who a service call is made as, for tests that call services without HTTP."""
    return Scope(organisation_id=organisation.id, role=Role(role), actor_label="test")


def sign_in(db: Session, user: User) -> tuple[str, str]:
    """A live browser session for `user`: (cookie value, CSRF token)."""
    cookie, csrf = new_secret(), new_secret()
    save(db, LoginSession(organisation_id=user.organisation_id, user_id=user.id, token_hash=digest(cookie),
                          csrf_token=csrf, expires_at=utcnow() + timedelta(hours=1)))
    return cookie, csrf


def make_api_token(db: Session, user: User, *, name: str | None = None, scopes: tuple[str, ...] = ("read",),
                   expires_in: timedelta = timedelta(days=1)) -> ApiToken:
    """A token row for lists and counts (its secret is not known; sign in with the API for one)."""
    return save(db, ApiToken(organisation_id=user.organisation_id, name=name or unique("Koppeling"),
                             token_hash=digest(new_secret()), token_prefix="lk_x", scopes=list(scopes),
                             expires_at=utcnow() + expires_in, created_by_id=user.id))
