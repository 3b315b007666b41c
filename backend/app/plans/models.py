"""The strategic L&D plan and its traceability chain: development → goal → learning goal (→ interventions),
and the plan's strategic themes (DESIGN §2.1; the Deventer plan 2014-2017 is the example)."""

import uuid
from enum import StrEnum

from sqlalchemy import String, Text, UniqueConstraint
from sqlmodel import Field

from app.core.db import OrderedEntity, TenantEntity
from app.core.ordering import unique_position
from app.core.vocabulary import Audience


class PlanStatus(StrEnum):
    draft = "draft"
    adopted = "adopted"  # vastgesteld
    archived = "archived"


class Plan(TenantEntity, table=True):
    """A strategic learning & development plan over a run of years (strategisch leer- en ontwikkelplan)."""

    __tablename__ = "plans"

    title: str = Field(max_length=200)
    first_year: int
    last_year: int
    status: PlanStatus = Field(default=PlanStatus.draft, sa_type=String(16))
    summary: str = Field(default="", sa_type=Text)
    review_notes: str = Field(default="", sa_type=Text)  # notes of the yearly review (jaarlijkse herijking)


class Development(OrderedEntity, table=True):
    """An organisational development or task (organisatieontwikkeling / opgave), e.g. Het Nieuwe Werken."""

    __tablename__ = "developments"
    __table_args__ = (unique_position("developments", "plan_id"),)

    plan_id: uuid.UUID = Field(foreign_key="plans.id", index=True, ondelete="CASCADE")
    title: str = Field(max_length=200)


class Goal(OrderedEntity, table=True):
    """What the organisation wants to achieve with a development (doel)."""

    __tablename__ = "goals"
    __table_args__ = (unique_position("goals", "development_id"),)

    development_id: uuid.UUID = Field(foreign_key="developments.id", index=True, ondelete="CASCADE")
    title: str = Field(max_length=300)


class LearningGoal(OrderedEntity, table=True):
    """What people must learn for a goal (leerdoel), for employees, managers or everyone."""

    __tablename__ = "learning_goals"
    __table_args__ = (unique_position("learning_goals", "goal_id"),)

    goal_id: uuid.UUID = Field(foreign_key="goals.id", index=True, ondelete="CASCADE")
    title: str = Field(max_length=300)
    audience: Audience = Field(default=Audience.all, sa_type=String(16))


class Theme(OrderedEntity, table=True):
    """A strategic theme of the plan (strategisch thema), e.g. Hostmanship."""

    __tablename__ = "themes"
    __table_args__ = (UniqueConstraint("plan_id", "title"), unique_position("themes", "plan_id"))

    plan_id: uuid.UUID = Field(foreign_key="plans.id", index=True, ondelete="CASCADE")
    title: str = Field(max_length=200)
