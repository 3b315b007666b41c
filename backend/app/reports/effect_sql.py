"""The effect figures' statement (decision 0017; its shape decision 0018): count, sum and sum of squares per (row,
round) and per (row, comparison), for one cohort (the report) or many (the overview), in SQLAlchemy Core that runs
on SQLite and PostgreSQL. No answer row leaves the database.

The statement, as common table expressions:
- `piv` (materialized): one row per respondent (pair key: the pseudonym in pseudonymous rounds, else the person in
  named rounds, else the response itself: anonymous rounds and erased people pair with nothing) and a column per
  question row, the respondent's answers at every round packed in one integer (`Packing`: a field per round). One
  pass over the answers, one aggregate with a group per respondent, not per (respondent, question): small enough
  to stay in the CPU's caches, and, with no window function in it, run in parallel on PostgreSQL.
- per question row: how many respondents have each code (a few hundred codes, not a row per respondent), then
  the sums of each round's value and, per paired comparison, of the pairs' differences, weighted by those counts
  (an unpaired comparison's are its rounds' own sums).
- `totals` and `scores` (materialized): per respondent the codes of each group's questions (level, dimension,
  competency, lever) added up, so each round's field holds the sum of their answers above the scale's low end and
  how many there are; from those the group score per round, the mean percentage (0-100 of each question's scale).
  Then per group the sums of those scores and of the pairs' differences of them.
The result: a row per question row and per group (UNION ALL), the same columns, `ref` naming which.

Suppressed questions (decision 0017) are left out of the groups by `suppressed_sums`: the first statement counts
every answer; only when some question has answers but fewer than the minimum at a round, or too few pairs for a
change, a second statement scores the groups over the questions shown there (sets of question rows per round and
per comparison). A large cohort costs one statement."""

import functools
import operator
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import BigInteger, Float, String, and_, case, cast, func, literal, null, select, text, union_all
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session

from app.core.vocabulary import QuestionType
from app.questionnaires.models import Question
from app.reports.schemas import ReportRowKind
from app.reports.statistics import Sums
from app.responses.models import Answer, Response

NUMERIC_TYPES = (QuestionType.likert_5, QuestionType.likert_7, QuestionType.scale_0_10)
SCALE = {QuestionType.likert_5: (1, 5), QuestionType.likert_7: (1, 7), QuestionType.scale_0_10: (0, 10)}
GROUP_ATTRIBUTES = {ReportRowKind.level: "level", ReportRowKind.dimension: "dimension",
                    ReportRowKind.competency: "competency_id", ReportRowKind.transfer_lever: "transfer_lever"}
EMPTY = Sums(0, 0.0, 0.0)
NONE = [cast(null(), Float)] * 3  # sums a statement leaves out
MAX_ABOVE_LOW = 10  # the widest scale, 0-10
# a code is summed as a float (PostgreSQL sums those natively, 64-bit integers through numeric ones) and is exact
# up to 2**53; then it is cast to a 64-bit integer
INTEGER_BITS = 52
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


@dataclass(frozen=True)
class Packing:
    """A question row's answers of one respondent in one integer per chunk of rounds: per round a field holding the
    answer above its scale's low end plus `one`, which counts it (0: no answer). Summed over a group's questions,
    each field holds the sum of those values and their count, so a respondent's group score costs one addition
    per question, not work per answer and round. Wide enough for the largest group's sums."""

    value_bits: int
    count_bits: int

    @classmethod
    def for_groups(cls, largest: int) -> "Packing":
        return cls((MAX_ABOVE_LOW * largest).bit_length(), largest.bit_length())

    @property
    def one(self) -> int:
        return 2 ** self.value_bits

    @property
    def per_chunk(self) -> int:
        return INTEGER_BITS // (self.value_bits + self.count_bits)

    def chunk(self, i: int) -> int:
        return i // self.per_chunk

    def weight(self, i: int) -> int:
        return 2 ** ((self.value_bits + self.count_bits) * (i % self.per_chunk))

    def field(self, codes: Sequence[ColumnElement[Any]], i: int) -> ColumnElement[Any]:
        """Round i's field of a (summed) code: count * one + sum of the values above the low end."""
        return codes[self.chunk(i)] // self.weight(i) % 2 ** (self.value_bits + self.count_bits)


