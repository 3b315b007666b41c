"""API tokens: created by an admin, shown once, stored as a digest, scoped, expiring, revocable."""

import uuid
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.sql import Select
from sqlmodel import Session

from app.accounts.models import User
from app.api_tokens.models import ApiToken
from app.api_tokens.schemas import ApiTokenCreate, ApiTokenRead, TokenScope, TokenStatus, UserRef
from app.core import audit
from app.core.concurrency import record_use
from app.core.db import utcnow
from app.core.errors import Conflict, InvalidInput
from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.security import digest, new_secret
from app.core.tenancy import row_or_404, scoped

ENTITY = "api_token"
WRITE = TokenScope.write.value
TOKEN_PREFIX = "lk_"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
MAX_LIFETIME_DAYS = 366
_LAST_USED_RESOLUTION = timedelta(minutes=1)  # write "last used" at most once a minute per token
_SORTABLE = {"name": ApiToken.name, "createdAt": ApiToken.created_at, "expiresAt": ApiToken.expires_at,
             "lastUsedAt": ApiToken.last_used_at}


def _scoped(scope: Scope) -> Select[Any]:
    return scoped(ApiToken, scope, ApiToken, User.name).outerjoin(User, User.id == ApiToken.created_by_id)


def status_of(token: ApiToken, now: datetime) -> TokenStatus:
    if token.revoked_at is not None:
        return TokenStatus.revoked
    return TokenStatus.active if token.expires_at > now else TokenStatus.expired


def to_read(token: ApiToken, creator_name: str | None) -> ApiTokenRead:
    creator = UserRef(id=token.created_by_id, name=creator_name) if token.created_by_id and creator_name else None
    return ApiTokenRead(
        id=token.id, name=token.name, scopes=token.scopes, token_prefix=token.token_prefix,
        created_at=token.created_at, expires_at=token.expires_at, last_used_at=token.last_used_at,
        revoked_at=token.revoked_at, status=status_of(token, utcnow()), created_by=creator,
    )


def list_tokens(db: Session, scope: Scope, params: PageParams) -> Page[ApiTokenRead]:
    return paginate(db, _scoped(scope), params, sortable=_SORTABLE, default_sort=["-createdAt"],
                    tiebreaker=ApiToken.id, to_item=lambda row: to_read(row[0], row[1]))


def get_token(db: Session, scope: Scope, *, token_id: uuid.UUID) -> tuple[ApiToken, str | None]:
    row = row_or_404(db, _scoped(scope).where(ApiToken.id == token_id), "API token")
    return row[0], row[1]


def _end_of_day(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time.min, tzinfo=AMSTERDAM)


def create_token(db: Session, scope: Scope, *, data: ApiTokenCreate) -> tuple[ApiToken, str]:
    today = utcnow().astimezone(AMSTERDAM).date()
    if data.expires_on < today:
        raise InvalidInput("/expiresOn", "The expiry date is in the past.", code="date_in_past")
    if data.expires_on > today + timedelta(days=MAX_LIFETIME_DAYS):
        raise InvalidInput("/expiresOn", f"A token may live at most {MAX_LIFETIME_DAYS} days.", code="too_far_ahead",
                           params={"max_days": MAX_LIFETIME_DAYS})
    secret = new_secret(TOKEN_PREFIX)
    scopes = sorted({s.value for s in data.scopes} | {TokenScope.read.value})  # write implies read
    token = ApiToken(
        organisation_id=scope.organisation_id,
        name=data.name,
        token_hash=digest(secret),
        token_prefix=secret[: len(TOKEN_PREFIX) + 6],
        scopes=scopes,
        expires_at=_end_of_day(data.expires_on),
        created_by_id=scope.user_id,
    )
    db.add(token)
    db.flush()
    audit.record(db, scope=scope, action="api_token.created", entity_type=ENTITY, entity_id=token.id,
                 changes=audit.snapshot({"name": token.name, "scopes": scopes, "expires_at": token.expires_at}))
    return token, secret


def revoke_token(db: Session, scope: Scope, *, token_id: uuid.UUID) -> None:
    token, _ = get_token(db, scope, token_id=token_id)
    if token.revoked_at is not None:
        raise Conflict("This API token was revoked already.", problem="token_revoked")
    token.revoked_at = utcnow()
    db.flush()
    audit.record(db, scope=scope, action="api_token.revoked", entity_type=ENTITY, entity_id=token.id,
                 changes=audit.diff({"revoked_at": None}, {"revoked_at": token.revoked_at}))


def authenticate(db: Session, secret: str) -> ApiToken | None:
    """The live token behind a bearer secret, or None."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 100:
        return None
    now = utcnow()
    token = db.scalar(
        select(ApiToken).where(
            ApiToken.token_hash == digest(secret), ApiToken.revoked_at.is_(None), ApiToken.expires_at > now
        )
    )
    if token is not None and (token.last_used_at is None or now - token.last_used_at > _LAST_USED_RESOLUTION):
        due = or_(ApiToken.last_used_at.is_(None), ApiToken.last_used_at <= now - _LAST_USED_RESOLUTION)
        record_use(db, token, due, last_used_at=now)  # at most once a minute, whatever parallel requests do
    return token

