"""Questionnaires (DESIGN §2.7): instruments and their questions. Rounds, invitations and responses come later.

An instrument is edited freely as a draft; publishing freezes it and its questions (a change answers 409 and says
to make a new version). Versions of one questionnaire form a family: `family_id` is the first version's id, and
each later version names the one it was made from."""

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, Column, String, Text, UniqueConstraint
from sqlmodel import Field

from app.core import vocabulary
from app.core.db import TenantEntity
from app.core.ordering import unique_position


class InstrumentStatus(StrEnum):
    draft = "draft"  # concept: vrij te bewerken
    published = "published"  # gepubliceerd: bevroren


class Instrument(TenantEntity, table=True):
    __tablename__ = "instruments"
    __table_args__ = (UniqueConstraint("family_id", "version_number", name="uq_instruments_family_version"),)

    title: str = Field(max_length=300)
    description: str = Field(default="", sa_type=Text)  # for staff: what it is for
    intro: str = Field(default="", sa_type=Text)  # the respondent reads it before the questions
    closing: str = Field(default="", sa_type=Text)  # ... and after submitting
    purpose: vocabulary.InstrumentPurpose = Field(sa_type=String(32))
    language: vocabulary.QuestionnaireLanguage = Field(default=vocabulary.QuestionnaireLanguage.nl, sa_type=String(2))
    status: InstrumentStatus = Field(default=InstrumentStatus.draft, sa_type=String(16), index=True)
    version_number: int = Field(default=1)
    family_id: uuid.UUID = Field(index=True)  # the first version's id (its own for the first)
    previous_version_id: uuid.UUID | None = Field(default=None, foreign_key="instruments.id", ondelete="SET NULL")
    template_key: str | None = Field(default=None, max_length=64)
    published_at: datetime | None = Field(default=None)
    published_by_id: uuid.UUID | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")


class Question(TenantEntity, table=True):
    """A question of an instrument, in its place (`core.ordering`)."""

    __tablename__ = "questions"
    __table_args__ = (unique_position("questions", "instrument_id"),)

    instrument_id: uuid.UUID = Field(foreign_key="instruments.id", index=True, ondelete="CASCADE")
    position: int = Field(default=0)
    text: str = Field(sa_type=Text)
    help_text: str = Field(default="", sa_type=Text)
    type: vocabulary.QuestionType = Field(sa_type=String(24))
    required: bool = Field(default=True)
    # choices: [{"key": "trainer", "label": "De trainer"}, ...]; keys are stable, answers store them
    options: list[dict[str, str]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    scale_min_label: str = Field(default="", max_length=200)  # the anchors: labels of the scale's ends
    scale_max_label: str = Field(default="", max_length=200)
    level: vocabulary.MeasurementLevel | None = Field(default=None, sa_type=String(16))
    dimension: vocabulary.Dimension | None = Field(default=None, sa_type=String(24))
    transfer_lever: vocabulary.TransferLever | None = Field(default=None, sa_type=String(48))
    # what an evaluation question rates (trainer, content, ...): the evaluation reports group by it
    evaluation_aspect: vocabulary.EvaluationAspect | None = Field(default=None, sa_type=String(16))
    competency_id: uuid.UUID | None = Field(default=None, foreign_key="competencies.id", index=True,
                                            ondelete="RESTRICT")
    learning_goal_id: uuid.UUID | None = Field(default=None, foreign_key="learning_goals.id", index=True,
                                               ondelete="RESTRICT")
