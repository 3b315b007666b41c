"""HTTP for competency frameworks and competencies. A frameworkId in a body that is not the caller's
organisation's is a 400 on that field."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.auth.deps import EditorScope, OrgScope
from app.competencies import service
from app.competencies.models import FrameworkKind
from app.competencies.schemas import (
    CompetencyCreate,
    CompetencyRead,
    CompetencyUpdate,
    FrameworkCreate,
    FrameworkRead,
    FrameworkUpdate,
)
from app.core.concurrency import IfMatch
from app.core.db import DbSession
from app.core.http import created, tagged
from app.core.pagination import Paging
from app.core.schemas import Page

router = APIRouter(tags=["competencies"])

_REFUSED = {409: {"description": "The name is taken, or interventions still train it; the detail says which."}}


@router.get("/competency-frameworks", response_model=Page[FrameworkRead],
            summary="List competency frameworks (competentieprofielen)")
def list_competency_frameworks(
    scope: OrgScope,
    db: DbSession,
    paging: Paging,
    kind: FrameworkKind | None = None,
    q: Annotated[str | None, Query(max_length=200, description="Part of the name.")] = None,
) -> Page[FrameworkRead]:
    """Competency profiles and the organisation's DNA, by name. Sortable on name, kind, createdAt."""
    return service.list_frameworks(db, scope, paging, kind=kind, q=q)


@router.post("/competency-frameworks", response_model=FrameworkRead, status_code=status.HTTP_201_CREATED,
             responses=_REFUSED, summary="Create a competency framework (competentieprofiel)")
def create_competency_framework(data: FrameworkCreate, scope: EditorScope, db: DbSession, response: Response
                                ) -> FrameworkRead:
    """The name is unique in the organisation (409 otherwise)."""
    framework = service.create_framework(db, scope, data=data)
    created(response, framework, "competency-frameworks")
    return service.read_framework(db, scope, framework)


@router.get("/competency-frameworks/{framework_id}", response_model=FrameworkRead,
            summary="Get a competency framework (competentieprofiel)")
def get_competency_framework(framework_id: uuid.UUID, scope: OrgScope, db: DbSession, response: Response
                             ) -> FrameworkRead:
    """One framework; its competencies are at `/competencies?frameworkId=`."""
    framework = service.get_framework(db, scope, framework_id=framework_id)
    tagged(response, framework)
    return service.read_framework(db, scope, framework)


@router.patch("/competency-frameworks/{framework_id}", response_model=FrameworkRead, responses=_REFUSED,
              summary="Change a competency framework (competentieprofiel)")
def update_competency_framework(framework_id: uuid.UUID, data: FrameworkUpdate, scope: EditorScope, db: DbSession,
                                response: Response, if_match: IfMatch = None) -> FrameworkRead:
    """Change name, kind or description."""
    framework = service.update_framework(db, scope, framework_id=framework_id, data=data, if_match=if_match)
    tagged(response, framework)
    return service.read_framework(db, scope, framework)


@router.delete("/competency-frameworks/{framework_id}", status_code=status.HTTP_204_NO_CONTENT, responses=_REFUSED,
               summary="Delete a competency framework (competentieprofiel)")
def delete_competency_framework(framework_id: uuid.UUID, scope: EditorScope, db: DbSession) -> None:
    """Deletes it with its competencies; refused (409) while interventions train any of them."""
    service.delete_framework(db, scope, framework_id=framework_id)


@router.get("/competencies", response_model=Page[CompetencyRead], summary="List competencies (competenties)")
def list_competencies(
    scope: OrgScope,
    db: DbSession,
    paging: Paging,
    framework_id: Annotated[uuid.UUID | None, Query(alias="frameworkId", description="Only this framework's.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Part of the name.")] = None,
) -> Page[CompetencyRead]:
    """By position by default. Sortable on position, name, createdAt."""
    return service.list_competencies(db, scope, paging, framework_id=framework_id, q=q)


@router.post("/competencies", response_model=CompetencyRead, status_code=status.HTTP_201_CREATED,
             responses=_REFUSED, summary="Create a competency (competentie)")
def create_competency(data: CompetencyCreate, scope: EditorScope, db: DbSession, response: Response
                      ) -> CompetencyRead:
    """Adds a competency with its behavioural indicators to the framework `frameworkId` (400 on frameworkId when
    not yours; 409 when the name is taken in the framework)."""
    competency = service.create_competency(db, scope, data=data)
    created(response, competency, "competencies")
    return CompetencyRead.model_validate(competency)


@router.get("/competencies/{competency_id}", response_model=CompetencyRead, summary="Get a competency (competentie)")
def get_competency(competency_id: uuid.UUID, scope: OrgScope, db: DbSession, response: Response) -> CompetencyRead:
    """One competency with its behavioural indicators."""
    competency = service.get_competency(db, scope, competency_id=competency_id)
    tagged(response, competency)
    return CompetencyRead.model_validate(competency)


@router.patch("/competencies/{competency_id}", response_model=CompetencyRead, responses=_REFUSED,
              summary="Change a competency (competentie)")
def update_competency(competency_id: uuid.UUID, data: CompetencyUpdate, scope: EditorScope, db: DbSession,
                      response: Response, if_match: IfMatch = None) -> CompetencyRead:
    """Change name, description or behavioural indicators (the whole list), or move it to another `position`."""
    competency = service.update_competency(db, scope, competency_id=competency_id, data=data, if_match=if_match)
    tagged(response, competency)
    return CompetencyRead.model_validate(competency)


@router.delete("/competencies/{competency_id}", status_code=status.HTTP_204_NO_CONTENT, responses=_REFUSED,
               summary="Delete a competency (competentie)")
def delete_competency(competency_id: uuid.UUID, scope: EditorScope, db: DbSession) -> None:
    """Refused (409) while interventions train it."""
    service.delete_competency(db, scope, competency_id=competency_id)
