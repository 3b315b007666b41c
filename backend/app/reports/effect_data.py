"""What the effect report and the overview share: the rounds of cohorts with their response counts, the numeric
questions of their instruments matched into rows, and the figures made from the sums with suppression.

Questions across instrument versions: rounds of one instrument share its questions by id. A round of another
instrument (a later version, or another questionnaire) joins a row when one of its questions has the same type and
text as a question already in the report (decision 0017: a reworded question starts a new row); each question of
an instrument matches at most one row, so two equal questions of one instrument stay two rows. A row takes its
position, level, dimension, competency and lever from its first question (the earliest round's)."""

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import Session

from app.competencies.models import Competency
from app.core.scope import Scope
from app.core.vocabulary import QuestionType, RoundMoment
from app.questionnaires.models import Instrument, Question
from app.reports import statistics, suppression
from app.reports.effect_sql import NUMERIC_TYPES, RowSums
from app.reports.schemas import ChangeFigure, ComparisonKind, MomentFigure, ReportComparison, ReportRound
from app.reports.statistics import EffectSizeKind, Sums
from app.responses.models import Response
from app.rounds.models import Invitation, Round

PAIRABLE = ("named", "pseudonymous")


@dataclass(frozen=True)
class LoadedRound:
    round: Round
    report: ReportRound


@dataclass(frozen=True)
class QuestionRow:
    question: Question  # the row's first question
    competency_name: str | None
    question_ids: tuple[uuid.UUID, ...]  # every question (of every instrument version) behind the row
    instrument_ids: tuple[uuid.UUID, ...]  # their instruments


def rounds_of(db: Session, scope: Scope, cohort_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[LoadedRound]]:
    """Per cohort its measurement rounds (every moment but evaluation) by opening time, with their invitations
    and responses counted, in one query."""
    if not cohort_ids:
        return {}
    invited = (select(func.count()).where(Invitation.round_id == Round.id).correlate(Round).scalar_subquery())
    completed = (select(func.count()).where(Response.round_id == Round.id).correlate(Round).scalar_subquery())
    found: dict[uuid.UUID, list[LoadedRound]] = {cohort_id: [] for cohort_id in cohort_ids}
    statement = (select(Round, Instrument.title, invited, completed)
                 .join(Instrument, Instrument.id == Round.instrument_id)
                 .where(Round.organisation_id == scope.organisation_id, Round.cohort_id.in_(list(cohort_ids)),
                        Round.moment != RoundMoment.evaluation)
                 .order_by(Round.opens_at, Round.id))
    for round_, instrument_title, n_invited, n_completed in db.execute(statement):
        found[round_.cohort_id].append(LoadedRound(round_, ReportRound(
            id=round_.id, moment=round_.moment, title=round_.title or instrument_title, anonymity=round_.anonymity,
            opens_at=round_.opens_at, closes_at=round_.closes_at, invited=n_invited, completed=n_completed,
            response_rate=n_completed / n_invited if n_invited else None)))
    return found


def comparisons_of(rounds: Sequence[Round]) -> list[tuple[int, int, ComparisonKind]]:
    """(before, after, kind) as round indexes: the first `pre` round against every later round."""
    first = next((i for i, r in enumerate(rounds) if r.moment == RoundMoment.pre), None)
    if first is None:
        return []
    return [(first, later, kind_of(rounds[first], rounds[later])) for later in range(first + 1, len(rounds))]


def kind_of(before: Round, after: Round) -> ComparisonKind:
    paired = before.anonymity == after.anonymity and before.anonymity in PAIRABLE
    return ComparisonKind.paired if paired else ComparisonKind.unpaired


def report_comparisons(rounds: Sequence[Round], pairs: Iterable[tuple[int, int, ComparisonKind]]) -> list[
        ReportComparison]:
    return [ReportComparison(from_round_id=rounds[b].id, to_round_id=rounds[a].id, kind=kind) for b, a, kind in pairs]


