"""Builders for stakeholders, their programme links and engagements (and a bare programme to link them to)."""

from datetime import date

from sqlmodel import Session

from app.programmes.models import Programme
from app.stakeholders.models import Engagement, EngagementKind, EngagementStakeholder, ProgrammeStakeholder, Stakeholder
from tests.factories import save, unique


def make_programme(db: Session, org, *, title: str | None = None, **values) -> Programme:
    """A programme row only (no steps or learning lines): enough to link stakeholders to."""
    return save(db, Programme(organisation_id=org.id, title=title or unique("Programma"), **values))


def make_stakeholder(db: Session, org, *, name: str | None = None, programmes=(), **values) -> Stakeholder:
    stakeholder = save(db, Stakeholder(organisation_id=org.id, name=name or unique("Belanghebbende"), **values))
    for programme in programmes:
        save(db, ProgrammeStakeholder(programme_id=programme.id, stakeholder_id=stakeholder.id,
                                      organisation_id=org.id))
    return stakeholder


def make_engagement(db: Session, org, *, kind: EngagementKind = EngagementKind.interview,
                    held_on: date = date(2026, 3, 2), programme=None, stakeholders=(), **values) -> Engagement:
    engagement = save(db, Engagement(organisation_id=org.id, kind=kind, held_on=held_on,
                                     programme_id=programme.id if programme else None, **values))
    for stakeholder in stakeholders:
        save(db, EngagementStakeholder(engagement_id=engagement.id, stakeholder_id=stakeholder.id,
                                       organisation_id=org.id))
    return engagement
