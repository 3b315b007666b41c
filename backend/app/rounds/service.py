"""Rounds (afnamerondes, DESIGN §2.7): a published instrument given to a cohort at a moment, or to a session's
attendees for its evaluation. A round's state follows from the clock; its completion is counted in SQL over its
invitations (one GROUP BY for a whole page). Invitations are in `invitations.py`, proposals in `proposals.py`."""

import uuid
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import case, func, literal, select
from sqlmodel import Session

from app.cohorts import service as cohorts
from app.cohorts.models import Cohort
from app.core import audit
from app.core.db import utcnow
from app.core.errors import Conflict, InvalidInput, NotFound
from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import get_or_404, row_or_404, scoped, where_given
from app.core.vocabulary import AnonymityMode, RoundMoment
from app.interventions.models import Intervention
from app.questionnaires import service as questionnaires
from app.questionnaires.models import Instrument, InstrumentStatus
from app.rounds.models import Invitation, InvitationStatus, Round
from app.rounds.schemas import Completion, RoundCreate, RoundRead, RoundUpdate
from app.sessions import service as sessions
from app.sessions.models import LearningSession

ENTITY = "round"
FIELDS = ("instrument_id", "cohort_id", "session_id", "moment", "title", "opens_at", "closes_at", "anonymity",
          "message")
FROZEN = ("instrument_id", "cohort_id", "session_id", "anonymity")
_SORTABLE = {"opensAt": Round.opens_at, "closesAt": Round.closes_at, "moment": Round.moment,
             "createdAt": Round.created_at}
State = Literal["planned", "open", "closed"]


def state_of(opens_at: datetime, closes_at: datetime, now: datetime | None = None) -> State:
    now = now or utcnow()
    if now < opens_at:
        return "planned"
    return "open" if now < closes_at else "closed"


def _counts(scope: Scope) -> Any:
    """invited and per status, per round: one GROUP BY over the organisation's invitations."""
    def status_count(status: InvitationStatus) -> Any:
        return func.sum(case((Invitation.status == status, 1), else_=0)).label(status.value)

    return (select(Invitation.round_id, func.count().label("invited"), *(status_count(s) for s in InvitationStatus))
            .where(Invitation.organisation_id == scope.organisation_id)
            .group_by(Invitation.round_id).subquery("completion"))


def _base(scope: Scope) -> Any:
    counts = _counts(scope)
    return (scoped(Round, scope, Round, Instrument.title, Instrument.version_number, Instrument.language,
                   Cohort.name, LearningSession.title, LearningSession.day, Intervention.title,
                   *(func.coalesce(counts.c[name], literal(0)) for name in
                     ("invited", *(s.value for s in InvitationStatus))))
            .join(Instrument, Instrument.id == Round.instrument_id)
            .outerjoin(Cohort, Cohort.id == Round.cohort_id)
            .outerjoin(LearningSession, LearningSession.id == Round.session_id)
            .outerjoin(Intervention, Intervention.id == LearningSession.intervention_id)
            .outerjoin(counts, counts.c.round_id == Round.id))


def _read(row: Any) -> RoundRead:
    (round_, instrument_title, instrument_version, language, cohort_name, session_title, session_day,
     intervention_title, invited, pending, sent, opened, completed) = row
    if round_.cohort_id is not None:
        subject = cohort_name or ""
    else:
        subject = f"{session_title or intervention_title or ''} {session_day:%d-%m-%Y}".strip()
    completion = Completion(invited=invited, pending=pending, sent=sent, opened=opened, completed=completed,
                            rate=(completed / invited) if invited else None)
    return RoundRead(
        id=round_.id, instrument_id=round_.instrument_id, instrument_title=instrument_title,
        instrument_version=instrument_version, cohort_id=round_.cohort_id, session_id=round_.session_id,
        subject_name=subject, moment=round_.moment, title=round_.title or instrument_title, own_title=round_.title,
        opens_at=round_.opens_at, closes_at=round_.closes_at, anonymity=round_.anonymity, message=round_.message,
        state=state_of(round_.opens_at, round_.closes_at), frozen=invited > 0, language=language,
        completion=completion, version=round_.version, created_at=round_.created_at, updated_at=round_.updated_at)


def get_round(db: Session, scope: Scope, *, round_id: uuid.UUID) -> Round:
    return get_or_404(db, scope, Round, round_id, "round")


def read_round(db: Session, scope: Scope, round_: Round) -> RoundRead:
    return _read(row_or_404(db, _base(scope).where(Round.id == round_.id), "round"))


def read_rounds(db: Session, scope: Scope, ids: list[uuid.UUID]) -> list[RoundRead]:
    """Several rounds in one query, in the order of `ids`."""
    by_id = {row[0].id: _read(row) for row in db.execute(_base(scope).where(Round.id.in_(ids)))}
    return [by_id[id_] for id_ in ids]


