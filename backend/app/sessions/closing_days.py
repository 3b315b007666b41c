"""The organisation's closing days: days no session is scheduled on (besides weekends and public holidays), e.g.
between Christmas and New Year. A day is listed once (409 otherwise); the schedule reads them with
`days_between`."""

import uuid
from datetime import date

from sqlmodel import Session

from app.core import audit
from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import ensure_unique, get_or_404, scoped
from app.sessions.models import ClosingDay
from app.sessions.schemas import ClosingDayCreate, ClosingDayRead, ClosingDayUpdate

ENTITY = "closing_day"
FIELDS = ("day", "label")
SORTABLE = {"day": ClosingDay.day, "label": ClosingDay.label, "createdAt": ClosingDay.created_at}


def days_between(db: Session, scope: Scope, first: date, last: date) -> set[date]:
    """The closing days from `first` to `last`, both included."""
    statement = scoped(ClosingDay, scope, ClosingDay.day).where(ClosingDay.day.between(first, last))
    return set(db.scalars(statement))


def get_closing_day(db: Session, scope: Scope, *, closing_day_id: uuid.UUID) -> ClosingDay:
    return get_or_404(db, scope, ClosingDay, closing_day_id, "closing day")


def list_closing_days(db: Session, scope: Scope, params: PageParams, *, first: date | None,
                      last: date | None) -> Page[ClosingDayRead]:
    """By day, earliest first."""
    statement = scoped(ClosingDay, scope)
    if first is not None:
        statement = statement.where(ClosingDay.day >= first)
    if last is not None:
        statement = statement.where(ClosingDay.day <= last)
    return paginate(db, statement, params, sortable=SORTABLE, default_sort=["day"], tiebreaker=ClosingDay.id,
                    to_item=lambda row: ClosingDayRead.model_validate(row[0]))


def _ensure_day_free(db: Session, scope: Scope, day: date, closing_day_id: uuid.UUID | None = None) -> None:
    ensure_unique(db, scoped(ClosingDay, scope).where(ClosingDay.day == day), pointer="/day",
                  detail="This day is a closing day already.", message="Already a closing day.",
                  excluding=closing_day_id)


def create_closing_day(db: Session, scope: Scope, *, data: ClosingDayCreate) -> ClosingDay:
    _ensure_day_free(db, scope, data.day)
    return audit.create_recorded(db, scope, ClosingDay, data.model_dump(), entity_type=ENTITY, fields=FIELDS)


def update_closing_day(db: Session, scope: Scope, *, closing_day_id: uuid.UUID, data: ClosingDayUpdate,
                       if_match: str | None) -> ClosingDay:
    closing_day = get_closing_day(db, scope, closing_day_id=closing_day_id)
    return audit.update_claimed(db, scope, closing_day, data, if_match, entity_type=ENTITY, fields=FIELDS,
                                check=audit.when_set(day=lambda day: _ensure_day_free(db, scope, day, closing_day.id)))


def delete_closing_day(db: Session, scope: Scope, *, closing_day_id: uuid.UUID) -> None:
    closing_day = get_closing_day(db, scope, closing_day_id=closing_day_id)
    audit.delete_recorded(db, scope, closing_day, entity_type=ENTITY, fields=FIELDS)
