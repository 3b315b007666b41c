"""Logging in and out, and server-side sessions."""

import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select
from sqlmodel import Session

from app.accounts.models import User
from app.auth import throttle
from app.auth.models import LoginSession
from app.core import audit
from app.core.concurrency import record_use
from app.core.config import get_settings
from app.core.db import utcnow
from app.core.errors import TooManyRequests, Unauthenticated
from app.core.security import digest, new_secret, verify_password

LOGIN_FAILED = "auth.login_failed"


@dataclass(frozen=True)
class NewSession:
    cookie_value: str
    session: LoginSession
    user: User


def login(db: Session, *, email: str, password: str, client: str) -> NewSession:
    """Check the password, unless the throttle refuses the attempt first (decision 0009).

    Every checked attempt, good or bad, is written to the audit trail; refused ones are counted in one
    event per key and window.
    """
    settings = get_settings()
    email = email.strip().lower()
    now = utcnow()
    user = db.scalar(select(User).where(User.email == email))
    rules = throttle.rules_for(settings, email=email, client=client)
    who = throttle.Who(email=email, client=client, user_id=user.id if user else None,
                       organisation_id=user.organisation_id if user else None)
    wait = throttle.reserve(db, rules, who, now=now, window=settings.login_window)
    if wait is not None:
        raise TooManyRequests("Too many failed logins. Wait and try again.", headers={"Retry-After": str(wait)},
                              problem="login_throttled", problem_params={"seconds": wait})

    if not verify_password(user.password_hash if user else None, password) or user is None or not user.is_active:
        audit.record(db, action=LOGIN_FAILED, entity_type="user", entity_id=who.user_id,
                     organisation_id=who.organisation_id, actor_label=email)
        db.commit()  # kept although the request fails
        raise Unauthenticated("The e-mail address or password is not correct.", problem="login_failed")

    throttle.give_back(db, rules, now=now, window=settings.login_window)
    cookie_value = new_secret()
    session = LoginSession(
        organisation_id=user.organisation_id,
        user_id=user.id,
        token_hash=digest(cookie_value),
        csrf_token=new_secret(),
        expires_at=now + timedelta(seconds=settings.session_ttl),
    )
    record_use(db, user, last_login_at=now)
    db.add(session)
    audit.record(db, action="auth.login_succeeded", entity_type="user", entity_id=user.id,
                 organisation_id=user.organisation_id, actor_label=email)
    db.flush()
    return NewSession(cookie_value=cookie_value, session=session, user=user)


def session_for(db: Session, cookie_value: str) -> tuple[LoginSession, User] | None:
    """The live session behind a cookie and its active user; the expiry slides with use."""
    now = utcnow()
    row = db.execute(
        select(LoginSession, User)
        .join(User, User.id == LoginSession.user_id)
        .where(LoginSession.token_hash == digest(cookie_value), LoginSession.expires_at > now, User.is_active)
    ).first()
    if row is None:
        return None
    session, user = row
    ttl = timedelta(seconds=get_settings().session_ttl)
    if session.expires_at - now < ttl / 2:  # extend at most every half lifetime: no write per request
        record_use(db, session, expires_at=now + ttl, last_seen_at=now)
    return session, user



def logout(db: Session, *, session: LoginSession, actor_label: str) -> None:
    db.delete(session)
    audit.record(db, action="auth.logout", entity_type="user", entity_id=session.user_id,
                 organisation_id=session.organisation_id, actor_label=actor_label)


def end_sessions(db: Session, user_id: uuid.UUID) -> None:
    """End every session of a user (disabled, or password changed)."""
    db.execute(delete(LoginSession).where(LoginSession.user_id == user_id))


def require_session(found: tuple[LoginSession, User] | None) -> tuple[LoginSession, User]:
    if found is None:
        raise Unauthenticated()
    return found
