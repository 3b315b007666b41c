"""Request and response shapes of the intervention catalogue."""

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, Field, StrictBool

from app.core.schemas import ApiInput, ApiModel, BoundedDate, Decimal2, NotNull, decimal_input, whole_number
from app.core.vocabulary import (
    Audience,
    Category,
    FundingStream,
    KolbPhase,
    LearningForm,
    LearningLevel,
    LearningMix,
    NumberFormat,
)
from app.interventions.models import InterventionStatus

MAX_AMOUNT = Decimal("999999999.99")
MAX_COUNT = 1_000_000
FIRST_YEAR, LAST_YEAR = 2000, 2100
MAX_LINKS = 200

# Interventions of one day or longer (or of 8 hours or more) get an evaluation form (DESIGN §2.2).
EVALUATION_MIN_DAYS = Decimal("1")
EVALUATION_MIN_HOURS = Decimal("8")
EVALUATION_RULE = (
    "`needsEvaluation` is true when the intervention lasts one day or longer: `durationDays` ≥ 1 or "
    "`durationHours` ≥ 8. Such interventions get an evaluation form (evaluatieformulier) on the trainer, the "
    "quality and added value of the content, and the location."
)


def _unique(values: list) -> list:
    seen: list = []
    for value in values:
        if value in seen:
            raise ValueError(f"'{value}' is listed twice.")
        seen.append(value)
    return seen


Amount = decimal_input(f"{MAX_AMOUNT}", description="Euros.")
Hours = decimal_input("100000")
LearningHours = decimal_input("10000", description="Hours one participant spends on it (studielast).")
Sessions = whole_number(1, 366, "How many times a year it takes place.")
Days = decimal_input("10000")
Count = whole_number(0, MAX_COUNT)
Year = whole_number(FIRST_YEAR, LAST_YEAR)
Unique = [AfterValidator(_unique), Field(json_schema_extra={"uniqueItems": True})]
Ids = Annotated[list[uuid.UUID], Field(max_length=MAX_LINKS), *Unique]
Phases = Annotated[list[KolbPhase], Field(max_length=4), *Unique]
Years = Annotated[list[Year], Field(max_length=101), *Unique]
Title = Annotated[str, Field(min_length=1, max_length=300)]
LongText = Annotated[str, Field(max_length=20_000)]
ShortText = Annotated[str, Field(max_length=200)]


class TitleRef(ApiModel):
    id: uuid.UUID
    title: str


class NameRef(ApiModel):
    id: uuid.UUID
    name: str


class InterventionRead(ApiModel):
    id: uuid.UUID
    title: str
    status: InterventionStatus
    goal: str
    content: str
    target_group: str
    audience: Audience
    category: Category
    learning_form: LearningForm | None
    learning_mix: LearningMix | None
    learning_level: LearningLevel | None
    duration_hours: Decimal2 | None
    duration_days: Decimal2 | None
    mandatory: bool
    provider: str
    trainer: str
    location: str
    capacity: int | None
    cost_fixed: Decimal2
    cost_per_participant: Decimal2
    expected_participants: int | None
    funding_stream: FundingStream
    personal_budget_contribution: Decimal2
    published: bool
    starts_on: date | None = Field(description="First day it runs in the year (startdatum), e.g. 2014-05-01.")
    period: str = Field(description="When in the year it runs, in words (periode), e.g. 'mei - december'.")
    sessions_per_year: int | None = Field(description="How many times a year it takes place.")
    frequency: str = Field(description="How often, in words (frequentie), e.g. '6 × per jaar'.")  # noqa: RUF001 (the plan's own sign)
    learning_hours_per_participant: Decimal2 | None = Field(
        description="Hours one participant spends on it (studielast); with expectedParticipants the planned "
                    "learning time.")
    notes: str = Field(description="Free notes (opmerkingen).")
    learning_hours_total: Decimal2 | None = Field(
        description="learningHoursPerParticipant x expectedParticipants (read-only); null without hours.")
    total_cost: Decimal2 = Field(description="costFixed + costPerParticipant * expectedParticipants (read-only).")
    needs_evaluation: bool = Field(description=EVALUATION_RULE)
    learning_goal_ids: list[uuid.UUID]
    theme_ids: list[uuid.UUID]
    competency_ids: list[uuid.UUID]
    kolb_phases: list[KolbPhase]
    years: list[int] = Field(description="The years whose execution programme (uitvoeringsprogramma) offers it.")
    learning_goals: list[TitleRef]
    themes: list[TitleRef]
    competencies: list[NameRef]
    created_at: datetime
    updated_at: datetime
    version: int


