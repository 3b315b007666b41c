"""HTTP for stakeholders (belanghebbenden), their engagements and their links to programmes. A programmeId or
stakeholderId in a body that is not the caller's organisation's is a 400 on that field; in a path a 404."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from app.auth.deps import EditorScope, OrgScope
from app.core.db import DbSession
from app.core.resource import Calls, Doc, Item, Routes
from app.stakeholders import engagements, schemas, service
from app.stakeholders.models import EngagementKind, StakeholderRole

router = APIRouter(tags=["stakeholders"])
routes = Routes(router, reader=OrgScope, editor=EditorScope)

Q = Annotated[str | None, Query(max_length=200, description="Part of the name or unit.")]
RoleFilter = Annotated[StakeholderRole | None, Query(description="Only stakeholders with this role.")]
QuadrantFilter = Annotated[schemas.Quadrant | None,
                           Query(description="Only this quadrant of the influence x affected grid.")]


@routes.listing("/stakeholders", schemas.StakeholderRead, service.list_stakeholders,
                summary="List stakeholders (belanghebbenden)")
class ListStakeholders:
    """The organisation's stakeholders with their quadrant (Mendelow: influence x affected) and linked programmes,
    by name. Sortable on name, role, createdAt."""

    programme_id: Annotated[uuid.UUID | None, Query(alias="programmeId",
                                                    description="Only those linked to this programme.")] = None
    role: RoleFilter = None
    quadrant: QuadrantFilter = None
    q: Q = None


routes.standard(
    Item("stakeholders", "stakeholder", "stakeholder_id", "a stakeholder (belanghebbende)",
         schemas.StakeholderRead, schemas.StakeholderCreate, schemas.StakeholderUpdate, to_read=service.read),
    Calls.recorded(service.STAKEHOLDERS, delete=service.delete_stakeholder),
    create="Adds a stakeholder: role, unit, influence and affected (high/low; they place it in a quadrant), "
           "potential contribution and contact.",
    get="One stakeholder with its quadrant and linked programmes; its engagements are at "
        "`/engagements?stakeholderId=`.",
    update="Change any field; the quadrant follows influence and affected.",
    delete="Deletes the stakeholder and its programme links; engagements stay, without them.",
)


@routes.listing("/engagements", schemas.EngagementRead, engagements.list_engagements,
                summary="List engagements (betrekken van belanghebbenden)")
class ListEngagements:
    """Interviews, design sessions, progress updates, kick-offs and onboarding, by date (earliest first).
    Sortable on heldOn, kind, createdAt."""

    programme_id: Annotated[uuid.UUID | None, Query(alias="programmeId",
                                                    description="Only those held for this programme.")] = None
    stakeholder_id: Annotated[uuid.UUID | None, Query(alias="stakeholderId",
                                                      description="Only those this stakeholder took part in.")] = None
    kind: Annotated[EngagementKind | None, Query(description="Only this kind.")] = None


routes.standard(
    Item("engagements", "engagement", "engagement_id", "an engagement (interview, designsessie, ...)",
         schemas.EngagementRead, schemas.EngagementCreate, schemas.EngagementUpdate, to_read=engagements.read),
    Calls(engagements.create_engagement, engagements.get_engagement, engagements.update_engagement,
          engagements.delete_engagement),
    create=Doc("Records an engagement: kind, date, who took part (`stakeholderIds`, 400 on `/stakeholderIds/<i>` "
               "when not\nyours), summary, outcome and optionally the programme (400 on `/programmeId` when not "
               "yours)."),
    get="One engagement with who took part.",
    update="Change any field; `stakeholderIds` replaces who took part, `programmeId: null` detaches it.",
    delete="Deletes the engagement; the stakeholders stay.",
)


@routes.listing("/programmes/{programme_id}/stakeholders", schemas.ProgrammeStakeholderRead,
                service.list_programme_stakeholders,
                summary="List a programme's stakeholders (belanghebbenden van een programma)")
class ListProgrammeStakeholders:
    """The stakeholders linked to the programme, each with how many of the programme's engagements they took
    part in. Sortable on name, role, createdAt."""

    role: RoleFilter = None
    quadrant: QuadrantFilter = None
    q: Q = None


@router.put("/programmes/{programme_id}/stakeholders/{stakeholder_id}", response_model=schemas.ProgrammeStakeholderRead,
            summary="Link a stakeholder to a programme")
def link_programme_stakeholder(programme_id: uuid.UUID, stakeholder_id: uuid.UUID, scope: EditorScope,
                               db: DbSession) -> schemas.ProgrammeStakeholderRead:
    """Idempotent: linking a stakeholder that is already linked changes nothing. Answers the linked stakeholder."""
    return service.link(db, scope, programme_id=programme_id, stakeholder_id=stakeholder_id)


@router.delete("/programmes/{programme_id}/stakeholders/{stakeholder_id}", status_code=status.HTTP_204_NO_CONTENT,
               summary="Unlink a stakeholder from a programme")
def unlink_programme_stakeholder(programme_id: uuid.UUID, stakeholder_id: uuid.UUID, scope: EditorScope,
                                 db: DbSession) -> None:
    """Idempotent: unlinking a stakeholder that is not linked changes nothing. The programme's engagements with
    them stay."""
    service.unlink(db, scope, programme_id=programme_id, stakeholder_id=stakeholder_id)
