"""HTTP for competency frameworks and competencies. A frameworkId in a body that is not the caller's
organisation's is a 400 on that field."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from app.auth.deps import EditorScope, OrgScope
from app.competencies import schemas, service
from app.competencies.models import FrameworkKind
from app.core.resource import Calls, Doc, Item, Routes

router = APIRouter(tags=["competencies"])
routes = Routes(router, reader=OrgScope, editor=EditorScope)

_REFUSED = {409: {"description": "The name is taken, or interventions still train it or programmes build on it; "
                                 "the detail says which."}}


@routes.listing("/competency-frameworks", schemas.FrameworkRead, service.list_frameworks,
                summary="List competency frameworks (competentieprofielen)")
class ListCompetencyFrameworks:
    """Competency profiles and the organisation's DNA, by name. Sortable on name, kind, createdAt."""

    kind: FrameworkKind | None = None
    q: Annotated[str | None, Query(max_length=200, description="Part of the name.")] = None


routes.standard(
    Item("competency-frameworks", "competency_framework", "framework_id", "a competency framework (competentieprofiel)",
         schemas.FrameworkRead, schemas.FrameworkCreate, schemas.FrameworkUpdate, to_read=service.read_framework),
    Calls.recorded(service.FRAMEWORKS, delete=service.delete_framework),
    create=Doc("The name is unique in the organisation (409 otherwise).", _REFUSED),
    get="One framework; its competencies are at `/competencies?frameworkId=`.",
    update=Doc("Change name, kind or description.", _REFUSED),
    delete=Doc("""Deletes it with its competencies; refused (409) while interventions train any of them, a programme
    builds on it or a programme's phase focuses on one of them.""", _REFUSED),
)


@routes.listing("/competencies", schemas.CompetencyRead, service.list_competencies,
                summary="List competencies (competenties)")
class ListCompetencies:
    """By position by default. Sortable on position, name, createdAt."""

    framework_id: Annotated[uuid.UUID | None, Query(alias="frameworkId", description="Only this framework's.")] = None
    q: Annotated[str | None, Query(max_length=200, description="Part of the name.")] = None


routes.standard(
    Item("competencies", "competency", "competency_id", "a competency (competentie)",
         schemas.CompetencyRead, schemas.CompetencyCreate, schemas.CompetencyUpdate),
    Calls.placed(service.COMPETENCIES, update=service.update_competency, delete=service.delete_competency),
    create=Doc("Adds a competency with its behavioural indicators to the framework `frameworkId` (400 on frameworkId "
               "when\nnot yours; 409 when the name is taken in the framework).", _REFUSED),
    get="One competency with its behavioural indicators.",
    update=Doc("Change name, description or behavioural indicators (the whole list), or move it to another "
               "`position`.", _REFUSED),
    delete=Doc("Refused (409) while interventions train it or a programme's phase focuses on it.", _REFUSED),
)
