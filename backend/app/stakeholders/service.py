"""Stakeholders' reads the programmes domain needs. (The `stakeholders` branch holds the domain's whole service;
this is its `engagements_of`, word for word, so the principle checks can be built and tested before it merges.)"""

import uuid
from datetime import date

from sqlmodel import Session

from app.core.scope import Scope
from app.core.tenancy import scoped
from app.stakeholders.models import Engagement, EngagementKind


def engagements_of(db: Session, scope: Scope, programme_id: uuid.UUID) -> list[tuple[EngagementKind, date]]:
    """(kind, heldOn) of the programme's engagements, earliest first: the principle checks ask when stakeholders
    were engaged."""
    rows = db.execute(scoped(Engagement, scope, Engagement.kind, Engagement.held_on)
                      .where(Engagement.programme_id == programme_id)
                      .order_by(Engagement.held_on, Engagement.id))
    return [(EngagementKind(kind), held_on) for kind, held_on in rows]
