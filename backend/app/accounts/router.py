import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.accounts import service
from app.accounts.schemas import UserCreate, UserRead, UserUpdate
from app.auth.deps import AdminScope
from app.core.concurrency import IfMatch
from app.core.db import DbSession
from app.core.http import created, tagged
from app.core.resource import Routes
from app.core.scope import Role

router = APIRouter(prefix="/users", tags=["users"])
routes = Routes(router, reader=AdminScope, editor=AdminScope)


@routes.listing("", UserRead, service.list_users, summary="List users (gebruikers)")
class ListUsers:
    """The organisation's users. Sortable on email, name, role, createdAt, lastLoginAt."""

    q: Annotated[str | None, Query(max_length=200, description="Part of the name or e-mail address.")] = None
    role: Role | None = None
    is_active: Annotated[bool | None, Query(alias="isActive")] = None


@router.post("", response_model=UserRead, status_code=status.HTTP_201_CREATED, summary="Create a user")
def create_user(data: UserCreate, scope: AdminScope, db: DbSession, response: Response) -> UserRead:
    return UserRead.model_validate(created(response, service.create_user(db, scope, data=data), "users"))


@router.get("/{user_id}", response_model=UserRead, summary="Get a user")
def get_user(user_id: uuid.UUID, scope: AdminScope, db: DbSession, response: Response) -> UserRead:
    return UserRead.model_validate(tagged(response, service.get_user(db, scope, user_id=user_id)))


@router.patch("/{user_id}", response_model=UserRead, summary="Change a user")
def update_user(
    user_id: uuid.UUID, data: UserUpdate, scope: AdminScope, db: DbSession, response: Response, if_match: IfMatch = None
) -> UserRead:
    """Change name, role, active state or password. Disabling a user or setting a password ends their sessions."""
    user = service.update_user(db, scope, user_id=user_id, data=data, if_match=if_match)
    return UserRead.model_validate(tagged(response, user))


@router.delete("/{user_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a user")
def delete_user(user_id: uuid.UUID, scope: AdminScope, db: DbSession) -> None:
    """Deletes the user; the audit trail keeps their name as it was."""
    service.delete_user(db, scope, user_id=user_id)
