"""A cohort's schedule: each placement of its programme on cohort start + (phase start month - 1) months +
week offset weeks, moved to the next working day — not a weekend, not a Dutch public holiday (the `holidays`
library, its Dutch names: Koningsdag, Hemelvaartsdag, Tweede pinksterdag...), not one of the organisation's
closing days — and each move says why. First proposed, then confirmed (possibly edited): confirming writes the
sessions through the sessions domain (`app/sessions/generated.py`), keeping each placement's session (its id, its
calendar UID) across reschedules. Sessions of placements that left the programme are proposed for cancellation,
and cancelled only when the confirm names them."""

import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache

import holidays
from sqlmodel import Session

from app.cohorts.enrolments import participants
from app.cohorts.models import Cohort
from app.cohorts.schemas import (
    Cancellation,
    Move,
    ProposedItem,
    ScheduleAnswer,
    ScheduledSessionRead,
    ScheduleItem,
    ScheduleRequest,
    ScheduleResult,
)
from app.cohorts.service import add_months, get_cohort
from app.core.errors import InvalidInput, field_error
from app.core.pagination import PageParams
from app.core.schemas import Page
from app.core.scope import Scope
from app.programmes import schedule_view
from app.programmes.schedule_view import SchedulePlacement
from app.sessions import closing_days, generated
from app.sessions.models import LearningSession, SessionStatus

DEFAULT_START, DEFAULT_END = time(9, 0), time(12, 0)
DAY_END = time(17, 0)
LOOK_AHEAD = timedelta(days=60)  # a move never needs more: the longest run of free days is a fortnight


@lru_cache(maxsize=64)
def _dutch_holidays(year: int) -> dict[date, str]:
    return dict(holidays.country_holidays("NL", years=year, language="nl"))


def public_holiday(day: date) -> str | None:
    """The Dutch public holiday's name on `day` ("Koningsdag"), or None."""
    return _dutch_holidays(day.year).get(day)


def next_working_day(day: date, closed: Callable[[date], str | None]) -> tuple[date, list[Move]]:
    """The first day from `day` on that is no weekend, public holiday or closing day (`closed` answers its label),
    and each day skipped with the reason (a weekend once per weekend)."""
    moves: list[Move] = []
    while True:
        holiday = public_holiday(day)
        closing = closed(day)
        if holiday is not None:
            moves.append(Move(day=day, reason="public_holiday", name=holiday))
        elif closing is not None:
            moves.append(Move(day=day, reason="closing_day", name=closing))
        elif day.weekday() >= 5:
            if not (moves and moves[-1].reason == "weekend" and moves[-1].day == day - timedelta(days=1)):
                moves.append(Move(day=day, reason="weekend", name=""))
            else:
                moves[-1] = Move(day=day, reason="weekend", name="")
        else:
            return day, moves
        day += timedelta(days=1)


def planned_on(starts_on: date, placement: SchedulePlacement) -> date:
    return add_months(starts_on, max(placement.phase_start_month, 1) - 1) + timedelta(weeks=placement.week_offset)


def times_for(hours: Decimal | None) -> tuple[time, time]:
    """09:00-12:00 by default; from the placement's hours when it has them (up to a day: 09:00-17:00)."""
    if not hours or hours <= 0:
        return DEFAULT_START, DEFAULT_END
    if hours > 4:
        return DEFAULT_START, DAY_END
    end = datetime.combine(date.min, DEFAULT_START) + timedelta(minutes=max(30, int(hours * 60)))
    return DEFAULT_START, end.time()


def _closed(db: Session, scope: Scope, first: date, last: date) -> Callable[[date], str | None]:
    days = closing_days.days_between(db, scope, first, last)
    labels = generated.closing_labels(db, scope, days)
    return lambda day: labels.get(day, "") if day in days else None


def _proposal(db: Session, scope: Scope, cohort: Cohort) -> tuple[list[ProposedItem], list[Cancellation],
                                                                   dict[uuid.UUID, SchedulePlacement]]:
    placements = schedule_view.placements(db, scope, cohort.programme_id)
    existing = generated.of_cohort(db, scope, cohort.id)
    by_placement = {s.placement_id: s for s in existing if s.placement_id is not None}
    bases = [planned_on(cohort.starts_on, p) for p in placements]
    closed = _closed(db, scope, min(bases, default=cohort.starts_on),
                     max(bases, default=cohort.starts_on) + LOOK_AHEAD)
    items = []
    for placement, base in zip(placements, bases, strict=True):
        day, moves = next_working_day(base, closed)
        starts_at, ends_at = times_for(placement.duration_hours)
        session = by_placement.get(placement.placement_id)
        change = "new"
        if session is not None:
            same = (session.day, session.starts_at, session.ends_at, session.location) == (
                day, starts_at, ends_at, placement.location) and session.status != SessionStatus.cancelled
            change = "unchanged" if same else "changed"
        items.append(ProposedItem(
            placement_id=placement.placement_id, intervention_id=placement.intervention_id,
            intervention_title=placement.intervention_title, phase_id=placement.phase_id,
            phase_title=placement.phase_title, learning_line_id=placement.learning_line_id,
            learning_line_label=placement.learning_line_label, week_offset=placement.week_offset,
            planned_on=base, day=day, moves=moves, starts_at=starts_at, ends_at=ends_at,
            location=placement.location, session_id=session.id if session else None,
            current_day=session.day if session else None, change=change))
    known = {p.placement_id for p in placements}
    gone = [s for s in existing if s.placement_id is None or s.placement_id not in known]
    titles = generated.titles_of(db, scope, gone)
    cancellations = [Cancellation(session_id=s.id, title=titles[s.id], day=s.day, status=s.status)
                     for s in gone if s.status != SessionStatus.cancelled]
    return items, cancellations, {p.placement_id: p for p in placements}


