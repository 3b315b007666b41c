"""Rounds (afnamerondes, DESIGN §2.7): a published instrument given to a cohort at a moment, or to a session's
attendees for its evaluation, with open and close times and an anonymity mode; and the invitations, one per
person, each carrying the respondent's token.

A round's instrument, subject and anonymity mode are frozen once invitations exist: answers already given under
one promise of anonymity must never be reinterpreted under another.

The invitation token is never stored. It is the HMAC of the invitation's random `token_salt` under the server's
secret key (`rounds.tokens`), so the mailer can send it again in a reminder, while a copy of the database alone
reveals no link; `token_hash` (its SHA-256) is what a respondent's request is looked up by (decision 0016)."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, String, UniqueConstraint
from sqlmodel import Field

from app.core.db import TenantEntity
from app.core.vocabulary import AnonymityMode, RoundMoment


class InvitationStatus(StrEnum):
    pending = "pending"  # aangemaakt, nog niet verstuurd
    sent = "sent"  # verstuurd
    opened = "opened"  # geopend
    completed = "completed"  # ingevuld


class Round(TenantEntity, table=True):
    __tablename__ = "rounds"
    __table_args__ = (
        CheckConstraint("(CASE WHEN cohort_id IS NULL THEN 0 ELSE 1 END)"
                        " + (CASE WHEN session_id IS NULL THEN 0 ELSE 1 END) = 1", name="ck_rounds_one_subject"),
        CheckConstraint("closes_at > opens_at", name="ck_rounds_times"),
    )

    instrument_id: uuid.UUID = Field(foreign_key="instruments.id", index=True, ondelete="RESTRICT")
    cohort_id: uuid.UUID | None = Field(default=None, foreign_key="cohorts.id", index=True, ondelete="CASCADE")
    session_id: uuid.UUID | None = Field(default=None, foreign_key="learning_sessions.id", index=True,
                                         ondelete="CASCADE")
    moment: RoundMoment = Field(sa_type=String(16))
    title: str = Field(default="", max_length=300)  # empty: the instrument's title
    opens_at: datetime
    closes_at: datetime
    anonymity: AnonymityMode = Field(default=AnonymityMode.pseudonymous, sa_type=String(16))
    # the message above the link in the invitation e-mail; empty: the standard text in the round's language
    message: str = Field(default="", max_length=4000)


class Invitation(TenantEntity, table=True):
    """A person asked to answer a round. The draft lives here (the respondent resumes it from any device with the
    same link); on submission it moves into a response and is cleared."""

    __tablename__ = "invitations"
    __table_args__ = (UniqueConstraint("round_id", "person_id"),)

    round_id: uuid.UUID = Field(foreign_key="rounds.id", index=True, ondelete="CASCADE")
    person_id: uuid.UUID = Field(foreign_key="people.id", index=True, ondelete="CASCADE")
    token_salt: str = Field(max_length=64)  # random; the token is HMAC(secret key, salt)
    token_hash: str = Field(max_length=64, unique=True)  # SHA-256 of the token: how a request finds its invitation
    status: InvitationStatus = Field(default=InvitationStatus.pending, sa_type=String(16), index=True)
    sent_at: datetime | None = Field(default=None)
    opened_at: datetime | None = Field(default=None)
    completed_at: datetime | None = Field(default=None)
    reminded_at: datetime | None = Field(default=None)
    reminder_count: int = Field(default=0)
    # [{"questionId": "...", "value": ...}] as last saved; empty once submitted
    draft: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    draft_saved_at: datetime | None = Field(default=None)
    # SHA-256 of the Idempotency-Key the acknowledged submission carried: its retry answers the same 201
    submission_key_hash: str | None = Field(default=None, max_length=64)
