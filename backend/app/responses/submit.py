"""The submission: exactly once per invitation, nothing half-written, and no answer lost.

In the request's one transaction, with SQLAlchemy Core (the hot path of a town hall's burst):
1. `UPDATE invitations SET status='completed' ... WHERE id=:id AND status <> 'completed'`: the guard. Of two
   concurrent submissions PostgreSQL lets one update the row; the other waits on its lock, re-reads the row and
   updates nothing (SQLite has one writer, so they take turns). Zero rows: it was submitted already.
2. INSERT the response, then every answer in ONE executemany.
The invitation turning `completed` is what the completion figures count.

What the response keeps of the respondent follows the round's anonymity (`responses.models`). An anonymous
round keeps no time finer than the day anywhere a response could be matched on: the response has only
`submitted_on`, and the invitation's `completed_at` and `updated_at` are that day at 00:00 UTC (so the order in
which invitations were completed cannot be laid beside the order responses were stored), its `draft_saved_at`
is cleared.

Idempotency-Key: its SHA-256 is stored on the invitation. A retry with the same key after the submission was
acknowledged (a lost response, a double tap) answers the same 201 with the same `submittedAt`; a different or
missing key answers 409 `already_submitted`."""

import uuid
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select, update
from sqlmodel import Session

from app.core.db import utcnow
from app.core.security import digest, same
from app.core.vocabulary import AnonymityMode
from app.responses import respondent
from app.responses.answers import check
from app.responses.models import Answer, Response
from app.responses.respondent import Opened, already_submitted, aware
from app.responses.schemas import AnswersBody
from app.rounds import tokens
from app.rounds.models import Invitation, InvitationStatus

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def _day(moment: datetime) -> date:
    return moment.astimezone(AMSTERDAM).date()


def day_moment(day: date) -> datetime:
    """How an anonymous round's submission time is given: its day at 00:00 UTC."""
    return datetime.combine(day, time(0), tzinfo=UTC)


def _replay(opened: Opened, key_hash: str | None, completed_at: datetime | None) -> datetime:
    """The acknowledged submission's time when the same Idempotency-Key comes again; else 409."""
    stored = opened.submission_key_hash
    if key_hash is not None and stored is not None and completed_at is not None and same(key_hash, stored):
        return completed_at
    raise already_submitted(opened)


def submit(db: Session, opened: Opened, body: AnswersBody, idempotency_key: str | None) -> tuple[datetime, bool]:
    """(submittedAt, whether it was stored now; False: a replay of the acknowledged one)."""
    key_hash = digest(idempotency_key) if idempotency_key else None
    if opened.status is InvitationStatus.completed:
        return _replay(opened, key_hash, opened.completed_at), False
    now = utcnow()
    respondent.ensure_open(opened, now)
    checked = check(respondent.rules(db, opened), body.answers, opened.language, submitting=True)

    anonymous = opened.anonymity is AnonymityMode.anonymous
    today = _day(now)
    completed_at = day_moment(today) if anonymous else now
    values = {"status": InvitationStatus.completed, "completed_at": completed_at, "draft": [],
              "submission_key_hash": key_hash, "version": Invitation.version + 1}
    if anonymous:
        values |= {"updated_at": completed_at, "draft_saved_at": None}
    connection = db.connection()  # Core past the ORM, as in `respondent`
    guarded = connection.execute(update(Invitation).where(Invitation.id == opened.invitation_id,
                                                  Invitation.status != InvitationStatus.completed).values(**values))
    if guarded.rowcount == 0:  # type: ignore[attr-defined]
        # submitted meanwhile by a concurrent request (now committed): a replay only with the same key
        row = connection.execute(select(Invitation.submission_key_hash, Invitation.completed_at)
                         .where(Invitation.id == opened.invitation_id)).one()
        again = Opened(**{**opened.__dict__, "submission_key_hash": row.submission_key_hash})
        return _replay(again, key_hash, aware(row.completed_at)), False

    response_id = uuid.uuid4()
    connection.execute(insert(Response).values(
        id=response_id, organisation_id=opened.organisation_id, round_id=opened.round_id,
        person_id=opened.person_id if opened.anonymity is AnonymityMode.named else None,
        pseudonym=(tokens.pseudonym(opened.subject_id, opened.person_id)
                   if opened.anonymity is AnonymityMode.pseudonymous else None),
        submitted_on=today, submitted_at=None if anonymous else now))
    if checked:
        connection.execute(insert(Answer), [
            {"response_id": response_id, "question_id": a.question_id, "organisation_id": opened.organisation_id,
             "number": a.number, "option": a.option, "options": a.options, "text": a.text} for a in checked])
    return completed_at, True
