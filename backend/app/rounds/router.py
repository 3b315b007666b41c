"""HTTP for rounds (afnamerondes): /rounds, a cohort's and a session's proposals, and under a round its invitations
and their mail. An id in a path that is not the caller's is a 404; one in a body a 400 on that field."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status

from app.auth.deps import BriefEditorScope, EditorScope, OrgScope
from app.core.db import DbSession, LaterDb
from app.core.resource import Calls, Doc, Item, Routes
from app.rounds import invitations, mail, proposals, schemas, service
from app.rounds.models import InvitationStatus
from app.rounds.service import State

router = APIRouter(tags=["rounds"])
routes = Routes(router, reader=OrgScope, editor=EditorScope)

_CSV = "text/csv"


@routes.listing("/rounds", schemas.RoundRead, service.list_rounds, summary="List rounds (afnamerondes)")
class ListRounds:
    """The organisation's rounds with their instrument, subject and completion, by opening time. Sortable on
    opensAt, closesAt, moment, createdAt."""

    cohort_id: Annotated[uuid.UUID | None, Query(alias="cohortId", description="Only this cohort's rounds.")] = None
    session_id: Annotated[uuid.UUID | None, Query(alias="sessionId",
                                                  description="Only this session's rounds.")] = None
    instrument_id: Annotated[uuid.UUID | None, Query(alias="instrumentId",
                                                     description="Only rounds of this instrument.")] = None
    state: Annotated[State | None, Query(description="planned, open or closed, from now.")] = None


routes.standard(
    Item("rounds", "round", "round_id", "a round (afnameronde)",
         schemas.RoundRead, schemas.RoundCreate, schemas.RoundUpdate, to_read=service.read_round),
    Calls(service.create_round, service.get_round, service.update_round, service.delete_round),
    create=Doc("""A published instrument (`instrumentId`; a draft: 409 `instrument_not_published`) given to a cohort
    (`cohortId`) at a moment (pre, after_week_1, midway, post, custom) or to a session's attendees (`sessionId`) for
    its `evaluation`, between `opensAt` and `closesAt`. Anonymity by default pseudonymous for a cohort, anonymous
    for a session.""", {409: {"description": "The instrument is not published (`instrument_not_published`)."}}),
    get="One round with its instrument, subject, state and completion.",
    update=Doc("Times, title and message always; instrument, subject and anonymity only while nobody is invited.",
               {409: {"description": "People are invited (`round_has_invitations`)."}}),
    delete=Doc("Deletes the round with its invitations.",
               {409: {"description": "People answered the round (`round_has_responses`)."}}),
)


# --- invitations ---------------------------------------------------------------------------------------------------

@router.post("/rounds/{round_id}/invitations", response_model=schemas.InvitationsCreated,
             status_code=status.HTTP_201_CREATED, summary="Invite a round's people (uitnodigen)",
             responses={201: {"content": {_CSV: {"schema": {"type": "string"}}},
                              "description": "The invitations made now, with their links (JSON, or the CSV for a "
                                             "mail merge with `Accept: text/csv`)."}})
def create_invitations(
    round_id: uuid.UUID,
    scope: EditorScope,
    db: DbSession,
    request: Request,
    accept: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Response | schemas.InvitationsCreated:
    """Invites every participant of the cohort (or attendee of the session, unless absent) not invited yet. The
    links are answered ONLY now, never again: `Accept: text/csv` gives them as a CSV for a mail merge (`;`, UTF-8
    with BOM, headers Personeelsnummer;Naam;E-mail;Link)."""
    created = invitations.invite(db, scope, round_id=round_id, base=invitations.base_url(str(request.base_url)))
    if accept and _CSV in accept:
        return Response(invitations.links_csv(created), status_code=status.HTTP_201_CREATED,
                        media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="uitnodigingen.csv"',
                                 "Cache-Control": "no-store"})
    return created


@routes.listing("/rounds/{round_id}/invitations", schemas.InvitationRead, invitations.list_invitations,
                summary="List a round's invitations")
class ListInvitations:
    """Who is invited and how far they are: pending, sent, opened, completed. No links. Sortable on name, status,
    sentAt, employeeNumber."""

    status: Annotated[InvitationStatus | None, Query(description="Only this status.")] = None
    q: Annotated[str | None, Query(max_length=200, description="Part of the name, e-mail or number.")] = None


_MAIL = {409: {"description": "E-mail is not set up (`mail_not_configured`), or the round is closed "
                              "(`round_not_open`)."}}


@router.post("/rounds/{round_id}/invitations/send", response_model=schemas.MailResult,
             summary="E-mail a round's invitations (versturen)", responses=_MAIL)
async def send_invitations(round_id: uuid.UUID, scope: BriefEditorScope, db: LaterDb,
                           request: Request) -> schemas.MailResult:
    """E-mails every pending invitation its personal link (one SMTP connection), in the instrument's language,
    and marks them sent. `failed` counts those the mail server refused and people without an e-mail address."""
    return await mail.send(db, scope, round_id=round_id, base=invitations.base_url(str(request.base_url)),
                           reminder=False)


@router.post("/rounds/{round_id}/reminders", response_model=schemas.MailResult,
             summary="Remind who has not answered (herinneren)", responses=_MAIL)
async def send_reminders(round_id: uuid.UUID, scope: BriefEditorScope, db: LaterDb,
                         request: Request) -> schemas.MailResult:
    """While the round is open: e-mails the sent and opened invitations that are not completed, with the same
    personal link, and counts the reminder."""
    return await mail.send(db, scope, round_id=round_id, base=invitations.base_url(str(request.base_url)),
                           reminder=True)


# --- proposals -----------------------------------------------------------------------------------------------------

@router.get("/cohorts/{cohort_id}/proposed-rounds", response_model=schemas.ProposedRounds,
            summary="Propose a cohort's rounds (voorstel afnamemomenten)")
def propose_cohort_rounds(
    cohort_id: uuid.UUID,
    scope: OrgScope,
    db: DbSession,
    instrument_id: Annotated[uuid.UUID | None, Query(alias="instrumentId", description="Skip only the moments "
                                                     "this instrument has a round for.")] = None,
) -> schemas.ProposedRounds:
    """pre (14 days before the start until the start day), after_week_1 (day 7 to 14), midway (the midpoint of
    start and end, 14 days) and post (the end day, 21 days); 08:00 to 23:59 Europe/Amsterdam. Moments the cohort
    has a round for are left out. Nothing is saved."""
    return proposals.propose_for_cohort(db, scope, cohort_id=cohort_id, instrument_id=instrument_id)


@router.post("/cohorts/{cohort_id}/rounds", response_model=schemas.RoundBatch, status_code=status.HTTP_201_CREATED,
             summary="Create a cohort's rounds at once",
             responses={409: {"description": "The instrument is not published (`instrument_not_published`)."}})
def create_cohort_rounds(cohort_id: uuid.UUID, data: schemas.CohortRoundsCreate, scope: EditorScope,
                         db: DbSession) -> schemas.RoundBatch:
    """Several rounds of one published instrument for the cohort (e.g. the proposal), all or none: a bad round is
    a 400 on `/rounds/<i>/...`."""
    return schemas.RoundBatch(items=proposals.create_batch(db, scope, cohort_id=cohort_id, data=data))


@router.get("/sessions/{session_id}/proposed-evaluation", response_model=schemas.ProposedEvaluation,
            summary="Propose a session's evaluation")
def propose_session_evaluation(session_id: uuid.UUID, scope: OrgScope, db: DbSession) -> schemas.ProposedEvaluation:
    """A proposal (from the session's end, for 14 days, with the newest published evaluation instrument) when the
    session is held or its day has passed, its intervention lasts a day or longer and it has no evaluation yet;
    else `proposal: null` and the `reason` (not_held, no_evaluation_needed, has_evaluation)."""
    return proposals.propose_evaluation(db, scope, session_id=session_id)
