"""The cohort effect report: every figure against NumPy and SciPy on the raw generated answers (on SQLite and
PostgreSQL alike), pairing, groups, suppression at the minimum, filters, empty rounds, isolation and the number of
queries."""

import math
import uuid

import pytest

from app.core.errors import NotFound
from app.core.vocabulary import AnonymityMode, Dimension, MeasurementLevel, QuestionType, RoundMoment
from app.reports.effect import effect_report
from app.reports.schemas import ComparisonKind, ReportRowKind
from app.reports.suppression import SuppressionReason
from tests.factories import make_scope, save
from tests.reports import effect_data as data
from tests.reports.factories import answer_rounds, make_cohort, make_effect_instrument, make_people, make_rounds

pytestmark = pytest.mark.anyio
CLOSE = {"rel": 1e-9, "abs": 1e-9}


@pytest.fixture
def study(db, org):
    return data.make_study(db, org)


def report_of(db, study, **filters):
    return effect_report(db, make_scope(study.org), study.cohort.id, **filters)


def row(report, kind, key):
    return next(r for r in report.rows if r.kind == kind and r.key == str(key))


def check_moment(figure, values):
    n, mean, sd = data.describe(values)
    assert figure.suppressed is None
    assert (figure.n, figure.mean, figure.sd) == (n, pytest.approx(mean, **CLOSE), pytest.approx(sd, **CLOSE))


def check_change(figure, expected):
    assert figure.suppressed is None
    for name, value in expected.items():
        assert getattr(figure, name) == pytest.approx(value, rel=1e-7, abs=1e-9), name


def test_rounds_comparisons_and_response_rates(db, study):
    report = report_of(db, study)
    assert [r.id for r in report.rounds] == [r.id for r in study.rounds]
    assert [(r.invited, r.completed) for r in report.rounds] == [
        (len(people) + 2, len(people)) for people in data.RESPONDENTS]
    assert report.rounds[0].response_rate == pytest.approx(13 / 15)
    assert [(c.from_round_id, c.to_round_id, c.kind) for c in report.comparisons] == [
        (study.rounds[0].id, study.rounds[1].id, ComparisonKind.paired),
        (study.rounds[0].id, study.rounds[2].id, ComparisonKind.unpaired),  # pseudonymous against named
        (study.rounds[0].id, study.rounds[3].id, ComparisonKind.unpaired)]  # against anonymous
    assert report.minimum_group_size == data.MINIMUM and report.cohort_name == "Traineeship 2026-B"


def test_question_rows_match_numpy_and_scipy(db, study):
    report = report_of(db, study)
    questions = [r for r in report.rows if r.kind == ReportRowKind.question]
    assert [r.key for r in questions] == [str(q.id) for q in study.questions]  # the open question has no row
    assert [r.position for r in questions] == [1, 2, 3, 4]
    assert [(r.scale_min, r.scale_max) for r in questions] == [(1, 5), (1, 7), (0, 10), (1, 5)]
    for q, question_row in enumerate(questions):
        for r in range(4):
            values = data.column(study.raw, r, q)
            if len(values) >= data.MINIMUM:
                check_moment(question_row.moments[r], values.values())
        before = data.column(study.raw, 0, q)
        if q != data.SPARSE:
            check_change(question_row.changes[0], data.paired(before, data.column(study.raw, 1, q)))
        check_change(question_row.changes[1], data.welch(before, data.column(study.raw, 2, q)))
        check_change(question_row.changes[2], data.welch(before, data.column(study.raw, 3, q)))
    first = questions[0].changes[0]
    assert first.effect_size_kind == "d_z" and questions[0].changes[2].effect_size_kind == "hedges_g"
    assert first.magnitude is not None


def expected_group(raw, members: list[int], kind_paired=(True, False, False)):
    """Per round the scores over the members shown there; per comparison the scores over those whose change is
    shown, paired or Welch."""
    moments = [data.group_scores(raw, r, [q for q in members if q in data.shown_questions(raw, r)])
               for r in range(4)]
    changes = []
    for c, after in enumerate((1, 2, 3)):
        counted = [q for q in members if q in data.change_questions(raw, 0, after, kind_paired[c])]
        before, later = data.group_scores(raw, 0, counted), data.group_scores(raw, after, counted)
        changes.append(data.paired(before, later) if kind_paired[c] else data.welch(before, later))
    return moments, changes


def test_group_rows_are_per_respondent_scores(db, study):
    report = report_of(db, study)
    cases = [(ReportRowKind.level, MeasurementLevel.participant.value, [0, 1]),
             (ReportRowKind.dimension, Dimension.support.value, [2]),
             (ReportRowKind.competency, str(study.competency.id), [0, 1, 3]),
             (ReportRowKind.transfer_lever, "transfer_motivation", [0])]
    for kind, key, members in cases:
        group = row(report, kind, key)
        assert (group.scale_min, group.scale_max, group.question_count) == (0, 100, len(members))
        moments, changes = expected_group(study.raw, members)
        for r in range(4):
            check_moment(group.moments[r], moments[r].values())
        for c in range(3):
            check_change(group.changes[c], changes[c])
    competency = row(report, ReportRowKind.competency, study.competency.id)
    assert competency.label == "Verbindend" and competency.competency_id == study.competency.id
    dimension = row(report, ReportRowKind.dimension, "support")
    assert (dimension.level, dimension.dimension) == (MeasurementLevel.organisation, Dimension.support)
    kinds = [r.kind for r in report.rows]
    assert kinds == sorted(kinds, key=[ReportRowKind.question, *ReportRowKind.__members__.values()].index)


