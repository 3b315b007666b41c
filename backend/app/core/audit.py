"""The audit trail: every write and every login attempt, in the same transaction as the change.

Passwords and tokens never reach it: fields named in SECRET_FIELDS are recorded as changed, without values.
"""

import uuid
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from functools import lru_cache
from typing import Any, TypeVar

from pydantic import BaseModel
from pydantic.alias_generators import to_camel
from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, Session, SQLModel

from app.core.concurrency import claimed_changes
from app.core.context import current_request_id
from app.core.db import utcnow, with_defaults
from app.core.scope import Scope

T = TypeVar("T")
SECRET_FIELDS = frozenset({"password", "password_hash", "token", "token_hash", "csrf_token"})
REDACTED = "[redacted]"
_camel = lru_cache(maxsize=1024)(to_camel)  # an import records thousands of events with the same fields


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_org_time", "organisation_id", "occurred_at"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    # Empty only for a failed login with an unknown e-mail address: it belongs to no organisation.
    organisation_id: uuid.UUID | None = Field(default=None, foreign_key="organisations.id", ondelete="CASCADE")
    occurred_at: datetime = Field(default_factory=utcnow)
    actor_user_id: uuid.UUID | None = Field(default=None, index=True)
    actor_api_token_id: uuid.UUID | None = Field(default=None)
    actor_label: str = Field(max_length=320, index=True)
    action: str = Field(max_length=80, index=True)
    entity_type: str = Field(max_length=80)
    entity_id: uuid.UUID | None = Field(default=None, index=True)
    changes: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    request_id: str = Field(max_length=64)


def _plain(value: Any) -> Any:
    if isinstance(value, (uuid.UUID, Decimal)):
        return str(value)
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    """The fields whose value changed, as {fieldName: {"from": old, "to": new}} (named as in the API,
    camelCase); secrets redacted."""
    changed: dict[str, Any] = {}
    for field, new in after.items():
        old = before.get(field)
        if old != new:
            changed[_camel(field)] = (
                {"from": REDACTED, "to": REDACTED}
                if field in SECRET_FIELDS
                else {"from": _plain(old), "to": _plain(new)}
            )
    return changed


def snapshot(values: Mapping[str, Any]) -> dict[str, Any]:
    """A created record's fields, each {"from": null, "to": value} (secrets redacted)."""
    return diff({}, values)


def removal(values: Mapping[str, Any]) -> dict[str, Any]:
    """A deleted record's fields, each {"from": value, "to": null} (secrets redacted)."""
    return diff(values, dict.fromkeys(values))


def record(
    db: Session,
    *,
    action: str,
    entity_type: str,
    entity_id: uuid.UUID | None = None,
    scope: Scope | None = None,
    organisation_id: uuid.UUID | None = None,
    actor_label: str | None = None,
    changes: Mapping[str, Any] | None = None,
) -> AuditEvent:
    event = AuditEvent(**_actor(scope, organisation_id, actor_label), action=action, entity_type=entity_type,
                       entity_id=entity_id, changes=dict(changes) if changes else None,
                       request_id=current_request_id())
    db.add(event)
    return event


def _actor(scope: Scope | None, organisation_id: uuid.UUID | None = None,
           actor_label: str | None = None) -> dict[str, Any]:
    return {"organisation_id": scope.organisation_id if scope else organisation_id,
            "actor_user_id": scope.user_id if scope else None,
            "actor_api_token_id": scope.api_token_id if scope else None,
            "actor_label": (scope.actor_label if scope else actor_label) or "system"}


def event_row(*, scope: Scope, action: str, entity_type: str, entity_id: uuid.UUID,
              changes: Mapping[str, Any] | None) -> dict[str, Any]:
    """An event as a row for a bulk INSERT (an import of thousands), built before the transaction."""
    return with_defaults(AuditEvent, {**_actor(scope), "action": action, "entity_type": entity_type,
                                      "entity_id": entity_id, "changes": dict(changes) if changes else None,
                                      "request_id": current_request_id()})



# --- the usual writes of a service, flushed and recorded in one call -----------------------------------------------

def fields_of(entity: Any, names: Iterable[str]) -> dict[str, Any]:
    """The entity's current values of the named fields."""
    return {name: getattr(entity, name) for name in names}


def record_created(db: Session, scope: Scope, entity: Any, *, entity_type: str, fields: Iterable[str]) -> None:
    """Flush the entity the caller has added and record `<entity_type>.created` with a snapshot of `fields`."""
    db.flush()
    record(db, scope=scope, action=f"{entity_type}.created", entity_type=entity_type, entity_id=entity.id,
           changes=snapshot(fields_of(entity, fields)))


def create_recorded(db: Session, scope: Scope, model: type[T], values: Mapping[str, Any], *, entity_type: str,
                    fields: Iterable[str]) -> T:
    """A new `model` of the caller's organisation with `values`, added, flushed and recorded as created."""
    entity = model(organisation_id=scope.organisation_id, **values)
    db.add(entity)
    record_created(db, scope, entity, entity_type=entity_type, fields=fields)
    return entity


def apply_update(
    db: Session,
    scope: Scope,
    entity: Any,
    values: Mapping[str, Any],
    *,
    entity_type: str,
    fields: Iterable[str] | None = None,
    before: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Set `values` on the entity, flush, record `<entity_type>.updated` and return the recorded diff.

    Without `fields` the diff covers the keys of `values`. With `fields` it compares those fields before
    and after; pass `before` when the caller has already changed the entity (moved it, say) and that
    change belongs in the same event."""
    names = tuple(fields) if fields is not None else None
    if before is None:
        before = fields_of(entity, names if names is not None else values)
    for field, value in values.items():
        setattr(entity, field, value)
    db.flush()
    changes = diff(before, fields_of(entity, names) if names is not None else values)
    record(db, scope=scope, action=f"{entity_type}.updated", entity_type=entity_type, entity_id=entity.id,
           changes=changes)
    return changes


def update_claimed(db: Session, scope: Scope, entity: T, data: BaseModel, if_match: str | None, *, entity_type: str,
                   fields: Iterable[str] | None = None, check: Callable[[dict[str, Any]], None] | None = None,
                   before: Mapping[str, Any] | None = None) -> T:
    """A PATCH: hold `entity` at the version If-Match names, run `check` on the fields the body sets (the domain's
    rules; it raises, or adjusts them), then apply and record them as `apply_update` does."""
    values = claimed_changes(db, entity, data, if_match)
    if check is not None:
        check(values)
    apply_update(db, scope, entity, values, entity_type=entity_type, fields=fields, before=before)
    return entity


def delete_recorded(db: Session, scope: Scope, entity: Any, *, entity_type: str, fields: Iterable[str]) -> None:
    """Delete the entity, flush and record `<entity_type>.deleted` with the values `fields` had."""
    gone = fields_of(entity, fields)
    db.delete(entity)
    db.flush()
    record(db, scope=scope, action=f"{entity_type}.deleted", entity_type=entity_type, entity_id=entity.id,
           changes=removal(gone))
