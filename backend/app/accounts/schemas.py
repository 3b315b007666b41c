import uuid
from datetime import datetime
from typing import Annotated

from pydantic import EmailStr, Field, StrictBool

from app.core.schemas import ApiInput, ApiModel, NotNull
from app.core.scope import Role
from app.core.security import MIN_PASSWORD_LENGTH

Password = Annotated[str, Field(min_length=MIN_PASSWORD_LENGTH, max_length=256,
                                description=f"At least {MIN_PASSWORD_LENGTH} characters; not a common or breached "
                                            "password, and not containing the e-mail address or name.")]


class UserRead(ApiModel):
    id: uuid.UUID
    email: str
    name: str
    role: Role
    is_active: bool
    last_login_at: datetime | None
    created_at: datetime
    version: int


class UserCreate(ApiInput):
    email: Annotated[EmailStr, Field(max_length=320)]
    name: Annotated[str, Field(min_length=1, max_length=200)]
    role: Role
    password: Password


class UserUpdate(ApiInput):
    name: Annotated[str | None, Field(min_length=1, max_length=200), NotNull] = None
    role: Annotated[Role | None, NotNull] = None
    is_active: Annotated[StrictBool | None, NotNull] = None
    password: Annotated[Password | None, NotNull] = None
