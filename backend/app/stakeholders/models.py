"""Stakeholders (belanghebbenden, DESIGN §2.5): the organisation's people who have influence on or are affected by
its programmes, the programmes they are linked to, and the engagements (interviews, design sessions, ...) held
with them."""

import uuid
from datetime import date
from enum import StrEnum

from sqlalchemy import String, Text
from sqlmodel import Field, SQLModel

from app.core.db import TenantEntity, link_key, tenant_key


class StakeholderRole(StrEnum):
    commissioner = "commissioner"  # opdrachtgever
    hr = "hr"
    team_lead = "team_lead"  # teamleider
    ld_adviser = "ld_adviser"  # opleidingsadviseur
    participant = "participant"  # deelnemer
    former_participant = "former_participant"  # oud-deelnemer
    director = "director"  # directie
    works_council = "works_council"  # ondernemingsraad
    trainer = "trainer"
    other = "other"


# Hoog of laag: a stakeholder's influence on, and how much they are affected by, a programme.
class Degree(StrEnum):
    high = "high"
    low = "low"


class EngagementKind(StrEnum):
    interview = "interview"
    design_session = "design_session"  # designsessie
    progress_update = "progress_update"  # voortgangsupdate
    kick_off = "kick_off"
    onboarding = "onboarding"
    other = "other"


class Stakeholder(TenantEntity, table=True):
    __tablename__ = "stakeholders"

    name: str = Field(max_length=200, index=True)
    role: StakeholderRole = Field(default=StakeholderRole.other, sa_type=String(24))
    unit: str = Field(default="", max_length=200)  # afdeling / eenheid
    influence: Degree = Field(default=Degree.low, sa_type=String(8))
    affected: Degree = Field(default=Degree.low, sa_type=String(8))
    contribution: str = Field(default="", sa_type=Text)  # potentiële bijdrage
    contact: str = Field(default="", max_length=300)


class ProgrammeStakeholder(SQLModel, table=True):
    """A stakeholder linked to a programme."""

    __tablename__ = "programme_stakeholders"

    programme_id: uuid.UUID = link_key("programmes.id")
    stakeholder_id: uuid.UUID = link_key("stakeholders.id", index=True)
    organisation_id: uuid.UUID = tenant_key()


class Engagement(TenantEntity, table=True):
    """A moment stakeholders were engaged, usually for one programme's design."""

    __tablename__ = "engagements"

    programme_id: uuid.UUID | None = Field(default=None, foreign_key="programmes.id", index=True,
                                           ondelete="CASCADE")
    kind: EngagementKind = Field(sa_type=String(24))
    held_on: date
    summary: str = Field(default="", sa_type=Text)
    outcome: str = Field(default="", sa_type=Text)


class EngagementStakeholder(SQLModel, table=True):
    """Who took part in an engagement."""

    __tablename__ = "engagement_stakeholders"

    engagement_id: uuid.UUID = link_key("engagements.id")
    stakeholder_id: uuid.UUID = link_key("stakeholders.id", index=True)
    organisation_id: uuid.UUID = tenant_key()
