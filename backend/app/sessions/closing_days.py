"""The organisation's closing days: days no session is scheduled on (besides weekends and public holidays), e.g.
between Christmas and New Year. A day is listed once (409 otherwise); the schedule reads them with
`days_between`."""

from datetime import date

from sqlmodel import Session

from app.core.pagination import PageParams, paginate
from app.core.records import Records, Unique
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import scoped
from app.sessions.models import ClosingDay
from app.sessions.schemas import ClosingDayRead

ENTITY = "closing_day"
FIELDS = ("day", "label")
SORTABLE = {"day": ClosingDay.day, "label": ClosingDay.label, "createdAt": ClosingDay.created_at}
CLOSING_DAYS = Records(ClosingDay, entity_type=ENTITY, fields=FIELDS, noun="closing day", rules=(Unique(
    ClosingDay.day, detail="This day is a closing day already.", message="Already a closing day."),))


def days_between(db: Session, scope: Scope, first: date, last: date) -> set[date]:
    """The closing days from `first` to `last`, both included."""
    statement = scoped(ClosingDay, scope, ClosingDay.day).where(ClosingDay.day.between(first, last))
    return set(db.scalars(statement))


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
