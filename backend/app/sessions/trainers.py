"""Trainers (who give sessions; often from a training agency, so not people from the HR system). A trainer's name
is unique in the organisation. Deleting a trainer keeps their sessions, without a trainer (each one's calendar
event is updated: a new SEQUENCE)."""

import uuid
from typing import Any

from sqlalchemy import func, or_, select
from sqlmodel import Session

from app.core import audit
from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import ensure_unique, get_or_404, scoped
from app.sessions.models import LearningSession, Trainer
from app.sessions.schemas import TrainerCreate, TrainerRead, TrainerUpdate

ENTITY = "trainer"
FIELDS = ("name", "email", "company")
SORTABLE = {"name": Trainer.name, "company": Trainer.company, "createdAt": Trainer.created_at}


def _session_count() -> Any:
    return (select(func.count(LearningSession.id)).where(LearningSession.trainer_id == Trainer.id)
            .correlate(Trainer).scalar_subquery())


def _to_read(trainer: Trainer, count: int) -> TrainerRead:
    return TrainerRead(id=trainer.id, name=trainer.name, email=trainer.email, company=trainer.company,
                       session_count=count or 0, created_at=trainer.created_at, updated_at=trainer.updated_at,
                       version=trainer.version)


def get_trainer(db: Session, scope: Scope, *, trainer_id: uuid.UUID) -> Trainer:
    return get_or_404(db, scope, Trainer, trainer_id, "trainer")


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


def _ensure_name_free(db: Session, scope: Scope, name: str, trainer_id: uuid.UUID | None = None) -> None:
    ensure_unique(db, scoped(Trainer, scope).where(func.lower(Trainer.name) == name.lower()), pointer="/name",
                  detail="The organisation already has a trainer with this name.", message="Already in use.",
                  excluding=trainer_id)


def create_trainer(db: Session, scope: Scope, *, data: TrainerCreate) -> Trainer:
    _ensure_name_free(db, scope, data.name)
    return audit.create_recorded(db, scope, Trainer, data.model_dump(), entity_type=ENTITY, fields=FIELDS)


def update_trainer(db: Session, scope: Scope, *, trainer_id: uuid.UUID, data: TrainerUpdate,
                   if_match: str | None) -> Trainer:
    trainer = get_trainer(db, scope, trainer_id=trainer_id)
    return audit.update_claimed(db, scope, trainer, data, if_match, entity_type=ENTITY, fields=FIELDS,
                                check=audit.when_set(name=lambda name: _ensure_name_free(db, scope, name, trainer.id)))


def delete_trainer(db: Session, scope: Scope, *, trainer_id: uuid.UUID) -> None:
    trainer = get_trainer(db, scope, trainer_id=trainer_id)
    for session in db.scalars(scoped(LearningSession, scope).where(LearningSession.trainer_id == trainer.id)):
        session.trainer_id = None  # through the ORM, so each session's calendar SEQUENCE grows
    db.flush()
    audit.delete_recorded(db, scope, trainer, entity_type=ENTITY, fields=FIELDS)