def test_a_suppressed_question_is_in_no_group(db, study):
    """The sparse question (4 answers after week 1) is withheld there, and the competency it shares with two
    others is exactly those two's score there: the group cannot carry it."""
    report = report_of(db, study)
    sparse = row(report, ReportRowKind.question, study.questions[data.SPARSE].id)
    assert sparse.moments[1].model_dump(exclude={"round_id"}) == {
        "n": None, "mean": None, "sd": None, "suppressed": SuppressionReason.too_few}
    assert sparse.changes[0].suppressed == SuppressionReason.too_few and sparse.changes[0].mean_difference is None
    competency = row(report, ReportRowKind.competency, study.competency.id)
    without = data.group_scores(study.raw, 1, [0, 1])
    check_moment(competency.moments[1], without.values())
    with_it = data.group_scores(study.raw, 1, [0, 1, 3])
    assert competency.moments[1].mean != pytest.approx(data.describe(with_it.values())[1])
    # the programme level and the quality dimension have nothing else: withheld there, and their change too
    for kind, key in ((ReportRowKind.level, "programme"), (ReportRowKind.dimension, "quality")):
        group = row(report, kind, key)
        assert group.moments[1].suppressed == SuppressionReason.too_few and group.moments[1].n is None
        assert group.changes[0].suppressed == SuppressionReason.too_few
        assert group.moments[0].suppressed is None


@pytest.mark.parametrize("extra, shown", [(0, True), (1, False)])
def test_suppression_at_the_minimum(db, study, extra, shown):
    """The 0-10 question after week 1 and the organisation level (its only question) at n = minimum is shown,
    at minimum - 1 (the organisation's minimum raised by one) withheld; so is their change at its pairs."""
    n = len(data.column(study.raw, 1, 2))
    study.org.minimum_report_group_size = n + extra
    save(db, study.org)
    report = report_of(db, study)
    assert report.minimum_group_size == n + extra
    for figure in (row(report, ReportRowKind.question, study.questions[2].id).moments[1],
                   row(report, ReportRowKind.level, "organisation").moments[1]):
        assert (figure.suppressed is None) is shown
        assert figure.n == (n if shown else None)
    pairs = len(set(data.column(study.raw, 0, 2)) & set(data.column(study.raw, 1, 2)))
    study.org.minimum_report_group_size = pairs + extra
    save(db, study.org)
    change = row(report_of(db, study), ReportRowKind.question, study.questions[2].id).changes[0]
    assert (change.n == pairs) is shown and (change.suppressed is None) is shown


def test_filters_keep_their_rows_and_whole_groups(db, study):
    def keys(report):
        return [(r.kind.value, r.key) for r in report.rows]

    q = [str(question.id) for question in study.questions]
    competency = str(study.competency.id)
    assert keys(report_of(db, study, level=MeasurementLevel.participant)) == [
        ("question", q[0]), ("question", q[1]), ("level", "participant"), ("dimension", "learning_effect"),
        ("dimension", "behaviour"), ("transfer_lever", "transfer_motivation")]  # the competency has q4 too
    assert keys(report_of(db, study, dimension=Dimension.support)) == [
        ("question", q[2]), ("level", "organisation"), ("dimension", "support"),
        ("transfer_lever", "supervisor_support")]  # its level has no other question
    assert keys(report_of(db, study, dimension=Dimension.learning_effect)) == [
        ("question", q[0]), ("dimension", "learning_effect"), ("transfer_lever", "transfer_motivation")]
    assert keys(report_of(db, study, competency_id=study.competency.id)) == [
        ("question", q[0]), ("question", q[1]), ("question", q[3]), ("level", "participant"), ("level", "programme"),
        ("dimension", "learning_effect"), ("dimension", "behaviour"), ("dimension", "quality"),
        ("competency", competency), ("transfer_lever", "transfer_motivation")]
    full, narrowed = report_of(db, study), report_of(db, study, level=MeasurementLevel.participant)
    same, whole = row(narrowed, ReportRowKind.level, "participant"), row(full, ReportRowKind.level, "participant")
    assert [(m.n, m.mean) for m in same.moments] == [(m.n, pytest.approx(m.mean)) for m in whole.moments]
    assert [(c.n, c.p) for c in same.changes] == [(c.n, pytest.approx(c.p)) for c in whole.changes]
    assert report_of(db, study, level=MeasurementLevel.programme, dimension=Dimension.support).rows == []


