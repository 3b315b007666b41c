"""API shapes of stakeholders (belanghebbenden), their programme links and engagements."""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, Field

from app.core.schemas import ApiInput, ApiModel, BoundedDate, NotNull
from app.stakeholders.models import Degree, EngagementKind, StakeholderRole

MAX_PARTICIPANTS = 200


# Kwadrant van het invloed-betrokkenheidsraster (Mendelow): follows from influence x affected.
class Quadrant(StrEnum):
    keep_satisfied = "keep_satisfied"  # tevreden houden: veel invloed, weinig geraakt
    manage_closely = "manage_closely"  # nauw betrekken: veel invloed, sterk geraakt
    monitor = "monitor"  # monitoren: weinig invloed, weinig geraakt
    keep_informed = "keep_informed"  # informeren: weinig invloed, sterk geraakt


def _unique(values: list[uuid.UUID]) -> list[uuid.UUID]:
    seen: list[uuid.UUID] = []
    for value in values:
        if value in seen:
            raise ValueError(f"'{value}' is listed twice.")
        seen.append(value)
    return seen


Name = Annotated[str, Field(min_length=1, max_length=200)]
ShortText = Annotated[str, Field(max_length=200)]
Contact = Annotated[str, Field(max_length=300, description="E-mail address, phone number or how to reach them.")]
LongText = Annotated[str, Field(max_length=20_000)]
StakeholderIds = Annotated[list[uuid.UUID], Field(max_length=MAX_PARTICIPANTS, json_schema_extra={"uniqueItems": True},
                                                  description="Who took part: the organisation's stakeholders."),
                           AfterValidator(_unique)]


class StakeholderRead(ApiModel):
    id: uuid.UUID
    name: str
    role: StakeholderRole
    unit: str
    influence: Degree
    affected: Degree
    quadrant: Quadrant = Field(description="Follows from influence x affected: keep_satisfied (high/low), "
                                           "manage_closely (high/high), monitor (low/low), keep_informed (low/high).")
    contribution: str
    contact: str
    programme_ids: list[uuid.UUID] = Field(description="The programmes the stakeholder is linked to.")
    created_at: datetime
    updated_at: datetime
    version: int


class ProgrammeStakeholderRead(StakeholderRead):
    engagement_count: int = Field(description="Engagements of this programme the stakeholder took part in.")


class StakeholderCreate(ApiInput):
    name: Name
    role: StakeholderRole = StakeholderRole.other
    unit: ShortText = ""
    influence: Degree = Degree.low
    affected: Degree = Degree.low
    contribution: Annotated[LongText, Field(description="What they can contribute (potentiële bijdrage).")] = ""
    contact: Contact = ""


class StakeholderUpdate(ApiInput):
    name: Annotated[Name | None, NotNull] = None
    role: Annotated[StakeholderRole | None, NotNull] = None
    unit: Annotated[ShortText | None, NotNull] = None
    influence: Annotated[Degree | None, NotNull] = None
    affected: Annotated[Degree | None, NotNull] = None
    contribution: Annotated[LongText | None, NotNull] = None
    contact: Annotated[Contact | None, NotNull] = None


class Participant(ApiModel):
    id: uuid.UUID
    name: str


class EngagementRead(ApiModel):
    id: uuid.UUID
    kind: EngagementKind
    held_on: date
    summary: str
    outcome: str
    programme_id: uuid.UUID | None
    stakeholder_ids: list[uuid.UUID]
    stakeholders: list[Participant] = Field(description="Who took part, by name.")
    created_at: datetime
    updated_at: datetime
    version: int


class EngagementCreate(ApiInput):
    kind: EngagementKind
    held_on: Annotated[BoundedDate, Field(description="The day it was held.")]
    summary: LongText = ""
    outcome: LongText = ""
    programme_id: Annotated[uuid.UUID | None, Field(description="The programme it was held for, if any.")] = None
    stakeholder_ids: StakeholderIds = []


class EngagementUpdate(ApiInput):
    kind: Annotated[EngagementKind | None, NotNull] = None
    held_on: Annotated[BoundedDate | None, NotNull] = None
    summary: Annotated[LongText | None, NotNull] = None
    outcome: Annotated[LongText | None, NotNull] = None
    programme_id: Annotated[uuid.UUID | None, Field(description="null: held for no programme.")] = None
    stakeholder_ids: Annotated[StakeholderIds | None, NotNull] = None
