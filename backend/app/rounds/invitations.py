"""Invitations: one per participant of the round's cohort (or attendee of its session, unless absent), each with a
personal link. The token is never stored (decision 0016): its salt and hash are, and the link is answered only by
the call that makes the invitation. The mail merge CSV is `links_csv`."""

import csv
import io
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, or_, select
from sqlmodel import Session

from app.cohorts import enrolments
from app.core import audit, spreadsheet
from app.core.config import get_settings
from app.core.db import BulkInsert, with_defaults
from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Scope
from app.people import service as people
from app.people.models import Person
from app.rounds import service, tokens
from app.rounds.models import Invitation, InvitationStatus, Round
from app.rounds.schemas import InvitationLink, InvitationRead, InvitationsCreated
from app.sessions import attendance

CSV_HEADERS = ("Personeelsnummer", "Naam", "E-mail", "Link")
_SORTABLE = {"name": func.lower(Person.name), "status": Invitation.status, "sentAt": Invitation.sent_at,
             "employeeNumber": Person.employee_number}


def base_url(request_base: str) -> str:
    """PUBLIC_URL when set, else the request's own base: where the respondent page is."""
    return (get_settings().public_url or request_base).rstrip("/")


def link_for(base: str, salt: str) -> str:
    return f"{base}/antwoorden#{tokens.token_for(salt)}"


def _invitees(db: Session, scope: Scope, round_: Round) -> Sequence[Any]:
    """(id, name, email, employee number) of who the round asks: the cohort's participants, or the session's
    attendees whose attendance is not `absent`."""
    if round_.cohort_id is not None:
        return [(p.id, p.name, p.email, p.employee_number)
                for p in enrolments.participants(db, scope, round_.cohort_id)]
    asked = attendance.not_absent(db, scope, round_.session_id)  # type: ignore[arg-type]
    return [(p.id, p.name, p.email, p.employee_number) for p in people.by_ids(db, scope, asked)]


def invite(db: Session, scope: Scope, *, round_id: uuid.UUID, base: str) -> InvitationsCreated:
    """Invites everyone the round asks who is not invited yet, in one INSERT; answers their links (only now)."""
    round_ = service.get_round(db, scope, round_id=round_id)
    invited = set(db.scalars(select(Invitation.person_id).where(Invitation.round_id == round_.id)))
    new = [row for row in _invitees(db, scope, round_) if row[0] not in invited]
    rows, links = [], []
    for person_id, name, email, number in new:
        salt = tokens.new_salt()
        rows.append(with_defaults(Invitation, {
            "organisation_id": scope.organisation_id, "round_id": round_.id, "person_id": person_id,
            "token_salt": salt, "token_hash": tokens.token_hash(tokens.token_for(salt)),
            "status": InvitationStatus.pending, "reminder_count": 0, "draft": []}))
        links.append(InvitationLink(person_id=person_id, name=name, email=email, employee_number=number,
                                    link=link_for(base, salt)))
    BulkInsert.of(db.get_bind().dialect, Invitation, rows).execute(db)
    if rows:
        audit.record(db, scope=scope, action="round.invited", entity_type=service.ENTITY, entity_id=round_.id,
                     changes={"invited": len(rows)})
    return InvitationsCreated(created=len(rows), links=links)


def links_csv(created: InvitationsCreated) -> bytes:
    """For a mail merge: `;`, UTF-8 with a BOM, Dutch headers, cells that no spreadsheet runs as a formula."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADERS)
    for link in created.links:
        writer.writerow(spreadsheet.csv_row((link.employee_number, link.name, link.email, link.link)))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _to_read(row: Any) -> InvitationRead:
    invitation, name, email, number = row
    return InvitationRead(id=invitation.id, person_id=invitation.person_id, name=name, email=email,
                          employee_number=number, status=invitation.status, sent_at=invitation.sent_at,
                          opened_at=invitation.opened_at, completed_at=invitation.completed_at,
                          reminded_at=invitation.reminded_at, reminder_count=invitation.reminder_count)


def list_invitations(db: Session, scope: Scope, params: PageParams, *, round_id: uuid.UUID,
                     status: InvitationStatus | None, q: str | None) -> Page[InvitationRead]:
    """By name; sortable on name, status, sentAt, employeeNumber."""
    round_ = service.get_round(db, scope, round_id=round_id)
    statement = (select(Invitation, Person.name, Person.email, Person.employee_number)
                 .join(Person, Person.id == Invitation.person_id)
                 .where(Invitation.round_id == round_.id, Invitation.organisation_id == scope.organisation_id))
    if status is not None:
        statement = statement.where(Invitation.status == status)
    if q:
        needle = q.lower()
        statement = statement.where(or_(*(func.lower(column).contains(needle, autoescape=True)
                                          for column in (Person.name, Person.email, Person.employee_number))))
    return paginate(db, statement, params, sortable=_SORTABLE, default_sort=["name"], tiebreaker=Invitation.id,
                    to_item=_to_read)
