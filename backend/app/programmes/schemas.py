"""The programmes API's shapes (DESIGN §2.4): a programme with its six design steps, its insights, and its framework
of phases, learning lines and placements."""

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, Field

from app.core.schemas import ApiInput, ApiModel, Decimal2, NotNull, decimal_input, listed_once, whole_number
from app.core.vocabulary import (
    KolbPhase,
    LearningForm,
    LearningLevel,
    LearningMix,
    MeasurementLevel,
    MeasurementMoment,
)
from app.programmes.models import DesignStep, InsightKind, InsightSource, ProgrammeStatus

MAX_ITEMS = 50
MAX_MONTHS = 120
MAX_WEEK = 520
Title = Annotated[str, Field(min_length=1, max_length=300)]
ShortText = Annotated[str, Field(max_length=200)]
LongText = Annotated[str, Field(max_length=20_000)]
Item = Annotated[str, Field(min_length=1, max_length=500)]
Items = Annotated[list[Item], Field(max_length=MAX_ITEMS)]
Months = whole_number(1, MAX_MONTHS, f"Months, 1-{MAX_MONTHS}.")
Position = whole_number(0, 10_000, "Place among the siblings, from 0; the others move to make room.")
Hours = decimal_input("100000", description="Hours.")
Week = whole_number(0, MAX_WEEK, "Weeks after the phase's start (0: its first week); within the phase's length.")


def _in_vocabulary_order(values: list[Any]) -> list[Any]:
    """Each value in the vocabulary's order (pre before post)."""
    return [value for value in type(values[0]).__members__.values() if value in values] if values else []


Unique = [AfterValidator(listed_once), Field(json_schema_extra={"uniqueItems": True})]


Moments = Annotated[list[MeasurementMoment], Field(max_length=len(MeasurementMoment)), *Unique,
                    AfterValidator(_in_vocabulary_order)]
Levels = Annotated[list[MeasurementLevel], Field(max_length=len(MeasurementLevel)), *Unique,
                   AfterValidator(_in_vocabulary_order)]


class UserRef(ApiModel):
    id: uuid.UUID
    name: str


# --- programmes --------------------------------------------------------------------------------------------------

class StepRead(ApiModel):
    step: DesignStep
    notes: str
    done: bool
    done_at: datetime | None
    done_by: UserRef | None


class ProgrammeRead(ApiModel):
    id: uuid.UUID
    title: str
    status: ProgrammeStatus
    purpose: str
    target_group: str
    duration_months: int | None
    storyline_title: str
    storyline_narrative: str
    competency_framework_id: uuid.UUID | None
    dna_framework_id: uuid.UUID | None
    copied_from_id: uuid.UUID | None
    why: str
    outcomes: str
    contributes_to: str
    constraints: list[str]
    kick_off: str
    learning_materials: list[str]
    onboarding: str
    communication_means: list[str]
    measurement_moments: list[MeasurementMoment]
    measurement_levels: list[MeasurementLevel]
    measurement_notes: str
    steps: list[StepRead] = Field(description="All six design steps, in their order.")
    created_at: datetime
    updated_at: datetime
    version: int


class ProgrammeCreate(ApiInput):
    title: Annotated[Title, Field(description="Unique in the organisation.")]
    status: ProgrammeStatus = ProgrammeStatus.draft
    purpose: LongText = ""
    target_group: LongText = ""
    duration_months: Months | None = None
    storyline_title: ShortText = ""
    storyline_narrative: LongText = ""
    competency_framework_id: Annotated[uuid.UUID | None, Field(
        description="A competency framework of yours of kind `competencies`.")] = None
    dna_framework_id: Annotated[uuid.UUID | None, Field(
        description="A competency framework of yours of kind `organisation_dna`.")] = None
    why: LongText = ""
    outcomes: LongText = ""
    contributes_to: LongText = ""
    constraints: Annotated[Items, Field(description="Randvoorwaarden, one per item.")] = []
    kick_off: LongText = ""
    learning_materials: Items = []
    onboarding: LongText = ""
    communication_means: Items = []
    measurement_moments: Moments = []
    measurement_levels: Levels = []
    measurement_notes: LongText = ""


