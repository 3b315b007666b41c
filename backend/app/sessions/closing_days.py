"""The organisation's closing days: days no session is scheduled on (besides weekends and public holidays)."""

from datetime import date

from sqlmodel import Session

from app.core.scope import Scope
from app.core.tenancy import scoped
from app.sessions.models import ClosingDay


def days_between(db: Session, scope: Scope, first: date, last: date) -> set[date]:
    """The closing days from `first` to `last`, both included."""
    statement = scoped(ClosingDay, scope, ClosingDay.day).where(ClosingDay.day.between(first, last))
    return set(db.scalars(statement))
