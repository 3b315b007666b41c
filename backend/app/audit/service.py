"""Reading the audit trail (writing it is core.audit.record, called by every service)."""

import uuid
from datetime import datetime

from sqlmodel import Session, select

from app.accounts.models import User
from app.audit.names import names_of
from app.audit.schemas import ActorRef, AuditEventRead, AuditFacets
from app.core.audit import AuditEvent
from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import scoped

_SORTABLE = {"occurredAt": AuditEvent.occurred_at, "action": AuditEvent.action}


def list_events(
    db: Session,
    scope: Scope,
    params: PageParams,
    *,
    action: str | None,
    entity_type: str | None,
    entity_id: uuid.UUID | None,
    actor_id: uuid.UUID | None,
    since: datetime | None,
    until: datetime | None,
) -> Page[AuditEventRead]:
    statement = scoped(AuditEvent, scope, AuditEvent, User.name).outerjoin(User, User.id == AuditEvent.actor_user_id)
    filters = {
        AuditEvent.action: action, AuditEvent.entity_type: entity_type, AuditEvent.entity_id: entity_id,
        AuditEvent.actor_user_id: actor_id,
    }
    for column, value in filters.items():
        if value is not None:
            statement = statement.where(column == value)
    if since is not None:
        statement = statement.where(AuditEvent.occurred_at >= since)
    if until is not None:
        statement = statement.where(AuditEvent.occurred_at < until)

    page = paginate(db, statement, params, sortable=_SORTABLE, default_sort=["-occurredAt"],
                    tiebreaker=AuditEvent.id)
    names = names_of(db, scope, (event for event, _ in page.items))

    def to_item(row: tuple[AuditEvent, str | None]) -> AuditEventRead:
        event, actor_name = row
        actor = ActorRef(id=event.actor_user_id, name=actor_name) if event.actor_user_id and actor_name else None
        return AuditEventRead.model_validate({**event.model_dump(), "actor": actor,
                                              "entity_name": names.get(event.entity_id) if event.entity_id else None})

    page.items = [to_item(row) for row in page.items]
    return page


def facets(db: Session, scope: Scope) -> AuditFacets:
    """The distinct actions, entity types and actors of the organisation's trail (three indexed queries)."""
    actions = db.scalars(scoped(AuditEvent, scope, AuditEvent.action).distinct().order_by(AuditEvent.action)).all()
    types = db.scalars(scoped(AuditEvent, scope, AuditEvent.entity_type).where(AuditEvent.entity_type.is_not(None))
                       .distinct().order_by(AuditEvent.entity_type)).all()
    acting = scoped(AuditEvent, scope, AuditEvent.actor_user_id).where(AuditEvent.actor_user_id.is_not(None))
    actors = db.exec(select(User.id, User.name).where(User.id.in_(acting.distinct()))
                     .order_by(User.name, User.id)).all()
    return AuditFacets(actions=list(actions), entity_types=[t for t in types if t],
                       actors=[ActorRef(id=actor_id, name=name) for actor_id, name in actors])
