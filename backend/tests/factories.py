"""Small builders for test data; each flushes so the app (same connection) sees the rows."""

import itertools
from datetime import timedelta

from sqlmodel import Session

from app.accounts.models import User
from app.auth.models import LoginSession
from app.core.db import utcnow
from app.core.scope import Role
from app.core.security import digest, hash_password, new_secret
from app.organisations.models import Organisation

PASSWORD = "correct horse battery"
_PASSWORD_HASH = hash_password(PASSWORD)  # hashed once: argon2 is slow on purpose
_counter = itertools.count(1)


def make_organisation(db: Session, name: str | None = None) -> Organisation:
    organisation = Organisation(name=name or f"Gemeente {next(_counter)}")
    db.add(organisation)
    db.flush()
    return organisation


def make_user(db: Session, organisation: Organisation, *, role: str = "editor", email: str | None = None,
              is_active: bool = True) -> User:
    n = next(_counter)
    user = User(
        organisation_id=organisation.id,
        email=email or f"user{n}@example.org",
        name=f"Gebruiker {n}",
        role=Role(role),
        password_hash=_PASSWORD_HASH,
        is_active=is_active,
    )
    db.add(user)
    db.flush()
    return user


def sign_in(db: Session, user: User) -> tuple[str, str]:
    """A live browser session for `user`: (cookie value, CSRF token)."""
    cookie, csrf = new_secret(), new_secret()
    db.add(LoginSession(organisation_id=user.organisation_id, user_id=user.id, token_hash=digest(cookie),
                        csrf_token=csrf, expires_at=utcnow() + timedelta(hours=1)))
    db.flush()
    return cookie, csrf
