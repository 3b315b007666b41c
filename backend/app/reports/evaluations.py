"""Evaluation reports (evaluatierapportages, issue 17): one intervention's evaluations of a year, as a whole, per
session, per trainer and per location; a year's interventions, trainers and locations side by side; and the
summary the yearly review shows beside each intervention.

Per aspect (trainer, content, added value, location, overall mark) each respondent's score is the mean of their
answers to the aspect's questions, on the questions' scale (the overall mark 0-10, the rest 1-5); an aspect whose
questions mix scales is reported on 0-100 (each answer as a percentage of its scale), as the effect report does.
The sums come from SQL per session (`evaluation_sql`); a trainer's, location's or intervention's are their
sessions' added up. Each partition is suppressed with `suppression.reasons(..., with_total=True)`, per group (by
its number of evaluations) and per aspect (by the respondents who rated it), so a lone small group is never the
total minus the others; `evaluation_protection` then closes the differences across partitions (a trainer minus
their shown sessions). Open answers are shown only when the total has enough evaluations, in an order fixed by a
hash of their text (not by time, so none points to its writer)."""

import hashlib
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from app.core.scope import Scope
from app.core.vocabulary import EvaluationAspect, QuestionType
from app.reports import evaluation_protection as protection
from app.reports import evaluation_sql as sql
from app.reports import statistics, suppression
from app.reports.schemas import (
    AspectFigure,
    EvaluationGroup,
    EvaluationGroupKind,
    EvaluationReport,
    EvaluationSummary,
    YearEvaluations,
)
from app.reports.statistics import Sums
from app.reports.suppression import SuppressionReason

YEAR_RULE = ("Left out: the most recent year with submitted evaluations (of the intervention; for the overview, of "
             "the organisation), else this year (Europe/Amsterdam).")
NO_TRAINER = "Geen trainer"
NO_LOCATION = "Locatie onbekend"
TIME_ZONE = ZoneInfo("Europe/Amsterdam")


@dataclass(frozen=True)
class Scale:
    low: float
    high: float
    percent: bool  # the aspect mixes scales: its scores are percentages of them


@dataclass
class _Bucket:
    """A group's sessions, their counts and sums added up."""

    kind: EvaluationGroupKind
    key: str
    label: str
    day: date | None = None
    invited: int = 0
    responses: int = 0
    sessions: set[uuid.UUID] = field(default_factory=set)
    raw: dict[EvaluationAspect, Sums] = field(default_factory=dict)
    pct: dict[EvaluationAspect, Sums] = field(default_factory=dict)

    def include(self, session: sql.EvaluatedSession) -> "_Bucket":
        self.invited += session.invited
        self.sessions |= {session.id}
        self.responses += session.responses
        for aspect, sums in session.raw.items():
            self.raw[aspect] = self.raw.get(aspect, Sums(0, 0.0, 0.0)) + sums
        for aspect, sums in session.pct.items():
            self.pct[aspect] = self.pct.get(aspect, Sums(0, 0.0, 0.0)) + sums
        return self

    def sums(self, aspect: EvaluationAspect, scale: Scale) -> Sums:
        return (self.pct if scale.percent else self.raw).get(aspect, Sums(0, 0.0, 0.0))


def this_year() -> int:
    return datetime.now(TIME_ZONE).year


def scales_of(types: dict[EvaluationAspect, set[QuestionType]]) -> dict[EvaluationAspect, Scale]:
    """Per aspect the form rates, in the vocabulary's order, its scale."""
    scales = {}
    for aspect in EvaluationAspect:
        kinds = types.get(aspect)
        if not kinds:
            continue
        if len(kinds) == 1:
            low, high = sql.SCALE[next(iter(kinds))]
            scales[aspect] = Scale(low, high, False)
        else:
            scales[aspect] = Scale(*sql.PERCENT, True)
    return scales


def _partition(sessions: Iterable[sql.EvaluatedSession], kind: EvaluationGroupKind,
               key_of: Callable[[sql.EvaluatedSession], tuple[str, str, date | None]]) -> list[_Bucket]:
    buckets: dict[str, _Bucket] = {}
    for session in sessions:
        key, label, day = key_of(session)
        buckets.setdefault(key, _Bucket(kind, key, label, day)).include(session)
    return list(buckets.values())


def _by_session(s: sql.EvaluatedSession) -> tuple[str, str, date | None]:
    return str(s.id), s.title or s.intervention_title, s.day


