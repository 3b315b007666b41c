"""Competency frameworks and their competencies (DESIGN §2.4): what interventions and programmes train."""

import uuid
from enum import StrEnum

from sqlalchemy import JSON, Column, String, Text, UniqueConstraint
from sqlmodel import Field

from app.core.db import OrderedEntity, TenantEntity
from app.core.ordering import unique_position


class FrameworkKind(StrEnum):
    competencies = "competencies"  # a competency profile
    organisation_dna = "organisation_dna"  # the organisation's core values ("DNA")


class CompetencyFramework(TenantEntity, table=True):
    __tablename__ = "competency_frameworks"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)

    name: str = Field(max_length=200)
    kind: FrameworkKind = Field(default=FrameworkKind.competencies, sa_type=String(24))
    description: str = Field(default="", sa_type=Text)


class Competency(OrderedEntity, table=True):
    __tablename__ = "competencies"
    __table_args__ = (UniqueConstraint("framework_id", "name"), unique_position("competencies", "framework_id"))

    framework_id: uuid.UUID = Field(foreign_key="competency_frameworks.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=200)
    behavioural_indicators: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
