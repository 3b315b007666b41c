"""The effect figures' one heavy statement (decision 0017): count, sum and sum of squares per (row, round) and per
(row, comparison), for one cohort (the report) or many (the overview), in SQLAlchemy Core that runs on SQLite and
PostgreSQL. No answer row leaves the database.

The statement, as common table expressions:
- `resp`: the responses of the report's rounds with their subject (the cohort), their round's index and their pair
  key: the pseudonym (pseudonymous rounds), else the person (named rounds), else the response itself (anonymous
  rounds and erased people: they pair with nothing).
- `piv`: the answers pivoted to one row per (subject, pair key, question row) with one column per round (`v0`,
  `v1`, ...): the respondent's answer at that round. One pass over the answers (their covering index).
- `qs`: per (subject, question row) the sums of every round's values and, per comparison, of the pairs'
  differences; the question's scale (its lowest value and the factor to a percentage) from its type.
- `pv`: each pivot row as percentages of its question's scale, each value only where the question is shown at that
  round (`p0`, ...), and per comparison the before and after values only where the question's change is shown
  (`b0`/`a0`, ...): so a suppressed question is left out of every group (decision 0017).
- `g`: per (subject, pair key, group) the respondent's group score: the mean of those percentages; one branch per
  group kind (level, dimension, competency, lever) that has questions.
- `gs`: per (subject, group) the sums of the respondents' scores, of the pairs' differences of scores, and of the
  before and after scores (for the unpaired comparisons).
The result is `qs` and `gs` side by side (UNION ALL), a row per (subject, row) with the same columns."""

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Float, String, and_, case, cast, func, literal, or_, select, union_all
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session

from app.core.vocabulary import QuestionType
from app.questionnaires.models import Question
from app.reports.schemas import ReportRowKind
from app.reports.statistics import Sums
from app.responses.models import Answer, Response

NUMERIC_TYPES = (QuestionType.likert_5, QuestionType.likert_7, QuestionType.scale_0_10)
SCALE = {QuestionType.likert_5: (1, 5), QuestionType.likert_7: (1, 7), QuestionType.scale_0_10: (0, 10)}
GROUP_COLUMNS = {ReportRowKind.level: Question.level, ReportRowKind.dimension: Question.dimension,
                 ReportRowKind.competency: Question.competency_id,
                 ReportRowKind.transfer_lever: Question.transfer_lever}
EMPTY = Sums(0, 0.0, 0.0)


@dataclass(frozen=True)
class Comparison:
    """Rounds `before` and `after` (indexes) of a subject; `paired` for every subject alike, or per subject."""

    before: int
    after: int
    paired: bool | Mapping[uuid.UUID, bool]


@dataclass
class RowSums:
    subject: uuid.UUID
    kind: ReportRowKind
    key: str
    moments: list[Sums]
    differences: list[Sums] = field(default_factory=list)  # per comparison: the pairs' differences (after - before)
    befores: list[Sums] = field(default_factory=list)  # per comparison: the before values that count in its change
    afters: list[Sums] = field(default_factory=list)


def _triple(value: ColumnElement[Any]) -> list[ColumnElement[Any]]:
    return [func.count(value), func.sum(value), func.sum(value * value)]


def _paired_on(comparison: Comparison, subject: ColumnElement[Any]) -> ColumnElement[Any]:
    if isinstance(comparison.paired, bool):
        return literal(comparison.paired)
    return case({key: literal(value) for key, value in comparison.paired.items()}, value=subject, else_=False)


