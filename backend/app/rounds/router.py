"""HTTP for rounds (afnamerondes): /rounds, a cohort's and a session's proposals, and under a round its invitations
and their mail. An id in a path that is not the caller's is a 404; one in a body a 400 on that field."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status

from app.auth.deps import EditorScope, OrgScope
from app.core.db import DbSession
from app.core.pagination import Paging
from app.core.resource import Calls, Doc, Item, Routes
from app.core.schemas import Page
from app.rounds import invitations, service
from app.rounds.models import InvitationStatus
from app.rounds.schemas import (
    InvitationRead,
    InvitationsCreated,
    RoundCreate,
    RoundRead,
    RoundUpdate,
)
from app.rounds.service import State

router = APIRouter(tags=["rounds"])
routes = Routes(router, reader=OrgScope, editor=EditorScope)

_CSV = "text/csv"


@router.get("/rounds", response_model=Page[RoundRead], summary="List rounds (afnamerondes)")
def list_rounds(
    scope: OrgScope,
    db: DbSession,
    paging: Paging,
    cohort_id: Annotated[uuid.UUID | None, Query(alias="cohortId", description="Only this cohort's rounds.")] = None,
    session_id: Annotated[uuid.UUID | None, Query(alias="sessionId",
                                                  description="Only this session's rounds.")] = None,
    instrument_id: Annotated[uuid.UUID | None, Query(alias="instrumentId",
                                                     description="Only rounds of this instrument.")] = None,
    state: Annotated[State | None, Query(description="planned, open or closed, from now.")] = None,
) -> Page[RoundRead]:
    """The organisation's rounds with their instrument, subject and completion, by opening time. Sortable on
    opensAt, closesAt, moment, createdAt."""
    return service.list_rounds(db, scope, paging, cohort_id=cohort_id, session_id=session_id,
                               instrument_id=instrument_id, state=state)


routes.standard(
    Item("rounds", "round", "round_id", "a round (afnameronde)", RoundRead, RoundCreate, RoundUpdate,
         to_read=service.read_round),
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

@router.post("/rounds/{round_id}/invitations", response_model=InvitationsCreated,
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
) -> Response | InvitationsCreated:
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


@router.get("/rounds/{round_id}/invitations", response_model=Page[InvitationRead],
            summary="List a round's invitations")
def list_invitations(
    round_id: uuid.UUID,
    scope: OrgScope,
    db: DbSession,
    paging: Paging,
    status_: Annotated[InvitationStatus | None, Query(alias="status", description="Only this status.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Part of the name, e-mail or number.")] = None,
) -> Page[InvitationRead]:
    """Who is invited and how far they are: pending, sent, opened, completed. No links. Sortable on name, status,
    sentAt, employeeNumber."""
    return invitations.list_invitations(db, scope, paging, round_id=round_id, status=status_, q=q)
