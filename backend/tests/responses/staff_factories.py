"""Builders for the staff views: a round straight into its table, and responses with answers (the respondent's
submission is another helper's; these rows are what it writes)."""

from datetime import UTC, date, datetime, timedelta

from sqlmodel import Session

from app.core.vocabulary import AnonymityMode, QuestionType, RoundMoment
from app.questionnaires import service
from app.responses.models import Answer, Response
from app.rounds.models import Round
from tests.cohorts.factories import make_cohort, make_person
from tests.factories import make_scope, save
from tests.questionnaires.factories import make_instrument, make_question

__all__ = ["make_person", "make_response", "make_round", "make_survey"]

OPTIONS = [{"key": "trainer", "label": "De trainer"}, {"key": "oefenen", "label": "Het oefenen"},
           {"key": "groep", "label": "De groep"}]


def make_survey(db: Session, org):
    """A published instrument with a question of each type, in this order: likert_5, scale_0_10, single choice,
    open text, multiple choice (V5)."""
    instrument = make_instrument(db, org, title="Effectmeting Klantgericht schrijven")
    make_question(db, org, instrument, text="Ik schrijf helder.", type=QuestionType.likert_5,
                  scale_min_label="Helemaal oneens", scale_max_label="Helemaal eens")
    make_question(db, org, instrument, text="Hoe waarschijnlijk beveel je het aan?", type=QuestionType.scale_0_10)
    make_question(db, org, instrument, text="Welk onderdeel was het nuttigst?", type=QuestionType.single_choice,
                  options=OPTIONS)
    make_question(db, org, instrument, text="Wat wil je nog kwijt?", type=QuestionType.open_text, required=False)
    make_question(db, org, instrument, text="Wat hielp je?", type=QuestionType.multiple_choice, options=OPTIONS)
    instrument = service.publish(db, make_scope(org), instrument_id=instrument.id)
    from app.questionnaires.questions import instrument_questions
    return instrument, instrument_questions(db, make_scope(org), instrument_id=instrument.id)


def make_round(db: Session, org, instrument, *, anonymity: AnonymityMode = AnonymityMode.named,
               title: str = "", cohort=None) -> Round:
    cohort = cohort or make_cohort(db, org)
    opens = datetime(2026, 9, 1, 7, tzinfo=UTC)
    return save(db, Round(organisation_id=org.id, instrument_id=instrument.id, cohort_id=cohort.id,
                          moment=RoundMoment.pre, title=title, opens_at=opens, closes_at=opens + timedelta(days=14),
                          anonymity=anonymity))


def make_response(db: Session, org, round_: Round, questions, values: list, *, person=None, pseudonym=None,
                  day: date = date(2026, 9, 2)) -> Response:
    """A response with `values[i]` the answer to `questions[i]` (None: not answered)."""
    anonymous = round_.anonymity == AnonymityMode.anonymous
    response = save(db, Response(organisation_id=org.id, round_id=round_.id, person_id=person.id if person else None,
                                 pseudonym=pseudonym, submitted_on=day,
                                 submitted_at=None if anonymous else datetime(day.year, day.month, day.day, 9,
                                                                              tzinfo=UTC)))
    for question, value in zip(questions, values, strict=True):
        if value is None:
            continue
        kind = QuestionType(question.type)
        fields = ({"options": value} if kind is QuestionType.multiple_choice else
                  {"option": value} if kind is QuestionType.single_choice else
                  {"text": value} if kind is QuestionType.open_text else {"number": value})
        save(db, Answer(response_id=response.id, question_id=question.id, organisation_id=org.id, **fields))
    return response
