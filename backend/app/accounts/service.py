"""Users of an organisation: the rules for creating, changing and removing them."""

import uuid
from collections.abc import Collection

from sqlalchemy import func, or_, select
from sqlmodel import Session

from app.accounts.models import User
from app.accounts.schemas import UserCreate, UserRead, UserUpdate
from app.auth import service as auth
from app.core import audit
from app.core.concurrency import claimed_changes
from app.core.errors import Conflict, InvalidInput
from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Role, Scope
from app.core.security import hash_password, password_problem
from app.core.tenancy import ensure_unique, get_or_404, labels_of, scoped

ENTITY = "user"
_SORTABLE = {"email": User.email, "name": User.name, "role": User.role, "createdAt": User.created_at,
             "lastLoginAt": User.last_login_at}
_AUDITED = ("email", "name", "role", "is_active")


def get_user(db: Session, scope: Scope, *, user_id: uuid.UUID) -> User:
    return get_or_404(db, scope, User, user_id, "user")


def list_users(
    db: Session, scope: Scope, params: PageParams, *, q: str | None, role: Role | None, is_active: bool | None
) -> Page[UserRead]:
    statement = scoped(User, scope)
    if q:
        pattern = f"%{q.lower()}%"
        statement = statement.where(or_(func.lower(User.name).like(pattern), User.email.like(pattern)))
    if role is not None:
        statement = statement.where(User.role == role)
    if is_active is not None:
        statement = statement.where(User.is_active == is_active)
    return paginate(db, statement, params, sortable=_SORTABLE, default_sort=["name"], tiebreaker=User.id,
                    to_item=lambda row: UserRead.model_validate(row[0]))


def _ensure_acceptable_password(password: str, *, email: str, name: str) -> None:
    problem = password_problem(password, email=email, name=name)
    if problem is not None:
        raise InvalidInput("/password", problem.detail, code=problem.code)


def _ensure_email_free(db: Session, email: str) -> None:
    """Across every organisation (login is by address alone), with one answer wherever it is taken (decision 0010):
    hence not `scoped`."""
    ensure_unique(db, select(User.id).where(User.email == email), pointer="/email",
                  detail="A user with this e-mail address already exists.", message="Already in use.")


def create_user(db: Session, scope: Scope | None, *, data: UserCreate, organisation_id: uuid.UUID | None = None,
                actor_label: str = "system") -> User:
    """Create a user in the caller's organisation (or, for the CLI and demo loader, a named one)."""
    email = str(data.email).lower()
    _ensure_acceptable_password(data.password, email=email, name=data.name)
    _ensure_email_free(db, email)
    user = User(
        organisation_id=scope.organisation_id if scope else organisation_id,
        email=email,
        name=data.name,
        role=data.role,
        password_hash=hash_password(data.password),
    )
    db.add(user)
    db.flush()
    audit.record(db, scope=scope, organisation_id=user.organisation_id, actor_label=actor_label,
                 action="user.created", entity_type=ENTITY, entity_id=user.id,
                 changes=audit.snapshot({f: getattr(user, f) for f in _AUDITED}))
    return user


def _active_admins(db: Session, scope: Scope) -> int:
    return db.scalar(scoped(User, scope, func.count()).where(User.role == Role.admin, User.is_active)) or 0


def _refuse_to_leave_no_admin(db: Session, scope: Scope, user: User, *, role: Role | None, is_active: bool | None
                              ) -> None:
    stays_admin = (role or user.role) == Role.admin and (is_active if is_active is not None else user.is_active)
    is_admin_now = user.role == Role.admin and user.is_active
    if is_admin_now and not stays_admin and _active_admins(db, scope) <= 1:
        raise Conflict("This is the last active admin of the organisation; make someone else admin first.",
                       problem="last_admin")


def update_user(db: Session, scope: Scope, *, user_id: uuid.UUID, data: UserUpdate, if_match: str | None) -> User:
    user = get_user(db, scope, user_id=user_id)
    values = claimed_changes(db, user, data, if_match)
    if user.id == scope.user_id and (values.get("is_active") is False or values.get("role", Role.admin) != Role.admin):
        raise Conflict("You cannot disable yourself or take away your own admin role; ask another admin.",
                       problem="cannot_change_self")
    _refuse_to_leave_no_admin(db, scope, user, role=values.get("role"), is_active=values.get("is_active"))

    if data.password is not None:
        _ensure_acceptable_password(data.password, email=user.email, name=values.get("name", user.name))
    before = {field: getattr(user, field) for field in values if field != "password"}
    password = values.pop("password", None)
    for field, value in values.items():
        setattr(user, field, value)
    changes = audit.diff(before, values)
    if password is not None:
        user.password_hash = hash_password(password)
        changes["password"] = {"from": audit.REDACTED, "to": audit.REDACTED}
    if password is not None or values.get("is_active") is False:
        auth.end_sessions(db, user.id)
    db.flush()
    audit.record(db, scope=scope, action="user.updated", entity_type=ENTITY, entity_id=user.id, changes=changes)
    return user


def delete_user(db: Session, scope: Scope, *, user_id: uuid.UUID) -> None:
    user = get_user(db, scope, user_id=user_id)
    if user.id == scope.user_id:
        raise Conflict("You cannot delete yourself; ask another admin.", problem="cannot_delete_self")
    _refuse_to_leave_no_admin(db, scope, user, role=None, is_active=False)
    auth.end_sessions(db, user.id)
    audit.delete_recorded(db, scope, user, entity_type=ENTITY, fields=_AUDITED)


def user_names(db: Session, scope: Scope, ids: Collection[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The names of these users of the organisation, by id (one query): who did something, for a read model."""
    return labels_of(db, scope, User, User.name, ids)
