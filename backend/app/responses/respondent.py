"""The respondent's side of a round (issue 16): the invitation a token opens, its questionnaire, and the draft.

A request costs one or two queries. The token's SHA-256 finds the invitation with its round and instrument in one
indexed join; the questions come from an in-process cache, because a published instrument is frozen (keyed by
instrument id and version, so a change would miss it anyway). Writes are SQLAlchemy Core statements on the
invitation row alone. The hot statements are built once and run on the session's connection, past the ORM: its
statement building, cache keys and bulk-update bookkeeping were a third of a respondent request's CPU.

An unknown token, one whose invitation was removed (the person erased) and one whose round has closed (the token
expired) answer the same 401, found by the same one query, and count alike against the client's guesses: nobody
learns from an answer that a link was ever valid. A valid token of a round not yet open answers 403 with the
opening time, so the person knows when to come back."""

import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from threading import Lock
from typing import Any, TypeVar

from sqlalchemy import bindparam, case, select, update
from sqlmodel import Session

from app.core.db import utcnow
from app.core.errors import Conflict, Forbidden, Unauthenticated
from app.core.vocabulary import AnonymityMode, QuestionType
from app.questionnaires.models import Instrument, Question
from app.responses import throttle
from app.responses.answers import QuestionRule, check
from app.responses.schemas import (
    AnswerRead,
    AnswersBody,
    DraftView,
    OptionRead,
    QuestionnaireView,
    QuestionView,
    RoundView,
)
from app.rounds import tokens
from app.rounds.models import Invitation, InvitationStatus, Round

T = TypeVar("T")

_STATEMENTS = {
    "nl": {
        AnonymityMode.named: "Uw antwoorden worden met uw naam bewaard: de organisatie ziet wie wat heeft "
                             "geantwoord.",
        AnonymityMode.pseudonymous: "Uw antwoorden worden zonder uw naam bewaard, onder een code die in elke "
                                    "ronde van deze groep dezelfde is, zodat uw antwoorden van voor en na vergeleken "
                                    "kunnen worden. Wie wat heeft geantwoord, ziet niemand; wel wordt bijgehouden "
                                    "dat u de vragenlijst hebt ingevuld.",
        AnonymityMode.anonymous: "Uw antwoorden worden bewaard zonder naam, zonder code en alleen met de dag van "
                                 "insturen: ze zijn niet naar u terug te leiden. Wel wordt bijgehouden dat u de "
                                 "vragenlijst hebt ingevuld. Een tussentijds bewaard concept staat bij uw uitnodiging "
                                 "tot u het instuurt; dan wordt het gewist.",
    },
    "en": {
        AnonymityMode.named: "Your answers are kept with your name: the organisation sees who answered what.",
        AnonymityMode.pseudonymous: "Your answers are kept without your name, under a code that is the same in "
                                    "every round of this group, so your answers before and after can be compared. "
                                    "Nobody sees who answered what; that you have completed the questionnaire is "
                                    "recorded.",
        AnonymityMode.anonymous: "Your answers are kept without a name, without a code and with only the day they "
                                 "were sent: they cannot be traced back to you. That you have completed the "
                                 "questionnaire is recorded. A draft you save meanwhile is kept with your "
                                 "invitation until you submit; then it is erased.",
    },
}
_PROBLEMS = {
    "nl": {"not_open": "De vragenlijst is nog niet geopend.", "submitted": "U hebt deze vragenlijst al ingestuurd."},
    "en": {"not_open": "The questionnaire is not open yet.", "submitted": "You have submitted this questionnaire "
                                                                         "already."},
}


@dataclass(frozen=True)
class Frozen:
    """A published instrument's questions, as the respondent reads them and as answers are checked."""

    views: list[QuestionView]
    rules: dict[uuid.UUID, QuestionRule]


@dataclass(frozen=True)
class Opened:
    """What a token found: the invitation's row with its round's and instrument's columns."""

    invitation_id: uuid.UUID
    organisation_id: uuid.UUID
    round_id: uuid.UUID
    person_id: uuid.UUID
    subject_id: uuid.UUID
    status: InvitationStatus
    completed_at: datetime | None
    submission_key_hash: str | None
    draft: list[dict[str, Any]]
    draft_saved_at: datetime | None
    anonymity: AnonymityMode
    opens_at: datetime
    closes_at: datetime
    title: str
    language: str
    intro: str
    closing: str
    instrument_id: uuid.UUID
    instrument_version: int

    def text(self, key: str) -> str:
        return _PROBLEMS.get(self.language, _PROBLEMS["nl"])[key]


