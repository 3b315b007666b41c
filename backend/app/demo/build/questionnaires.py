"""Questionnaires (instruments) made from the built-in templates, published as a demo organisation uses them;
a question may be tied to one of the organisation's competencies (by its CompetencyData key)."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session

from app.competencies.models import Competency
from app.core.vocabulary import QuestionnaireLanguage
from app.questionnaires.models import Instrument, InstrumentStatus, Question
from app.questionnaires.service import template_questions
from app.questionnaires.templates import find_template, pick


@dataclass(frozen=True)
class InstrumentData:
    template_key: str
    published_at: datetime
    language: QuestionnaireLanguage = QuestionnaireLanguage.nl
    title: str | None = None  # the template's when None
    description: str | None = None
    competencies: Mapping[int, str] = field(default_factory=dict)  # question index → CompetencyData.key


def load_instruments(db: Session, organisation_id: uuid.UUID, instruments: tuple[InstrumentData, ...], *,
                     competencies: Mapping[str, Competency] | None = None) -> dict[str, int]:
    org = {"organisation_id": organisation_id}
    count = 0
    for data in instruments:
        template = find_template(data.template_key)
        if template is None:
            raise ValueError(f"no template {data.template_key}")
        id_ = uuid.uuid4()
        language = data.language
        db.add(Instrument(id=id_, family_id=id_, title=data.title or pick(template.title, language),
                          description=data.description or pick(template.description, language),
                          intro=pick(template.intro, language), closing=pick(template.closing, language),
                          purpose=template.purpose, language=language, status=InstrumentStatus.published,
                          template_key=template.key, published_at=data.published_at, **org))
        db.flush()
        rows = template_questions(template, language)
        for index, values in enumerate(rows):
            key = data.competencies.get(index)
            competency_id = (competencies or {})[key].id if key else None
            db.add(Question(instrument_id=id_, position=index, competency_id=competency_id, **values, **org))
            count += 1
    db.flush()
    return {"instruments": len(instruments), "questions": count}
