"""API shapes of cohorts (groepen): the cohort, its enrolments, its buddy pairs and its schedule."""

import re
import uuid
from datetime import date, datetime, time
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field, PlainSerializer, StrictBool, WithJsonSchema

from app.cohorts.models import CohortStatus, EnrolmentRole
from app.core.schemas import ApiInput, ApiModel, BoundedDate, NotNull, listed_once, whole_number
from app.sessions.models import SessionStatus

MAX_PEOPLE = 200
MAX_ITEMS = 500

Name = Annotated[str, Field(min_length=1, max_length=200)]
Notes = Annotated[str, Field(max_length=20_000)]
Location = Annotated[str, Field(max_length=300)]

_CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def _clock_text(value: Any) -> Any:
    if isinstance(value, time):
        return value
    if not isinstance(value, str) or not _CLOCK.fullmatch(value):
        raise ValueError("Give the time as HH:MM (00:00-23:59), Europe/Amsterdam.")
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


# A wall-clock time in Europe/Amsterdam, "09:00" on the wire (no zone-less `format: time`: the ADR linter).
ClockTime = Annotated[
    time,
    BeforeValidator(_clock_text),
    PlainSerializer(lambda value: value.strftime("%H:%M"), return_type=str),
    WithJsonSchema({"type": "string", "pattern": r"^([01]\d|2[0-3]):[0-5]\d$",
                    "description": "Time of day, HH:MM, Europe/Amsterdam.", "example": "09:00"}),
]


# --- cohorts -------------------------------------------------------------------------------------------------------

class CohortRead(ApiModel):
    id: uuid.UUID
    programme_id: uuid.UUID
    programme_title: str
    name: str
    starts_on: date
    ends_on: date | None
    status: CohortStatus
    notes: str
    participant_count: int = Field(description="Enrolments in the role participant.")
    created_at: datetime
    updated_at: datetime
    version: int


class CohortCreate(ApiInput):
    programme_id: uuid.UUID = Field(description="The programme the cohort runs: one of the organisation's.")
    name: Name = Field(description='E.g. "Traineeship 2026-A"; unique in the organisation.')
    starts_on: BoundedDate
    ends_on: BoundedDate | None = Field(default=None, description="Empty: the start plus the programme's "
                                                                  "duration in months (when it has one).")
    status: CohortStatus = CohortStatus.planned
    notes: Notes = ""


class CohortUpdate(ApiInput):
    programme_id: Annotated[uuid.UUID | None, NotNull] = None
    name: Annotated[Name | None, NotNull] = None
    starts_on: Annotated[BoundedDate | None, NotNull] = None
    ends_on: BoundedDate | None = None
    status: Annotated[CohortStatus | None, NotNull] = None
    notes: Annotated[Notes | None, NotNull] = None


# --- enrolments ----------------------------------------------------------------------------------------------------

class CohortPerson(ApiModel):
    id: uuid.UUID
    name: str
    team: str
    employee_number: str


class EnrolmentRead(ApiModel):
    id: uuid.UUID
    cohort_id: uuid.UUID
    person: CohortPerson
    role: EnrolmentRole
    starts_on: date | None = Field(description="Empty: from the cohort's start.")
    ends_on: date | None = Field(description="Empty: until the cohort's end.")
    version: int


class EnrolmentCreate(ApiInput):
    person_ids: Annotated[list[uuid.UUID], Field(min_length=1, max_length=MAX_PEOPLE,
                                                 json_schema_extra={"uniqueItems": True},
                                                 description="The people to enrol, each once per cohort."),
                          AfterValidator(listed_once)]
    role: EnrolmentRole = EnrolmentRole.participant
    starts_on: BoundedDate | None = None
    ends_on: BoundedDate | None = None


class EnrolmentBatch(ApiModel):
    items: list[EnrolmentRead]


class EnrolmentUpdate(ApiInput):
    role: Annotated[EnrolmentRole | None, NotNull] = None
    starts_on: BoundedDate | None = None
    ends_on: BoundedDate | None = None


