"""Shapes of the respondent API (`/respondent/...`): what a person answering a questionnaire reads and sends."""

import uuid
from datetime import datetime
from typing import Any

from pydantic import Field

from app.core.schemas import ApiInput, ApiModel
from app.core.vocabulary import AnonymityMode, QuestionnaireLanguage, QuestionType
from app.rounds.models import InvitationStatus

MAX_ANSWERS = 500
MAX_TEXT = 5000


class AnswerValue(ApiInput):
    question_id: uuid.UUID = Field(description="The question's `id` from `GET /respondent/questionnaire`.")
    value: Any = Field(default=None, description=(
        "The answer, by the question's `type`: `likert_5` a whole number 1-5, `likert_7` 1-7, `scale_0_10` 0-10; "
        "`single_choice` one option's `key`; `multiple_choice` a list of option keys, each once; `open_text` a "
        f"string of at most {MAX_TEXT} characters. `null` (or an empty string or list) leaves it unanswered."))


class AnswersBody(ApiInput):
    answers: list[AnswerValue] = Field(max_length=MAX_ANSWERS, description="One entry per answered question, "
                                                                          "in any order, each question once.")


class OptionRead(ApiModel):
    key: str = Field(description="What an answer sends and what is stored.")
    label: str


class QuestionView(ApiModel):
    id: uuid.UUID
    position: int = Field(description="The question's number as shown, from 1.")
    text: str
    help_text: str
    type: QuestionType
    required: bool
    options: list[OptionRead] = Field(description="The choices of a choice question, in order; empty otherwise.")
    scale_min_label: str = Field(description="The label of the scale's lowest value (may be empty).")
    scale_max_label: str = Field(description="The label of the scale's highest value (may be empty).")


class RoundView(ApiModel):
    title: str
    language: QuestionnaireLanguage = Field(description="The language of the questionnaire and of every message "
                                                        "this API gives about it.")
    opens_at: datetime
    closes_at: datetime
    anonymity: AnonymityMode
    anonymity_statement: str = Field(description="A sentence or two, in the round's language, that say honestly "
                                                 "what is kept of the respondent with the answers.")


class AnswerRead(ApiModel):
    question_id: uuid.UUID
    value: Any


class DraftView(ApiModel):
    answers: list[AnswerRead]
    saved_at: datetime | None


class QuestionnaireView(ApiModel):
    round: RoundView
    intro: str = Field(description="Text to show before the questions.")
    closing: str = Field(description="Text to show after submitting.")
    questions: list[QuestionView]
    status: InvitationStatus = Field(description="The invitation's status; `completed` once submitted.")
    draft: DraftView | None = Field(description="The answers saved last with `PUT /respondent/draft`, if any.")
    submitted_at: datetime | None = Field(description="When it was submitted (an anonymous round: the day, at "
                                                      "00:00 UTC), or null.")


class DraftSaved(ApiModel):
    saved_at: datetime


class Submitted(ApiModel):
    submitted_at: datetime = Field(description="When the submission was stored. An anonymous round keeps no time "
                                               "finer than the day: then it is that day (Europe/Amsterdam) at "
                                               "00:00 UTC.")