def _by_trainer(s: sql.EvaluatedSession) -> tuple[str, str, date | None]:
    return (str(s.trainer_id), s.trainer_name or NO_TRAINER, None) if s.trainer_id else ("", NO_TRAINER, None)


def _by_location(s: sql.EvaluatedSession) -> tuple[str, str, date | None]:
    return s.location, s.location or NO_LOCATION, None


def _by_intervention(s: sql.EvaluatedSession) -> tuple[str, str, date | None]:
    return str(s.intervention_id), s.intervention_title, None


def _named_order(buckets: list[_Bucket]) -> list[_Bucket]:
    """By name, the group without a trainer or location last."""
    return sorted(buckets, key=lambda b: (b.key == "", b.label.lower(), b.key))


def _cell_reasons(ns: Sequence[int], forced: Sequence[SuppressionReason | None],
                  minimum: int) -> list[SuppressionReason | None]:
    """One aspect's figures across a partition: withheld where the group is, or where fewer than the minimum rated
    the aspect (`evaluation_protection` then hides what would give those away)."""
    return [forced[i] or (None if suppression.shown(n, minimum) else SuppressionReason.too_few)
            for i, n in enumerate(ns)]


def _figures(bucket: _Bucket, scales: dict[EvaluationAspect, Scale], reason: SuppressionReason | None,
             cells: dict[EvaluationAspect, SuppressionReason | None]) -> EvaluationGroup:
    aspects = []
    for aspect, scale in scales.items():
        hidden = cells[aspect]
        described = statistics.describe(bucket.sums(aspect, scale))
        aspects.append(AspectFigure(
            aspect=aspect, n=None if hidden else described.n, mean=None if hidden else described.mean,
            sd=None if hidden else described.sd, scale_min=scale.low, scale_max=scale.high, suppressed=hidden))
    return EvaluationGroup(kind=bucket.kind, key=bucket.key, label=bucket.label, day=bucket.day,
                           invited=bucket.invited, responses=None if reason else bucket.responses, aspects=aspects,
                           suppressed=reason)


def _groups(partitions: Sequence[Sequence[_Bucket]], scales: dict[EvaluationAspect, Scale], minimum: int, *,
            total: int | None, total_aspects: dict[EvaluationAspect, int | None]) -> list[list[EvaluationGroup]]:
    """The partitions' groups, suppressed together: per partition (`suppression.reasons` with the total beside),
    then across them (`evaluation_protection`); the same per aspect. `total`: the respondents of the total shown
    (or implied) beside them; `total_aspects` per aspect likewise."""
    def cells(n_of: Callable[[_Bucket], int]) -> list[list[protection.Cell]]:
        return [[protection.Cell(frozenset(b.sessions), n_of(b)) for b in part] for part in partitions]

    group_reasons = protection.protect(
        cells(lambda b: b.responses),
        [suppression.reasons(part, lambda b: b.responses, minimum, with_total=True) for part in partitions],
        minimum, total=total)
    aspect_reasons = {}
    for aspect, scale in scales.items():
        counted = cells(lambda b, a=aspect, s=scale: b.sums(a, s).n)  # type: ignore[misc]
        first = [_cell_reasons([c.n for c in row], group_reasons[p], minimum)
                 for p, row in enumerate(counted)]
        aspect_reasons[aspect] = protection.protect(counted, first, minimum, total=total_aspects.get(aspect))
    return [[_figures(bucket, scales, group_reasons[p][g], {a: r[p][g] for a, r in aspect_reasons.items()})
             for g, bucket in enumerate(part)] for p, part in enumerate(partitions)]


def _percent_of_scale(figure: AspectFigure) -> float | None:
    if figure.mean is None or figure.scale_max == figure.scale_min:
        return None
    return (figure.mean - figure.scale_min) / (figure.scale_max - figure.scale_min) * 100


def rating(group: EvaluationGroup) -> float | None:
    """What the year ranks by: the overall mark, else the mean of the aspects, as a percentage of the scale."""
    overall = next((a for a in group.aspects if a.aspect is EvaluationAspect.overall), None)
    if overall is not None and (score := _percent_of_scale(overall)) is not None:
        return score
    scores = [s for a in group.aspects if (s := _percent_of_scale(a)) is not None]
    return sum(scores) / len(scores) if scores else None