def question_rows(db: Session, scope: Scope, instrument_ids: Sequence[uuid.UUID]) -> list[QuestionRow]:
    """The numeric questions of these instruments (in the order given: the rounds') matched into rows, in one
    query."""
    if not instrument_ids:
        return []
    statement = (select(Question, Competency.name).outerjoin(Competency, Competency.id == Question.competency_id)
                 .where(Question.organisation_id == scope.organisation_id,
                        Question.instrument_id.in_(list(instrument_ids)), Question.type.in_(list(NUMERIC_TYPES)))
                 .order_by(Question.position, Question.id))
    by_instrument: dict[uuid.UUID, list[tuple[Question, str | None]]] = {}
    for question, name in db.execute(statement):
        by_instrument.setdefault(question.instrument_id, []).append((question, name))
    rows: list[QuestionRow] = []
    for instrument_id in dict.fromkeys(instrument_ids):
        taken: set[int] = set()
        for question, name in by_instrument.get(instrument_id, []):
            same = (question.type, question.text)
            match = next((i for i, row in enumerate(rows) if i not in taken and row.question.instrument_id
                          != instrument_id and (row.question.type, row.question.text) == same), None)
            if match is None:
                rows.append(QuestionRow(question, name, (question.id,), (instrument_id,)))
                taken |= {len(rows) - 1}
            else:
                row = rows[match]
                rows[match] = QuestionRow(row.question, row.competency_name, (*row.question_ids, question.id),
                                          (*row.instrument_ids, instrument_id))
                taken |= {match}
    return rows


def scale_of(question: Question) -> tuple[float, float]:
    low, high = {QuestionType.likert_5: (1, 5), QuestionType.likert_7: (1, 7)}.get(QuestionType(question.type),
                                                                                      (0, 10))
    return float(low), float(high)


def moment(round_id: uuid.UUID, sums: Sums, minimum: int, answered: bool = True) -> MomentFigure:
    """A row's figure at a round. `answered`: whether any answer to the row's questions came in there; where none
    did, there is nothing to withhold: n 0, no figures, not suppressed ("nog geen antwoorden")."""
    if not answered:
        return MomentFigure(round_id=round_id, n=0, mean=None, sd=None, suppressed=None)
    if not suppression.shown(sums.n, minimum):
        return MomentFigure(round_id=round_id, n=None, mean=None, sd=None,
                            suppressed=suppression.SuppressionReason.too_few)
    described = statistics.describe(sums)
    return MomentFigure(round_id=round_id, n=described.n, mean=described.mean, sd=described.sd, suppressed=None)


def change(comparison: ReportComparison, row: RowSums | None, index: int, minimum: int,
           answered: bool = True) -> ChangeFigure:
    """The row's change in comparison `index`, or its suppressed figure (too few pairs, or either group too small).
    `answered`: whether both rounds hold answers to the row's questions; if not, n 0 and nothing withheld."""
    paired = comparison.kind is ComparisonKind.paired
    kind = EffectSizeKind.d_z if paired else EffectSizeKind.hedges_g
    if not answered:
        return ChangeFigure(from_round_id=comparison.from_round_id, to_round_id=comparison.to_round_id,
                            kind=comparison.kind, n=0, mean_difference=None, effect_size=None,
                            effect_size_kind=kind, magnitude=None, ci_low=None, ci_high=None, t=None, df=None,
                            p=None, suppressed=None)
    figures = None
    if row is not None and paired and suppression.shown(row.differences[index].n, minimum):
        figures = statistics.paired(row.differences[index])
    elif row is not None and not paired and all(suppression.shown(s.n, minimum)
                                                for s in (row.befores[index], row.afters[index])):
        figures = statistics.welch(row.befores[index], row.afters[index])
    if figures is None:
        return ChangeFigure(from_round_id=comparison.from_round_id, to_round_id=comparison.to_round_id,
                            kind=comparison.kind, n=None, mean_difference=None, effect_size=None,
                            effect_size_kind=kind, magnitude=None, ci_low=None, ci_high=None, t=None, df=None,
                            p=None, suppressed=suppression.SuppressionReason.too_few)
    return ChangeFigure(from_round_id=comparison.from_round_id, to_round_id=comparison.to_round_id,
                        kind=comparison.kind, n=figures.n, mean_difference=figures.mean_difference,
                        effect_size=figures.effect_size, effect_size_kind=kind, magnitude=figures.magnitude,
                        ci_low=figures.ci_low, ci_high=figures.ci_high, t=figures.t, df=figures.df, p=figures.p,
                        suppressed=None)
