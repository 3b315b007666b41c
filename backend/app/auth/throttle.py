"""The login throttle (decision 0009): failed logins counted per key in the database, under a row lock.

An attempt first reserves a failure on each of its keys, in one short transaction that holds the rows'
locks, and only then is the password checked; a correct password gives the reservation back. So however
many attempts run at once, at most a key's limit reach the password check in a window.
"""

import math
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from app.auth.models import LoginThrottle
from app.core import audit
from app.core.config import Settings

THROTTLED = "auth.login_throttled"
_SWEEP_BATCH = 100
_NO_SYNC = {"synchronize_session": False}


@dataclass(frozen=True)
class Rule:
    kind: str
    key: str
    limit: int
    lockout: int  # seconds a key is refused from its first refusal; a slowing key: between attempts past the limit
    forgets_on_success: bool  # a correct password clears the key, rather than only giving back its own failure
    slows: bool = False  # past the limit, one attempt per lockout instead of none


def rules_for(settings: Settings, *, email: str, client: str) -> list[Rule]:
    """Sorted by key: every attempt locks its rows in the same order, so two attempts never deadlock."""
    rules = [
        Rule("accountAndClient", f"account+client:{email} {client}", settings.login_max_failures,
             settings.login_window, forgets_on_success=True),
        # An attacker elsewhere only slows the account down: one attempt per delay, never a lockout.
        Rule("account", f"account:{email}", settings.login_account_max_failures, settings.login_account_delay,
             forgets_on_success=False, slows=True),
        Rule("client", f"client:{client}", settings.login_client_max_failures, settings.login_window,
             forgets_on_success=False),
    ]
    return sorted(rules, key=lambda rule: rule.key)


@dataclass(frozen=True)
class Who:
    """Whom a throttled attempt is recorded against."""

    email: str
    client: str
    user_id: uuid.UUID | None
    organisation_id: uuid.UUID | None


def _insert_missing(db: Session, keys: list[str], now: datetime) -> None:
    dialect = postgresql if db.get_bind().dialect.name == "postgresql" else sqlite
    rows = [{"key": key, "window_started_at": now, "failures": 0, "refused": 0} for key in keys]
    db.execute(dialect.insert(LoginThrottle).values(rows).on_conflict_do_nothing(index_elements=["key"]))


def _lock(db: Session, rules: list[Rule], now: datetime) -> list[LoginThrottle]:
    keys = [rule.key for rule in rules]
    for _ in range(3):  # a row swept away between the insert and the lock is inserted again
        _insert_missing(db, keys, now)
        rows = db.scalars(
            select(LoginThrottle).where(LoginThrottle.key.in_(keys)).order_by(LoginThrottle.key)
            .with_for_update().execution_options(populate_existing=True)
        ).all()
        if len(rows) == len(keys):
            return list(rows)
    raise RuntimeError("login throttle rows vanished while being locked")


def _start_window_if_over(row: LoginThrottle, now: datetime, window: int) -> None:
    if row.window_started_at + timedelta(seconds=window) <= now and not _blocked(row, now):
        row.window_started_at, row.failures, row.blocked_until = now, 0, None
        row.refused, row.audit_event_id = 0, None


def _blocked(row: LoginThrottle, now: datetime) -> bool:
    return row.blocked_until is not None and row.blocked_until > now


def _refuses(rule: Rule, row: LoginThrottle, now: datetime) -> bool:
    if rule.slows:
        return _blocked(row, now)
    return row.failures >= rule.limit and (row.blocked_until is None or _blocked(row, now))


def _record_refusal(db: Session, rule: Rule, row: LoginThrottle, who: Who) -> None:
    """One audit event per key and window, its count kept up to date, instead of one per refused attempt."""
    row.refused += 1
    changes: dict[str, Any] = {"limit": rule.kind, "failures": row.failures, "refused": row.refused,
                               "clientAddress": who.client, "windowStartedAt": row.window_started_at.isoformat()}
    event = db.get(audit.AuditEvent, row.audit_event_id) if row.audit_event_id else None
    if event is not None:
        event.changes = changes
        return
    by_client = rule.kind == "client"
    event = audit.record(db, action=THROTTLED, entity_type="client" if by_client else "user",
                         entity_id=None if by_client else who.user_id,
                         organisation_id=None if by_client else who.organisation_id,
                         actor_label=who.client if by_client else who.email, changes=changes)
    db.flush()
    row.audit_event_id = event.id


def reserve(db: Session, rules: list[Rule], who: Who, *, now: datetime, window: int) -> int | None:
    """Count this attempt as a failure on every key, or refuse it: then the seconds to wait.

    Commits, so the count holds although the request fails, and the locks are held only this long."""
    rows = _lock(db, rules, now)
    for row in rows:
        _start_window_if_over(row, now, window)
    blocking = [(rule, row) for rule, row in zip(rules, rows, strict=True) if _refuses(rule, row, now)]
    for rule, row in blocking:
        row.blocked_until = row.blocked_until or now + timedelta(seconds=rule.lockout)
        _record_refusal(db, rule, row, who)
    if not blocking:
        for rule, row in zip(rules, rows, strict=True):
            row.failures += 1
            if rule.slows and row.failures >= rule.limit:
                row.blocked_until = now + timedelta(seconds=rule.lockout)
    db.commit()
    if blocking:
        wait = max((row.blocked_until - now).total_seconds() for _, row in blocking)  # type: ignore[operator]
        return max(1, math.ceil(wait))
    return None


def give_back(db: Session, rules: list[Rule], *, now: datetime, window: int) -> None:
    """The password was right: take back this attempt's failure (or forget the key), and sweep old keys."""
    for rule in rules:
        failures = 0 if rule.forgets_on_success else case((LoginThrottle.failures > 0, LoginThrottle.failures - 1),
                                                          else_=0)
        still_blocked = case((LoginThrottle.failures - 1 >= rule.limit, LoginThrottle.blocked_until), else_=None)
        db.execute(update(LoginThrottle).where(LoginThrottle.key == rule.key)
                   .values(failures=failures, blocked_until=None if rule.forgets_on_success else still_blocked),
                   execution_options=_NO_SYNC)
    # Last, and skipping rows others hold: this request waits for no one while holding its own rows.
    stale = (select(LoginThrottle.key)
             .where(LoginThrottle.window_started_at < now - timedelta(seconds=window),
                    (LoginThrottle.blocked_until.is_(None)) | (LoginThrottle.blocked_until < now))
             .limit(_SWEEP_BATCH).with_for_update(skip_locked=True))
    db.execute(delete(LoginThrottle).where(LoginThrottle.key.in_(stale)), execution_options=_NO_SYNC)