def schedule(db: Session, scope: Scope, *, cohort_id: uuid.UUID, data: ScheduleRequest) -> ScheduleAnswer:
    """`confirm: false`: the proposal. `confirm: true`: writes `items` (the proposal, possibly edited; without
    items, the proposal as it is) and cancels the sessions `cancelSessionIds` names; answers the schedule as
    written with what changed."""
    cohort = get_cohort(db, scope, cohort_id=cohort_id)
    items, cancellations, placements = _proposal(db, scope, cohort)
    if not data.confirm:
        return ScheduleAnswer(confirmed=False, items=items, cancellations=cancellations)
    _check(data, placements, {c.session_id for c in cancellations})
    chosen = data.items if data.items is not None else [_as_item(item) for item in items]
    written = generated.write(db, scope, cohort_id=cohort.id, items=[
        generated.Generated(placement_id=item.placement_id,
                            intervention_id=placements[item.placement_id].intervention_id, day=item.day,
                            starts_at=item.starts_at, ends_at=item.ends_at,
                            location=item.location if item.location is not None
                            else placements[item.placement_id].location)
        for item in chosen], cancel=data.cancel_session_ids,
        participant_ids=[p.id for p in participants(db, scope, cohort.id)])
    items, cancellations, _ = _proposal(db, scope, cohort)
    result = ScheduleResult(created=len(written.created), updated=len(written.updated),
                            unchanged=len(written.unchanged), cancelled=len(written.cancelled),
                            attendees_added=written.attendees_added)
    return ScheduleAnswer(confirmed=True, items=items, cancellations=cancellations, result=result)


def _as_item(item: ProposedItem) -> ScheduleItem:
    return ScheduleItem(placement_id=item.placement_id, day=item.day, starts_at=item.starts_at,
                        ends_at=item.ends_at)


def _check(data: ScheduleRequest, placements: dict[uuid.UUID, SchedulePlacement], cancellable: set[uuid.UUID]) -> None:
    errors, seen = [], set()
    for i, item in enumerate(data.items or []):
        if item.placement_id not in placements:
            errors.append(field_error(f"/items/{i}/placementId", "This placement is not in the cohort's programme.",
                                      "unknown_reference"))
        elif item.placement_id in seen:
            errors.append(field_error(f"/items/{i}/placementId", "This placement is listed twice.", "duplicate"))
        seen.add(item.placement_id)
        if item.ends_at <= item.starts_at:
            errors.append(field_error(f"/items/{i}/endsAt", "The end lies before the start.", "before_start"))
    for i, session_id in enumerate(data.cancel_session_ids):
        if session_id not in cancellable:
            errors.append(field_error(f"/cancelSessionIds/{i}", "This session is not proposed for cancellation.",
                                      "not_cancellable"))
    if errors:
        raise InvalidInput(errors=errors)


def list_schedule(db: Session, scope: Scope, params: PageParams, *, cohort_id: uuid.UUID) -> Page[ScheduledSessionRead]:
    """The cohort's sessions by date with their phase and learning line: three queries."""
    get_cohort(db, scope, cohort_id=cohort_id)
    page = generated.page_of_cohort(db, scope, params, cohort_id=cohort_id)
    context = schedule_view.placements_by_id(db, scope, [row[0].placement_id for row in page.items
                                                          if row[0].placement_id])
    page.items = [_session_read(session, count, title, context.get(session.placement_id))
                  for session, count, title in page.items]
    return page


def _session_read(session: LearningSession, count: int, intervention_title: str,
                  placement: SchedulePlacement | None) -> ScheduledSessionRead:
    return ScheduledSessionRead(
        id=session.id, placement_id=session.placement_id, intervention_id=session.intervention_id,
        title=session.title or intervention_title, day=session.day,
        starts_at=session.starts_at, ends_at=session.ends_at, location=session.location, status=session.status,
        sequence=session.sequence, attendee_count=count or 0,
        phase_id=placement.phase_id if placement else None, phase_title=placement.phase_title if placement else None,
        learning_line_id=placement.learning_line_id if placement else None,
        learning_line_label=placement.learning_line_label if placement else None, version=session.version)
