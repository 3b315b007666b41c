import uuid
from datetime import datetime
from typing import Annotated

from pydantic import Field

from app.competencies.models import FrameworkKind
from app.core.schemas import ApiInput, ApiModel, NotNull, whole_number

LongText = Annotated[str, Field(max_length=20_000)]
Indicator = Annotated[str, Field(min_length=1, max_length=500)]
Indicators = Annotated[list[Indicator], Field(max_length=50, description="Observable behaviour, one per item.")]
Position = whole_number(0, 10_000, "Place in the framework, from 0; the others move to make room.")


class FrameworkRead(ApiModel):
    id: uuid.UUID
    name: str
    kind: FrameworkKind
    description: str
    competency_count: int
    created_at: datetime
    updated_at: datetime
    version: int


class FrameworkCreate(ApiInput):
    name: Annotated[str, Field(min_length=1, max_length=200, description="Unique in the organisation.")]
    kind: FrameworkKind = FrameworkKind.competencies
    description: LongText = ""


class FrameworkUpdate(ApiInput):
    name: Annotated[str | None, Field(min_length=1, max_length=200), NotNull] = None
    kind: Annotated[FrameworkKind | None, NotNull] = None
    description: Annotated[LongText | None, NotNull] = None


class CompetencyRead(ApiModel):
    id: uuid.UUID
    framework_id: uuid.UUID
    name: str
    description: str
    behavioural_indicators: list[str]
    position: int
    created_at: datetime
    updated_at: datetime
    version: int


class CompetencyCreate(ApiInput):
    framework_id: uuid.UUID
    name: Annotated[str, Field(min_length=1, max_length=200, description="Unique in the framework.")]
    description: LongText = ""
    behavioural_indicators: Indicators = []
    position: Annotated[Position | None, Field(description="Leave out to add it at the end.")] = None


class CompetencyUpdate(ApiInput):
    name: Annotated[str | None, Field(min_length=1, max_length=200), NotNull] = None
    description: Annotated[LongText | None, NotNull] = None
    behavioural_indicators: Annotated[Indicators | None, NotNull] = None
    position: Annotated[Position | None, NotNull] = None
