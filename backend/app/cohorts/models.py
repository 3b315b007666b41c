"""Cohorts (DESIGN §2.6): a run of a programme ("Traineeship 2026-A") with its people in their roles and the
buddy pairs among its participants. Its sessions (the `sessions` domain) are generated from the programme's
placements."""

import uuid
from datetime import date
from enum import StrEnum

from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint
from sqlmodel import Field

from app.core.db import TenantEntity


class CohortStatus(StrEnum):
    planned = "planned"  # gepland
    running = "running"  # loopt
    finished = "finished"  # afgerond


# Rol in een groep.
class EnrolmentRole(StrEnum):
    participant = "participant"  # deelnemer
    coach = "coach"
    buddy = "buddy"  # buddy from outside the group (participants pair among themselves in BuddyPair)
    trainer = "trainer"


class Cohort(TenantEntity, table=True):
    __tablename__ = "cohorts"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)

    programme_id: uuid.UUID = Field(foreign_key="programmes.id", index=True, ondelete="RESTRICT")
    name: str = Field(max_length=200)
    starts_on: date
    ends_on: date | None = Field(default=None)
    status: CohortStatus = Field(default=CohortStatus.planned, sa_type=String(16))
    notes: str = Field(default="", sa_type=Text)


class Enrolment(TenantEntity, table=True):
    """A person in a cohort, in one role, from and until a date (empty: the cohort's own dates)."""

    __tablename__ = "enrolments"
    __table_args__ = (UniqueConstraint("cohort_id", "person_id"),)

    cohort_id: uuid.UUID = Field(foreign_key="cohorts.id", index=True, ondelete="CASCADE")
    person_id: uuid.UUID = Field(foreign_key="people.id", index=True, ondelete="CASCADE")
    role: EnrolmentRole = Field(default=EnrolmentRole.participant, sa_type=String(16))
    starts_on: date | None = Field(default=None)
    ends_on: date | None = Field(default=None)


class BuddyPair(TenantEntity, table=True):
    """Two participants of a cohort who are each other's buddy (proposed across teams, then kept)."""

    __tablename__ = "buddy_pairs"
    __table_args__ = (
        UniqueConstraint("cohort_id", "first_person_id", "second_person_id"),
        CheckConstraint("first_person_id <> second_person_id", name="ck_buddy_pairs_two_people"),
    )

    cohort_id: uuid.UUID = Field(foreign_key="cohorts.id", index=True, ondelete="CASCADE")
    first_person_id: uuid.UUID = Field(foreign_key="people.id", index=True, ondelete="CASCADE")
    second_person_id: uuid.UUID = Field(foreign_key="people.id", index=True, ondelete="CASCADE")
