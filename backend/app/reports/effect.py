"""A cohort's effect report (DESIGN §2.7, decision 0017): per question, and per level, dimension, competency and
transfer lever, n, mean and sd at each of the cohort's measurement rounds, and the change from its first `pre`
round to each later round.

- **Rounds**: the cohort's rounds but its evaluations, by opening time; invited = its invitations, completed = its
  responses. A round before the first `pre` round is shown, not compared.
- **Comparisons**: paired (by person when both rounds are named, by pseudonym when both are pseudonymous: Cohen's
  d_z and the paired t-test); otherwise unpaired (Hedges' g and Welch's t-test).
- **Questions**: the numeric ones (likert_5, likert_7, scale_0_10), in the order of their first round's instrument;
  rounds of another instrument version match by type and text (`app.reports.effect_data`). Values on the
  question's own scale.
- **Groups**: per respondent the mean of their answers to the group's questions, each as a percentage of its
  scale (0-100); n, mean and sd over respondents; a paired change over the pairs' differences of those scores.
- **Suppression** (minimum: the organisation's `minimum_report_group_size`): a moment of fewer respondents, a
  change of fewer pairs (or an unpaired change with either group smaller) is null with `too_few`. A question
  suppressed at a round is left out of every group at that round, and out of a group's change when its own change
  is suppressed. A group's `question_count` counts its questions that are shown at one round at least.
- **Filters** (`level`, `dimension`, `competency_id`, together: all of them): the question rows with those
  attributes, and each group row all of whose questions pass the filter, with the same figures as unfiltered. So
  a level filter keeps its level row and its dimensions' rows; a dimension filter keeps its dimension's row and
  not its level's (unless the level has no other questions: then the two are the same figure); competencies and
  levers stay where every question of theirs passes.

Queries: the cohort, its rounds with their counts, their questions, and the statement of sums
(`app.reports.effect_sql`; a second one when a question below the minimum must be left out of a group): four or
five, whatever the size (three when there are no rounds or questions; on PostgreSQL two SET LOCAL before the
sums)."""

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlmodel import Session

from app.cohorts.models import Cohort
from app.core.errors import NotFound
from app.core.scope import Scope
from app.core.vocabulary import DIMENSION_LEVEL, Dimension, MeasurementLevel, QuestionType, TransferLever
from app.organisations.models import Organisation
from app.reports import effect_sql
from app.reports.effect_data import (
    QuestionRow,
    change,
    comparisons_of,
    moment,
    question_rows,
    report_comparisons,
    rounds_of,
    scale_of,
)
from app.reports.effect_sql import Comparison, RowSums
from app.reports.schemas import ComparisonKind, EffectReport, EffectRow, ReportComparison, ReportRowKind

GROUP_ORDER = (ReportRowKind.level, ReportRowKind.dimension, ReportRowKind.competency, ReportRowKind.transfer_lever)
VOCABULARY = {ReportRowKind.level: list(MeasurementLevel), ReportRowKind.dimension: list(Dimension),
              ReportRowKind.transfer_lever: list(TransferLever)}


def cohort_and_minimum(db: Session, scope: Scope, cohort_id: uuid.UUID) -> tuple[Cohort, int]:
    found = db.execute(select(Cohort, Organisation.minimum_report_group_size)
                       .join(Organisation, Organisation.id == Cohort.organisation_id)
                       .where(Cohort.organisation_id == scope.organisation_id, Cohort.id == cohort_id)).first()
    if found is None:
        raise NotFound("There is no cohort with this id.")
    return found[0], found[1]


def group_key(row: QuestionRow, kind: ReportRowKind) -> str | None:
    value = {ReportRowKind.level: row.question.level, ReportRowKind.dimension: row.question.dimension,
             ReportRowKind.competency: row.question.competency_id,
             ReportRowKind.transfer_lever: row.question.transfer_lever}[kind]
    return None if value is None else str(value)


def passes(row: QuestionRow, level: MeasurementLevel | None, dimension: Dimension | None,
           competency_id: uuid.UUID | None) -> bool:
    question = row.question
    return ((level is None or question.level == level) and (dimension is None or question.dimension == dimension)
            and (competency_id is None or question.competency_id == competency_id))


def groups_of(rows: Sequence[QuestionRow], kept: Sequence[QuestionRow]) -> list[tuple[ReportRowKind, str, str]]:
    """(kind, key, label) of every group whose questions are all among `kept`, in the report's order."""
    kept_ids = {id(row) for row in kept}
    found: list[tuple[ReportRowKind, str, str]] = []
    for kind in GROUP_ORDER:
        members: dict[str, list[QuestionRow]] = {}
        for row in rows:
            key = group_key(row, kind)
            if key is not None:
                members.setdefault(key, []).append(row)
        keys = [key for key, of in members.items() if all(id(row) in kept_ids for row in of)]
        if kind is ReportRowKind.competency:
            labels = {key: members[key][0].competency_name or key for key in keys}
            found += [(kind, key, labels[key]) for key in sorted(keys, key=lambda k: (labels[k].lower(), k))]
        else:
            order = [value.value for value in VOCABULARY[kind]]
            found += [(kind, key, key) for key in sorted(keys, key=order.index)]
    return found


