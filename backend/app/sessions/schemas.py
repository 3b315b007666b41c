"""API shapes of sessions (bijeenkomsten), their attendees and attendance, trainers and closing days.

Times are Europe/Amsterdam wall-clock times written `HH:MM` ("09:00"): a session is planned on the clock of the
place it is held, so a time carries no zone (DESIGN §2)."""

import datetime
import re
import uuid
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, PlainSerializer, WithJsonSchema
from pydantic_core import PydanticCustomError

from app.core.schemas import ApiInput, ApiModel, BoundedDate, NotNull, whole_number
from app.sessions.models import Attendance, SessionStatus

MAX_PEOPLE = 200  # people added, or attendance taken, in one request
_CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
CLOCK_PATTERN = r"^([01]\d|2[0-3]):[0-5]\d$"


def _clock_text(value: Any) -> Any:
    if isinstance(value, datetime.time):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("string_type", "Give the time as a string, HH:MM.")
    if not _CLOCK.fullmatch(value):
        raise PydanticCustomError("string_pattern_mismatch", "Give the time as HH:MM, from 00:00 to 23:59.")
    return datetime.time(int(value[:2]), int(value[3:]))


def _clock(value: datetime.time | None) -> str | None:
    return None if value is None else value.strftime("%H:%M")


_CLOCK_SCHEMA = {"type": "string", "pattern": CLOCK_PATTERN, "example": "09:00",
                 "description": "Europe/Amsterdam wall-clock time, HH:MM."}
# A wall-clock time a client sends or reads: "09:00".
WallClock = Annotated[datetime.time, BeforeValidator(_clock_text), WithJsonSchema(_CLOCK_SCHEMA),
                      PlainSerializer(_clock, return_type=str, when_used="json")]
ClockRead = Annotated[datetime.time | None, PlainSerializer(_clock, return_type=str | None, when_used="json"),
                      WithJsonSchema({"anyOf": [_CLOCK_SCHEMA, {"type": "null"}]})]


def _unique(values: list[uuid.UUID]) -> list[uuid.UUID]:
    seen: set[uuid.UUID] = set()
    for value in values:
        if value in seen:
            raise ValueError(f"'{value}' is listed twice.")
        seen.add(value)
    return values


Title = Annotated[str, Field(max_length=300, description="Leave empty to use the intervention's title.")]
Place = Annotated[str, Field(max_length=300, description="Where it is held, e.g. the room and the building.")]
Notes = Annotated[str, Field(max_length=20_000)]
Capacity = whole_number(1, 10_000, "The most attendees it can take; leave out for no limit.")


# --- sessions ------------------------------------------------------------------------------------------------------

class SessionRead(ApiModel):
    id: uuid.UUID
    intervention_id: uuid.UUID
    intervention_title: str
    cohort_id: uuid.UUID | None = Field(description="The cohort it was generated for; empty for a standalone one.")
    placement_id: uuid.UUID | None
    title: str = Field(description="Its own title; empty means the intervention's.")
    day: datetime.date
    starts_at: ClockRead
    ends_at: ClockRead
    location: str
    trainer_id: uuid.UUID | None
    trainer_name: str | None
    capacity: int | None
    status: SessionStatus
    sequence: int = Field(description="How often a calendar must update its event (iCalendar SEQUENCE).")
    attendee_count: int
    present_count: int
    notes: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int


class SessionCreate(ApiInput):
    intervention_id: uuid.UUID
    title: Title = ""
    day: BoundedDate
    starts_at: WallClock | None = None
    ends_at: Annotated[WallClock | None, Field(description="After startsAt.")] = None
    location: Place = ""
    trainer_id: uuid.UUID | None = None
    capacity: Capacity | None = None
    status: SessionStatus = SessionStatus.planned
    notes: Notes = ""


class SessionUpdate(ApiInput):
    intervention_id: Annotated[uuid.UUID | None, NotNull] = None
    title: Annotated[Title | None, NotNull] = None
    day: Annotated[BoundedDate | None, NotNull] = None
    starts_at: WallClock | None = None
    ends_at: WallClock | None = None
    location: Annotated[Place | None, NotNull] = None
    trainer_id: uuid.UUID | None = None
    capacity: Capacity | None = None
    status: Annotated[SessionStatus | None, NotNull] = None
    notes: Annotated[Notes | None, NotNull] = None


class SessionMonth(ApiModel):
    month: str = Field(description="YYYY-MM.", pattern=r"^\d{4}-\d{2}$")
    session_count: int


class SessionMonths(ApiModel):
    """How many sessions each month holds (only months with sessions), earliest first."""

    months: list[SessionMonth]


# --- attendees and attendance ----------------------------------------------------------------------------------------

class AttendeeRead(ApiModel):
    person_id: uuid.UUID
    name: str
    employee_number: str
    team: str
    left_on: datetime.date | None
    attendance: Attendance | None = Field(description="Empty until attendance is taken.")


PersonIds = Annotated[list[uuid.UUID], Field(min_length=1, max_length=MAX_PEOPLE,
                                             json_schema_extra={"uniqueItems": True}), AfterValidator(_unique)]


class AttendeesAdd(ApiInput):
    person_ids: Annotated[PersonIds, Field(description="The organisation's people; those already attending are "
                                                       "left as they are.")]


class AttendanceEntry(ApiInput):
    person_id: uuid.UUID
    attendance: Annotated[Attendance | None, Field(description="present, absent, or null to clear it.")]


def _one_entry_each(entries: list[AttendanceEntry]) -> list[AttendanceEntry]:
    _unique([entry.person_id for entry in entries])
    return entries


class AttendanceTake(ApiInput):
    entries: Annotated[list[AttendanceEntry], Field(min_length=1, max_length=MAX_PEOPLE),
                       AfterValidator(_one_entry_each)]


# --- trainers ------------------------------------------------------------------------------------------------------

Name = Annotated[str, Field(min_length=1, max_length=200)]
Email = Annotated[str, Field(max_length=320, description="Work e-mail address, if any.")]
Company = Annotated[str, Field(max_length=200, description="Training agency (opleidingsbureau), if any.")]


class TrainerRead(ApiModel):
    id: uuid.UUID
    name: str
    email: str
    company: str
    session_count: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int


class TrainerCreate(ApiInput):
    name: Annotated[Name, Field(description="Unique in the organisation.")]
    email: Email = ""
    company: Company = ""


class TrainerUpdate(ApiInput):
    name: Annotated[Name | None, NotNull] = None
    email: Annotated[Email | None, NotNull] = None
    company: Annotated[Company | None, NotNull] = None


# --- closing days --------------------------------------------------------------------------------------------------

Label = Annotated[str, Field(max_length=200, description="Why it is closed, e.g. 'Kerstsluiting'.")]


class ClosingDayRead(ApiModel):
    id: uuid.UUID
    day: datetime.date
    label: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int


class ClosingDayCreate(ApiInput):
    day: Annotated[BoundedDate, Field(description="Unique in the organisation.")]
    label: Label = ""


class ClosingDayUpdate(ApiInput):
    day: Annotated[BoundedDate | None, NotNull] = None
    label: Annotated[Label | None, NotNull] = None