def ranked(groups: list[EvaluationGroup]) -> list[EvaluationGroup]:
    """Highest rated first; unrated and suppressed groups last (by name)."""
    def key(group: EvaluationGroup) -> tuple[bool, float, str]:
        score = rating(group)
        return (group.suppressed is not None or score is None, -(score or 0.0), group.label.lower())
    return sorted(groups, key=key)


def _open_order(text: str, seed: str) -> str:
    return hashlib.sha256(f"{seed}\n{text}".encode()).hexdigest()


def evaluation_report(db: Session, scope: Scope, intervention_id: uuid.UUID, *, year: int | None) -> EvaluationReport:
    """The intervention's evaluations of the year: 5 queries, 6 with open answers shown, 7 with the year left out."""
    title = sql.intervention_title(db, scope, intervention_id)
    if year is None:
        year = sql.latest_year(db, scope, intervention_id) or this_year()
    minimum = sql.minimum_group_size(db, scope)
    sessions = sql.evaluated_sessions(db, scope, year=year, intervention_id=intervention_id)
    scales = scales_of(sql.aspect_types(db, scope, year=year, intervention_id=intervention_id))
    total_bucket = _Bucket(EvaluationGroupKind.intervention, str(intervention_id), title)
    for session in sessions:
        total_bucket.include(session)
    total = _figures(total_bucket, scales, None if suppression.shown(total_bucket.responses, minimum)
                     else SuppressionReason.too_few,
                     {a: None if suppression.shown(total_bucket.sums(a, s).n, minimum) else SuppressionReason.too_few
                      for a, s in scales.items()})
    shown_aspects = {a.aspect: a.n for a in total.aspects}
    session_groups, trainers, locations = _groups(
        [_partition(sessions, EvaluationGroupKind.session, _by_session),
         _named_order(_partition(sessions, EvaluationGroupKind.trainer, _by_trainer)),
         _named_order(_partition(sessions, EvaluationGroupKind.location, _by_location))],
        scales, minimum, total=total.responses, total_aspects=shown_aspects)
    open_shown = suppression.shown(total_bucket.responses, minimum)
    answers = []
    if open_shown:
        seed = f"{intervention_id}:{year}"
        answers = sorted(sql.open_answers(db, scope, year=year, intervention_id=intervention_id),
                         key=lambda text: _open_order(text, seed))
    return EvaluationReport(
        intervention_id=intervention_id, title=title, year=year, minimum_group_size=minimum, total=total,
        sessions=session_groups, trainers=trainers, locations=locations,
        open_answers=answers, open_answers_suppressed=None if open_shown else SuppressionReason.too_few)


def year_evaluations(db: Session, scope: Scope, *, year: int | None) -> YearEvaluations:
    """The year's evaluated interventions, trainers and locations, highest rated first: 4 queries, 5 with the year
    left out, however many interventions, sessions and answers."""
    if year is None:
        year = sql.latest_year(db, scope, None) or this_year()
    minimum = sql.minimum_group_size(db, scope)
    sessions = sql.evaluated_sessions(db, scope, year=year)
    scales = scales_of(sql.aspect_types(db, scope, year=year))

    # the year's total is not shown, but any partition shown in full implies it: protect as if it stood beside them
    whole = _Bucket(EvaluationGroupKind.intervention, "", "")
    for session in sessions:
        whole.include(session)
    interventions, trainers, locations = _groups(
        [_partition(sessions, EvaluationGroupKind.intervention, _by_intervention),
         _partition(sessions, EvaluationGroupKind.trainer, _by_trainer),
         _partition(sessions, EvaluationGroupKind.location, _by_location)],
        scales, minimum, total=whole.responses, total_aspects={a: whole.sums(a, s).n for a, s in scales.items()})
    return YearEvaluations(year=year, minimum_group_size=minimum, interventions=ranked(interventions),
                           trainers=ranked(trainers), locations=ranked(locations))


def summaries(db: Session, scope: Scope, *, year: int) -> dict[uuid.UUID, EvaluationSummary]:
    """Per intervention evaluated in the year, its evaluations in brief (what the yearly review shows beside it),
    the same figures and suppression as the year's comparison: 4 queries for all interventions."""
    overview = year_evaluations(db, scope, year=year)
    return {uuid.UUID(group.key): EvaluationSummary(responses=group.responses, aspects=group.aspects,
                                                    suppressed=group.suppressed)
            for group in overview.interventions}
