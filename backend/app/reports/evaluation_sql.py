"""The queries of the evaluation reports (decision 0017): which sessions were evaluated, and per session and aspect
the count, sum and sum of squares of the respondents' scores, computed in the database.

A respondent's score on an aspect is the mean of their answers to the aspect's questions, both on the questions'
own scale (`raw`) and as a percentage of it (`pct`, 0-100), so that an aspect whose questions mix scales can still
be reported (on 0-100). Every respondent answers one round of one session, so the sums of a trainer, a location,
an intervention or a year are the sums of their sessions': SQL groups by session, and Python adds the sums."""

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Float, case, cast, func, select
from sqlalchemy.sql import Select
from sqlmodel import Session

from app.core.errors import NotFound
from app.core.scope import Scope
from app.core.vocabulary import EvaluationAspect, QuestionType, RoundMoment
from app.interventions.models import Intervention
from app.organisations.models import Organisation
from app.questionnaires.models import Question
from app.reports.statistics import Sums
from app.responses.models import Answer, Response
from app.rounds.models import Invitation, Round
from app.sessions.models import LearningSession, Trainer

NUMERIC_TYPES = (QuestionType.likert_5, QuestionType.likert_7, QuestionType.scale_0_10)
SCALE = {QuestionType.likert_5: (1.0, 5.0), QuestionType.likert_7: (1.0, 7.0), QuestionType.scale_0_10: (0.0, 10.0)}
PERCENT = (0.0, 100.0)
ASPECTS = {aspect.value for aspect in EvaluationAspect}


@dataclass
class EvaluatedSession:
    id: uuid.UUID
    intervention_id: uuid.UUID
    intervention_title: str
    title: str
    day: date
    location: str
    trainer_id: uuid.UUID | None
    trainer_name: str | None
    invited: int
    responses: int
    raw: dict[EvaluationAspect, Sums] = field(default_factory=dict)  # per aspect, on the questions' scale
    pct: dict[EvaluationAspect, Sums] = field(default_factory=dict)  # per aspect, as a percentage of the scale


def minimum_group_size(db: Session, scope: Scope) -> int:
    return int(db.scalar(select(Organisation.minimum_report_group_size)
                         .where(Organisation.id == scope.organisation_id)) or 5)


def intervention_title(db: Session, scope: Scope, intervention_id: uuid.UUID) -> str:
    """The caller's intervention's title; another organisation's, or none: 404."""
    title = db.scalar(select(Intervention.title).where(Intervention.id == intervention_id,
                                                       Intervention.organisation_id == scope.organisation_id))
    if title is None:
        raise NotFound("Er is geen interventie met dit id (there is no intervention with this id).")
    return title


def _evaluation_rounds(scope: Scope) -> Select:  # type: ignore[type-arg]
    return select(Round.id, Round.session_id).where(Round.organisation_id == scope.organisation_id,
                                                    Round.moment == RoundMoment.evaluation,
                                                    Round.session_id.is_not(None))  # type: ignore[union-attr]


def latest_year(db: Session, scope: Scope, intervention_id: uuid.UUID | None) -> int | None:
    """The year of the last session (of the intervention, or of any) with a submitted evaluation."""
    statement = (select(func.max(LearningSession.day))
                 .join(Round, Round.session_id == LearningSession.id)
                 .join(Response, Response.round_id == Round.id)
                 .where(LearningSession.organisation_id == scope.organisation_id,
                        Round.moment == RoundMoment.evaluation))
    if intervention_id is not None:
        statement = statement.where(LearningSession.intervention_id == intervention_id)
    last = db.scalar(statement)
    if isinstance(last, str):  # SQLite may hand back the ISO text of an aggregate
        last = date.fromisoformat(last)
    return last.year if last else None


def _in_year(year: int, intervention_id: uuid.UUID | None) -> list:  # type: ignore[type-arg]
    conditions = [LearningSession.day >= date(year, 1, 1), LearningSession.day < date(year + 1, 1, 1)]
    if intervention_id is not None:
        conditions.append(LearningSession.intervention_id == intervention_id)
    return conditions


