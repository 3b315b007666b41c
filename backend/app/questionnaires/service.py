"""Instruments (vragenlijsten, DESIGN §2.7): drafts edited freely, publishing that freezes them, new versions of a
published one, and drafts made from the built-in templates. The questions are in `questions.py`.

A published instrument and its questions never change: every write answers 409 `instrument_published` and says
to make a new version, so what a round asked stays what its answers answer."""

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from app.accounts import service as accounts
from app.core import audit
from app.core.db import utcnow
from app.core.errors import Conflict, InvalidInput, NotFound
from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import get_or_404, scoped, where_given
from app.core.vocabulary import InstrumentPurpose, QuestionnaireLanguage, QuestionType
from app.questionnaires import usage
from app.questionnaires.models import Instrument, InstrumentStatus, Question
from app.questionnaires.schemas import (
    InstrumentCreate,
    InstrumentRead,
    InstrumentUpdate,
    Option,
    TemplateQuestion,
    TemplateRead,
    TemplateSummary,
    UserRef,
)
from app.questionnaires.templates import Template, find_template, pick, templates

INSTRUMENT, QUESTION = "instrument", "question"
FIELDS = ("title", "description", "intro", "closing", "purpose", "language", "status", "version_number",
          "family_id", "previous_version_id", "template_key")
QUESTION_FIELDS = ("instrument_id", "position", "text", "help_text", "type", "required", "options",
                   "scale_min_label", "scale_max_label", "level", "dimension", "transfer_lever", "evaluation_aspect",
                   "competency_id", "learning_goal_id")
CHOICE_TYPES = (QuestionType.single_choice, QuestionType.multiple_choice)
_SORTABLE = {"title": func.lower(Instrument.title), "status": Instrument.status, "purpose": Instrument.purpose,
             "versionNumber": Instrument.version_number, "createdAt": Instrument.created_at,
             "updatedAt": Instrument.updated_at}
usage.register()


# --- reading -----------------------------------------------------------------------------------------------------

def get_instrument(db: Session, scope: Scope, *, instrument_id: uuid.UUID) -> Instrument:
    return get_or_404(db, scope, Instrument, instrument_id, "instrument")


