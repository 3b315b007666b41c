import uuid
from datetime import datetime
from typing import Annotated

from pydantic import Field

from app.core.schemas import ApiInput, ApiModel, NotNull, whole_number
from app.core.schemas import Year as Year
from app.core.vocabulary import Audience, Category
from app.interventions.models import InterventionStatus
from app.plans.models import PlanStatus

Position = whole_number(0, 10_000, "Place among its siblings, from 0; the others move up or down to make room.")
LongText = Annotated[str, Field(max_length=20_000)]


# --- plans -------------------------------------------------------------------------------------------------------

class PlanRead(ApiModel):
    id: uuid.UUID
    title: str
    first_year: int
    last_year: int
    status: PlanStatus
    summary: str
    review_notes: str
    created_at: datetime
    updated_at: datetime
    version: int


class PlanCreate(ApiInput):
    title: Annotated[str, Field(min_length=1, max_length=200)]
    first_year: Year
    last_year: Annotated[Year, Field(description="Not before firstYear.")]
    status: PlanStatus = PlanStatus.draft
    summary: LongText = ""
    review_notes: LongText = ""


class PlanUpdate(ApiInput):
    title: Annotated[str | None, Field(min_length=1, max_length=200), NotNull] = None
    first_year: Annotated[Year | None, NotNull] = None
    last_year: Annotated[Year | None, NotNull] = None
    status: Annotated[PlanStatus | None, NotNull] = None
    summary: Annotated[LongText | None, NotNull] = None
    review_notes: Annotated[LongText | None, NotNull] = None


# A development and a theme are both parts of a plan, placed in its order, with the same fields.

class _PlanPartRead(ApiModel):
    id: uuid.UUID
    plan_id: uuid.UUID
    title: str
    description: str
    position: int
    created_at: datetime
    updated_at: datetime
    version: int


class _PlanPartCreate(ApiInput):
    plan_id: uuid.UUID
    title: Annotated[str, Field(min_length=1, max_length=200)]
    description: LongText = ""
    position: Annotated[Position | None, Field(description="Leave out to add it at the end.")] = None


class _PlanPartUpdate(ApiInput):
    title: Annotated[str | None, Field(min_length=1, max_length=200), NotNull] = None
    description: Annotated[LongText | None, NotNull] = None
    position: Annotated[Position | None, NotNull] = None


# --- developments ------------------------------------------------------------------------------------------------

class DevelopmentRead(_PlanPartRead):
    pass


class DevelopmentCreate(_PlanPartCreate):
    pass


class DevelopmentUpdate(_PlanPartUpdate):
    pass


# --- goals -------------------------------------------------------------------------------------------------------

class GoalRead(ApiModel):
    id: uuid.UUID
    development_id: uuid.UUID
    title: str
    description: str
    position: int
    created_at: datetime
    updated_at: datetime
    version: int


class GoalCreate(ApiInput):
    development_id: uuid.UUID
    title: Annotated[str, Field(min_length=1, max_length=300)]
    description: LongText = ""
    position: Annotated[Position | None, Field(description="Leave out to add it at the end.")] = None


class GoalUpdate(ApiInput):
    development_id: Annotated[uuid.UUID | None, NotNull, Field(description="Move it to another development.")] = None
    title: Annotated[str | None, Field(min_length=1, max_length=300), NotNull] = None
    description: Annotated[LongText | None, NotNull] = None
    position: Annotated[Position | None, NotNull] = None


# --- learning goals ----------------------------------------------------------------------------------------------

class LearningGoalRead(ApiModel):
    id: uuid.UUID
    goal_id: uuid.UUID
    title: str
    description: str
    audience: Audience
    position: int
    created_at: datetime
    updated_at: datetime
    version: int


class LearningGoalCreate(ApiInput):
    goal_id: uuid.UUID
    title: Annotated[str, Field(min_length=1, max_length=300)]
    description: LongText = ""
    audience: Audience = Audience.all
    position: Annotated[Position | None, Field(description="Leave out to add it at the end.")] = None


class LearningGoalUpdate(ApiInput):
    goal_id: Annotated[uuid.UUID | None, NotNull, Field(description="Move it to another goal.")] = None
    title: Annotated[str | None, Field(min_length=1, max_length=300), NotNull] = None
    description: Annotated[LongText | None, NotNull] = None
    audience: Annotated[Audience | None, NotNull] = None
    position: Annotated[Position | None, NotNull] = None


# --- themes ------------------------------------------------------------------------------------------------------

class ThemeRead(_PlanPartRead):
    pass


class ThemeCreate(_PlanPartCreate):
    title: Annotated[str, Field(min_length=1, max_length=200, description="Unique within the plan.")]  # in its place


class ThemeUpdate(_PlanPartUpdate):
    pass


# --- traceability ------------------------------------------------------------------------------------------------

class InterventionRef(ApiModel):
    id: uuid.UUID
    title: str
    status: InterventionStatus
    category: Category


class TraceLearningGoal(ApiModel):
    id: uuid.UUID
    title: str
    description: str
    audience: Audience
    position: int
    version: int
    interventions: list[InterventionRef]


class TraceGoal(ApiModel):
    id: uuid.UUID
    title: str
    description: str
    position: int
    version: int
    learning_goals: list[TraceLearningGoal]
    learning_goal_gaps: Annotated[int, Field(description="Learning goals under this goal without an intervention.")]


class TraceDevelopment(ApiModel):
    id: uuid.UUID
    title: str
    description: str
    position: int
    version: int
    goals: list[TraceGoal]
    intervention_count: Annotated[int, Field(description="Distinct interventions serving this development.")]
    learning_goal_gaps: int


class TraceTheme(ApiModel):
    id: uuid.UUID
    title: str
    description: str
    position: int
    version: int
    interventions: list[InterventionRef]


class TraceCounts(ApiModel):
    developments: int
    goals: int
    learning_goals: int
    themes: int
    interventions: Annotated[int, Field(description="Distinct interventions linked to the plan's learning goals "
                                                    "or themes.")]
    goals_without_learning_goals: int
    learning_goals_without_interventions: Annotated[int, Field(description="The gaps of the plan.")]
    themes_without_interventions: int


class Traceability(ApiModel):
    plan: PlanRead
    developments: list[TraceDevelopment]
    themes: list[TraceTheme]
    unlinked_interventions: Annotated[list[InterventionRef], Field(
        description="Strategic interventions (categories strategic_development and strategic_theme) linked to none "
                    "of this plan's learning goals and themes.")]
    counts: TraceCounts