def test_rounds_without_answers_give_an_empty_report(db, org):
    instrument, _questions = make_effect_instrument(db, org, data.question_specs(None))
    cohort = make_cohort(db, org)
    make_rounds(db, org, cohort, instrument, data.MOMENTS[:2])
    report = effect_report(db, make_scope(org), cohort.id)
    assert [(r.invited, r.completed, r.response_rate) for r in report.rounds] == [(0, 0, None), (0, 0, None)]
    assert len([r for r in report.rows if r.kind == ReportRowKind.question]) == 4
    for report_row in report.rows:
        # nobody answered yet: nothing to withhold, n 0 and no figures ("nog geen antwoorden")
        assert all(m.suppressed is None and m.n == 0 and m.mean is None for m in report_row.moments)
        assert all(c.suppressed is None and c.n == 0 and c.mean_difference is None for c in report_row.changes)
    bare = effect_report(db, make_scope(org), make_cohort(db, org).id)
    assert (bare.rounds, bare.comparisons, bare.rows) == ([], [], [])


def test_no_pre_round_no_comparison(db, org):
    instrument, _questions = make_effect_instrument(db, org, data.question_specs(None))
    cohort = make_cohort(db, org)
    make_rounds(db, org, cohort, instrument, [(RoundMoment.midway, AnonymityMode.pseudonymous),
                                              (RoundMoment.post, AnonymityMode.pseudonymous)])
    report = effect_report(db, make_scope(org), cohort.id)
    assert report.comparisons == [] and all(r.changes == [] for r in report.rows)


def test_named_rounds_pair_by_person_and_versions_match_by_text(db, org):
    """Pre on version 1 and post on version 2 of the questionnaire (same texts, new ids), both named: one row
    per question, paired by person."""
    specs = [{"type": QuestionType.likert_5, "text": "Ik geef feedback."},
             {"type": QuestionType.likert_7, "text": "Ik plan mijn werk."}]
    first, first_questions = make_effect_instrument(db, org, specs)
    second, second_questions = make_effect_instrument(db, org, list(reversed(specs)))
    cohort = make_cohort(db, org)
    rounds = make_rounds(db, org, cohort, first, [(RoundMoment.pre, AnonymityMode.named),
                                                  (RoundMoment.post, AnonymityMode.named)],
                         instruments=[first, second])
    people = make_people(db, org, 7)
    pre = {p: [1 + p % 5, 1 + (3 * p) % 7] for p in range(7)}
    post = {p: [min(7, 2 + (3 * p) % 7), min(5, 2 + p % 5)] for p in range(1, 7)}  # version 2's order
    answer_rounds(db, org, cohort, rounds[:1], first_questions, people, [pre])
    answer_rounds(db, org, cohort, rounds[1:], second_questions, people, [post])
    report = effect_report(db, make_scope(org), cohort.id)
    questions = [r for r in report.rows if r.kind == ReportRowKind.question]
    assert [r.key for r in questions] == [str(q.id) for q in first_questions]
    assert report.comparisons[0].kind == ComparisonKind.paired
    check_change(questions[0].changes[0], data.paired({p: v[0] for p, v in pre.items()},
                                                      {p: v[1] for p, v in post.items()}))
    check_change(questions[1].changes[0], data.paired({p: v[1] for p, v in pre.items()},
                                                      {p: v[0] for p, v in post.items()}))


def test_another_organisations_cohort_is_404(db, study, other_org):
    with pytest.raises(NotFound):
        effect_report(db, make_scope(other_org), study.cohort.id)
    with pytest.raises(NotFound):
        effect_report(db, make_scope(study.org), uuid.uuid4())


def test_query_count_does_not_grow(db, org, count_queries):
    small = data.make_study(db, org, raw=[{p: a for p, a in by.items() if p < 6} for by in data.generate(3)])
    with count_queries() as few:
        effect_report(db, make_scope(org), small.cohort.id)
    large = data.make_study(db, data_org(db), raw=data.generate(5))
    with count_queries() as many:
        effect_report(db, make_scope(large.org), large.cohort.id)
    # the cohort, its rounds with counts, their questions, the sums and the second statement that leaves the
    # suppressed questions out of the groups (+ two SET LOCAL on PostgreSQL)
    assert few.n == many.n <= 7


def data_org(db):
    from tests.factories import make_organisation
    return make_organisation(db)


async def test_the_route_answers_the_report(api_as, db, study, other_org):
    client = api_as("viewer")
    response = await client.get(f"/api/v1/cohorts/{study.cohort.id}/effect-report",
                                params={"level": "participant"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["cohortId"] == str(study.cohort.id) and body["rows"][0]["moments"][0]["n"] == len(
        data.column(study.raw, 0, 0))
    assert all(not math.isnan(m["mean"]) for r in body["rows"] for m in r["moments"] if m["mean"] is not None)
    stranger = api_as("admin", organisation=other_org)
    missing = await stranger.get(f"/api/v1/cohorts/{study.cohort.id}/effect-report")
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("application/problem+json")
    bad = await client.get(f"/api/v1/cohorts/{study.cohort.id}/effect-report", params={"level": "nonsense"})
    assert bad.status_code == 400
