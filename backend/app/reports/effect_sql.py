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

from sqlalchemy import Float, String, and_, case, cast, func, literal, null, or_, select, text, union_all
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
NONE = [cast(null(), Float)] * 3  # sums a statement leaves out
BASE, PACKED_ROUNDS = 16, 15  # answers 0-10 (plus one) fit a hexadecimal digit; 15 of them a 64-bit integer
Shown = Mapping[uuid.UUID, frozenset[uuid.UUID]] | None  # per subject, the question rows a figure counts


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


def sums(db: Session, organisation_id: uuid.UUID, *, rounds: Mapping[uuid.UUID, tuple[uuid.UUID, int]],
         round_count: int, comparisons: Sequence[Comparison], question_rows: Mapping[uuid.UUID, uuid.UUID],
         group_kinds: Sequence[ReportRowKind], every_question: bool = False,
         moments_shown: Sequence[Shown] | None = None, changes_shown: Sequence[Shown] | None = None) -> list[RowSums]:
    """The sums per (subject, row). `rounds`: round id → (subject, index 0..round_count-1); `question_rows`: each
    question id → its row's question id (itself, or the first question of its type and text in the report).
    `moments_shown[i]` (per round) and `changes_shown[c]` (per comparison): the question rows per subject that
    count in the groups' figures there; None: all of them. `every_question`: the rows hold every numeric question
    of the rounds' instruments (no filter), so every answer with a number counts."""
    if not rounds or not question_rows:
        return []
    indexes = range(round_count)
    moments_shown = list(moments_shown or [None] * round_count)
    changes_shown = list(changes_shown or [None] * len(comparisons))
    subjects = list(dict.fromkeys(s for s, _ in rounds.values()))
    subject = case({r: subjects.index(s) for r, (s, _) in rounds.items()}, value=Response.round_id)
    pair_key = func.coalesce(Response.pseudonym, cast(Response.person_id, String), cast(Response.id, String))
    packed = round_count <= PACKED_ROUNDS
    resp = (select(Response.id.label("id"), func.dense_rank().over(order_by=(subject, pair_key)).label("pk"),
                   subject.label("s"),
                   case({r: BASE ** i if packed else i for r, (_, i) in rounds.items()},
                        value=Response.round_id).label("ri"))
            .where(Response.organisation_id == organisation_id, Response.round_id.in_(list(rounds)))
            .cte("resp"))
    same = all(question == row for question, row in question_rows.items())
    row_of = Answer.question_id if same else case(dict(question_rows), value=Answer.question_id)
    answers = (select(resp.c.s, resp.c.pk, resp.c.ri, row_of.label("q"), Answer.number)
               .join(resp, resp.c.id == Answer.response_id)
               .where(Answer.number.is_not(None),
                      *(() if every_question else (Answer.question_id.in_(list(question_rows)),)))
               .subquery("a"))
    if packed:
        # one aggregate instead of one per round: each round's answer (plus one, so 0 is "none") in its own
        # base-16 digit of one integer (a respondent answers a question once per round); the database computes
        # the identical sums once and reads each round's digit from it
        code = func.sum((answers.c.number + 1) * answers.c.ri)
        values = [(func.nullif(code // BASE ** i % BASE, 0) - 1).label(f"v{i}") for i in indexes]
    else:
        values = [func.max(case((answers.c.ri == i, answers.c.number))).label(f"v{i}") for i in indexes]
    piv = (select(answers.c.s, answers.c.pk, answers.c.q, *values)
           .group_by(answers.c.s, answers.c.pk, answers.c.q).cte("piv").prefix_with("MATERIALIZED"))
    v = [piv.c[f"v{i}"] for i in indexes]

    low = case((Question.type == QuestionType.scale_0_10, 0), else_=1)
    factor = cast(case((Question.type == QuestionType.likert_5, 25.0), (Question.type == QuestionType.likert_7,
                                                                         100 / 6), else_=10.0), Float)
    qs_columns: list[ColumnElement[Any]] = []
    for i in indexes:
        qs_columns += [column.label(f"m{i}_{part}") for column, part in zip(_triple(v[i]), "nst", strict=True)]
    paired = [c for c, comparison in enumerate(comparisons) if comparison.paired is True or (
        not isinstance(comparison.paired, bool) and any(comparison.paired.values()))]
    for c in paired:  # unpaired comparisons have no pairs: their rounds' sums are the moments'
        difference = v[comparisons[c].after] - v[comparisons[c].before]
        qs_columns += [column.label(f"d{c}_{part}") for column, part in zip(_triple(difference), "nst", strict=True)]
    qs = select(piv.c.s, piv.c.q, *qs_columns).group_by(piv.c.s, piv.c.q).subquery("qs")
    result: Any = select(literal(ReportRowKind.question.value).label("kind"), cast(qs.c.q, String).label("key"),
                         qs.c.s, *(qs.c[f"m{i}_{p}"] for i in indexes for p in "nst"),
                         *(column for c in range(len(comparisons)) for column in (
                             *([qs.c[f"d{c}_{p}"] for p in "nst"] if c in paired else NONE), *NONE, *NONE)))
    kinds = list(group_kinds)
    if kinds:
        def percent(value: ColumnElement[Any], where: Shown) -> ColumnElement[Any]:
            scaled = cast(value - low, Float) * factor
            return scaled if where is None else case((_within(where, subjects, piv.c.s, piv.c.q), scaled))

        # a group score per round, over the questions shown at that round; a comparison whose questions are not
        # exactly those of both its rounds' scores gets scores of its own
        pv_columns = [percent(v[i], moments_shown[i]).label(f"p{i}") for i in indexes]
        own: list[int] = []
        for c, comparison in enumerate(comparisons):
            where = changes_shown[c]
            if where != moments_shown[comparison.before] or where != moments_shown[comparison.after]:
                own.append(c)
                pv_columns += [percent(v[comparison.before], where).label(f"b{c}"),
                               percent(v[comparison.after], where).label(f"a{c}")]
        pv = (select(piv.c.s, piv.c.pk, *(GROUP_COLUMNS[kind].label(f"g_{kind.value}") for kind in kinds),
                     *pv_columns)
              .join(Question, Question.id == piv.c.q)
              .where(or_(*(GROUP_COLUMNS[kind].is_not(None) for kind in kinds)))
              .cte("pv").prefix_with("MATERIALIZED"))
        score_names = [column.name for column in pv_columns]
        branches = []
        for kind in kinds:
            key = pv.c[f"g_{kind.value}"]
            branches.append(select(pv.c.s, literal(kind.value).label("kind"), cast(key, String).label("key"),
                                   *(func.avg(pv.c[name]).label(name) for name in score_names))
                            .where(key.is_not(None)).group_by(pv.c.s, pv.c.pk, key))
        g = union_all(*branches).subquery("g") if len(branches) > 1 else branches[0].subquery("g")
        gs_columns: list[ColumnElement[Any]] = []
        for i in indexes:
            gs_columns += _triple(g.c[f"p{i}"])
        for c, comparison in enumerate(comparisons):
            before, after = ((g.c[f"b{c}"], g.c[f"a{c}"]) if c in own else
                             (g.c[f"p{comparison.before}"], g.c[f"p{comparison.after}"]))
            gs_columns += [*(_triple(after - before) if c in paired else NONE),
                           *(_triple(before) + _triple(after) if c in own else NONE + NONE)]
        result = union_all(result, select(g.c.kind, g.c.key, g.c.s, *gs_columns).group_by(g.c.s, g.c.kind, g.c.key))
    return [_row_sums(row, subjects, round_count, comparisons) for row in db.execute(result)]


def _within(where: Mapping[uuid.UUID, frozenset[uuid.UUID]], subjects: list[uuid.UUID], subject: Any,
            question: Any) -> ColumnElement[Any]:
    return or_(*(and_(subject == subjects.index(key), question.in_(list(ids)) if ids else literal(False))
                 for key, ids in where.items()), literal(False))


def _sums(values: Sequence[Any]) -> Sums:
    n, total, squares = values
    return Sums(int(n or 0), float(total or 0), float(squares or 0)) if n else EMPTY


def _given(values: Sequence[Any], otherwise: Sums) -> Sums:
    """Sums the statement computed, or `otherwise` where it left them out (null count)."""
    return otherwise if values[0] is None else _sums(values)


def _row_sums(row: Any, subjects: list[uuid.UUID], rounds: int, comparisons: Sequence[Comparison]) -> RowSums:
    kind, key, subject, *values = row
    moments = [_sums(values[3 * i:3 * i + 3]) for i in range(rounds)]
    rest = values[3 * rounds:]
    blocks = [[_sums(rest[9 * c:9 * c + 3]), _given(rest[9 * c + 3:9 * c + 6], moments[comparison.before]),
               _given(rest[9 * c + 6:9 * c + 9], moments[comparison.after])]
              for c, comparison in enumerate(comparisons)]
    kind = ReportRowKind(kind)
    if kind in (ReportRowKind.question, ReportRowKind.competency):
        key = uuid.UUID(str(key))  # SQLite keeps a UUID as 32 hex digits, PostgreSQL's text has dashes
    return RowSums(subjects[subject], kind, str(key), moments, [b[0] for b in blocks], [b[1] for b in blocks],
                   [b[2] for b in blocks])



def suppressed_sums(db: Session, organisation_id: uuid.UUID, *, rounds: Mapping[uuid.UUID, tuple[uuid.UUID, int]],
                    round_count: int, comparisons: Sequence[Comparison], question_rows: Mapping[uuid.UUID, uuid.UUID],
                    group_kinds: Sequence[ReportRowKind], minimum: int, every_question: bool = False
                    ) -> list[RowSums]:
    """`sums` with every suppressed question left out of the groups (decision 0017). The first statement counts
    every answer in the groups; when a question shown nowhere near the minimum would count in a group (a round
    where 0 < n < minimum, a change of too few pairs), a second statement leaves those questions out of it. A
    large cohort, where every question reaches the minimum, costs one statement."""
    if rounds and question_rows and db.get_bind().dialect.name == "postgresql":
        # the pivot's hash aggregate holds a row per (respondent, question): room for it in memory, for this
        # transaction only (PostgreSQL's default of 4 MB spills a million answers to disk); and no JIT, whose
        # compiling costs more than it saves on a statement this size
        db.execute(text("SET LOCAL work_mem = '128MB'"))
        db.execute(text("SET LOCAL jit = off"))
    first = sums(db, organisation_id, rounds=rounds, round_count=round_count, comparisons=comparisons,
                 question_rows=question_rows, group_kinds=group_kinds, every_question=every_question)
    if not group_kinds:
        return first
    questions = [row for row in first if row.kind is ReportRowKind.question]
    subjects = list(dict.fromkeys(s for s, _ in rounds.values()))
    exact = True
    moments_shown: list[Shown] = []
    for i in range(round_count):
        shown = {s: frozenset(uuid.UUID(r.key) for r in questions if r.subject == s and r.moments[i].n >= minimum)
                 for s in subjects}
        exact &= all(r.moments[i].n == 0 or r.moments[i].n >= minimum for r in questions)
        moments_shown.append(shown)
    changes_shown: list[Shown] = []
    for c, comparison in enumerate(comparisons):
        shown = {}
        for s in subjects:
            paired = comparison.paired if isinstance(comparison.paired, bool) else comparison.paired.get(s, False)
            counted = [r for r in questions if r.subject == s]
            shown[s] = frozenset(uuid.UUID(r.key) for r in counted if (
                r.differences[c].n >= minimum if paired else
                min(r.moments[comparison.before].n, r.moments[comparison.after].n) >= minimum))
            exact &= all(uuid.UUID(r.key) in shown[s] or r.moments[comparison.before].n + r.moments[comparison.after].n
                         == 0 for r in counted)
        changes_shown.append(shown)
    if exact:
        return first
    return sums(db, organisation_id, rounds=rounds, round_count=round_count, comparisons=comparisons,
                question_rows=question_rows, group_kinds=group_kinds, every_question=every_question,
                moments_shown=moments_shown,
                changes_shown=changes_shown)
