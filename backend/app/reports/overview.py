"""The organisation's overview of what its programmes achieved: per programme (by title; cohorts without one under
an entry of their own, programme null, last) its cohorts by start date, newest first, each with its measurement
rounds and response rates, and per level its headline change: from the cohort's first `pre` round to its last
`post` round (paired or unpaired as in the effect report, `app.reports.effect`), null when the cohort has not both.
The levels a cohort shows are those its rounds' questions measure; suppressed as in the effect report: a change of
too few pairs (or groups) is withheld, and a question below the minimum counts in no level.

Queries: the minimum, the cohorts, their rounds, their questions and the sums (a second statement when a question
below the minimum must be left out): five or six, whatever the number of cohorts."""

import uuid

from sqlalchemy import func, select
from sqlmodel import Session

from app.cohorts.models import Cohort, Enrolment, EnrolmentRole
from app.core.scope import Scope
from app.core.vocabulary import MeasurementLevel, RoundMoment
from app.organisations.models import Organisation
from app.programmes.models import Programme
from app.reports import effect_sql
from app.reports.effect_data import change, kind_of, question_rows, rounds_of
from app.reports.effect_sql import Comparison
from app.reports.schemas import (
    CohortOverview,
    ComparisonKind,
    EffectOverview,
    HeadlineEffect,
    ProgrammeOverview,
    ReportComparison,
    ReportRowKind,
)

WITHOUT_PROGRAMME = "Zonder programma"


def effect_overview(db: Session, scope: Scope) -> EffectOverview:
    minimum = db.scalar(select(Organisation.minimum_report_group_size)
                        .where(Organisation.id == scope.organisation_id)) or 0
    participants = (select(func.count()).where(Enrolment.cohort_id == Cohort.id,
                                               Enrolment.role == EnrolmentRole.participant)
                    .correlate(Cohort).scalar_subquery())
    cohorts = db.execute(select(Cohort, Programme.title, participants)
                         .outerjoin(Programme, Programme.id == Cohort.programme_id)
                         .where(Cohort.organisation_id == scope.organisation_id)
                         .order_by(Programme.title, Cohort.programme_id, Cohort.starts_on.desc(), Cohort.name)).all()
    rounds = rounds_of(db, scope, [cohort.id for cohort, _, _ in cohorts])
    instruments = [item.round.instrument_id for cohort, _, _ in cohorts for item in rounds[cohort.id]]
    rows = question_rows(db, scope, instruments)
    levels_of: dict[uuid.UUID, set[str]] = {}
    for row in rows:
        for instrument_id in row.instrument_ids if row.question.level is not None else ():
            levels_of[instrument_id] = levels_of.get(instrument_id, set()) | {row.question.level}
    # per cohort with both answered: its first pre and last post round that hold responses (a post round still to
    # come is no measurement yet, not a small group)
    ends: dict[uuid.UUID, tuple] = {}
    for cohort, _, _ in cohorts:
        measured = [item.round for item in rounds[cohort.id] if item.report.completed]
        first = next((i for i, r in enumerate(measured) if r.moment == RoundMoment.pre), None)
        last = next((i for i in reversed(range(len(measured))) if measured[i].moment == RoundMoment.post), None)
        if first is not None and last is not None and last > first:
            ends[cohort.id] = (measured[first], measured[last])
    found = effect_sql.suppressed_sums(
        db, scope.organisation_id,
        rounds={r.id: (cohort_id, i) for cohort_id, pair in ends.items() for i, r in enumerate(pair)},
        round_count=2, comparisons=[Comparison(0, 1, {cohort_id: kind_of(*pair) is ComparisonKind.paired
                                                      for cohort_id, pair in ends.items()})],
        question_rows={qid: row.question for row in rows for qid in row.question_ids},
        group_kinds=[ReportRowKind.level], minimum=minimum, every_question=True) if ends else []
    sums = {(item.subject, item.key): item for item in found if item.kind is ReportRowKind.level}
    programmes: dict[uuid.UUID | None, ProgrammeOverview] = {}
    for cohort, title, count in cohorts:
        loaded = rounds[cohort.id]
        levels = set().union(*(levels_of.get(item.round.instrument_id, set()) for item in loaded))
        pair = ends.get(cohort.id)
        comparison = pair and ReportComparison(from_round_id=pair[0].id, to_round_id=pair[1].id,
                                               kind=kind_of(*pair))
        headline = [HeadlineEffect(level=level, change=comparison and change(
            comparison, sums.get((cohort.id, level.value)), 0, minimum))
            for level in MeasurementLevel if level.value in levels]
        invited = sum(item.report.invited for item in loaded)
        completed = sum(item.report.completed for item in loaded)
        entry = programmes.setdefault(cohort.programme_id, ProgrammeOverview(
            programme_id=cohort.programme_id, title=title or WITHOUT_PROGRAMME, cohorts=[]))
        entry.cohorts.append(CohortOverview(
            cohort_id=cohort.id, name=cohort.name, start_date=cohort.starts_on, end_date=cohort.ends_on,
            participants=count, rounds=[item.report for item in loaded],
            response_rate=completed / invited if invited else None, headline=headline))
    ordered = sorted(programmes.values(), key=lambda p: p.programme_id is None)
    return EffectOverview(minimum_group_size=minimum, programmes=ordered)
