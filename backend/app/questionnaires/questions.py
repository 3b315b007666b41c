"""An instrument's questions (DESIGN §2.7), ordered with `core.ordering`: written only while the instrument is a
draft (409 `instrument_published` after). A question's type decides what else it has: options for a choice
question, anchors for a scale; its dimension belongs to its level; its competency and learning goal are the
organisation's (400 on the field otherwise)."""

import uuid
from typing import Any

from sqlmodel import Session

from app.competencies import service as competencies
from app.core import audit
from app.core.concurrency import claimed_changes
from app.core.errors import InvalidInput, NotFound
from app.core.ordering import Ordered, add_placed, apply_patch, delete_placed
from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import scoped
from app.core.vocabulary import DIMENSION_LEVEL, Dimension, MeasurementLevel, QuestionType, dimensions_of
from app.plans import service as plans
from app.questionnaires import service
from app.questionnaires.models import Instrument, Question
from app.questionnaires.schemas import QuestionCreate, QuestionRead, QuestionUpdate, plain

QUESTIONS = Ordered(Question, Instrument, "instrument_id", "instrument", service.QUESTION, service.QUESTION_FIELDS)
SCALE_TYPES = (QuestionType.likert_5, QuestionType.likert_7, QuestionType.scale_0_10)


def get_question(db: Session, scope: Scope, *, instrument_id: uuid.UUID, question_id: uuid.UUID) -> Question:
    found = db.scalar(scoped(Question, scope).where(Question.id == question_id,
                                                    Question.instrument_id == instrument_id))
    if found is None:
        raise NotFound("There is no question with this id in this instrument.")
    return found


def list_questions(db: Session, scope: Scope, params: PageParams, *, instrument_id: uuid.UUID) -> Page[QuestionRead]:
    service.get_instrument(db, scope, instrument_id=instrument_id)
    return paginate(db, QUESTIONS.of(scope, instrument_id).statement, params,
                    sortable={"position": Question.position}, default_sort=["position"], tiebreaker=Question.id,
                    to_item=lambda row: QuestionRead.model_validate(row[0]))


def _check(db: Session, scope: Scope, values: dict[str, Any], current: Question | None) -> None:
    """The rules across fields, on the question as it will be (`values` over `current`); clears what the new type
    has no use for when the body does not set it."""
    def now(name: str) -> Any:
        return values[name] if name in values else getattr(current, name, None)

    type_ = QuestionType(now("type"))
    if type_ not in service.CHOICE_TYPES:
        if values.get("options"):
            raise InvalidInput("/options", f"A question of type {type_} has no options.", code="not_allowed")
        if current is not None and current.options:
            values["options"] = []
    if type_ not in SCALE_TYPES:
        for name, pointer in (("scale_min_label", "/scaleMinLabel"), ("scale_max_label", "/scaleMaxLabel")):
            if values.get(name):
                raise InvalidInput(pointer, f"A question of type {type_} has no scale anchors.", code="not_allowed")
            if current is not None and getattr(current, name):
                values[name] = ""
    dimension, level = now("dimension"), now("level")
    if dimension is not None and (level is None or DIMENSION_LEVEL[Dimension(dimension)] != level):
        allowed = [d.value for d in dimensions_of(MeasurementLevel(level))] if level else []
        raise InvalidInput("/dimension", f"The dimension {dimension} is not one of the level "
                           f"{level or '(none)'}: it is one of {DIMENSION_LEVEL[Dimension(dimension)]}.",
                           code="dimension_of_other_level",
                           params={"level": level, "allowed": allowed})
    if values.get("competency_id") is not None and not competencies.competency_names_of(
            db, scope, {values["competency_id"]}):
        raise InvalidInput("/competencyId", "There is no competency with this id in your organisation.",
                           code="unknown_reference")
    if values.get("learning_goal_id") is not None and not plans.learning_goal_titles_of(
            db, scope, {values["learning_goal_id"]}):
        raise InvalidInput("/learningGoalId", "There is no learning goal with this id in your organisation.",
                           code="unknown_reference")
    plain(values)


def create_question(db: Session, scope: Scope, *, instrument_id: uuid.UUID, data: QuestionCreate) -> Question:
    instrument = service.draft_for_writing(db, scope, instrument_id)
    values = data.model_dump()
    _check(db, scope, values, None)
    return add_placed(db, scope, QUESTIONS, values | {"instrument_id": instrument.id})


def update_question(db: Session, scope: Scope, *, instrument_id: uuid.UUID, question_id: uuid.UUID,
                    data: QuestionUpdate, if_match: str | None) -> Question:
    """Change it or move it (`position`); the instrument must be a draft."""
    service.draft_for_writing(db, scope, instrument_id)
    question = get_question(db, scope, instrument_id=instrument_id, question_id=question_id)
    before = audit.fields_of(question, QUESTIONS.fields) | {"options": [dict(o) for o in question.options]}
    values = claimed_changes(db, question, data, if_match)
    _check(db, scope, values, question)
    apply_patch(db, scope, QUESTIONS, question, values)
    values.pop("position", None)
    audit.apply_update(db, scope, question, values, entity_type=QUESTIONS.entity_type, fields=QUESTIONS.fields,
                       before=before)
    return question


def delete_question(db: Session, scope: Scope, *, instrument_id: uuid.UUID, question_id: uuid.UUID) -> None:
    service.draft_for_writing(db, scope, instrument_id)
    delete_placed(db, scope, QUESTIONS, get_question(db, scope, instrument_id=instrument_id, question_id=question_id))


def instrument_questions(db: Session, scope: Scope, *, instrument_id: uuid.UUID) -> list[Question]:
    """Every question of the instrument in position order, in one query (a round's export and answers)."""
    return list(db.scalars(scoped(Question, scope).where(Question.instrument_id == instrument_id)
                           .order_by(Question.position, Question.id)))
