"""HTTP for sessions (bijeenkomsten) with their attendees and attendance, trainers and closing days. An
interventionId, trainerId or personId in a body that is not the caller's organisation's is a 400 on that field;
in a path a 404."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from app.auth.deps import EditorScope, OrgScope
from app.core.db import DbSession
from app.core.resource import Calls, Doc, Item, Routes
from app.core.schemas import BoundedDate
from app.sessions import attendance, closing_days, schemas, service, trainers
from app.sessions.models import SessionStatus

router = APIRouter(tags=["sessions"])
routes = Routes(router, reader=OrgScope, editor=EditorScope)

CohortFilter = Annotated[uuid.UUID | None, Query(alias="cohortId", description="Only this cohort's sessions.")]
PersonFilter = Annotated[uuid.UUID | None, Query(alias="personId", description="Only sessions this person attends.")]
TrainerFilter = Annotated[uuid.UUID | None, Query(alias="trainerId", description="Only sessions this trainer gives.")]
InterventionFilter = Annotated[uuid.UUID | None, Query(alias="interventionId",
                                                       description="Only sessions of this intervention.")]
FromFilter = Annotated[BoundedDate | None, Query(alias="from", description="Only sessions on or after this day.")]
ToFilter = Annotated[BoundedDate | None, Query(alias="to", description="Only sessions on or before this day.")]
StatusFilter = Annotated[SessionStatus | None, Query(alias="status", description="Only this status.")]


@routes.listing("/sessions", schemas.SessionRead, service.list_sessions, summary="List sessions (bijeenkomsten)")
class ListSessions:
    """Standalone sessions and those of cohorts, by day and start time, each with its attendee and present counts.
    Sortable on day, startsAt, status, createdAt."""

    cohort_id: CohortFilter = None
    person_id: PersonFilter = None
    trainer_id: TrainerFilter = None
    intervention_id: InterventionFilter = None
    first: FromFilter = None
    last: ToFilter = None
    status: StatusFilter = None


@router.get("/sessions/months", response_model=schemas.SessionMonths, summary="Count sessions per month")
def count_session_months(scope: OrgScope, db: DbSession, cohort_id: CohortFilter = None,
                         person_id: PersonFilter = None, trainer_id: TrainerFilter = None,
                         intervention_id: InterventionFilter = None,
                         session_status: StatusFilter = None) -> schemas.SessionMonths:
    """The months that hold sessions (with the list's filters), each with its count, earliest first: what a month
    picker offers."""
    return service.months(db, scope, cohort_id=cohort_id, person_id=person_id, trainer_id=trainer_id,
                          intervention_id=intervention_id, first=None, last=None, status=session_status)


routes.standard(
    Item("sessions", "session", "session_id", "a session (bijeenkomst)",
         schemas.SessionRead, schemas.SessionCreate, schemas.SessionUpdate, to_read=service.read),
    Calls(service.create_session, service.get_session, service.update_session, service.delete_session),
    create=Doc("""A standalone session of an intervention: day, start and end time (Europe/Amsterdam, `HH:MM`; the end
    after the start, 400 on `/endsAt` otherwise), location, trainer (400 on `/trainerId` when not yours), capacity,
    status and notes. A cohort's sessions come from `POST /cohorts/{id}/schedule`."""),
    get="One session with its attendee and present counts; its attendees are at `/sessions/{id}/attendees`.",
    update="""Change any field (a cohort's session too: move it to another day). A change a calendar shows bumps
    `sequence`. The capacity cannot go below the attendees there are (400 on `/capacity`).""",
    delete="Deletes the session with its attendees and their attendance.",
)


@routes.listing("/sessions/{session_id}/attendees", schemas.AttendeeRead, attendance.list_attendees,
                summary="List a session's attendees (deelnemers)")
class ListSessionAttendees:
    """The people expected at the session with their attendance (empty until taken), by name. Sortable on name,
    team, employeeNumber."""


@router.post("/sessions/{session_id}/attendees", response_model=schemas.SessionRead,
             summary="Add attendees to a session",
             responses={409: {"description": "Not enough places left (`session_full`, params capacity, placesLeft, "
                                             "requested); nobody was added."}})
def add_session_attendees(session_id: uuid.UUID, data: schemas.AttendeesAdd, scope: EditorScope,
                          db: DbSession) -> schemas.SessionRead:
    """Adds the people (`personIds`, 400 on `/personIds/<i>` when not yours) who do not attend yet; answers the
    session with its new counts."""
    return service.read(db, scope, attendance.add_attendees(db, scope, session_id=session_id, data=data))


@router.delete("/sessions/{session_id}/attendees/{person_id}", status_code=status.HTTP_204_NO_CONTENT,
               summary="Remove an attendee from a session")
def remove_session_attendee(session_id: uuid.UUID, person_id: uuid.UUID, scope: EditorScope, db: DbSession) -> None:
    """404 when the person does not attend the session."""
    attendance.remove_attendee(db, scope, session_id=session_id, person_id=person_id)


@router.put("/sessions/{session_id}/attendance", response_model=schemas.SessionRead,
            summary="Take attendance (aanwezigheid) of a session")
def take_session_attendance(session_id: uuid.UUID, data: schemas.AttendanceTake, scope: EditorScope,
                            db: DbSession) -> schemas.SessionRead:
    """Sets present, absent or empty (null) for each entry; attendees not named keep theirs. Only for attendees
    (400 on `/entries/<i>/personId` otherwise; nothing is written). Answers the session with its new counts."""
    return service.read(db, scope, attendance.take_attendance(db, scope, session_id=session_id, data=data))


@routes.listing("/trainers", schemas.TrainerRead, trainers.list_trainers, summary="List trainers (trainers)")
class ListTrainers:
    """By name, each with how many sessions they give. Sortable on name, company, createdAt."""

    q: Annotated[str | None, Query(max_length=200, description="Part of the name or company.")] = None


routes.standard(
    Item("trainers", "trainer", "trainer_id", "a trainer",
         schemas.TrainerRead, schemas.TrainerCreate, schemas.TrainerUpdate, to_read=trainers.read),
    Calls.recorded(trainers.TRAINERS, delete=trainers.delete_trainer),
    create=Doc("Name (unique in the organisation, 409 otherwise), e-mail and training agency.",
               {409: {"description": "The name is taken."}}),
    get="One trainer; their sessions are at `/sessions?trainerId=`.",
    update=Doc("Change name, e-mail or agency.", {409: {"description": "The name is taken."}}),
    delete="Deletes the trainer; their sessions stay, without a trainer.",
)


@routes.listing("/closing-days", schemas.ClosingDayRead, closing_days.list_closing_days,
                summary="List closing days (sluitingsdagen)")
class ListClosingDays:
    """Days the organisation is closed, which a cohort's schedule skips, by day. Sortable on day, label, createdAt."""

    first: FromFilter = None
    last: ToFilter = None


routes.standard(
    Item("closing-days", "closing_day", "closing_day_id", "a closing day (sluitingsdag)",
         schemas.ClosingDayRead, schemas.ClosingDayCreate, schemas.ClosingDayUpdate),
    Calls.recorded(closing_days.CLOSING_DAYS),
    create=Doc("A day (unique in the organisation, 409 otherwise) with its label.",
               {409: {"description": "The day is a closing day already."}}),
    get="One closing day.",
    update=Doc("Change the day or the label.", {409: {"description": "The day is a closing day already."}}),
    delete="Deletes the closing day; schedules made before keep their dates.",
)
