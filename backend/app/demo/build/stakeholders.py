"""The organisation's stakeholders (belanghebbenden), the programmes they are linked to and the engagements
held with them. A stakeholder has a short `key` so engagements can name who took part."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from app.programmes.models import Programme
from app.stakeholders.models import (
    Degree,
    Engagement,
    EngagementKind,
    EngagementStakeholder,
    ProgrammeStakeholder,
    Stakeholder,
    StakeholderRole,
)


@dataclass(frozen=True)
class StakeholderData:
    key: str
    name: str
    role: StakeholderRole
    unit: str
    influence: Degree
    affected: Degree
    contribution: str
    contact: str = ""
    programmes: tuple[str, ...] = ()  # ProgrammeData.title


@dataclass(frozen=True)
class EngagementData:
    kind: EngagementKind
    held_on: date
    stakeholders: tuple[str, ...]  # StakeholderData.key
    summary: str
    outcome: str = ""
    programme: str | None = None  # ProgrammeData.title


def load_stakeholders(db: Session, organisation_id: uuid.UUID, stakeholders: tuple[StakeholderData, ...],
                      engagements: tuple[EngagementData, ...], *,
                      programmes: Mapping[str, Programme]) -> dict[str, int]:
    org = {"organisation_id": organisation_id}
    rows = {s.key: Stakeholder(name=s.name, role=s.role, unit=s.unit, influence=s.influence, affected=s.affected,
                               contribution=s.contribution, contact=s.contact, **org) for s in stakeholders}
    if len(rows) != len(stakeholders):
        raise ValueError("stakeholder keys are used twice")
    held = [Engagement(programme_id=programmes[e.programme].id if e.programme else None, kind=e.kind,
                       held_on=e.held_on, summary=e.summary, outcome=e.outcome, **org) for e in engagements]
    db.add_all([*rows.values(), *held])
    db.flush()

    links = [ProgrammeStakeholder(programme_id=programmes[title].id, stakeholder_id=rows[s.key].id, **org)
             for s in stakeholders for title in s.programmes]
    attendance = [EngagementStakeholder(engagement_id=engagement.id, stakeholder_id=rows[key].id, **org)
                  for engagement, e in zip(held, engagements, strict=True) for key in e.stakeholders]
    db.add_all([*links, *attendance])
    db.flush()
    return {"stakeholders": len(rows), "programme_stakeholders": len(links), "engagements": len(held)}