def sums(db: Session, organisation_id: uuid.UUID, *, rounds: Mapping[uuid.UUID, tuple[uuid.UUID, int]],
         round_count: int, comparisons: Sequence[Comparison], question_rows: Mapping[uuid.UUID, uuid.UUID],
         group_kinds: Sequence[ReportRowKind], minimum: int) -> list[RowSums]:
    """The sums per (subject, row). `rounds`: round id → (subject, index 0..round_count-1); `question_rows`: each
    question id → its row's question id (itself, or the first question of its type and text in the report)."""
    if not rounds or not question_rows:
        return []
    indexes = range(round_count)
    pair_key = func.coalesce(Response.pseudonym, cast(Response.person_id, String), cast(Response.id, String))
    resp = (select(Response.id.label("id"), pair_key.label("pk"),
                   case({r: s for r, (s, _) in rounds.items()}, value=Response.round_id).label("s"),
                   case({r: i for r, (_, i) in rounds.items()}, value=Response.round_id).label("ri"))
            .where(Response.organisation_id == organisation_id, Response.round_id.in_(list(rounds)))
            .cte("resp"))
    same = all(question == row for question, row in question_rows.items())
    row_of = Answer.question_id if same else case(dict(question_rows), value=Answer.question_id)
    answers = (select(resp.c.s, resp.c.pk, resp.c.ri, row_of.label("q"), Answer.number)
               .join(resp, resp.c.id == Answer.response_id)
               .where(Answer.organisation_id == organisation_id, Answer.question_id.in_(list(question_rows)),
                      Answer.number.is_not(None))
               .subquery("a"))
    piv = (select(answers.c.s, answers.c.pk, answers.c.q,
                  *(func.max(case((answers.c.ri == i, answers.c.number))).label(f"v{i}") for i in indexes))
           .group_by(answers.c.s, answers.c.pk, answers.c.q).cte("piv").prefix_with("MATERIALIZED"))

    low = case((Question.type == QuestionType.scale_0_10, 0), else_=1)
    factor = cast(case((Question.type == QuestionType.likert_5, 25.0), (Question.type == QuestionType.likert_7,
                                                                         100 / 6), else_=10.0), Float)
    v = [piv.c[f"v{i}"] for i in indexes]
    qs_columns: list[ColumnElement[Any]] = []
    for i in indexes:
        qs_columns += [column.label(f"m{i}_{part}") for column, part in zip(_triple(v[i]), "nst", strict=True)]
    for c, comparison in enumerate(comparisons):
        difference = v[comparison.after] - v[comparison.before]
        qs_columns += [column.label(f"d{c}_{part}") for column, part in zip(_triple(difference), "nst", strict=True)]
    qs = (select(piv.c.s, piv.c.q, low.label("lo"), factor.label("f"),
                 *(column.label(f"g_{kind.value}") for kind, column in GROUP_COLUMNS.items()), *qs_columns)
          .join(Question, Question.id == piv.c.q)
          .group_by(piv.c.s, piv.c.q, Question.type, *GROUP_COLUMNS.values())
          .cte("qs").prefix_with("MATERIALIZED"))

    def percent(value: ColumnElement[Any]) -> ColumnElement[Any]:
        return cast(value - qs.c.lo, Float) * qs.c.f

    pv_columns: list[ColumnElement[Any]] = [
        case((qs.c[f"m{i}_n"] >= minimum, percent(v[i]))).label(f"p{i}") for i in indexes]
    for c, comparison in enumerate(comparisons):
        shown = case((_paired_on(comparison, qs.c.s), qs.c[f"d{c}_n"] >= minimum),
                     else_=and_(qs.c[f"m{comparison.before}_n"] >= minimum, qs.c[f"m{comparison.after}_n"] >= minimum))
        pv_columns += [case((shown, percent(v[comparison.before]))).label(f"b{c}"),
                       case((shown, percent(v[comparison.after]))).label(f"a{c}")]
    kinds = list(group_kinds)
    pv = (select(piv.c.s, piv.c.pk, *(qs.c[f"g_{kind.value}"] for kind in kinds), *pv_columns)
          .join(qs, and_(qs.c.s == piv.c.s, qs.c.q == piv.c.q))
          .where(or_(*(qs.c[f"g_{kind.value}"].is_not(None) for kind in kinds)) if kinds else literal(False))
          .cte("pv").prefix_with("MATERIALIZED"))

    score_names = [f"p{i}" for i in indexes] + [f"{x}{c}" for c in range(len(comparisons)) for x in "ba"]
    branches = []
    for kind in kinds:
        key = pv.c[f"g_{kind.value}"]
        branches.append(select(pv.c.s, literal(kind.value).label("kind"), cast(key, String).label("key"),
                               *(func.avg(pv.c[name]).label(name) for name in score_names))
                        .where(key.is_not(None)).group_by(pv.c.s, pv.c.pk, key))
    result: Any = select(literal(ReportRowKind.question.value).label("kind"), cast(qs.c.q, String).label("key"),
                         qs.c.s, *(qs.c[f"m{i}_{p}"] for i in indexes for p in "nst"),
                         *_question_comparisons(qs, comparisons))
    if branches:
        g = union_all(*branches).subquery("g") if len(branches) > 1 else branches[0].subquery("g")
        gs_columns: list[ColumnElement[Any]] = []
        for i in indexes:
            gs_columns += _triple(g.c[f"p{i}"])
        for c in range(len(comparisons)):
            gs_columns += [*_triple(g.c[f"a{c}"] - g.c[f"b{c}"]), *_triple(g.c[f"b{c}"]), *_triple(g.c[f"a{c}"])]
        gs = select(g.c.kind, g.c.key, g.c.s, *gs_columns).group_by(g.c.s, g.c.kind, g.c.key)
        result = union_all(result, gs)
    return [_row_sums(row, round_count, len(comparisons)) for row in db.execute(result)]


def _question_comparisons(qs: Any, comparisons: Sequence[Comparison]) -> list[ColumnElement[Any]]:
    """A question's comparison columns: the differences' sums, and the before and after rounds' own sums (every
    answer counts in a question's unpaired change)."""
    columns: list[ColumnElement[Any]] = []
    for c, comparison in enumerate(comparisons):
        columns += [qs.c[f"d{c}_{p}"] for p in "nst"]
        columns += [qs.c[f"m{comparison.before}_{p}"] for p in "nst"]
        columns += [qs.c[f"m{comparison.after}_{p}"] for p in "nst"]
    return columns


def _sums(values: Sequence[Any]) -> Sums:
    n, total, squares = values
    return Sums(int(n or 0), float(total or 0), float(squares or 0)) if n else EMPTY


def _row_sums(row: Any, rounds: int, comparisons: int) -> RowSums:
    kind, key, subject, *values = row
    moments = [_sums(values[3 * i:3 * i + 3]) for i in range(rounds)]
    rest = values[3 * rounds:]
    blocks = [[_sums(rest[9 * c + 3 * j:9 * c + 3 * j + 3]) for j in range(3)] for c in range(comparisons)]
    kind = ReportRowKind(kind)
    if kind in (ReportRowKind.question, ReportRowKind.competency):
        key = uuid.UUID(str(key))  # SQLite keeps a UUID as 32 hex digits, PostgreSQL's text has dashes
    return RowSums(subject if isinstance(subject, uuid.UUID) else uuid.UUID(str(subject)), kind, str(key), moments,
                   [b[0] for b in blocks], [b[1] for b in blocks], [b[2] for b in blocks])

