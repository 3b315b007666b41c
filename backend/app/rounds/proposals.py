"""Proposed rounds, from dates: a cohort's four measurements and a session's evaluation. Rounds open at 08:00 and
close at 23:59 Europe/Amsterdam (stored in UTC):

- pre (voormeting): 14 days before the cohort starts, until its start day;
- after_week_1: day 7 until day 14 of the cohort;
- midway: the midpoint of its start and end, for 14 days;
- post (nameting): its end day, for 21 days;
- evaluation: from the session's end (its day at ends_at, else 17:00), for 14 days.

A cohort round is written with `create_batch`, in one transaction."""

import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlmodel import Session

from app.cohorts import service as cohorts
from app.core import audit
from app.core.db import utcnow
from app.core.errors import InvalidInput
from app.core.scope import Scope
from app.core.vocabulary import InstrumentPurpose, RoundMoment
from app.interventions import service as interventions
from app.interventions.schemas import EVALUATION_MIN_DAYS, EVALUATION_MIN_HOURS
from app.questionnaires import service as questionnaires
from app.rounds import service
from app.rounds.models import Round
from app.rounds.schemas import (
    CohortRoundsCreate,
    EvaluationProposal,
    ProposedEvaluation,
    ProposedRound,
    ProposedRounds,
    RoundRead,
)
from app.sessions import service as sessions
from app.sessions.models import SessionStatus

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
OPENS, CLOSES, SESSION_END = time(8, 0), time(23, 59), time(17, 0)
COHORT_MOMENTS = (RoundMoment.pre, RoundMoment.after_week_1, RoundMoment.midway, RoundMoment.post)
EVALUATION_DAYS = 14


def at(day: date, clock: time) -> datetime:
    """The wall-clock time in Europe/Amsterdam on `day`, in UTC."""
    return datetime.combine(day, clock, tzinfo=AMSTERDAM).astimezone(UTC)


def _window(opens_on: date, closes_on: date, moment: RoundMoment) -> ProposedRound:
    return ProposedRound(moment=moment, opens_at=at(opens_on, OPENS), closes_at=at(closes_on, CLOSES))


def cohort_windows(starts_on: date, ends_on: date | None) -> list[ProposedRound]:
    """The four rounds of a cohort; without an end date only pre and after_week_1."""
    windows = [_window(starts_on - timedelta(days=14), starts_on, RoundMoment.pre),
               _window(starts_on + timedelta(days=7), starts_on + timedelta(days=14), RoundMoment.after_week_1)]
    if ends_on is not None:
        midpoint = starts_on + (ends_on - starts_on) / 2
        windows.append(_window(midpoint, midpoint + timedelta(days=14), RoundMoment.midway))
        windows.append(_window(ends_on, ends_on + timedelta(days=21), RoundMoment.post))
    return windows


def _taken(db: Session, scope: Scope, column: Any, subject_id: uuid.UUID,
           instrument_id: uuid.UUID | None = None) -> set[str]:
    statement = select(Round.moment).where(Round.organisation_id == scope.organisation_id, column == subject_id)
    if instrument_id is not None:
        statement = statement.where(Round.instrument_id == instrument_id)
    return {str(moment) for moment in db.scalars(statement)}


def propose_for_cohort(db: Session, scope: Scope, *, cohort_id: uuid.UUID,
                       instrument_id: uuid.UUID | None) -> ProposedRounds:
    """The cohort's four rounds, without the moments it has a round for (of this instrument, when given)."""
    cohort = cohorts.get_cohort(db, scope, cohort_id=cohort_id)
    taken = _taken(db, scope, Round.cohort_id, cohort.id, instrument_id)
    return ProposedRounds(items=[window for window in cohort_windows(cohort.starts_on, cohort.ends_on)
                                 if window.moment.value not in taken])


def create_batch(db: Session, scope: Scope, *, cohort_id: uuid.UUID, data: CohortRoundsCreate) -> list[RoundRead]:
    """Several rounds of one instrument for the cohort, all or none (400 naming `/rounds/<i>/...`)."""
    cohort = cohorts.get_cohort(db, scope, cohort_id=cohort_id)
    created = []
    for index, times in enumerate(data.rounds):
        values = {"instrument_id": data.instrument_id, "cohort_id": cohort.id, "session_id": None,
                  "moment": times.moment, "title": "", "opens_at": times.opens_at, "closes_at": times.closes_at,
                  "anonymity": data.anonymity, "message": ""}
        try:
            service.check_new(db, scope, values)
        except InvalidInput as error:
            for entry in error.errors:
                pointer = entry["pointer"]
                entry["pointer"] = pointer if pointer == "/instrumentId" else f"/rounds/{index}{pointer}"
            raise
        created.append(audit.create_recorded(db, scope, Round, values, entity_type=service.ENTITY,
                                             fields=service.FIELDS))
    return service.read_rounds(db, scope, [round_.id for round_ in created])


def evaluation_window(day: date, ends_at: time | None) -> tuple[datetime, datetime]:
    opens_at = datetime.combine(day, ends_at or SESSION_END, tzinfo=AMSTERDAM).astimezone(UTC)
    return opens_at, opens_at + timedelta(days=EVALUATION_DAYS)


def _needs_evaluation(intervention: Any) -> bool:
    days, hours = intervention.duration_days, intervention.duration_hours
    return bool((days is not None and days >= EVALUATION_MIN_DAYS)
                or (hours is not None and hours >= EVALUATION_MIN_HOURS))


def propose_evaluation(db: Session, scope: Scope, *, session_id: uuid.UUID) -> ProposedEvaluation:
    """A proposal when the session is held (or its day has passed, not cancelled), its intervention needs an
    evaluation (a day or longer) and it has no evaluation round yet; else the reason why not."""
    session = sessions.get_session(db, scope, session_id=session_id)
    today = utcnow().astimezone(AMSTERDAM).date()
    held = session.status == SessionStatus.held or (session.status != SessionStatus.cancelled
                                                    and session.day < today)
    if not held:
        return ProposedEvaluation(proposal=None, reason="not_held")
    intervention = interventions.get_intervention(db, scope, intervention_id=session.intervention_id)
    if not _needs_evaluation(intervention):
        return ProposedEvaluation(proposal=None, reason="no_evaluation_needed")
    if RoundMoment.evaluation.value in _taken(db, scope, Round.session_id, session.id):
        return ProposedEvaluation(proposal=None, reason="has_evaluation")
    opens_at, closes_at = evaluation_window(session.day, session.ends_at)
    instrument_id = questionnaires.newest_published(db, scope, InstrumentPurpose.intervention_evaluation)
    return ProposedEvaluation(reason="proposed", proposal=EvaluationProposal(
        instrument_id=instrument_id, opens_at=opens_at, closes_at=closes_at))
