"""API shapes of rounds (afnamerondes): the round with its completion, the proposals from a cohort's or session's
dates, and the invitations with their links."""

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AwareDatetime, Field

from app.core.schemas import ApiInput, ApiModel, NotNull
from app.core.vocabulary import AnonymityMode, QuestionnaireLanguage, RoundMoment
from app.rounds.models import InvitationStatus

MAX_ROUNDS = 10

Title = Annotated[str, Field(max_length=300, description="Empty: the instrument's title.")]
Message = Annotated[str, Field(max_length=4000, description="Above the link in the invitation e-mail; empty: the "
                                                            "standard text in the instrument's language.")]
Moment = Annotated[datetime, AwareDatetime, Field(description="ISO date-time with its offset; stored in UTC.")]
RoundState = Literal["planned", "open", "closed"]


class Completion(ApiModel):
    invited: int
    pending: int
    sent: int
    opened: int
    completed: int
    rate: float | None = Field(description="completed / invited, 0..1; null when nobody is invited.")


class RoundRead(ApiModel):
    id: uuid.UUID
    instrument_id: uuid.UUID
    instrument_title: str
    instrument_version: int
    cohort_id: uuid.UUID | None
    session_id: uuid.UUID | None
    subject_name: str = Field(description="The cohort's name, or the session's title and day.")
    moment: RoundMoment
    title: str = Field(description="The round's own title, or the instrument's.")
    own_title: str = Field(description="The stored title; empty means the instrument's.")
    opens_at: datetime
    closes_at: datetime
    anonymity: AnonymityMode
    message: str
    state: RoundState = Field(description="From now against opensAt and closesAt.")
    frozen: bool = Field(description="Invitations exist: instrument, subject and anonymity can no longer change.")
    language: QuestionnaireLanguage
    completion: Completion
    version: int
    created_at: datetime
    updated_at: datetime


class RoundCreate(ApiInput):
    instrument_id: uuid.UUID = Field(description="A published instrument of the organisation.")
    cohort_id: uuid.UUID | None = Field(default=None, description="The cohort asked; or give sessionId.")
    session_id: uuid.UUID | None = Field(default=None, description="The session evaluated; or give cohortId.")
    moment: RoundMoment
    title: Title = ""
    opens_at: Moment
    closes_at: Moment
    anonymity: AnonymityMode | None = Field(default=None, description="Empty: pseudonymous for a cohort, anonymous "
                                                                      "for a session's evaluation.")
    message: Message = ""


class RoundUpdate(ApiInput):
    instrument_id: Annotated[uuid.UUID | None, NotNull] = None
    cohort_id: Annotated[uuid.UUID | None, NotNull] = None
    session_id: Annotated[uuid.UUID | None, NotNull] = None
    moment: Annotated[RoundMoment | None, NotNull] = None
    title: Annotated[Title | None, NotNull] = None
    opens_at: Annotated[Moment | None, NotNull] = None
    closes_at: Annotated[Moment | None, NotNull] = None
    anonymity: Annotated[AnonymityMode | None, NotNull] = None
    message: Annotated[Message | None, NotNull] = None


# --- proposals -----------------------------------------------------------------------------------------------------

class ProposedRound(ApiModel):
    moment: RoundMoment
    opens_at: datetime
    closes_at: datetime


class ProposedRounds(ApiModel):
    items: list[ProposedRound]


class RoundTimes(ApiInput):
    moment: RoundMoment
    opens_at: Moment
    closes_at: Moment


class CohortRoundsCreate(ApiInput):
    instrument_id: uuid.UUID
    anonymity: AnonymityMode = AnonymityMode.pseudonymous
    rounds: Annotated[list[RoundTimes], Field(min_length=1, max_length=MAX_ROUNDS)]


class RoundBatch(ApiModel):
    items: list[RoundRead]


class EvaluationProposal(ApiModel):
    instrument_id: uuid.UUID | None = Field(description="The organisation's newest published intervention "
                                                        "evaluation instrument; null when it has none.")
    moment: Literal["evaluation"] = "evaluation"
    opens_at: datetime
    closes_at: datetime


class ProposedEvaluation(ApiModel):
    proposal: EvaluationProposal | None
    reason: Literal["proposed", "not_held", "no_evaluation_needed", "has_evaluation"]


# --- invitations ---------------------------------------------------------------------------------------------------

class InvitationLink(ApiModel):
    person_id: uuid.UUID
    name: str
    email: str
    employee_number: str
    link: str = Field(description="The respondent's personal link; answered only when the invitation is made.")


class InvitationsCreated(ApiModel):
    created: int
    links: list[InvitationLink] = Field(description="Only the invitations made now: a link is never shown again.")


class InvitationRead(ApiModel):
    id: uuid.UUID
    person_id: uuid.UUID
    name: str
    email: str
    employee_number: str
    status: InvitationStatus
    sent_at: datetime | None
    opened_at: datetime | None
    completed_at: datetime | None
    reminded_at: datetime | None
    reminder_count: int


class MailResult(ApiModel):
    sent: int
    failed: int