def _counts(db: Session, scope: Scope, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not ids:
        return {}
    statement = (scoped(Question, scope, Question.instrument_id, func.count()).where(Question.instrument_id.in_(ids))
                 .group_by(Question.instrument_id))
    return {row[0]: row[1] for row in db.execute(statement)}


def _reads(db: Session, scope: Scope, instruments: list[Instrument]) -> list[InstrumentRead]:
    """Read models of these instruments in two queries whatever their number: question counts and publishers."""
    counts = _counts(db, scope, [instrument.id for instrument in instruments])
    names = accounts.user_names(db, scope, {i.published_by_id for i in instruments if i.published_by_id})
    reads = []
    for instrument in instruments:
        by = instrument.published_by_id
        values = {name: getattr(instrument, name) for name in InstrumentRead.model_fields
                  if name not in ("question_count", "published_by")}
        reads.append(InstrumentRead(**values, question_count=counts.get(instrument.id, 0),
                                    published_by=UserRef(id=by, name=names[by]) if by in names else None))
    return reads


def read_instrument(db: Session, scope: Scope, instrument: Instrument) -> InstrumentRead:
    return _reads(db, scope, [instrument])[0]


def list_instruments(db: Session, scope: Scope, params: PageParams, *, purpose: InstrumentPurpose | None,
                     status: InstrumentStatus | None, language: QuestionnaireLanguage | None,
                     family_id: uuid.UUID | None, q: str | None) -> Page[InstrumentRead]:
    statement = where_given(scoped(Instrument, scope), (Instrument.purpose, purpose), (Instrument.status, status),
                            (Instrument.language, language), (Instrument.family_id, family_id))
    if q:
        statement = statement.where(func.lower(Instrument.title).contains(q.lower(), autoescape=True))
    page = paginate(db, statement, params, sortable=_SORTABLE, default_sort=["title", "-versionNumber"],
                    tiebreaker=Instrument.id, to_item=lambda row: row[0])
    return Page[InstrumentRead](items=_reads(db, scope, list(page.items)), page=page.page,
                                page_size=page.page_size, total=page.total)


# --- the freeze --------------------------------------------------------------------------------------------------

def newest_published(db: Session, scope: Scope, purpose: InstrumentPurpose) -> uuid.UUID | None:
    """The organisation's most recently published instrument with this purpose (the newest version first)."""
    return db.scalar(scoped(Instrument, scope, Instrument.id)
                     .where(Instrument.purpose == purpose, Instrument.status == InstrumentStatus.published)
                     .order_by(Instrument.published_at.desc(), Instrument.version_number.desc(), Instrument.id)
                     .limit(1))


def ensure_draft(instrument: Instrument) -> None:
    """409 `instrument_published` unless the instrument is a draft: a published one never changes."""
    if instrument.status != InstrumentStatus.draft:
        raise Conflict(f"This instrument is published (version {instrument.version_number}) and can no longer "
                       f"change. Make a new version (POST /instruments/{instrument.id}/versions) and change that.",
                       problem="instrument_published", problem_params={"version": instrument.version_number})


def draft_for_writing(db: Session, scope: Scope, instrument_id: uuid.UUID) -> Instrument:
    """The instrument, held for this transaction (its questions are written under it), if it is a draft."""
    instrument = get_instrument(db, scope, instrument_id=instrument_id)
    db.execute(select(Instrument.id).where(Instrument.id == instrument.id).with_for_update())
    db.refresh(instrument)
    ensure_draft(instrument)
    return instrument


# --- writing -----------------------------------------------------------------------------------------------------

def template_questions(template: Template, language: QuestionnaireLanguage) -> list[dict[str, Any]]:
    return [{"text": pick(item.text, language), "help_text": pick(item.help_text, language), "type": item.type,
             "required": item.required,
             "options": [{"key": option.key, "label": pick(option.label, language)} for option in item.options],
             "scale_min_label": pick(item.anchors[0], language), "scale_max_label": pick(item.anchors[1], language),
             "level": item.level, "dimension": item.dimension, "transfer_lever": item.transfer_lever,
             "evaluation_aspect": item.evaluation_aspect}
            for item in template.items]


def _add_questions(db: Session, scope: Scope, instrument: Instrument, questions: list[dict[str, Any]]) -> None:
    db.add_all(Question(organisation_id=scope.organisation_id, instrument_id=instrument.id, position=index, **values)
               for index, values in enumerate(questions))
    db.flush()


def create_instrument(db: Session, scope: Scope, *, data: InstrumentCreate) -> Instrument:
    """A draft, empty or from a template (its texts and questions, in `language`; given fields replace them)."""
    given = data.model_dump(exclude_none=True, exclude={"template_key", "language"})
    questions: list[dict[str, Any]] = []
    values: dict[str, Any] = {"language": data.language}
    if data.template_key is not None:
        template = find_template(data.template_key)
        if template is None:
            raise InvalidInput("/templateKey", "There is no template with this key (GET /instrument-templates).",
                               code="unknown")
        values |= {"title": pick(template.title, data.language), "purpose": template.purpose,
                   "description": pick(template.description, data.language),
                   "intro": pick(template.intro, data.language), "closing": pick(template.closing, data.language),
                   "template_key": template.key}
        questions = template_questions(template, data.language)
    else:
        for name in ("title", "purpose"):
            if name not in given:
                raise InvalidInput(f"/{name}", f"Give a {name}, or a templateKey to start from.", code="missing")
    instrument_id = uuid.uuid4()
    instrument = Instrument(id=instrument_id, organisation_id=scope.organisation_id, family_id=instrument_id,
                            **(values | given))
    db.add(instrument)
    audit.record_created(db, scope, instrument, entity_type=INSTRUMENT, fields=FIELDS)
    _add_questions(db, scope, instrument, questions)
    return instrument


def update_instrument(db: Session, scope: Scope, *, instrument_id: uuid.UUID, data: InstrumentUpdate,
                      if_match: str | None) -> Instrument:
    instrument = get_instrument(db, scope, instrument_id=instrument_id)
    ensure_draft(instrument)
    return audit.update_claimed(db, scope, instrument, data, if_match, entity_type=INSTRUMENT, fields=FIELDS)


def delete_instrument(db: Session, scope: Scope, *, instrument_id: uuid.UUID) -> None:
    """Deletes a draft with its questions; a published instrument stays (409)."""
    instrument = get_instrument(db, scope, instrument_id=instrument_id)
    ensure_draft(instrument)
    audit.delete_recorded(db, scope, instrument, entity_type=INSTRUMENT, fields=FIELDS)


def publish(db: Session, scope: Scope, *, instrument_id: uuid.UUID) -> Instrument:
    """Freeze the draft: it needs a question, and each choice question two options (409 naming it otherwise)."""
    instrument = draft_for_writing(db, scope, instrument_id)
    questions = list(db.scalars(scoped(Question, scope).where(Question.instrument_id == instrument.id)
                                .order_by(Question.position)))
    if not questions:
        raise Conflict("An instrument without questions cannot be published. Add a question first.",
                       problem="instrument_has_no_questions")
    for question in questions:
        if question.type in CHOICE_TYPES and len(question.options) < 2:
            number = question.position + 1
            raise Conflict(f"Question {number} is a choice question with fewer than two options. Give it at least "
                           f"two options first.", problem="choice_needs_options",
                           problem_params={"number": number, "text": question.text[:100]})
    audit.apply_update(db, scope, instrument, {"status": InstrumentStatus.published, "published_at": utcnow(),
                                               "published_by_id": scope.user_id},
                       entity_type=INSTRUMENT, fields=("status", "published_at", "published_by_id"))
    return instrument


def new_version(db: Session, scope: Scope, *, instrument_id: uuid.UUID) -> Instrument:
    """A draft copy of a published instrument with its questions: the family's next version number."""
    source = get_instrument(db, scope, instrument_id=instrument_id)
    if source.status == InstrumentStatus.draft:
        raise Conflict("This instrument is a draft: change it as it is. New versions are made of published ones.",
                       problem="instrument_is_draft")
    family = scoped(Instrument, scope).where(Instrument.family_id == source.family_id)
    # one writer at a time per family: the first version's row is held
    db.execute(select(Instrument.id).where(Instrument.id == source.family_id).with_for_update())
    draft = db.scalar(family.where(Instrument.status == InstrumentStatus.draft)
                      .execution_options(populate_existing=True))
    if draft is not None:
        raise Conflict(f"Version {draft.version_number} of this questionnaire is a draft already: change that one.",
                       problem="draft_version_exists",
                       problem_params={"version": draft.version_number, "id": str(draft.id)})
    latest = db.scalar(scoped(Instrument, scope, func.max(Instrument.version_number))
                       .where(Instrument.family_id == source.family_id)) or 0
    values = {name: getattr(source, name) for name in ("title", "description", "intro", "closing", "purpose",
                                                        "language", "template_key", "family_id")}
    instrument = Instrument(organisation_id=scope.organisation_id, version_number=latest + 1,
                            previous_version_id=source.id, **values)
    db.add(instrument)
    audit.record_created(db, scope, instrument, entity_type=INSTRUMENT, fields=FIELDS)
    copies = [{name: getattr(question, name) for name in QUESTION_FIELDS if name not in ("instrument_id", "position")}
              for question in db.scalars(scoped(Question, scope).where(Question.instrument_id == source.id)
                                         .order_by(Question.position))]
    for copy in copies:
        copy["options"] = [dict(option) for option in copy["options"]]
    _add_questions(db, scope, instrument, copies)
    return instrument


# --- templates ---------------------------------------------------------------------------------------------------

def _summary(template: Template, language: QuestionnaireLanguage) -> dict[str, Any]:
    return {"key": template.key, "language": language, "title": pick(template.title, language),
            "description": pick(template.description, language), "purpose": template.purpose,
            "question_count": len(template.items)}


def list_templates(language: QuestionnaireLanguage | None) -> list[TemplateSummary]:
    languages = [language] if language else list(QuestionnaireLanguage)
    return [TemplateSummary(**_summary(template, lang)) for template in templates() for lang in languages]


def get_template(key: str, language: QuestionnaireLanguage) -> TemplateRead:
    template = find_template(key)
    if template is None:
        raise NotFound("There is no template with this key.")
    questions = [TemplateQuestion(**{**values, "options": [Option(**o) for o in values["options"]]})
                 for values in template_questions(template, language)]
    return TemplateRead(**_summary(template, language), intro=pick(template.intro, language),
                        closing=pick(template.closing, language), questions=questions)
