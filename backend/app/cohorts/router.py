"""HTTP for cohorts (groepen): /cohorts, and under a cohort its enrolments, buddy pairs and schedule. An id in a
path that is not the caller's (or not of the cohort in the path) is a 404; a programme or person in a body that is
not the caller's is a 400 on that field."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.auth.deps import EditorScope, OrgScope
from app.cohorts import buddies, enrolments, schedule, schemas, service
from app.cohorts.models import CohortStatus, EnrolmentRole
from app.core.concurrency import IfMatch
from app.core.db import DbSession
from app.core.http import tagged
from app.core.resource import Calls, Doc, Item, Routes

router = APIRouter(tags=["cohorts"])
routes = Routes(router, reader=OrgScope, editor=EditorScope)

_TAKEN = {409: {"description": "The name is taken in the organisation (a field error on /name)."}}


@routes.listing("/cohorts", schemas.CohortRead, service.list_cohorts, summary="List cohorts (groepen)")
class ListCohorts:
    """The organisation's cohorts with their programme and participant count, latest start first. Sortable on
    name, startsOn, status, createdAt."""

    programme_id: Annotated[uuid.UUID | None, Query(alias="programmeId",
                                                    description="Only cohorts of this programme.")] = None
    status: Annotated[CohortStatus | None, Query(description="Only cohorts with this status.")] = None
    person_id: Annotated[uuid.UUID | None, Query(alias="personId",
                                                 description="Only cohorts this person is enrolled in.")] = None
    q: Annotated[str | None, Query(max_length=200, description="Part of the name.")] = None


routes.standard(
    Item("cohorts", "cohort", "cohort_id", "a cohort (groep)",
         schemas.CohortRead, schemas.CohortCreate, schemas.CohortUpdate, to_read=service.read_cohort),
    Calls(service.create_cohort, service.get_cohort, service.update_cohort, service.delete_cohort),
    create=Doc("""A run of a programme (`programmeId`: one of yours, else 400 on the field): name (unique in the
    organisation, 409), start date, end date (by default the start plus the programme's duration in months), status
    (planned by default) and notes.""", _TAKEN),
    get="One cohort with its programme's title and its participant count.",
    update=Doc("Change any field; the end may not lie before the start (400 `before_start`).", _TAKEN),
    delete="Deletes the cohort with its enrolments, buddy pairs and sessions.",
)


# --- enrolments ----------------------------------------------------------------------------------------------------

@routes.listing("/cohorts/{cohort_id}/enrolments", schemas.EnrolmentRead, enrolments.list_enrolments,
                summary="List a cohort's enrolments (inschrijvingen)")
class ListEnrolments:
    """The cohort's people with their role and dates: participants first, then coaches, buddies and trainers, by
    name. Sortable on role, name, team, createdAt."""

    role: Annotated[EnrolmentRole | None, Query(description="Only this role.")] = None
    q: Annotated[str | None, Query(max_length=200, description="Part of the name or team.")] = None


@router.post("/cohorts/{cohort_id}/enrolments", response_model=schemas.EnrolmentBatch,
             status_code=status.HTTP_201_CREATED, summary="Enrol people in a cohort (inschrijven)",
             responses={409: {"description": "A person is enrolled already (field errors on /personIds/<i>)."}})
def create_enrolments(cohort_id: uuid.UUID, data: schemas.EnrolmentCreate, scope: EditorScope,
                      db: DbSession) -> schemas.EnrolmentBatch:
    """Enrols one or more people (`personIds`: the organisation's people, else 400 on `/personIds/<i>`) in one
    role, with dates within the cohort's (400 `outside_cohort`). A person is enrolled once per cohort (409).
    Participants attend the cohort's sessions from now on."""
    return schemas.EnrolmentBatch(items=enrolments.enrol(db, scope, cohort_id=cohort_id, data=data))


@router.get("/cohorts/{cohort_id}/enrolments/{enrolment_id}", response_model=schemas.EnrolmentRead,
            summary="Get an enrolment")
def get_enrolment(cohort_id: uuid.UUID, enrolment_id: uuid.UUID, scope: OrgScope, db: DbSession,
                  response: Response) -> schemas.EnrolmentRead:
    """One enrolment with its person."""
    enrolment = enrolments.get_enrolment(db, scope, cohort_id=cohort_id, enrolment_id=enrolment_id)
    tagged(response, enrolment)
    return enrolments.read_enrolment(db, scope, enrolment)


@router.patch("/cohorts/{cohort_id}/enrolments/{enrolment_id}", response_model=schemas.EnrolmentRead,
              summary="Change an enrolment's role or dates")
def update_enrolment(cohort_id: uuid.UUID, enrolment_id: uuid.UUID, data: schemas.EnrolmentUpdate, scope: EditorScope,
                     db: DbSession, response: Response, if_match: IfMatch = None) -> schemas.EnrolmentRead:
    """Role and dates (within the cohort's). A participant who becomes a coach, buddy or trainer leaves the buddy
    pairs and the sessions whose attendance was not taken; one who becomes a participant attends them."""
    enrolment = enrolments.update_enrolment(db, scope, cohort_id=cohort_id, enrolment_id=enrolment_id, data=data,
                                            if_match=if_match)
    tagged(response, enrolment)
    return enrolments.read_enrolment(db, scope, enrolment)


@router.delete("/cohorts/{cohort_id}/enrolments/{enrolment_id}", status_code=status.HTTP_204_NO_CONTENT,
               summary="Remove a person from a cohort")
def delete_enrolment(cohort_id: uuid.UUID, enrolment_id: uuid.UUID, scope: EditorScope, db: DbSession) -> None:
    """The person leaves the cohort, its buddy pairs and the sessions whose attendance was not taken; attendance
    already taken stays."""
    enrolments.delete_enrolment(db, scope, cohort_id=cohort_id, enrolment_id=enrolment_id)


# --- buddy pairs ---------------------------------------------------------------------------------------------------

@router.get("/cohorts/{cohort_id}/buddy-pairs", response_model=schemas.BuddyPairing,
            summary="A cohort's buddy pairs (buddykoppels)")
def get_buddy_pairs(cohort_id: uuid.UUID, scope: OrgScope, db: DbSession) -> schemas.BuddyPairing:
    """The kept pairs and the participants in none."""
    return buddies.get_pairs(db, scope, cohort_id=cohort_id)


@router.post("/cohorts/{cohort_id}/buddy-pairs/propose", response_model=schemas.BuddyPairing,
             summary="Propose buddy pairs (buddykoppels voorstellen)")
def propose_buddy_pairs(cohort_id: uuid.UUID, data: schemas.BuddyProposalRequest, scope: EditorScope,
                        db: DbSession) -> schemas.BuddyPairing:
    """Pairs the participants, across different teams where possible; an odd one out is left unpaired. The same
    `seed` gives the same proposal, another seed ("propose again") another. Nothing is saved: PUT the pairs."""
    return buddies.propose(db, scope, cohort_id=cohort_id, seed=data.seed)


@router.put("/cohorts/{cohort_id}/buddy-pairs", response_model=schemas.BuddyPairing,
            summary="Save a cohort's buddy pairs")
def save_buddy_pairs(cohort_id: uuid.UUID, data: schemas.BuddyPairsWrite, scope: EditorScope,
                     db: DbSession) -> schemas.BuddyPairing:
    """Replaces the pairs. Each person a participant of this cohort (400 `not_a_participant` on the field), in at
    most one pair (400 `duplicate`), never their own buddy (400 `same_person`). Answers the pairs and who is left."""
    return buddies.save_pairs(db, scope, cohort_id=cohort_id, data=data)


# --- schedule ------------------------------------------------------------------------------------------------------

@router.post("/cohorts/{cohort_id}/schedule", response_model=schemas.ScheduleAnswer,
             summary="Propose or confirm a cohort's schedule (planning)")
def schedule_cohort(cohort_id: uuid.UUID, data: schemas.ScheduleRequest, scope: EditorScope,
                    db: DbSession) -> schemas.ScheduleAnswer:
    """`{confirm: false}`: the proposal — each placement of the programme on cohort start + (phase start month - 1)
    months + week offset weeks, moved to the next working day (no weekend, Dutch public holiday or closing day of
    the organisation), with the reason of each move, 09:00-12:00 or the placement's hours; and the sessions of
    placements no longer in the programme, proposed for cancellation.
    `{confirm: true, items: [...]}`: writes the (edited) proposal: new sessions for new placements, the existing
    session of a placement updated (same id, its calendar SEQUENCE goes up), `cancelSessionIds` cancelled (never
    deleted); the participants attend every session. Without `items`, the proposal as it is."""
    return schedule.schedule(db, scope, cohort_id=cohort_id, data=data)


@routes.listing("/cohorts/{cohort_id}/schedule", schemas.ScheduledSessionRead, schedule.list_schedule,
                summary="A cohort's sessions (planning)")
class GetCohortSchedule:
    """The cohort's sessions with their phase and learning line, by date. Sortable on day, startsAt."""
