import uuid

from fastapi import APIRouter, Response, status

from app.api_tokens import service
from app.api_tokens.schemas import ApiTokenCreate, ApiTokenCreated, ApiTokenRead
from app.auth.deps import AdminScope
from app.core.db import DbSession
from app.core.http import created, tagged
from app.core.resource import Routes

router = APIRouter(prefix="/api-tokens", tags=["api-tokens"])
routes = Routes(router, reader=AdminScope, editor=AdminScope)


@routes.listing("", ApiTokenRead, service.list_tokens, summary="List API tokens")
class ListApiTokens:
    """Every token of the organisation, newest first; the secrets themselves are never shown again."""


@router.post("", response_model=ApiTokenCreated, status_code=status.HTTP_201_CREATED, summary="Create an API token")
def create_api_token(data: ApiTokenCreate, scope: AdminScope, db: DbSession, response: Response) -> ApiTokenCreated:
    """Returns the secret once. Scope `read` acts as a viewer; `write` as an editor; never as an admin."""
    token, secret = service.create_token(db, scope, data=data)
    created(response, token, "api-tokens")
    read = service.to_read(*service.get_token(db, scope, token_id=token.id))
    return ApiTokenCreated(**read.model_dump(), token=secret)


@router.get("/{token_id}", response_model=ApiTokenRead, summary="Get an API token")
def get_api_token(token_id: uuid.UUID, scope: AdminScope, db: DbSession, response: Response) -> ApiTokenRead:
    token, creator = service.get_token(db, scope, token_id=token_id)
    tagged(response, token)
    return service.to_read(token, creator)


@router.delete("/{token_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Revoke an API token")
def revoke_api_token(token_id: uuid.UUID, scope: AdminScope, db: DbSession) -> None:
    """The token stops working at once; it stays listed as revoked for the record."""
    service.revoke_token(db, scope, token_id=token_id)
