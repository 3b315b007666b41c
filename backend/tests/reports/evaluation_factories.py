"""Builders for the evaluation report tests: an evaluation form with aspect questions, and evaluated sessions with
their round, invitations, responses and answers, written straight into the tables (in bulk), so a test knows the
raw answers it checks the report's figures against."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import numpy as np
from sqlmodel import Session

from app.core.vocabulary import AnonymityMode, EvaluationAspect, InstrumentPurpose, QuestionType, RoundMoment
from app.questionnaires import service as questionnaires
from app.questionnaires.models import Instrument, Question
from app.responses.models import Answer, Response
from app.rounds import tokens
from app.rounds.models import Invitation, InvitationStatus, Round
from app.sessions.models import LearningSession
from tests.factories import make_scope, save, unique
from tests.questionnaires.factories import make_instrument, make_question
from tests.sessions.factories import make_person

A, Q = EvaluationAspect, QuestionType
# the template's questions: two about the trainer, two about the content, one each about the added value and the
# location (1-5), the overall mark (0-10) and an open question
TEMPLATE_FORM: tuple[tuple[EvaluationAspect | None, QuestionType], ...] = (
    (A.trainer, Q.likert_5), (A.trainer, Q.likert_5), (A.content, Q.likert_5), (A.content, Q.likert_5),
    (A.added_value, Q.likert_5), (A.location, Q.likert_5), (A.overall, Q.scale_0_10), (None, Q.open_text))
SCALE = {Q.likert_5: (1, 5), Q.likert_7: (1, 7), Q.scale_0_10: (0, 10)}

# one respondent's answers, one per question of the form in its order (None: left unanswered)
Respondent = Sequence[int | str | None]


@dataclass(frozen=True)
class Form:
    instrument: Instrument
    questions: list[Question]


def make_form(db: Session, org, spec: Sequence[tuple[EvaluationAspect | None, QuestionType]] = TEMPLATE_FORM,
              **values) -> Form:
    """A published evaluation form with these (aspect, type) questions."""
    instrument = make_instrument(db, org, purpose=InstrumentPurpose.intervention_evaluation, **values)
    questions = [make_question(db, org, instrument, text=f"Vraag {i + 1} ({aspect}, {kind})", type=kind,
                               required=kind is not Q.open_text, evaluation_aspect=aspect)
                 for i, (aspect, kind) in enumerate(spec)]
    questionnaires.publish(db, make_scope(org), instrument_id=instrument.id)
    return Form(instrument, questions)


def random_respondents(rng: np.random.Generator, form: Form, n: int, *, shift: float = 0.0,
                       texts: Sequence[str] = ()) -> list[list[int | str | None]]:
    """`n` respondents' random answers: each scale question answered (around its upper middle, `shift` higher),
    now and then one left out; the open question answered with one of `texts` (or left out when none)."""
    respondents = []
    for k in range(n):
        answers: list[int | str | None] = []
        for question in form.questions:
            kind = QuestionType(question.type)
            if kind is Q.open_text:
                answers.append(texts[k % len(texts)] if texts else None)
            elif rng.random() < 0.08:
                answers.append(None)
            else:
                low, high = SCALE[kind]
                middle = low + (high - low) * 0.7 + shift
                answers.append(int(np.clip(np.rint(rng.normal(middle, (high - low) / 5)), low, high)))
        respondents.append(answers)
    return respondents


def make_evaluated_session(db: Session, org, form: Form, *, intervention, respondents: Sequence[Respondent],
                           day: date = date(2014, 3, 10), trainer=None, location: str = "", invited: int | None = None,
                           title: str = "", anonymity: AnonymityMode = AnonymityMode.anonymous,
                           moment: RoundMoment = RoundMoment.evaluation) -> LearningSession:
    """A session of `intervention` with an evaluation round of `form`: `invited` invitations (default: one per
    respondent), the first ones answered with `respondents`' answers."""
    session = save(db, LearningSession(organisation_id=org.id, intervention_id=intervention.id, day=day,
                                       starts_at=time(9), ends_at=time(16), title=title, location=location,
                                       trainer_id=trainer.id if trainer else None))
    opens = datetime.combine(day, time(16), tzinfo=UTC)
    round_ = save(db, Round(organisation_id=org.id, instrument_id=form.instrument.id, session_id=session.id,
                            moment=moment, opens_at=opens, closes_at=opens + timedelta(days=14),
                            anonymity=anonymity))
    count = len(respondents) if invited is None else invited
    assert count >= len(respondents)
    people = [make_person(db, org, name=unique("Deelnemer")) for _ in range(count)]
    rows: list[object] = []
    answers: list[Answer] = []
    for k, person in enumerate(people):
        salt = tokens.new_salt()
        answered = k < len(respondents)
        rows.append(Invitation(organisation_id=org.id, round_id=round_.id, person_id=person.id, token_salt=salt,
                               token_hash=tokens.token_hash(tokens.token_for(salt)),
                               status=InvitationStatus.completed if answered else InvitationStatus.sent))
        if not answered:
            continue
        response = Response(id=uuid.uuid4(), organisation_id=org.id, round_id=round_.id, submitted_on=day)
        rows.append(response)
        for question, value in zip(form.questions, respondents[k], strict=True):
            if value is None:
                continue
            answer = Answer(response_id=response.id, question_id=question.id, organisation_id=org.id)
            if isinstance(value, str):
                answer.text = value
            else:
                answer.number = value
            answers.append(answer)
    db.add_all(rows)
    db.flush()
    db.add_all(answers)
    db.flush()
    return session


def aspect_scores(form: Form, respondents: Sequence[Respondent], aspect: EvaluationAspect, *,
                  percent: bool = False) -> np.ndarray:
    """Each respondent's score on the aspect, straight from the raw answers: the mean of their answers to its
    questions (as percentages of the scales when `percent`); respondents who rated none of them left out."""
    scores = []
    for answers in respondents:
        values = []
        for question, value in zip(form.questions, answers, strict=True):
            if question.evaluation_aspect != aspect or value is None or isinstance(value, str):
                continue
            low, high = SCALE[QuestionType(question.type)]
            values.append((value - low) / (high - low) * 100 if percent else value)
        if values:
            scores.append(float(np.mean(values)))
    return np.array(scores)