def _triple(value: ColumnElement[Any], weight: ColumnElement[Any] | None = None) -> list[ColumnElement[Any]]:
    """count, sum and sum of squares of `value`; each value counted `weight` times when given."""
    if weight is None:
        return [func.count(value), func.sum(value), func.sum(value * value)]
    return [func.sum(case((value.is_not(None), weight))), func.sum(value * weight), func.sum(value * value * weight)]


def sums(db: Session, organisation_id: uuid.UUID, *, rounds: Mapping[uuid.UUID, tuple[uuid.UUID, int]],
         round_count: int, comparisons: Sequence[Comparison], question_rows: Mapping[uuid.UUID, Question],
         group_kinds: Sequence[ReportRowKind], every_question: bool = False,
         moments_shown: Sequence[Shown] | None = None, changes_shown: Sequence[Shown] | None = None) -> list[RowSums]:
    """The sums per (subject, row). `rounds`: round id → (subject, index 0..round_count-1); `question_rows`: each
    question id → its row's question (itself, or the first question of its type and text in the report), whose
    type, level, dimension, competency and lever the row takes. `moments_shown[i]` (per round) and
    `changes_shown[c]` (per comparison): the question rows per subject that count in the groups' figures there;
    None: all of them. `every_question`: the rows hold every numeric question of the rounds' instruments (no
    filter), so every answer with a number counts."""
    if not rounds or not question_rows:
        return []
    indexes = range(round_count)
    moments_shown = list(moments_shown or [None] * round_count)
    changes_shown = list(changes_shown or [None] * len(comparisons))
    subjects = list(dict.fromkeys(s for s, _ in rounds.values()))
    rows = list({question.id: question for question in question_rows.values()}.values())
    low = [SCALE[QuestionType(row.type)][0] for row in rows]
    groups = [(kind, key, [k for k, row in enumerate(rows) if _attribute(row, kind) == key])
              for kind in group_kinds
              for key in dict.fromkeys(_attribute(row, kind) for row in rows) if key is not None]
    packing = Packing.for_groups(max((len(members) for *_, members in groups), default=1))
    chunks = range(packing.chunk(round_count - 1) + 1)

    pair_key = func.coalesce(Response.pseudonym, cast(Response.person_id, String), cast(Response.id, String))
    resp = (select(Response.id.label("id"), pair_key.label("pk"),
                   case({r: subjects.index(s) for r, (s, _) in rounds.items()}, value=Response.round_id).label("s"),
                   case({r: literal(float(packing.weight(i)), Float) for r, (_, i) in rounds.items()},
                        value=Response.round_id).label("w"),
                   case({r: packing.chunk(i) for r, (_, i) in rounds.items()}, value=Response.round_id).label("c"))
            .where(Response.organisation_id == organisation_id, Response.round_id.in_(list(rounds)))
            .subquery("resp"))

    def answered(k: int, chunk: int) -> ColumnElement[Any]:
        ids = [qid for qid, row in question_rows.items() if row.id == rows[k].id]
        question = Answer.question_id == ids[0] if len(ids) == 1 else Answer.question_id.in_(ids)
        return question if len(chunks) == 1 else and_(question, resp.c.c == chunk)

    # a respondent answers a question once per round: each round's answer in its own field (weight: a float)
    codes = [func.coalesce(cast(func.sum((Answer.number + (packing.one - low[k])) * resp.c.w)
                                .filter(answered(k, c)), BigInteger), 0).label(f"c{k}_{c}")
             for k in range(len(rows)) for c in chunks]
    one = len(subjects) == 1  # a pair key belongs to one subject: with one (the report) it needs no subject beside it
    piv = (select(literal(0).label("s") if one else resp.c.s, *codes)
           .join(resp, resp.c.id == Answer.response_id)
           .where(Answer.number.is_not(None),
                  *(() if every_question else (Answer.question_id.in_(list(question_rows)),)))
           .group_by(resp.c.pk, *(() if one else (resp.c.s,))).cte("piv").prefix_with("MATERIALIZED"))

    def columns(moments: list, differences: list, befores: list, afters: list) -> list[ColumnElement[Any]]:
        """A result row's columns: the moments' sums, then per comparison its differences', befores' and afters'
        (NONE where left out)."""
        return [*(c for m in moments for c in m),
                *(c for block in zip(differences, befores, afters, strict=True) for part in block for c in part)]

    paired = [c for c, comparison in enumerate(comparisons) if comparison.paired is True or (
        not isinstance(comparison.paired, bool) and any(comparison.paired.values()))]
    # per question row: the respondents per code (a few hundred codes, not a row per respondent)
    dist = union_all(*(select(piv.c.s, literal(k).label("k"), literal(low[k]).label("low"),
                              *(piv.c[f"c{k}_{c}"].label(f"code{c}") for c in chunks), func.count().label("weight"))
                       .group_by(piv.c.s, *(piv.c[f"c{k}_{c}"] for c in chunks)) for k in range(len(rows)))
                     ).subquery("dist")
    v = [func.nullif(packing.field([dist.c[f"code{c}"] for c in chunks], i), 0) - packing.one + dist.c.low
         for i in indexes]
    none = [NONE] * len(comparisons)
    statements: list[Any] = [select(dist.c.k.label("ref"), dist.c.s, *columns(
        [_triple(v[i], dist.c.weight) for i in indexes],
        [_triple(v[comparisons[c].after] - v[comparisons[c].before], dist.c.weight) if c in paired else NONE
         for c in range(len(comparisons))], none, none)).group_by(dist.c.s, dist.c.k)]
    labels = [(ReportRowKind.question, str(row.id)) for row in rows]

    if groups:
        totals: dict[tuple, ColumnElement[Any]] = {}  # per (group, scale, chunk, shown): its questions' codes summed

        def parts(g: int, i: int, where: Shown) -> list[tuple[QuestionType, str]]:
            """Group g's summed codes that make its score at round i, per scale of its questions (shown: `where`)."""
            found = []
            for scale in dict.fromkeys(QuestionType(rows[k].type) for k in groups[g][2]):
                terms = []
                for k in groups[g][2]:
                    counts = _counts(rows[k].id, where, subjects, piv.c.s)
                    if rows[k].type == scale and counts is not False:
                        code = piv.c[f"c{k}_{packing.chunk(i)}"]
                        terms.append(code if counts is True else case((counts, code), else_=0))
                if terms:
                    name = (g, scale, packing.chunk(i), None if where is None else frozenset(where.items()))
                    totals.setdefault(name, functools.reduce(operator.add, terms).label(f"t{len(totals)}"))
                    found.append((scale, totals[name].name))
            return found

        # a group score per round, over the questions shown at that round; a comparison whose questions are not
        # exactly those of both its rounds' scores gets scores of its own
        own = [c for c, comparison in enumerate(comparisons) if changes_shown[c] != moments_shown[comparison.before]
               or changes_shown[c] != moments_shown[comparison.after]]
        wanted: list[tuple[str, int, list[tuple[QuestionType, str]]]] = []
        for g in range(len(groups)):
            wanted += [(f"p{g}_{i}", i, parts(g, i, moments_shown[i])) for i in indexes]
            for c in own:
                before, after = comparisons[c].before, comparisons[c].after
                wanted += [(f"b{g}_{c}", before, parts(g, before, changes_shown[c])),
                           (f"a{g}_{c}", after, parts(g, after, changes_shown[c]))]
        summed = select(piv.c.s, *totals.values()).cte("totals").prefix_with("MATERIALIZED")

        def score(i: int, of: list[tuple[QuestionType, str]]) -> ColumnElement[Any]:
            """The score at round i: the mean percentage of the group's answers there; null when there are none."""
            if not of:
                return cast(null(), Float)
            fields = [(scale, packing.field([summed.c[name]] * len(chunks), i)) for scale, name in of]
            # in floats: SQLAlchemy divides integers as NUMERIC, whose arithmetic and sums cost PostgreSQL a multiple
            points = [cast(field % packing.one, Float) * (100.0 / (SCALE[scale][1] - SCALE[scale][0]))
                      for scale, field in fields]
            count = cast(func.nullif(functools.reduce(operator.add, [field // packing.one for _, field in fields]), 0),
                         Float)
            return functools.reduce(operator.add, points) / count

        scores = (select(summed.c.s, *(score(i, of).label(name) for name, i, of in wanted))
                  .cte("scores").prefix_with("MATERIALIZED"))
        for g, (kind, key, _) in enumerate(groups):
            p = [scores.c[f"p{g}_{i}"] for i in indexes]
            pairs = [(scores.c[f"b{g}_{c}"], scores.c[f"a{g}_{c}"]) if c in own else (p[comparison.before],
                                                                                    p[comparison.after])
                     for c, comparison in enumerate(comparisons)]
            statements.append(select(literal(len(labels)).label("ref"), scores.c.s, *columns(
                [_triple(p[i]) for i in indexes],
                [_triple(after - before) if c in paired else NONE for c, (before, after) in enumerate(pairs)],
                [_triple(before) if c in own else NONE for c, (before, _) in enumerate(pairs)],
                [_triple(after) if c in own else NONE for c, (_, after) in enumerate(pairs)])).group_by(scores.c.s))
            labels.append((kind, key))
    result = union_all(*statements) if len(statements) > 1 else statements[0]
    return [_row_sums(row, labels, subjects, round_count, comparisons) for row in db.execute(result)]


def _attribute(row: Question, kind: ReportRowKind) -> str | None:
    value = getattr(row, GROUP_ATTRIBUTES[kind])
    return None if value is None else str(value)


def _counts(row_id: uuid.UUID, where: Shown, subjects: list[uuid.UUID], subject: Any) -> bool | ColumnElement[Any]:
    """Whether a question row counts in a group's score: everywhere (True), nowhere (False), or for the subjects
    whose shown rows (`where`) hold it."""
    if where is None:
        return True
    holding = [i for i, s in enumerate(subjects) if row_id in where.get(s, ())]
    return True if len(holding) == len(subjects) else False if not holding else subject.in_(holding)


def _sums(values: Sequence[Any]) -> Sums:
    n, total, squares = values
    return Sums(int(n or 0), float(total or 0), float(squares or 0)) if n else EMPTY


def _given(values: Sequence[Any], otherwise: Sums) -> Sums:
    """Sums the statement computed, or `otherwise` where it left them out (null count)."""
    return otherwise if values[0] is None else _sums(values)


def _row_sums(row: Any, labels: list[tuple[ReportRowKind, str]], subjects: list[uuid.UUID], rounds: int,
              comparisons: Sequence[Comparison]) -> RowSums:
    ref, subject, *values = row
    kind, key = labels[ref]
    moments = [_sums(values[3 * i:3 * i + 3]) for i in range(rounds)]
    rest = values[3 * rounds:]
    blocks = [[_sums(rest[9 * c:9 * c + 3]), _given(rest[9 * c + 3:9 * c + 6], moments[comparison.before]),
               _given(rest[9 * c + 6:9 * c + 9], moments[comparison.after])]
              for c, comparison in enumerate(comparisons)]
    return RowSums(subjects[subject], kind, key, moments, [b[0] for b in blocks], [b[1] for b in blocks],
                   [b[2] for b in blocks])


def suppressed_sums(db: Session, organisation_id: uuid.UUID, *, rounds: Mapping[uuid.UUID, tuple[uuid.UUID, int]],
                    round_count: int, comparisons: Sequence[Comparison], question_rows: Mapping[uuid.UUID, Question],
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
