"""What the rounds domain stores about a person, for their AVG export (the rounds they were invited to and how far
they got; never the token, nor answers, which are the responses domain's), and the latest day it saw each person,
for retention (their last invitation's completion, sending or creation). Registered with `core.personal_data` when
`app.main` imports this module. Erasing the person deletes their invitations (ON DELETE CASCADE)."""

import uuid
from typing import Any

from sqlalchemy import Select, func, select
from sqlmodel import Session

from app.core import personal_data
from app.core.scope import Scope
from app.rounds.models import Invitation, Round


def _moment(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


@personal_data.section("invitations")
def invitations(db: Session, scope: Scope, person_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = db.execute(
        select(Invitation, Round.title, Round.moment, Round.opens_at, Round.closes_at)
        .join(Round, Round.id == Invitation.round_id)
        .where(Invitation.organisation_id == scope.organisation_id, Invitation.person_id == person_id)
        .order_by(Round.opens_at, Invitation.id))
    return [{"id": str(invitation.id), "roundId": str(invitation.round_id), "roundTitle": title,
             "moment": str(moment), "opensAt": _moment(opens_at), "closesAt": _moment(closes_at),
             "status": str(invitation.status), "sentAt": _moment(invitation.sent_at),
             "openedAt": _moment(invitation.opened_at), "completedAt": _moment(invitation.completed_at),
             "remindedAt": _moment(invitation.reminded_at), "reminderCount": invitation.reminder_count,
             "createdAt": invitation.created_at.isoformat()}
            for invitation, title, moment, opens_at, closes_at in rows]


@personal_data.activity("rounds")
def last_invited(organisation_id: uuid.UUID) -> Select[Any]:
    moment = func.coalesce(Invitation.completed_at, Invitation.sent_at, Invitation.created_at)
    return (select(Invitation.person_id.label("person_id"), func.max(func.date(moment)).label("day"))
            .where(Invitation.organisation_id == organisation_id)
            .group_by(Invitation.person_id))
