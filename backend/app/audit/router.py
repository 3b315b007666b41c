import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from app.audit import service
from app.audit.schemas import AuditEventRead, AuditFacets
from app.auth.deps import AdminScope
from app.core.db import DbSession
from app.core.resource import Routes
from app.core.schemas import IsoDateTime

router = APIRouter(prefix="/audit-events", tags=["audit"])
routes = Routes(router, reader=AdminScope, editor=AdminScope)


@routes.listing("", AuditEventRead, service.list_events, summary="The audit trail (audittrail)")
class ListAuditEvents:
    """Every write and every login attempt in the organisation, newest first. Read-only."""

    action: Annotated[str | None, Query(max_length=80, description="e.g. `user.updated`, `auth.login_failed`")] = None
    entity_type: Annotated[str | None, Query(alias="entityType", max_length=80)] = None
    entity_id: Annotated[uuid.UUID | None, Query(alias="entityId")] = None
    actor_id: Annotated[uuid.UUID | None, Query(alias="actorId")] = None
    since: Annotated[IsoDateTime | None, Query(description="From this moment (inclusive).")] = None
    until: Annotated[IsoDateTime | None, Query(description="Before this moment.")] = None


@router.get("/facets", response_model=AuditFacets, summary="What the audit trail can be filtered by")
def get_audit_facets(scope: AdminScope, db: DbSession) -> AuditFacets:
    """The actions, entity types and actors the organisation's trail holds, so a filter offers only what exists."""
    return service.facets(db, scope)
