"""The questionnaires API's shapes (DESIGN §2.7): instruments, their questions and the built-in templates."""

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, Field

from app.core.schemas import ApiInput, ApiModel, NotNull, whole_number
from app.core.vocabulary import (
    Dimension,
    EvaluationAspect,
    InstrumentPurpose,
    MeasurementLevel,
    QuestionnaireLanguage,
    QuestionType,
    TransferLever,
)
from app.questionnaires.models import InstrumentStatus

MAX_OPTIONS = 30
Title = Annotated[str, Field(min_length=1, max_length=300)]
LongText = Annotated[str, Field(max_length=20_000)]
QuestionText = Annotated[str, Field(min_length=1, max_length=2_000)]
HelpText = Annotated[str, Field(max_length=2_000)]
Anchor = Annotated[str, Field(max_length=200)]
Position = whole_number(0, 10_000, "Place among the instrument's questions, from 0; the others move to make room.")
TemplateKey = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[a-z0-9_]+$")]


class Option(ApiModel):
    key: str
    label: str


class OptionInput(ApiInput):
    key: Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[a-z0-9_]+$",
                              description="Stable: answers store it. Lowercase letters, digits and _.")]
    label: Annotated[str, Field(min_length=1, max_length=300)]


def _unique_keys(options: list[OptionInput]) -> list[OptionInput]:
    seen: set[str] = set()
    for option in options:
        if option.key in seen:
            raise ValueError(f"The option key '{option.key}' is listed twice.")
        seen.add(option.key)
    return options


Options = Annotated[list[OptionInput], Field(max_length=MAX_OPTIONS,
                                             description="The choices of a single or multiple choice question; "
                                                         "other types have none."),
                    AfterValidator(_unique_keys)]


class UserRef(ApiModel):
    id: uuid.UUID
    name: str


# --- instruments -------------------------------------------------------------------------------------------------

class InstrumentRead(ApiModel):
    id: uuid.UUID
    title: str
    description: str
    intro: str
    closing: str
    purpose: InstrumentPurpose
    language: QuestionnaireLanguage
    status: InstrumentStatus
    version_number: int = Field(description="1 for the first version of a questionnaire, then 2, 3, ...")
    family_id: uuid.UUID = Field(description="The first version's id: every version of the questionnaire has it.")
    previous_version_id: uuid.UUID | None = Field(description="The version this one was made from.")
    template_key: str | None
    question_count: int
    published_at: datetime | None
    published_by: UserRef | None
    created_at: datetime
    updated_at: datetime
    version: int


class InstrumentCreate(ApiInput):
    template_key: Annotated[TemplateKey | None, Field(
        description="Start from a built-in template (`GET /instrument-templates`) in `language`: its texts and "
                    "questions; the fields given here replace the template's.")] = None
    language: QuestionnaireLanguage = QuestionnaireLanguage.nl
    title: Title | None = Field(default=None, description="Required without a template.")
    purpose: InstrumentPurpose | None = Field(default=None, description="Required without a template.")
    description: LongText | None = None
    intro: LongText | None = None
    closing: LongText | None = None


class InstrumentUpdate(ApiInput):
    title: Annotated[Title | None, NotNull] = None
    description: Annotated[LongText | None, NotNull] = None
    intro: Annotated[LongText | None, NotNull] = None
    closing: Annotated[LongText | None, NotNull] = None
    purpose: Annotated[InstrumentPurpose | None, NotNull] = None
    language: Annotated[QuestionnaireLanguage | None, NotNull] = None


# --- questions ---------------------------------------------------------------------------------------------------

class QuestionContent(ApiModel):
    """What a question asks and what it measures: a template's question is this, a stored one this in its place."""

    text: str
    help_text: str
    type: QuestionType
    required: bool
    options: list[Option]
    scale_min_label: str
    scale_max_label: str
    level: MeasurementLevel | None
    dimension: Dimension | None
    transfer_lever: TransferLever | None
    evaluation_aspect: EvaluationAspect | None


class QuestionRead(QuestionContent):
    id: uuid.UUID
    instrument_id: uuid.UUID
    position: int
    competency_id: uuid.UUID | None
    learning_goal_id: uuid.UUID | None
    created_at: datetime
    updated_at: datetime
    version: int


_DIMENSION_DOC = ("Must belong to `level`: participant has learning_effect, behaviour, motivation, attitude; "
                  "programme quality, functioning, relevance; organisation support, room_to_apply.")


_ASPECT_DOC = ("What an evaluation question rates (trainer, content, added_value, location, overall); the "
               "evaluation reports group a session's, trainer's and location's ratings by it.")


class QuestionCreate(ApiInput):
    text: QuestionText
    help_text: HelpText = ""
    type: QuestionType
    required: bool = True
    options: Options = []
    scale_min_label: Annotated[Anchor, Field(description="The label of the scale's low end (scale types only).")] = ""
    scale_max_label: Annotated[Anchor, Field(description="The label of the scale's high end.")] = ""
    level: MeasurementLevel | None = None
    dimension: Annotated[Dimension | None, Field(description=_DIMENSION_DOC)] = None
    transfer_lever: TransferLever | None = None
    evaluation_aspect: Annotated[EvaluationAspect | None, Field(description=_ASPECT_DOC)] = None
    competency_id: uuid.UUID | None = None
    learning_goal_id: uuid.UUID | None = None
    position: Annotated[Position | None, Field(description="Leave out to add it at the end.")] = None


# QuestionCreate's fields in its order, each optional: what the question asks and its place may be left out but
# not sent as null (below); what it measures and what it is linked to are nullable in both, so they are Create's.
class QuestionUpdate(QuestionCreate):
    text: Annotated[QuestionText | None, NotNull] = None
    help_text: Annotated[HelpText | None, NotNull] = None
    type: Annotated[QuestionType | None, NotNull] = None
    required: Annotated[bool | None, NotNull] = None
    options: Annotated[Options | None, NotNull] = None
    scale_min_label: Annotated[Anchor | None, NotNull] = None
    scale_max_label: Annotated[Anchor | None, NotNull] = None
    position: Annotated[Position | None, NotNull, Field(description="Move it among the questions.")] = None


# --- templates ---------------------------------------------------------------------------------------------------

class TemplateSummary(ApiModel):
    key: str
    language: QuestionnaireLanguage
    title: str
    description: str
    purpose: InstrumentPurpose
    question_count: int


class TemplateQuestion(QuestionContent):
    pass


class TemplateRead(TemplateSummary):
    intro: str
    closing: str
    questions: list[TemplateQuestion]


def plain(values: dict[str, Any]) -> dict[str, Any]:
    """Options as the JSON column holds them."""
    if "options" in values and values["options"] is not None:
        values["options"] = [{"key": o["key"], "label": o["label"]} if isinstance(o, dict)
                             else {"key": o.key, "label": o.label} for o in values["options"]]
    return values