class ProgrammeUpdate(ApiInput):
    title: Annotated[Title | None, NotNull] = None
    status: Annotated[ProgrammeStatus | None, NotNull] = None
    purpose: Annotated[LongText | None, NotNull] = None
    target_group: Annotated[LongText | None, NotNull] = None
    duration_months: Annotated[Months | None, Field(description="null clears it.")] = None
    storyline_title: Annotated[ShortText | None, NotNull] = None
    storyline_narrative: Annotated[LongText | None, NotNull] = None
    competency_framework_id: Annotated[uuid.UUID | None, Field(description="null clears it.")] = None
    dna_framework_id: Annotated[uuid.UUID | None, Field(description="null clears it.")] = None
    why: Annotated[LongText | None, NotNull] = None
    outcomes: Annotated[LongText | None, NotNull] = None
    contributes_to: Annotated[LongText | None, NotNull] = None
    constraints: Annotated[Items | None, NotNull] = None
    kick_off: Annotated[LongText | None, NotNull] = None
    learning_materials: Annotated[Items | None, NotNull] = None
    onboarding: Annotated[LongText | None, NotNull] = None
    communication_means: Annotated[Items | None, NotNull] = None
    measurement_moments: Annotated[Moments | None, NotNull] = None
    measurement_levels: Annotated[Levels | None, NotNull] = None
    measurement_notes: Annotated[LongText | None, NotNull] = None


class StepUpdate(ApiInput):
    notes: LongText
    done: Annotated[bool, Field(description="true marks the step done (by you, now; kept if it was done already); "
                                            "false clears the mark.")]


class ProgrammeCopy(ApiInput):
    title: Annotated[Title, Field(description="The new programme's title, unique in the organisation.")]


# --- insights ----------------------------------------------------------------------------------------------------

class InsightRead(ApiModel):
    id: uuid.UUID
    programme_id: uuid.UUID
    kind: InsightKind
    source: InsightSource
    title: str
    description: str
    created_at: datetime
    updated_at: datetime
    version: int


class InsightCreate(ApiInput):
    programme_id: uuid.UUID
    kind: InsightKind
    source: InsightSource = InsightSource.interview
    title: Title
    description: LongText = ""


class InsightUpdate(ApiInput):
    kind: Annotated[InsightKind | None, NotNull] = None
    source: Annotated[InsightSource | None, NotNull] = None
    title: Annotated[Title | None, NotNull] = None
    description: Annotated[LongText | None, NotNull] = None


# --- phases and learning lines -----------------------------------------------------------------------------------

CompetencyIds = Annotated[list[uuid.UUID], Field(max_length=100,
                                                 description="The competencies in focus: yours (400 otherwise)."),
                          *Unique]


class PhaseRead(ApiModel):
    id: uuid.UUID
    programme_id: uuid.UUID
    title: str
    sub_theme: str
    description: str
    start_month: int
    length_months: int
    weeks: int = Field(description="The length in whole weeks: a placement's weekOffset is below it.")
    position: int
    competency_ids: list[uuid.UUID]
    created_at: datetime
    updated_at: datetime
    version: int


class PhaseCreate(ApiInput):
    title: Annotated[str, Field(min_length=1, max_length=200)]
    sub_theme: Annotated[str, Field(max_length=300)] = ""
    description: LongText = ""
    start_month: Annotated[Months, Field(description="1 is the programme's first month.")] = 1
    length_months: Months = 6
    position: Annotated[Position | None, Field(description="Leave out to add it at the end.")] = None
    competency_ids: CompetencyIds = []


class PhaseUpdate(ApiInput):
    title: Annotated[str | None, Field(min_length=1, max_length=200), NotNull] = None
    sub_theme: Annotated[str | None, Field(max_length=300), NotNull] = None
    description: Annotated[LongText | None, NotNull] = None
    start_month: Annotated[Months | None, NotNull] = None
    length_months: Annotated[Months | None, NotNull] = None
    position: Annotated[Position | None, NotNull] = None
    competency_ids: Annotated[CompetencyIds | None, NotNull, Field(description="The whole list.")] = None


class LearningLineRead(ApiModel):
    id: uuid.UUID
    programme_id: uuid.UUID
    level: LearningLevel
    label: str
    description: str
    position: int
    created_at: datetime
    updated_at: datetime
    version: int