class InterventionCreate(ApiInput):
    title: Title
    status: InterventionStatus = InterventionStatus.new
    goal: LongText = ""
    content: LongText = ""
    target_group: LongText = ""
    audience: Audience = Audience.all
    category: Category = Category.strategic_development
    learning_form: LearningForm | None = None
    learning_mix: LearningMix | None = None
    learning_level: LearningLevel | None = None
    duration_hours: Hours | None = None
    duration_days: Days | None = None
    mandatory: StrictBool = False
    provider: ShortText = ""
    trainer: ShortText = ""
    location: ShortText = ""
    capacity: Count | None = None
    cost_fixed: Amount = Decimal("0.00")
    cost_per_participant: Amount = Decimal("0.00")
    expected_participants: Count | None = None
    funding_stream: FundingStream = FundingStream.strategic
    personal_budget_contribution: Amount = Decimal("0.00")
    published: StrictBool = False
    starts_on: BoundedDate | None = None
    period: ShortText = ""
    sessions_per_year: Sessions | None = None
    frequency: ShortText = ""
    learning_hours_per_participant: LearningHours | None = None
    notes: LongText = ""
    learning_goal_ids: Ids = []
    theme_ids: Ids = []
    competency_ids: Ids = []
    kolb_phases: Phases = []
    years: Years = []


class InterventionUpdate(ApiInput):
    """Every field optional; a link list that is sent replaces the stored one."""

    title: Annotated[Title | None, NotNull] = None
    status: Annotated[InterventionStatus | None, NotNull] = None
    goal: Annotated[LongText | None, NotNull] = None
    content: Annotated[LongText | None, NotNull] = None
    target_group: Annotated[LongText | None, NotNull] = None
    audience: Annotated[Audience | None, NotNull] = None
    category: Annotated[Category | None, NotNull] = None
    learning_form: LearningForm | None = None
    learning_mix: LearningMix | None = None
    learning_level: LearningLevel | None = None
    duration_hours: Hours | None = None
    duration_days: Days | None = None
    mandatory: Annotated[StrictBool | None, NotNull] = None
    provider: Annotated[ShortText | None, NotNull] = None
    trainer: Annotated[ShortText | None, NotNull] = None
    location: Annotated[ShortText | None, NotNull] = None
    capacity: Count | None = None
    cost_fixed: Annotated[Amount | None, NotNull] = None
    cost_per_participant: Annotated[Amount | None, NotNull] = None
    expected_participants: Count | None = None
    funding_stream: Annotated[FundingStream | None, NotNull] = None
    personal_budget_contribution: Annotated[Amount | None, NotNull] = None
    published: Annotated[StrictBool | None, NotNull] = None
    starts_on: BoundedDate | None = None
    period: Annotated[ShortText | None, NotNull] = None
    sessions_per_year: Sessions | None = None
    frequency: Annotated[ShortText | None, NotNull] = None
    learning_hours_per_participant: LearningHours | None = None
    notes: Annotated[LongText | None, NotNull] = None
    learning_goal_ids: Annotated[Ids | None, NotNull] = None
    theme_ids: Annotated[Ids | None, NotNull] = None
    competency_ids: Annotated[Ids | None, NotNull] = None
    kolb_phases: Annotated[Phases | None, NotNull] = None
    years: Annotated[Years | None, NotNull] = None


class ImportProblem(ApiModel):
    pointer: str = Field(description="`/rows/<row number in the file>/<field>`; the header is row 1.")
    detail: str
    code: str
    params: dict[str, str | int] | None = Field(default=None, description="The message's values, e.g. for "
                                                "`ambiguous_number` the cell's `text` and its `other` reading.")


class ImportRow(ApiModel):
    row: int = Field(description="The row number in the file (the header is row 1); in a workbook of several "
                                 "sheets, each next sheet's rows are numbered on after the previous sheet's.")
    sheet: str | None = Field(default=None, description="The workbook sheet the row is on; null for CSV.")
    valid: bool
    title: str
    cells: dict[str, str] = Field(description="The row's cells by field name (camelCase), as read from the file.")
    errors: list[ImportProblem]
    amounts: dict[str, Decimal2] = Field(default_factory=dict, description="Each amount (costFixed, "
                                         "costPerParticipant, personalBudgetContribution) as it was read, by "
                                         "the file's number format: what will be stored.")
    total_cost: Decimal2 | None = Field(default=None, description="costFixed + costPerParticipant * "
                                        "expectedParticipants of a valid row; null while the row has errors.")
    id: uuid.UUID | None = Field(default=None, description="The created intervention, when it was written.")


class ImportColumn(ApiModel):
    header: str
    field: str | None = Field(description="The field the column fills; null when the column is not known "
                                          "(it is ignored).")


class ImportResult(ApiModel):
    dry_run: bool
    only_valid: bool
    total: int = Field(description="Rows read (empty rows are skipped).")
    valid: int
    invalid: int
    created: int = Field(description="Interventions written: 0 on a dry run.")
    columns: list[ImportColumn]
    rows: list[ImportRow]
    errors: list[ImportProblem] = Field(description="Every row's errors in one list.")
    number_format: NumberFormat = Field(description="How the file's numbers were read: `nl` (4.800,50) or `en` "
                                        "(4,800.50).")
    number_format_source: str = Field(description="`parameter` (the numberFormat asked for) or `headers` (from "
                                      "the language of the file's headers).")
    total_cost: Decimal2 = Field(description="The total cost of the valid rows: what the import adds.")
