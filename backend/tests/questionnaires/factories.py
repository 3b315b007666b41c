"""Builders for instruments and their questions: through the services, as the API makes them."""

from sqlmodel import Session

from app.core.vocabulary import InstrumentPurpose, QuestionType
from app.questionnaires import questions, service
from app.questionnaires.models import Instrument, Question
from app.questionnaires.schemas import InstrumentCreate, QuestionCreate
from tests.factories import make_scope, unique


def make_instrument(db: Session, org, *, title: str | None = None,
                    purpose: InstrumentPurpose = InstrumentPurpose.custom, **values) -> Instrument:
    return service.create_instrument(db, make_scope(org), data=InstrumentCreate(
        title=title or unique("Vragenlijst"), purpose=purpose, **values))


def make_question(db: Session, org, instrument: Instrument, *, text: str | None = None,
                  type: QuestionType = QuestionType.likert_5, **values) -> Question:
    return questions.create_question(db, make_scope(org), instrument_id=instrument.id, data=QuestionCreate(
        text=text or unique("Vraag"), type=type, **values))


def make_published(db: Session, org, *, questions_: int = 2, **values) -> Instrument:
    instrument = make_instrument(db, org, **values)
    for i in range(questions_):
        make_question(db, org, instrument, text=f"Vraag {i}")
    return service.publish(db, make_scope(org), instrument_id=instrument.id)