class _Cache:
    """A small LRU of frozen questionnaires, per process."""

    def __init__(self, size: int = 256) -> None:
        self._items: OrderedDict[tuple[uuid.UUID, int], Frozen] = OrderedDict()
        self._size = size
        self._lock = Lock()

    def get(self, key: tuple[uuid.UUID, int]) -> Frozen | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: tuple[uuid.UUID, int], value: Frozen) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


questionnaires = _Cache()


def aware(moment: datetime | None) -> datetime | None:
    """SQLite gives naive datetimes back; every stored time is UTC."""
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


_LOOKUP = (
    select(Invitation.id, Invitation.organisation_id, Invitation.round_id, Invitation.person_id,
           Invitation.status, Invitation.completed_at, Invitation.submission_key_hash, Invitation.draft,
           Invitation.draft_saved_at, Round.cohort_id, Round.session_id, Round.anonymity, Round.opens_at,
           Round.closes_at, Round.title, Instrument.title.label("instrument_title"), Instrument.language,
           Instrument.intro, Instrument.closing, Instrument.id.label("instrument_id"),
           Instrument.version.label("instrument_version"))
    .join(Round, Round.id == Invitation.round_id)
    .join(Instrument, Instrument.id == Round.instrument_id)
    .where(Invitation.token_hash == bindparam("token_hash"))
)
_ONE_INVITATION = Invitation.id == bindparam("invitation_id")
_NOT_COMPLETED = Invitation.status != InvitationStatus.completed
_UNOPENED = [InvitationStatus.pending, InvitationStatus.sent]
_NOW = bindparam("now", type_=Invitation.__table__.c.opened_at.type)  # typed: SQLite stores times as the type says
# Core, and the version bumped: a staff write (the mailer marking it sent) holding the row as it was gets a
# conflict instead of setting the status back.
_MARK_OPENED = (update(Invitation).where(_ONE_INVITATION, Invitation.status.in_(_UNOPENED))
                .values(status=InvitationStatus.opened, opened_at=_NOW, version=Invitation.version + 1))
# Core, without the ORM's version check or bump: the draft columns are the respondent's alone, and the latest save
# must win (two tabs, a retried request), never answer 412; a staff write holding the row (a reminder) must not
# fail because the respondent typed meanwhile.
_SAVE_DRAFT = (update(Invitation).where(_ONE_INVITATION, _NOT_COMPLETED)
               .values(draft=bindparam("answers"), draft_saved_at=_NOW,
                       status=case((Invitation.status.in_(_UNOPENED), InvitationStatus.opened),
                                   else_=Invitation.status),
                       opened_at=case((Invitation.opened_at.is_(None), _NOW), else_=Invitation.opened_at)))


def _lookup(db: Session, token: str) -> Opened | None:
    row = db.connection().execute(_LOOKUP, {"token_hash": tokens.token_hash(token)}).one_or_none()
    if row is None:
        return None
    return Opened(
        invitation_id=row.id, organisation_id=row.organisation_id, round_id=row.round_id, person_id=row.person_id,
        subject_id=row.cohort_id or row.session_id, status=InvitationStatus(row.status),
        completed_at=aware(row.completed_at), submission_key_hash=row.submission_key_hash, draft=row.draft or [],
        draft_saved_at=aware(row.draft_saved_at), anonymity=AnonymityMode(row.anonymity),
        opens_at=aware(row.opens_at), closes_at=aware(row.closes_at),  # type: ignore[arg-type]
        title=row.title or row.instrument_title, language=str(row.language), intro=row.intro, closing=row.closing,
        instrument_id=row.instrument_id, instrument_version=row.instrument_version)


