"""Trainers (who give sessions; often from a training agency, so not people from the HR system). A trainer's name
is unique in the organisation. Deleting a trainer keeps their sessions, without a trainer (each one's calendar
event is updated: a new SEQUENCE)."""

import uuid
from typing import Any

from sqlalchemy import func, or_, select
from sqlmodel import Session

from app.core.pagination import PageParams, paginate
from app.core.records import Records, Unique
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import scoped
from app.sessions.models import LearningSession, Trainer
from app.sessions.schemas import TrainerRead

ENTITY = "trainer"
FIELDS = ("name", "email", "company")
SORTABLE = {"name": Trainer.name, "company": Trainer.company, "createdAt": Trainer.created_at}
TRAINERS = Records(Trainer, entity_type=ENTITY, fields=FIELDS, noun="trainer", rules=(Unique(
    Trainer.name, detail="The organisation already has a trainer with this name.", message="Already in use.",
    ignore_case=True),))


def _session_count() -> Any:
    return (select(func.count(LearningSession.id)).where(LearningSession.trainer_id == Trainer.id)
            .correlate(Trainer).scalar_subquery())


def _to_read(trainer: Trainer, count: int) -> TrainerRead:
    return TrainerRead(id=trainer.id, name=trainer.name, email=trainer.email, company=trainer.company,
                       session_count=count or 0, created_at=trainer.created_at, updated_at=trainer.updated_at,
                       version=trainer.version)


def read(db: Session, scope: Scope, trainer: Trainer) -> TrainerRead:
    count = db.scalar(scoped(LearningSession, scope, func.count()).where(LearningSession.trainer_id == trainer.id))
    return _to_read(trainer, count or 0)


def list_trainers(db: Session, scope: Scope, params: PageParams, *, q: str | None) -> Page[TrainerRead]:
    """By name, each with how many sessions they give; two queries whatever the page holds."""
    statement = scoped(Trainer, scope).add_columns(_session_count())
    if q:
        needle = q.lower()
        statement = statement.where(or_(func.lower(Trainer.name).contains(needle, autoescape=True),
                                        func.lower(Trainer.company).contains(needle, autoescape=True)))
    return paginate(db, statement, params, sortable=SORTABLE, default_sort=["name"], tiebreaker=Trainer.id,
                    to_item=lambda row: _to_read(row[0], row[1]))


def delete_trainer(db: Session, scope: Scope, *, trainer_id: uuid.UUID) -> None:
    trainer = TRAINERS.get(db, scope, trainer_id=trainer_id)
    for session in db.scalars(scoped(LearningSession, scope).where(LearningSession.trainer_id == trainer.id)):
        session.trainer_id = None  # through the ORM, so each session's calendar SEQUENCE grows
    db.flush()
    TRAINERS.remove(db, scope, trainer)