def effect_report(db: Session, scope: Scope, cohort_id: uuid.UUID, *, level: MeasurementLevel | None = None,
                  dimension: Dimension | None = None, competency_id: uuid.UUID | None = None) -> EffectReport:
    cohort, minimum = cohort_and_minimum(db, scope, cohort_id)
    loaded = rounds_of(db, scope, [cohort.id])[cohort.id]
    rounds = [item.round for item in loaded]
    pairs = comparisons_of(rounds)
    comparisons = report_comparisons(rounds, pairs)
    all_rows = question_rows(db, scope, [r.instrument_id for r in rounds])
    rows = [row for row in all_rows if passes(row, level, dimension, competency_id)]
    groups = groups_of(all_rows, rows)
    kinds = [kind for kind in GROUP_ORDER if any(group[0] is kind for group in groups)]
    found = effect_sql.suppressed_sums(
        db, scope.organisation_id, rounds={r.id: (cohort.id, i) for i, r in enumerate(rounds)},
        round_count=len(rounds), comparisons=[Comparison(b, a, kind is ComparisonKind.paired) for b, a, kind in pairs],
        question_rows={qid: row.question for row in rows for qid in row.question_ids},
        group_kinds=kinds, minimum=minimum, every_question=len(rows) == len(all_rows))
    by_key = {(item.kind, item.key): item for item in found}
    report_rows = [_question_row(row, by_key.get((ReportRowKind.question, _key(row.question.id))), rounds,
                                 comparisons, minimum) for row in rows]
    shown_at = {_key(row.question.id): _shown_rounds(by_key.get((ReportRowKind.question, _key(row.question.id))),
                                                     minimum) for row in rows}
    answered_at = {_key(row.question.id): _answered(by_key.get((ReportRowKind.question, _key(row.question.id))),
                                                    len(rounds)) for row in rows}
    for kind, key, label in groups:
        members = [row for row in rows if group_key(row, kind) == key]
        count = sum(1 for row in members if shown_at[_key(row.question.id)])
        # a group has answers at a round when any of its questions has (a withheld one included: then it says so)
        answered = [any(answered_at[_key(row.question.id)][i] for row in members) for i in range(len(rounds))]
        report_rows.append(_group_row(kind, key, label, count, by_key.get((kind, key)), rounds, comparisons,
                                      minimum, answered))
    return EffectReport(cohort_id=cohort.id, cohort_name=cohort.name, minimum_group_size=minimum,
                        rounds=[item.report for item in loaded], comparisons=comparisons, rows=report_rows)


def _key(question_id: uuid.UUID) -> str:
    return str(question_id)


def _shown_rounds(sums: RowSums | None, minimum: int) -> bool:
    return sums is not None and any(s.n >= minimum for s in sums.moments)


def _answered(sums: RowSums | None, round_count: int) -> list[bool]:
    """Per round, whether any answer came in (before anything is withheld)."""
    return [sums is not None and sums.moments[i].n > 0 for i in range(round_count)]


def _figures(sums: RowSums | None, rounds, comparisons: Sequence[ReportComparison], minimum: int,
             answered: list[bool] | None = None) -> dict:
    empty = effect_sql.EMPTY
    answered = answered if answered is not None else _answered(sums, len(rounds))
    index = {r.id: i for i, r in enumerate(rounds)}
    return {"moments": [moment(r.id, sums.moments[i] if sums else empty, minimum, answered[i])
                        for i, r in enumerate(rounds)],
            "changes": [change(c, sums, i, minimum,
                               answered[index[c.from_round_id]] and answered[index[c.to_round_id]])
                        for i, c in enumerate(comparisons)]}


def _question_row(row: QuestionRow, sums: RowSums | None, rounds, comparisons, minimum: int) -> EffectRow:
    question = row.question
    low, high = scale_of(question)
    return EffectRow(kind=ReportRowKind.question, key=str(question.id), label=question.text,
                     position=question.position + 1, question_type=QuestionType(question.type), scale_min=low,
                     scale_max=high, question_count=1, level=question.level, dimension=question.dimension,
                     transfer_lever=question.transfer_lever, competency_id=question.competency_id,
                     **_figures(sums, rounds, comparisons, minimum))


def _group_row(kind: ReportRowKind, key: str, label: str, count: int, sums: RowSums | None, rounds, comparisons,
               minimum: int, answered: list[bool]) -> EffectRow:
    level = (MeasurementLevel(key) if kind is ReportRowKind.level else
             DIMENSION_LEVEL[Dimension(key)] if kind is ReportRowKind.dimension else None)
    return EffectRow(kind=kind, key=key, label=label, position=None, question_type=None, scale_min=0.0,
                     scale_max=100.0, question_count=count, level=level,
                     dimension=Dimension(key) if kind is ReportRowKind.dimension else None,
                     transfer_lever=TransferLever(key) if kind is ReportRowKind.transfer_lever else None,
                     competency_id=uuid.UUID(key) if kind is ReportRowKind.competency else None,
                     **_figures(sums, rounds, comparisons, minimum, answered))
