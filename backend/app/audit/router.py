import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from app.audit import service
from app.audit.schemas import AuditEventRead, AuditFacets
from app.auth.deps import AdminScope
from app.core.db import DbSession
from app.core.pagination import Paging
from app.core.schemas import IsoDateTime, Page

router = APIRouter(prefix="/audit-events", tags=["audit"])


@router.get("", response_model=Page[AuditEventRead], summary="The audit trail (audittrail)")
def list_audit_events(
    scope: AdminScope,
    db: DbSession,
    paging: Paging,
    action: Annotated[str | None, Query(max_length=80, description="e.g. `user.updated`, `auth.login_failed`")] = None,
    entity_type: Annotated[str | None, Query(alias="entityType", max_length=80)] = None,
    entity_id: Annotated[uuid.UUID | None, Query(alias="entityId")] = None,
    actor_id: Annotated[uuid.UUID | None, Query(alias="actorId")] = None,
    since: Annotated[IsoDateTime | None, Query(description="From this moment (inclusive).")] = None,
    until: Annotated[IsoDateTime | None, Query(description="Before this moment.")] = None,
) -> Page[AuditEventRead]:
    """Every write and every login attempt in the organisation, newest first. Read-only."""
    return service.list_events(db, scope, paging, action=action, entity_type=entity_type, entity_id=entity_id,
                               actor_id=actor_id, since=since, until=until)


@router.get("/facets", response_model=AuditFacets, summary="What the audit trail can be filtered by")
def get_audit_facets(scope: AdminScope, db: DbSession) -> AuditFacets:
    """The actions, entity types and actors the organisation's trail holds, so a filter offers only what exists."""
    return service.facets(db, scope)