# --- buddy pairs ---------------------------------------------------------------------------------------------------

class BuddyPairRead(ApiModel):
    first: CohortPerson
    second: CohortPerson
    cross_team: bool = Field(description="The two are in different teams.")


class BuddyPairing(ApiModel):
    pairs: list[BuddyPairRead]
    unpaired: list[CohortPerson] = Field(description="Participants in no pair (an odd one out).")
    seed: int | None = Field(default=None, description="The seed of a proposal; another seed, another proposal.")


Seed = whole_number(0, 2_147_483_647, "Any number: the same seed gives the same proposal.")


class BuddyProposalRequest(ApiInput):
    seed: Seed = 0  # type: ignore[valid-type]


class BuddyPairWrite(ApiInput):
    first_person_id: uuid.UUID
    second_person_id: uuid.UUID


class BuddyPairsWrite(ApiInput):
    pairs: Annotated[list[BuddyPairWrite], Field(max_length=MAX_PEOPLE)]


# --- schedule ------------------------------------------------------------------------------------------------------

MoveReason = Literal["weekend", "public_holiday", "closing_day"]


class Move(ApiModel):
    day: date = Field(description="The day that was skipped.")
    reason: MoveReason
    name: str = Field(description='The holiday\'s Dutch name ("Koningsdag") or the closing day\'s label; empty '
                                  "for a weekend.")


class ProposedItem(ApiModel):
    placement_id: uuid.UUID
    intervention_id: uuid.UUID
    intervention_title: str
    phase_id: uuid.UUID
    phase_title: str
    learning_line_id: uuid.UUID
    learning_line_label: str
    week_offset: int
    planned_on: date = Field(description="Cohort start + (phase start month - 1) months + week offset weeks.")
    day: date = Field(description="The first working day from plannedOn on.")
    moves: list[Move] = Field(description="Why the day moved from plannedOn, in order; empty when it did not.")
    starts_at: ClockTime
    ends_at: ClockTime
    location: str
    session_id: uuid.UUID | None = Field(description="The cohort's session of this placement, when there is one.")
    current_day: date | None = Field(description="That session's day now.")
    change: Literal["new", "changed", "unchanged"]


class Cancellation(ApiModel):
    session_id: uuid.UUID
    title: str
    day: date
    status: SessionStatus


class ScheduleItem(ApiInput):
    placement_id: uuid.UUID
    day: BoundedDate
    starts_at: ClockTime
    ends_at: ClockTime
    location: Location | None = Field(default=None, description="Empty: the intervention's location.")


class ScheduleRequest(ApiInput):
    confirm: StrictBool = Field(default=False,
                          description="false: answer the proposal; true: write `items` (or the proposal).")
    items: Annotated[list[ScheduleItem] | None, Field(max_length=MAX_ITEMS)] = None
    cancel_session_ids: Annotated[list[uuid.UUID], Field(max_length=MAX_ITEMS)] = Field(
        default_factory=list, description="Sessions of placements that left the programme, to cancel (never "
                                          "deleted).")


class ScheduleResult(ApiModel):
    created: int
    updated: int
    unchanged: int
    cancelled: int
    attendees_added: int


class ScheduleAnswer(ApiModel):
    confirmed: bool
    items: list[ProposedItem]
    cancellations: list[Cancellation] = Field(description="The cohort's sessions of placements no longer in the "
                                                          "programme: propose them for cancellation.")
    result: ScheduleResult | None = None


class ScheduledSessionRead(ApiModel):
    id: uuid.UUID
    placement_id: uuid.UUID | None
    intervention_id: uuid.UUID
    title: str
    day: date
    starts_at: ClockTime | None
    ends_at: ClockTime | None
    location: str
    status: SessionStatus
    sequence: int
    attendee_count: int
    phase_id: uuid.UUID | None
    phase_title: str | None
    learning_line_id: uuid.UUID | None
    learning_line_label: str | None
    version: int