def _questions(db: Session, opened: Opened) -> Frozen:
    key = (opened.instrument_id, opened.instrument_version)
    found = questionnaires.get(key)
    if found is not None:
        return found
    rows = db.execute(select(Question).where(Question.instrument_id == opened.instrument_id)
                      .order_by(Question.position)).scalars().all()
    views, rules = [], {}
    for number, question in enumerate(rows, start=1):
        options = [OptionRead(key=o["key"], label=o.get("label", o["key"])) for o in question.options or []]
        views.append(QuestionView(
            id=question.id, position=number, text=question.text, help_text=question.help_text,
            type=QuestionType(question.type), required=question.required, options=options,
            scale_min_label=question.scale_min_label, scale_max_label=question.scale_max_label))
        rules[question.id] = QuestionRule(id=question.id, number=number, text=question.text,
                                          type=QuestionType(question.type), required=question.required,
                                          option_keys=frozenset(o.key for o in options))
    found = Frozen(views=views, rules=rules)
    questionnaires.put(key, found)
    return found


def _unknown() -> Unauthenticated:
    return Unauthenticated("Deze link is onbekend of niet meer geldig (de vragenlijst kan gesloten zijn). Vraag de "
                           "organisatie zo nodig om een nieuwe link.",
                           problem="invitation_unknown", headers={"WWW-Authenticate": "Bearer"})


def authenticate(db: Session, token: str | None, address: str) -> Opened:
    """The invitation of a bearer token, after the rate limits; 401 when none (unknown or removed alike). A request
    without a token guesses nothing, so it is refused before the limits count it."""
    if not token:
        raise _unknown()
    throttle.before_lookup(address)
    opened = _lookup(db, token)
    if opened is None or utcnow() >= opened.closes_at:  # expired is unknown: the same 401, counted the same
        throttle.unknown_token(address)
        raise _unknown()
    throttle.known_token(tokens.token_hash(token))  # type: ignore[arg-type]
    return opened


def authenticated(work: Callable[[Session, Opened], T], token: str | None, address: str) -> Callable[[Session], T]:
    """`work` for the invitation `token` opens, the token checked first, in the same transaction."""
    return lambda db: work(db, authenticate(db, token, address))


def ensure_open(opened: Opened, now: datetime) -> None:
    if now < opened.opens_at:
        raise Forbidden(opened.text("not_open"), problem="round_not_yet_open",
                        problem_params={"opensAt": opened.opens_at.isoformat()})
    if now >= opened.closes_at:  # closed between authenticating and now: expired, as `authenticate` says
        raise _unknown()


def already_submitted(opened: Opened) -> Conflict:
    return Conflict(opened.text("submitted"), problem="already_submitted")


def questionnaire(db: Session, opened: Opened) -> QuestionnaireView:
    """The round's questionnaire with the saved draft; marks the invitation opened (once)."""
    now = utcnow()
    ensure_open(opened, now)
    frozen = _questions(db, opened)
    status = opened.status
    if status in _UNOPENED:
        db.connection().execute(_MARK_OPENED, {"invitation_id": opened.invitation_id, "now": now})
        status = InvitationStatus.opened
    draft = None
    if opened.draft and status is not InvitationStatus.completed:
        draft = DraftView(answers=[AnswerRead(question_id=a["questionId"], value=a.get("value"))
                                   for a in opened.draft], saved_at=opened.draft_saved_at)
    statements = _STATEMENTS.get(opened.language, _STATEMENTS["nl"])
    return QuestionnaireView(
        round=RoundView(title=opened.title, language=opened.language, opens_at=opened.opens_at,  # type: ignore[arg-type]
                        closes_at=opened.closes_at, anonymity=opened.anonymity,
                        anonymity_statement=statements[opened.anonymity]),
        intro=opened.intro, closing=opened.closing, questions=frozen.views, status=status, draft=draft,
        submitted_at=opened.completed_at if status is InvitationStatus.completed else None)


def rules(db: Session, opened: Opened) -> dict[uuid.UUID, QuestionRule]:
    return _questions(db, opened).rules


def save_draft(db: Session, opened: Opened, body: AnswersBody) -> datetime:
    """Stores the answers as the draft (latest write wins); checked for type and options, not for required."""
    now = utcnow()
    if opened.status is InvitationStatus.completed:
        raise already_submitted(opened)
    ensure_open(opened, now)
    checked = check(rules(db, opened), body.answers, opened.language, submitting=False)
    result = db.connection().execute(_SAVE_DRAFT, {
        "invitation_id": opened.invitation_id, "now": now,
        "answers": [{"questionId": str(a.question_id), "value": a.value} for a in checked]})
    if result.rowcount == 0:  # type: ignore[attr-defined]
        raise already_submitted(opened)
    return now
