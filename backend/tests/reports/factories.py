"""Builders for the report tests: a published instrument of numeric questions with their levels, dimensions,
competencies and levers; a cohort's rounds; and responses with answers written in bulk (SQLAlchemy Core), so a
test can hold hundreds of answers and check the figures against NumPy and SciPy on the same values.

`answer_rounds` takes the raw values a test generates: per round, per respondent (an index into `people`) the
answers in question order (None: not answered), and writes what the respondent path would: pseudonymous rounds
the person's pseudonym in the cohort, named rounds the person, anonymous rounds neither."""

import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert
from sqlmodel import Session

from app.competencies.models import Competency, CompetencyFramework
from app.core.vocabulary import AnonymityMode, QuestionType, RoundMoment
from app.questionnaires import service
from app.questionnaires.questions import instrument_questions
from app.responses.models import Answer, Response
from app.rounds import tokens
from app.rounds.models import Invitation, Round
from tests.cohorts.factories import make_cohort, make_person
from tests.factories import make_scope, save, unique
from tests.questionnaires.factories import make_instrument, make_question

__all__ = [
    "answer_rounds",
    "make_cohort",
    "make_competency",
    "make_effect_instrument",
    "make_people",
    "make_rounds",
]

Values = Sequence[float | int | None]


def make_competency(db: Session, org, name: str | None = None) -> Competency:
    framework = save(db, CompetencyFramework(organisation_id=org.id, name=unique("Kader")))
    return save(db, Competency(organisation_id=org.id, framework_id=framework.id, name=name or unique("Competentie")))


def make_effect_instrument(db: Session, org, questions: Sequence[Mapping], *, title: str | None = None):
    """A published instrument with these questions (each: `type`, `text` and optionally `level`, `dimension`,
    `competency_id`, `transfer_lever`, `options`); answers (instrument, questions in position order)."""
    instrument = make_instrument(db, org, title=title or unique("Effectmeting"))
    for spec in questions:
        make_question(db, org, instrument, **spec)
    instrument = service.publish(db, make_scope(org), instrument_id=instrument.id)
    return instrument, instrument_questions(db, make_scope(org), instrument_id=instrument.id)


def make_people(db: Session, org, n: int) -> list:
    return [make_person(db, org) for _ in range(n)]


def make_rounds(db: Session, org, cohort, instrument, moments: Sequence[tuple[RoundMoment, AnonymityMode]], *,
                start: datetime = datetime(2026, 9, 1, 7, tzinfo=UTC), instruments: Sequence | None = None
                ) -> list[Round]:
    """Rounds of the cohort at these (moment, anonymity), a week apart from `start`; `instruments` one per round
    (default: `instrument` for all)."""
    return [save(db, Round(organisation_id=org.id, instrument_id=(instruments[i] if instruments else instrument).id,
                           cohort_id=cohort.id, moment=moment, anonymity=anonymity, title=f"Ronde {i + 1}",
                           opens_at=start + timedelta(weeks=i), closes_at=start + timedelta(weeks=i, days=5)))
            for i, (moment, anonymity) in enumerate(moments)]


def answer_rounds(db: Session, org, cohort, rounds: Sequence[Round], questions: Sequence, people: Sequence,
                  values: Sequence[Mapping[int, Values]], *, invited_extra: int = 0) -> None:
    """Invitations for every respondent (and `invited_extra` more people) and their responses: `values[r][p]` are
    person p's answers in round r, in the order of `questions` (a choice question takes its option key, an open
    one its text)."""
    extra = make_people(db, org, invited_extra) if invited_extra else []
    invitations, responses, answers = [], [], []
    now = datetime(2026, 9, 2, 9, tzinfo=UTC)
    stamp = {"created_at": now, "updated_at": now, "version": 1, "organisation_id": org.id}
    for round_, by_person in zip(rounds, values, strict=True):
        mode = AnonymityMode(round_.anonymity)
        for person in [*(people[p] for p in by_person), *extra]:
            invitations.append({"id": uuid.uuid4(), "round_id": round_.id, "person_id": person.id,
                                "token_salt": tokens.new_salt(), "token_hash": uuid.uuid4().hex * 2,
                                "status": "pending", "reminder_count": 0, "draft": [], **stamp})
        for p, answered in by_person.items():
            response_id = uuid.uuid4()
            responses.append({
                "id": response_id, "organisation_id": org.id, "round_id": round_.id,
                "person_id": people[p].id if mode is AnonymityMode.named else None,
                "pseudonym": tokens.pseudonym(cohort.id, people[p].id) if mode is AnonymityMode.pseudonymous else None,
                "submitted_on": date(2026, 9, 2), "submitted_at": None if mode is AnonymityMode.anonymous else now})
            for question, value in zip(questions, answered, strict=True):
                if value is None:
                    continue
                kind = QuestionType(question.type)
                answers.append({"response_id": response_id, "question_id": question.id, "organisation_id": org.id,
                                "number": int(value) if kind in (QuestionType.likert_5, QuestionType.likert_7,
                                                                 QuestionType.scale_0_10) else None,
                                "option": value if kind is QuestionType.single_choice else None,
                                "options": None, "text": value if kind is QuestionType.open_text else None})
    if invitations:
        db.execute(insert(Invitation.__table__), invitations)
    if responses:
        db.execute(insert(Response.__table__), responses)
    if answers:
        db.execute(insert(Answer.__table__), answers)
    db.flush()
