import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from app.core.schemas import ApiInput, ApiModel, BoundedDate


class TokenScope(StrEnum):
    read = "read"
    write = "write"


class TokenStatus(StrEnum):
    active = "active"
    expired = "expired"
    revoked = "revoked"


class UserRef(ApiModel):
    id: uuid.UUID
    name: str


class ApiTokenRead(ApiModel):
    id: uuid.UUID
    name: str
    scopes: list[TokenScope]
    token_prefix: Annotated[str, Field(description="The token's first characters, to recognise it.")]
    created_at: datetime
    expires_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None
    status: TokenStatus
    created_by: UserRef | None


class ApiTokenCreated(ApiTokenRead):
    token: Annotated[str, Field(description="The secret. Shown only in this response: store it now.")]


class ApiTokenCreate(ApiInput):
    name: Annotated[str, Field(min_length=1, max_length=200, description="What uses it, e.g. 'HR-koppeling'.")]
    scopes: Annotated[list[TokenScope], Field(min_length=1, max_length=2,
                                              description="`read`: read everything; `write`: change as an editor.")]
    expires_on: Annotated[BoundedDate, Field(description="Last day it works (Europe/Amsterdam), at most a year ahead.")]
