from fastapi import APIRouter, Response

from app.auth.deps import AdminScope, OrgScope
from app.core.concurrency import IfMatch
from app.core.db import DbSession
from app.core.http import tagged
from app.organisations import service
from app.organisations.schemas import OrganisationRead, OrganisationUpdate

router = APIRouter(prefix="/organisation", tags=["organisation"])


@router.get("", response_model=OrganisationRead, summary="The organisation's settings (organisatie)")
def get_organisation(scope: OrgScope, db: DbSession, response: Response) -> OrganisationRead:
    organisation = service.get_organisation(db, scope)
    tagged(response, organisation)
    return OrganisationRead.model_validate(organisation)


@router.patch("", response_model=OrganisationRead, summary="Change the organisation's settings")
def update_organisation(
    data: OrganisationUpdate, scope: AdminScope, db: DbSession, response: Response, if_match: IfMatch = None
) -> OrganisationRead:
    """Name, learning-days norm per FTE, training-budget target (% of payroll), minimum report group size."""
    organisation = service.update_organisation(db, scope, data=data, if_match=if_match)
    tagged(response, organisation)
    return OrganisationRead.model_validate(organisation)
