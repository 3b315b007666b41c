"""Responses and their answers (DESIGN §2.7). Neither table shares the `Entity` columns: a response of an
anonymous round must carry no time finer than a day, and nothing that links it to an invitation or a person.

What a response holds of its respondent follows the round's anonymity mode:
- `named`: `person_id`, and the submission time;
- `pseudonymous`: `pseudonym` only (a keyed HMAC of the person within the cohort or session, `rounds.tokens`), so
  pre and post pair without knowing who, and the submission time;
- `anonymous`: neither, and only `submitted_on`.
Exactly-once is the invitation's: its status turns `completed` in the transaction that inserts the response."""

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Column, Index, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.db import link_key, tenant_key


class Response(SQLModel, table=True):
    __tablename__ = "responses"
    __table_args__ = (
        UniqueConstraint("round_id", "person_id"),
        UniqueConstraint("round_id", "pseudonym"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    organisation_id: uuid.UUID = tenant_key()
    round_id: uuid.UUID = Field(foreign_key="rounds.id", index=True, ondelete="CASCADE")
    # erasing the person keeps the answers for the figures and drops the name (decision 0015)
    person_id: uuid.UUID | None = Field(default=None, foreign_key="people.id", index=True, ondelete="SET NULL")
    pseudonym: str | None = Field(default=None, max_length=64)
    submitted_on: date
    submitted_at: datetime | None = Field(default=None)  # empty in anonymous rounds


class Answer(SQLModel, table=True):
    """One question's answer: Likert and scales in `number`, a single choice's option key in `option`, a multiple
    choice's keys in `options`, open text in `text`. Reports aggregate `number` in SQL."""

    __tablename__ = "answers"
    __table_args__ = (
        Index("ix_answers_question_number", "question_id", "number"),
        # the reports read a set of responses' numeric answers from the index alone (migration of issue 17)
        Index("ix_answers_response_question_number", "response_id", "question_id", "number"),
    )

    response_id: uuid.UUID = link_key("responses.id")
    question_id: uuid.UUID = link_key("questions.id")
    organisation_id: uuid.UUID = tenant_key()
    number: int | None = Field(default=None)
    option: str | None = Field(default=None, sa_type=String(64))
    options: list[str] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    text: str | None = Field(default=None, sa_type=Text)
