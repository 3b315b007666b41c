"""Learning interventions (leerinterventies): the catalogue, its links to the plan, and which
interventions a year's execution programme (uitvoeringsprogramma) offers (DESIGN §2.2)."""

import uuid
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.db import TenantEntity, link_key
from app.core.fixed_point import FixedPoint, Money
from app.core.vocabulary import (
    Audience,
    Category,
    FundingStream,
    KolbPhase,
    LearningForm,
    LearningLevel,
    LearningMix,
)


class InterventionStatus(StrEnum):
    new = "new"  # nieuw
    existing = "existing"  # bestaand
    partly_existing = "partly_existing"  # deels bestaand


class Origin(StrEnum):
    """How an intervention came into a year's execution programme."""

    planned = "planned"  # put there by hand
    continued = "continued"  # carried over unchanged by the yearly review
    changed = "changed"  # carried over by the yearly review, to be changed


class ReviewDecision(StrEnum):
    continue_ = "continue"
    change = "change"
    stop = "stop"


class Intervention(TenantEntity, table=True):
    __tablename__ = "interventions"

    title: str = Field(max_length=300, index=True)
    status: InterventionStatus = Field(default=InterventionStatus.new, sa_type=String(24))
    goal: str = Field(default="", sa_type=Text)  # doel
    content: str = Field(default="", sa_type=Text)  # inhoud
    target_group: str = Field(default="", sa_type=Text)  # doelgroep, as the plan words it
    audience: Audience = Field(default=Audience.all, sa_type=String(16))
    category: Category = Field(default=Category.strategic_development, sa_type=String(32))
    learning_form: LearningForm | None = Field(default=None, sa_type=String(32))
    learning_mix: LearningMix | None = Field(default=None, sa_type=String(16))  # 70-20-10
    learning_level: LearningLevel | None = Field(default=None, sa_type=String(32))
    duration_hours: Decimal | None = Field(default=None, sa_type=FixedPoint(2))
    duration_days: Decimal | None = Field(default=None, sa_type=FixedPoint(2))
    mandatory: bool = Field(default=False)
    provider: str = Field(default="", max_length=200)
    trainer: str = Field(default="", max_length=200)
    location: str = Field(default="", max_length=200)
    capacity: int | None = Field(default=None)
    cost_fixed: Decimal = Field(default=Decimal("0.00"), sa_type=Money)
    cost_per_participant: Decimal = Field(default=Decimal("0.00"), sa_type=Money)
    expected_participants: int | None = Field(default=None)
    funding_stream: FundingStream = Field(default=FundingStream.strategic, sa_type=String(16))
    # What a participant pays from their personal budget (individueel loopbaanbudget, ILB).
    personal_budget_contribution: Decimal = Field(default=Decimal("0.00"), sa_type=Money)
    published: bool = Field(default=False)  # shared in the regional catalogue (Leerkaart), later
    # When in the year it runs: a first day (the Deventer 2014 offer starts on 1 May) and the period in words.
    starts_on: date | None = Field(default=None)
    period: str = Field(default="", max_length=200)  # periode, e.g. "mei - december"
    # How often it takes place: a number for sums and the plan's wording ("6 x per jaar").
    sessions_per_year: int | None = Field(default=None)
    frequency: str = Field(default="", max_length=200)  # frequentie
    # What one participant spends on it, in hours (studielast): the planned learning time is this x participants.
    learning_hours_per_participant: Decimal | None = Field(default=None, sa_type=FixedPoint(2))
    notes: str = Field(default="", sa_type=Text)  # opmerkingen: free notes



class _Link(SQLModel):
    """One of an intervention's links (to a learning goal, theme, competency or Kolb phase): gone with it."""

    intervention_id: uuid.UUID = link_key("interventions.id")


class InterventionLearningGoal(_Link, table=True):
    __tablename__ = "intervention_learning_goals"

    # RESTRICT: a learning goal that interventions serve cannot be deleted (the API says which).
    learning_goal_id: uuid.UUID = link_key("learning_goals.id", ondelete="RESTRICT", index=True)


class InterventionTheme(_Link, table=True):
    __tablename__ = "intervention_themes"

    # RESTRICT: a theme still used by interventions cannot be deleted (the API says which).
    theme_id: uuid.UUID = link_key("themes.id", ondelete="RESTRICT", index=True)


class InterventionCompetency(_Link, table=True):
    __tablename__ = "intervention_competencies"

    competency_id: uuid.UUID = link_key("competencies.id", ondelete="RESTRICT", index=True)


class InterventionKolbPhase(_Link, table=True):
    __tablename__ = "intervention_kolb_phases"

    phase: KolbPhase = Field(sa_type=String(32), primary_key=True)


class ExecutionEntry(TenantEntity, table=True):
    """An intervention offered in a year's execution programme (uitvoeringsprogramma), and what the
    yearly review decided about it."""

    __tablename__ = "execution_entries"
    __table_args__ = (UniqueConstraint("intervention_id", "year"),)

    intervention_id: uuid.UUID = Field(foreign_key="interventions.id", index=True, ondelete="CASCADE")
    year: int = Field(index=True)
    origin: Origin = Field(default=Origin.planned, sa_type=String(16))
    review_decision: ReviewDecision | None = Field(default=None, sa_type=String(16))
    review_note: str = Field(default="", sa_type=Text)