def evaluated_sessions(db: Session, scope: Scope, *, year: int,
                       intervention_id: uuid.UUID | None = None) -> list[EvaluatedSession]:
    """The sessions of the year (by day) that have an evaluation round, with their trainer, the invitations and
    the submitted evaluations, and per aspect the sums of the respondents' scores: two queries."""
    rounds = _evaluation_rounds(scope).subquery()
    invited = (select(rounds.c.session_id, func.count().label("n"))
               .join(Invitation, Invitation.round_id == rounds.c.id).group_by(rounds.c.session_id).subquery())
    answered = (select(rounds.c.session_id, func.count().label("n"))
                .join(Response, Response.round_id == rounds.c.id).group_by(rounds.c.session_id).subquery())
    rows = db.execute(
        select(LearningSession.id, LearningSession.intervention_id, Intervention.title, LearningSession.title,
               LearningSession.day, LearningSession.location, LearningSession.trainer_id, Trainer.name,
               func.coalesce(invited.c.n, 0), func.coalesce(answered.c.n, 0))
        .join(Intervention, Intervention.id == LearningSession.intervention_id)
        .outerjoin(Trainer, Trainer.id == LearningSession.trainer_id)
        .outerjoin(invited, invited.c.session_id == LearningSession.id)
        .outerjoin(answered, answered.c.session_id == LearningSession.id)
        .where(LearningSession.organisation_id == scope.organisation_id,
               LearningSession.id.in_(select(rounds.c.session_id)),  # type: ignore[attr-defined]
               *_in_year(year, intervention_id))
        .order_by(LearningSession.day, LearningSession.starts_at, LearningSession.id)).all()
    sessions = [EvaluatedSession(id=row[0], intervention_id=row[1], intervention_title=row[2], title=row[3],
                                 day=row[4], location=(row[5] or "").strip(), trainer_id=row[6], trainer_name=row[7],
                                 invited=int(row[8]), responses=int(row[9])) for row in rows]
    by_id = {session.id: session for session in sessions}
    for session_id, aspect, n, raw, raw2, pct, pct2 in db.execute(_aspect_sums(scope, year, intervention_id)):
        session = by_id.get(session_id)
        if session is not None and aspect in ASPECTS:
            session.raw[EvaluationAspect(aspect)] = Sums(int(n), float(raw), float(raw2))
            session.pct[EvaluationAspect(aspect)] = Sums(int(n), float(pct), float(pct2))
    return sessions


def _percentage():  # type: ignore[no-untyped-def]
    number = cast(Answer.number, Float)
    return case((Question.type == QuestionType.likert_5, (number - 1) * 25.0),
                (Question.type == QuestionType.likert_7, (number - 1) * 100.0 / 6.0),
                else_=number * 10.0)


def _evaluation_answers(statement: Select, scope: Scope, year: int,  # type: ignore[type-arg]
                        intervention_id: uuid.UUID | None) -> Select:  # type: ignore[type-arg]
    """`statement` over the answers of the organisation's evaluation rounds of sessions in the year (of one
    intervention, when given), joined with their response, round, session and question."""
    return (statement.select_from(Answer)
            .join(Response, Response.id == Answer.response_id)
            .join(Round, Round.id == Response.round_id)
            .join(LearningSession, LearningSession.id == Round.session_id)
            .join(Question, Question.id == Answer.question_id)
            .where(Answer.organisation_id == scope.organisation_id, Round.moment == RoundMoment.evaluation,
                   LearningSession.organisation_id == scope.organisation_id, *_in_year(year, intervention_id)))


def _aspect_sums(scope: Scope, year: int, intervention_id: uuid.UUID | None) -> Select:  # type: ignore[type-arg]
    """Per session and aspect: n, Σ score, Σ score² of the respondents, on the scale and in percent."""
    scores = (
        _evaluation_answers(select(
            Round.session_id.label("session_id"), Question.evaluation_aspect.label("aspect"),  # type: ignore[attr-defined]
            func.avg(cast(Answer.number, Float)).label("raw"), func.avg(_percentage()).label("pct")),
            scope, year, intervention_id)
        .where(Question.evaluation_aspect.is_not(None), Question.type.in_(NUMERIC_TYPES),  # type: ignore[union-attr,attr-defined]
               Answer.number.is_not(None))  # type: ignore[union-attr]
        .group_by(Response.id, Round.session_id, Question.evaluation_aspect)
        .subquery())
    return (select(scores.c.session_id, scores.c.aspect, func.count(), func.sum(scores.c.raw),
                   func.sum(scores.c.raw * scores.c.raw), func.sum(scores.c.pct), func.sum(scores.c.pct * scores.c.pct))
            .group_by(scores.c.session_id, scores.c.aspect))


def aspect_types(db: Session, scope: Scope, *, year: int,
                 intervention_id: uuid.UUID | None = None) -> dict[EvaluationAspect, set[QuestionType]]:
    """The aspects the evaluated sessions' forms rate, each with its questions' types (one query)."""
    rows = db.execute(
        select(Question.evaluation_aspect, Question.type).distinct()
        .join(Round, Round.instrument_id == Question.instrument_id)
        .join(LearningSession, LearningSession.id == Round.session_id)
        .where(Question.organisation_id == scope.organisation_id, Round.organisation_id == scope.organisation_id,
               Round.moment == RoundMoment.evaluation, LearningSession.organisation_id == scope.organisation_id,
               Question.evaluation_aspect.is_not(None), Question.type.in_(NUMERIC_TYPES),  # type: ignore[union-attr,attr-defined]
               *_in_year(year, intervention_id))).all()
    found: dict[EvaluationAspect, set[QuestionType]] = {}
    for aspect, kind in rows:
        if aspect in ASPECTS:
            key = EvaluationAspect(aspect)
            found[key] = found.get(key, set()) | {QuestionType(kind)}
    return found


def open_answers(db: Session, scope: Scope, *, year: int, intervention_id: uuid.UUID) -> list[str]:
    """The non-empty open answers of the intervention's evaluations in the year (one query), in no useful order."""
    rows = db.scalars(
        _evaluation_answers(select(Answer.text), scope, year, intervention_id)
        .where(Question.type == QuestionType.open_text, Answer.text.is_not(None),  # type: ignore[union-attr]
               func.length(func.trim(Answer.text)) > 0)).all()
    return [text.strip() for text in rows if text]