class LearningLineCreate(ApiInput):
    level: LearningLevel
    label: Annotated[str, Field(min_length=1, max_length=200, description='As the organisation says it: "Ik en de '
                                                                          'stad".')]
    description: Annotated[LongText, Field(description="The forms it uses (coaching, intervisie, ...).")] = ""
    position: Annotated[Position | None, Field(description="Leave out to add it at the end.")] = None


class LearningLineUpdate(ApiInput):
    level: Annotated[LearningLevel | None, NotNull] = None
    label: Annotated[str | None, Field(min_length=1, max_length=200), NotNull] = None
    description: Annotated[LongText | None, NotNull] = None
    position: Annotated[Position | None, NotNull] = None


# --- placements --------------------------------------------------------------------------------------------------

class PlacementRead(ApiModel):
    id: uuid.UUID
    programme_id: uuid.UUID
    phase_id: uuid.UUID
    learning_line_id: uuid.UUID
    intervention_id: uuid.UUID
    kolb_phase: KolbPhase
    week_offset: int
    duration_hours: Decimal2 | None = Field(description="null: the intervention's own duration applies.")
    note: str
    created_at: datetime
    updated_at: datetime
    version: int


class PlacementCreate(ApiInput):
    phase_id: Annotated[uuid.UUID, Field(description="A phase of this programme.")]
    learning_line_id: Annotated[uuid.UUID, Field(description="A learning line of this programme.")]
    intervention_id: Annotated[uuid.UUID, Field(description="An intervention of your catalogue.")]
    kolb_phase: KolbPhase
    week_offset: Week = 0
    duration_hours: Annotated[Hours | None, Field(description="Leave out to use the intervention's own.")] = None
    note: LongText = ""


class PlacementUpdate(ApiInput):
    """A change of phaseId, learningLineId or weekOffset is a move."""

    phase_id: Annotated[uuid.UUID | None, NotNull] = None
    learning_line_id: Annotated[uuid.UUID | None, NotNull] = None
    intervention_id: Annotated[uuid.UUID | None, NotNull] = None
    kolb_phase: Annotated[KolbPhase | None, NotNull] = None
    week_offset: Annotated[Week | None, NotNull] = None
    duration_hours: Annotated[Hours | None, Field(description="null: the intervention's own again.")] = None
    note: Annotated[LongText | None, NotNull] = None


# --- the framework grid ------------------------------------------------------------------------------------------

class NameRef(ApiModel):
    id: uuid.UUID
    name: str


class MixShare(ApiModel):
    count: int
    share: float = Field(description="Of the placements counted, 0-1 (0 when there are none).")


class Mix(ApiModel):
    """The 70-20-10 mix of placements, by their intervention's learning mix."""

    workplace: MixShare
    social: MixShare
    formal: MixShare
    unknown: MixShare = Field(description="Placed interventions without a learning mix.")


class KolbBalance(ApiModel):
    """Placements per phase of Kolb's learning cycle."""

    concrete_experience: int
    reflective_observation: int
    abstract_conceptualisation: int
    active_experimentation: int


class FrameworkPhase(PhaseRead):
    competencies: list[NameRef] = Field(description="The competencies in focus, by name.")
    kolb_balance: KolbBalance
    mix: Mix


class PlacedIntervention(ApiModel):
    id: uuid.UUID
    title: str
    learning_form: LearningForm | None
    learning_mix: LearningMix | None
    duration_hours: Decimal2 | None


class FrameworkPlacement(PlacementRead):
    intervention: PlacedIntervention


class ProgrammeSummary(ApiModel):
    id: uuid.UUID
    title: str
    status: ProgrammeStatus
    duration_months: int | None
    storyline_title: str
    competency_framework_id: uuid.UUID | None
    version: int


class Framework(ApiModel):
    programme: ProgrammeSummary
    phases: list[FrameworkPhase] = Field(description="In their order (columns).")
    learning_lines: list[LearningLineRead] = Field(description="In their order (rows).")
    placements: list[FrameworkPlacement] = Field(description="By phase, learning line, week and title.")
    mix: Mix = Field(description="The mix of the whole programme.")

