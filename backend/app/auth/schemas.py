import uuid
from typing import Annotated

from pydantic import Field

from app.core.schemas import ApiInput, ApiModel
from app.core.scope import Role


class LoginRequest(ApiInput):
    email: Annotated[str, Field(min_length=3, max_length=320)]
    password: Annotated[str, Field(min_length=1, max_length=256)]


class OrganisationRef(ApiModel):
    id: uuid.UUID
    name: str


class Me(ApiModel):
    id: uuid.UUID
    email: str
    name: str
    role: Role
    organisation: OrganisationRef
    csrf_token: Annotated[str | None, Field(description="Send as X-CSRF-Token on every state-changing request.")]
