"""Competence-based development programmes (ontwikkelprogramma's, DESIGN §2.4): the Rotterdam guide's six design
steps as a programme's workspace, and its framework: phases by learning lines with interventions placed in them."""

import uuid
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import JSON, Column, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.db import OrderedEntity, TenantEntity, link_key, tenant_key
from app.core.fixed_point import FixedPoint
from app.core.ordering import unique_position
from app.core.vocabulary import KolbPhase, LearningLevel


class ProgrammeStatus(StrEnum):
    draft = "draft"  # in ontwerp
    active = "active"  # loopt
    archived = "archived"  # gearchiveerd


# Ontwerpstap: the guide's six steps, in their order.
class DesignStep(StrEnum):
    goal_and_constraints = "goal_and_constraints"  # 1 doel en randvoorwaarden
    current_situation = "current_situation"  # 2 analyse huidige situatie
    stakeholders = "stakeholders"  # 3 belanghebbenden
    framework = "framework"  # 4 framework
    implementation = "implementation"  # 5 implementeren en communiceren
    effect_measurement = "effect_measurement"  # 6 effectmeting


# Soort inzicht uit de analyse van de huidige situatie.
class InsightKind(StrEnum):
    strength = "strength"  # sterk punt: wat moet behouden blijven
    challenge = "challenge"  # uitdaging: wat belemmert
    opportunity = "opportunity"  # ontwikkelkans: waar liggen verbeterpunten
    need = "need"  # behoefte van de doelgroep


# Bron van een inzicht.
class InsightSource(StrEnum):
    interview = "interview"
    former_participants = "former_participants"  # (oud-)deelnemers
    design_session = "design_session"  # designsessie
    document = "document"
    other = "other"


class Programme(TenantEntity, table=True):
    __tablename__ = "programmes"
    __table_args__ = (UniqueConstraint("organisation_id", "title"),)

    title: str = Field(max_length=300)
    status: ProgrammeStatus = Field(default=ProgrammeStatus.draft, sa_type=String(16))
    purpose: str = Field(default="", sa_type=Text)  # doel
    target_group: str = Field(default="", sa_type=Text)  # doelgroep
    duration_months: int | None = Field(default=None)
    storyline_title: str = Field(default="", max_length=200)  # "Tijdreis Rotterdam"
    storyline_narrative: str = Field(default="", sa_type=Text)
    competency_framework_id: uuid.UUID | None = Field(default=None, foreign_key="competency_frameworks.id",
                                                      index=True, ondelete="RESTRICT")
    dna_framework_id: uuid.UUID | None = Field(default=None, foreign_key="competency_frameworks.id",
                                               index=True, ondelete="RESTRICT")  # kind organisation_dna
    copied_from_id: uuid.UUID | None = Field(default=None, foreign_key="programmes.id", ondelete="SET NULL")
    # step 1: the guide's three questions, and the constraints gathered from the commissioner
    why: str = Field(default="", sa_type=Text)  # Waarom ontwikkelen we dit programma?
    outcomes: str = Field(default="", sa_type=Text)  # Wat moet het opleveren voor organisatie en deelnemers?
    contributes_to: str = Field(default="", sa_type=Text)  # Waar draagt het programma aan bij?
    constraints: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))  # randvoorwaarden
    # step 5: implementation and communication
    kick_off: str = Field(default="", sa_type=Text)
    learning_materials: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    onboarding: str = Field(default="", sa_type=Text)  # of managers and HR
    communication_means: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # step 6: the effect-measurement plan (MeasurementMoment and MeasurementLevel values); instruments come later
    measurement_moments: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    measurement_levels: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    measurement_notes: str = Field(default="", sa_type=Text)


class ProgrammeStep(TenantEntity, table=True):
    """One of a programme's six design steps (all six made with the programme): notes and the done mark."""

    __tablename__ = "programme_steps"
    __table_args__ = (UniqueConstraint("programme_id", "step"),)

    programme_id: uuid.UUID = Field(foreign_key="programmes.id", index=True, ondelete="CASCADE")
    step: DesignStep = Field(sa_type=String(32))
    notes: str = Field(default="", sa_type=Text)
    done_at: datetime | None = Field(default=None)
    done_by_id: uuid.UUID | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")


class Insight(TenantEntity, table=True):
    """Step 2: what the current-situation analysis found."""

    __tablename__ = "insights"

    programme_id: uuid.UUID = Field(foreign_key="programmes.id", index=True, ondelete="CASCADE")
    kind: InsightKind = Field(sa_type=String(16))
    source: InsightSource = Field(default=InsightSource.interview, sa_type=String(24))
    title: str = Field(max_length=300)
    description: str = Field(default="", sa_type=Text)


class Phase(OrderedEntity, table=True):
    """A column of the framework: e.g. a half year with its sub-theme and the competencies in focus."""

    __tablename__ = "phases"
    __table_args__ = (unique_position("phases", "programme_id"),)

    programme_id: uuid.UUID = Field(foreign_key="programmes.id", index=True, ondelete="CASCADE")
    title: str = Field(max_length=200)
    sub_theme: str = Field(default="", max_length=300)
    start_month: int = Field(default=1)  # 1 = the programme's first month
    length_months: int = Field(default=6)


class PhaseCompetency(SQLModel, table=True):
    """A competency in focus in a phase."""

    __tablename__ = "phase_competencies"

    phase_id: uuid.UUID = link_key("phases.id")
    competency_id: uuid.UUID = link_key("competencies.id", ondelete="RESTRICT", index=True)
    organisation_id: uuid.UUID = tenant_key()


class LearningLine(OrderedEntity, table=True):
    """A row of the framework: a learning line at one of the three levels, labelled as the organisation says it
    ("Ik en de stad"); its description names the forms it uses."""

    __tablename__ = "learning_lines"
    __table_args__ = (unique_position("learning_lines", "programme_id"),)

    programme_id: uuid.UUID = Field(foreign_key="programmes.id", index=True, ondelete="CASCADE")
    level: LearningLevel = Field(sa_type=String(32))
    label: str = Field(max_length=200)


class Placement(TenantEntity, table=True):
    """An intervention from the catalogue placed in a phase and learning line."""

    __tablename__ = "placements"

    programme_id: uuid.UUID = Field(foreign_key="programmes.id", index=True, ondelete="CASCADE")
    phase_id: uuid.UUID = Field(foreign_key="phases.id", index=True, ondelete="CASCADE")
    learning_line_id: uuid.UUID = Field(foreign_key="learning_lines.id", index=True, ondelete="CASCADE")
    intervention_id: uuid.UUID = Field(foreign_key="interventions.id", index=True, ondelete="RESTRICT")
    kolb_phase: KolbPhase = Field(sa_type=String(32))
    week_offset: int = Field(default=0)  # weeks after the phase's start
    duration_hours: Decimal | None = Field(default=None, sa_type=FixedPoint(2))
    note: str = Field(default="", sa_type=Text)


class PrincipleConfirmation(TenantEntity, table=True):
    """A checklist item of a design principle that cannot be checked from the data, ticked by an adviser."""

    __tablename__ = "principle_confirmations"
    __table_args__ = (UniqueConstraint("programme_id", "item"),)

    programme_id: uuid.UUID = Field(foreign_key="programmes.id", index=True, ondelete="CASCADE")
    item: str = Field(max_length=64)  # a checklist item's key, from programmes/checks.py
    confirmed_by_id: uuid.UUID | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")
    confirmed_at: datetime
    note: str = Field(default="", sa_type=Text)
