"""HTTP for questionnaires: /instruments with their questions, publishing and versions, and the built-in
/instrument-templates. A published instrument answers every change with 409 `instrument_published`."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from app.auth.deps import EditorScope, OrgScope
from app.core.db import DbSession
from app.core.http import created, tagged
from app.core.pagination import Paging
from app.core.resource import Calls, Doc, Item, Routes
from app.core.schemas import Page
from app.core.vocabulary import InstrumentPurpose, QuestionnaireLanguage
from app.questionnaires import questions, schemas, service
from app.questionnaires.models import InstrumentStatus

router = APIRouter(tags=["questionnaires"])
routes = Routes(router, reader=OrgScope, editor=EditorScope)

_FROZEN = {409: {"description": "The instrument is published (`instrument_published`): make a new version."}}
_INSTRUMENT = "instruments/{instrument_id}"


@routes.listing("/instruments", schemas.InstrumentRead, service.list_instruments,
                summary="List instruments (vragenlijsten)")
class ListInstruments:
    """The organisation's questionnaires, every version, by title and then newest version first. Sortable on
    title, status, purpose, versionNumber, createdAt, updatedAt."""

    purpose: InstrumentPurpose | None = None
    status: InstrumentStatus | None = None
    language: QuestionnaireLanguage | None = None
    family_id: Annotated[uuid.UUID | None, Query(alias="familyId", description="Only this questionnaire's "
                                                                               "versions.")] = None
    q: Annotated[str | None, Query(max_length=200, description="Part of the title.")] = None


routes.standard(
    Item("instruments", "instrument", "instrument_id", "an instrument (vragenlijst)",
         schemas.InstrumentRead, schemas.InstrumentCreate, schemas.InstrumentUpdate, to_read=service.read_instrument),
    Calls(service.create_instrument, service.get_instrument, service.update_instrument, service.delete_instrument),
    create=Doc("""A draft instrument (version 1 of a new questionnaire). With `templateKey` (see
    `GET /instrument-templates`) it starts from that template in `language`: its title, texts, purpose and
    questions, with the fields you give replacing the template's. Without one, `title` and `purpose` are
    required (400 on the field)."""),
    get="One instrument; its questions are at `/instruments/{instrument_id}/questions`.",
    update=Doc("Change a draft's title, texts, purpose or language.", _FROZEN),
    delete=Doc("Deletes a draft with its questions. A published instrument is never deleted (409).", _FROZEN),
)


@router.post("/instruments/{instrument_id}/publish", response_model=schemas.InstrumentRead,
             summary="Publish an instrument (publiceren: bevriest de vragenlijst)",
             responses={409: {"description": "Published already (`instrument_published`), no questions "
                                             "(`instrument_has_no_questions`) or a choice question with fewer than "
                                             "two options (`choice_needs_options`, params number and text)."}})
def publish_instrument(instrument_id: uuid.UUID, scope: EditorScope, db: DbSession,
                       response: Response) -> schemas.InstrumentRead:
    """Freezes the draft: from now on it and its questions never change, and rounds may use it. Records who
    published it and when."""
    instrument = service.publish(db, scope, instrument_id=instrument_id)
    tagged(response, instrument)
    return service.read_instrument(db, scope, instrument)


@router.post("/instruments/{instrument_id}/versions", response_model=schemas.InstrumentRead,
             status_code=status.HTTP_201_CREATED, summary="Make a new version of a published instrument",
             responses={409: {"description": "The instrument is a draft (`instrument_is_draft`), or the "
                                             "questionnaire has a draft version already (`draft_version_exists`, "
                                             "params version and id)."}})
def create_instrument_version(instrument_id: uuid.UUID, scope: EditorScope, db: DbSession,
                              response: Response) -> schemas.InstrumentRead:
    """A draft copy of the published instrument with its questions, as the questionnaire's next version
    (`versionNumber` + 1, the same `familyId`, `previousVersionId` this one). The published one stays as it is."""
    instrument = service.new_version(db, scope, instrument_id=instrument_id)
    created(response, instrument, "instruments")
    return service.read_instrument(db, scope, instrument)


# --- questions ---------------------------------------------------------------------------------------------------

@routes.listing("/instruments/{instrument_id}/questions", schemas.QuestionRead, questions.list_questions,
                summary="List an instrument's questions (vragen)")
class ListQuestions:
    """The instrument's questions in their order."""


routes.standard(
    Item(f"{_INSTRUMENT}/questions", "question", "question_id", "a question (vraag)",
         schemas.QuestionRead, schemas.QuestionCreate, schemas.QuestionUpdate, parent="instrument_id"),
    Calls(questions.create_question, questions.get_question, questions.update_question, questions.delete_question),
    create=Doc("""Adds a question to a draft at `position` (or at the end). Options only for single and multiple
    choice, anchors only for the scales (400 `not_allowed`); a `dimension` must be one of its `level`'s (400
    `dimension_of_other_level`); `competencyId` and `learningGoalId` must be yours.""", _FROZEN),
    get="One question of the instrument.",
    update=Doc("""Change it, or move it among the questions (`position`). Changing the type clears the options or
    anchors the new type has no use for.""", _FROZEN),
    delete=Doc("Deletes the question from a draft; the others close up.", _FROZEN),
)


# --- templates ---------------------------------------------------------------------------------------------------

@router.get("/instrument-templates", response_model=Page[schemas.TemplateSummary],
            summary="List the built-in questionnaire templates")
def list_instrument_templates(
    scope: OrgScope,
    paging: Paging,
    language: QuestionnaireLanguage | None = None,
) -> Page[schemas.TemplateSummary]:
    """The built-in templates, each in Dutch and in English: the effect measurement on three levels (every
    dimension and the 12 levers of transfer), the evaluation of an intervention of a day or longer, and a
    learning-preference intake. Create a draft from one with `POST /instruments {templateKey, language}`."""
    items = service.list_templates(language)
    start = (paging.page - 1) * paging.page_size
    return Page[schemas.TemplateSummary](items=items[start:start + paging.page_size], page=paging.page,
                                 page_size=paging.page_size, total=len(items))


@router.get("/instrument-templates/{template_key}", response_model=schemas.TemplateRead,
            summary="Get a questionnaire template with its questions")
def get_instrument_template(
    template_key: Annotated[str, Path(max_length=64)],
    scope: OrgScope,
    language: QuestionnaireLanguage = QuestionnaireLanguage.nl,
) -> schemas.TemplateRead:
    """One template in `language` with its questions, as a draft made from it would have them."""
    return service.get_template(template_key, language)