def list_rounds(db: Session, scope: Scope, params: PageParams, *, cohort_id: uuid.UUID | None,
                session_id: uuid.UUID | None, instrument_id: uuid.UUID | None, state: State | None) -> Page[RoundRead]:
    """Two queries whatever the page holds (the completion counts are one grouped subquery)."""
    statement = where_given(_base(scope), (Round.cohort_id, cohort_id), (Round.session_id, session_id),
                            (Round.instrument_id, instrument_id))
    now = utcnow()
    if state == "planned":
        statement = statement.where(Round.opens_at > now)
    elif state == "open":
        statement = statement.where(Round.opens_at <= now, Round.closes_at > now)
    elif state == "closed":
        statement = statement.where(Round.closes_at <= now)
    return paginate(db, statement, params, sortable=_SORTABLE, default_sort=["opensAt"], tiebreaker=Round.id,
                    to_item=_read)


def has_invitations(db: Session, round_id: uuid.UUID) -> bool:
    return db.scalar(select(Invitation.id).where(Invitation.round_id == round_id).limit(1)) is not None


def published_instrument(db: Session, scope: Scope, instrument_id: uuid.UUID, pointer: str = "/instrumentId") -> Any:
    try:
        instrument = questionnaires.get_instrument(db, scope, instrument_id=instrument_id)
    except NotFound:
        raise InvalidInput(pointer, "There is no instrument with this id in your organisation.",
                           code="unknown_reference") from None
    if instrument.status != InstrumentStatus.published:
        raise Conflict("Only a published instrument can be given in a round: publish it first.",
                       problem="instrument_not_published", problem_params={"version": instrument.version_number})
    return instrument


def _subject(db: Session, scope: Scope, values: dict[str, Any]) -> None:
    """Exactly one of cohort and session, the caller's (400 on the field otherwise), and a moment that fits."""
    cohort_id, session_id = values.get("cohort_id"), values.get("session_id")
    if (cohort_id is None) == (session_id is None):
        raise InvalidInput("/cohortId", "Give either a cohort or a session, not both or neither.",
                           code="not_allowed")
    try:
        if cohort_id is not None:
            cohorts.get_cohort(db, scope, cohort_id=cohort_id)
        else:
            sessions.get_session(db, scope, session_id=session_id)
    except NotFound:
        pointer, what = ("/cohortId", "cohort") if cohort_id is not None else ("/sessionId", "session")
        raise InvalidInput(pointer, f"There is no {what} with this id in your organisation.",
                           code="unknown_reference") from None
    moment = values["moment"]
    if session_id is not None and moment != RoundMoment.evaluation:
        raise InvalidInput("/moment", "A session's round is its evaluation: the moment is `evaluation`.",
                           code="not_allowed")
    if cohort_id is not None and moment == RoundMoment.evaluation:
        raise InvalidInput("/moment", "An evaluation is of a session: give sessionId, or another moment.",
                           code="not_allowed")


def _times(opens_at: datetime, closes_at: datetime) -> None:
    if closes_at <= opens_at:
        raise InvalidInput("/closesAt", "The round closes after it opens.", code="not_after_start")


def check_new(db: Session, scope: Scope, values: dict[str, Any]) -> dict[str, Any]:
    published_instrument(db, scope, values["instrument_id"])
    _subject(db, scope, values)
    _times(values["opens_at"], values["closes_at"])
    if values.get("anonymity") is None:
        values["anonymity"] = (AnonymityMode.pseudonymous if values.get("cohort_id") is not None
                               else AnonymityMode.anonymous)
    return values


def create_round(db: Session, scope: Scope, *, data: RoundCreate) -> Round:
    values = check_new(db, scope, data.model_dump())
    return audit.create_recorded(db, scope, Round, values, entity_type=ENTITY, fields=FIELDS)


def update_round(db: Session, scope: Scope, *, round_id: uuid.UUID, data: RoundUpdate,
                 if_match: str | None) -> Round:
    """Times, title and message always; instrument, subject and anonymity only while nobody is invited (409)."""
    round_ = get_round(db, scope, round_id=round_id)

    def check(values: dict[str, Any]) -> None:
        changed = [name for name in FROZEN if name in values and values[name] != getattr(round_, name)]
        if changed and has_invitations(db, round_.id):
            raise Conflict("People are invited to this round: its instrument, subject and anonymity can no longer "
                           "change. Make a new round instead.", problem="round_has_invitations",
                           problem_params={"fields": ", ".join(changed)})
        if "instrument_id" in changed:
            published_instrument(db, scope, values["instrument_id"])
        merged = {name: values.get(name, getattr(round_, name)) for name in FIELDS}
        if "cohort_id" in values:
            merged["session_id"] = values["session_id"] = None
        elif "session_id" in values:
            merged["cohort_id"] = values["cohort_id"] = None
        if {"cohort_id", "session_id", "moment"} & set(values):
            _subject(db, scope, merged)
        _times(merged["opens_at"], merged["closes_at"])

    return audit.update_claimed(db, scope, round_, data, if_match, entity_type=ENTITY, fields=FIELDS, check=check)


def delete_round(db: Session, scope: Scope, *, round_id: uuid.UUID) -> None:
    """Deletes the round with its invitations; a round with responses stays (409)."""
    round_ = get_round(db, scope, round_id=round_id)
    completed = db.scalar(select(func.count()).select_from(Invitation).where(
        Invitation.round_id == round_.id, Invitation.status == InvitationStatus.completed)) or 0
    if completed:
        raise Conflict(f"{completed} people answered this round: it cannot be deleted.",
                       problem="round_has_responses", problem_params={"count": completed})
    audit.delete_recorded(db, scope, round_, entity_type=ENTITY, fields=FIELDS)
