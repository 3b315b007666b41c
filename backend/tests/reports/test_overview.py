"""The organisation's effect overview: programmes with their cohorts newest first, response rates, and the headline
change per level from the first pre to the last post round, checked against SciPy, suppressed as in the report,
in a constant number of queries."""

from datetime import date

import pytest

from app.core.vocabulary import AnonymityMode, RoundMoment
from app.reports.overview import effect_overview
from app.reports.schemas import ComparisonKind
from app.reports.suppression import SuppressionReason
from tests.factories import make_organisation, make_scope
from tests.programmes.factories import make_programme
from tests.reports import effect_data as data
from tests.reports.factories import answer_rounds, make_cohort, make_effect_instrument, make_people, make_rounds

pytestmark = pytest.mark.anyio


def measured_cohort(db, org, programme, name, starts_on, moments, raw):
    instrument, questions = make_effect_instrument(db, org, data.question_specs(None))
    cohort = make_cohort(db, org, programme=programme, name=name, starts_on=starts_on)
    rounds = make_rounds(db, org, cohort, instrument, moments)
    answer_rounds(db, org, cohort, rounds, questions[:4], make_people(db, org, 14), raw)
    return cohort


def four_of(raw, rounds):
    return [raw[r] for r in rounds]


def test_programmes_cohorts_and_headlines(db, org):
    raw = data.generate(11)
    first = make_programme(db, org, title="Traineeship")
    newest = measured_cohort(db, org, first, "Traineeship 2026", date(2026, 9, 1), [
        (RoundMoment.pre, AnonymityMode.pseudonymous), (RoundMoment.midway, AnonymityMode.pseudonymous),
        (RoundMoment.post, AnonymityMode.pseudonymous)], four_of(raw, (0, 1, 2)))
    older = measured_cohort(db, org, first, "Traineeship 2025", date(2025, 9, 1), [
        (RoundMoment.pre, AnonymityMode.pseudonymous)], four_of(raw, (0,)))
    second = make_programme(db, org, title="Leiderschap")
    small = measured_cohort(db, org, second, "Leiderschap 2026", date(2026, 1, 1), [
        (RoundMoment.pre, AnonymityMode.pseudonymous), (RoundMoment.post, AnonymityMode.anonymous)],
        [{p: a for p, a in raw[0].items() if p < 4}, {p: a for p, a in raw[3].items() if p < 4}])
    overview = effect_overview(db, make_scope(org))
    assert overview.minimum_group_size == data.MINIMUM
    assert [(p.title, [c.cohort_id for c in p.cohorts]) for p in overview.programmes] == [
        ("Leiderschap", [small.id]), ("Traineeship", [newest.id, older.id])]
    running = overview.programmes[1].cohorts[0]
    assert [r.moment for r in running.rounds] == ["pre", "midway", "post"]
    assert running.response_rate == pytest.approx(1.0) and running.rounds[0].invited == len(raw[0])
    assert running.participants == 0  # the builders invite people without enrolling them
    headline = {h.level: h.change for h in running.headline}
    assert set(headline) == {"participant", "organisation", "programme"}
    # the participant level: questions 1 and 2, per-respondent scores, paired from pre (round 0) to post (round 2)
    moved = four_of(raw, (0, 1, 2))
    before = data.group_scores(moved, 0, [q for q in (0, 1) if q in data.change_questions(moved, 0, 2, True)])
    after = data.group_scores(moved, 2, [q for q in (0, 1) if q in data.change_questions(moved, 0, 2, True)])
    expected = data.paired(before, after)
    change = headline["participant"]
    assert change.kind == ComparisonKind.paired and change.n == expected["n"]
    assert change.mean_difference == pytest.approx(expected["mean_difference"])
    assert change.p == pytest.approx(expected["p"])
    # without a post round: no change; with four of each: withheld
    assert all(h.change is None for h in overview.programmes[1].cohorts[1].headline)
    lone = overview.programmes[0].cohorts[0].headline
    assert lone and all(h.change.suppressed == SuppressionReason.too_few and h.change.n is None for h in lone)
    assert lone[0].change.kind == ComparisonKind.unpaired


def test_a_post_round_still_to_come_is_no_measurement_not_a_small_group(db, org):
    raw = data.generate(11)
    waiting = measured_cohort(db, org, make_programme(db, org), "Traineeship 2027", date(2027, 1, 1), [
        (RoundMoment.pre, AnonymityMode.pseudonymous), (RoundMoment.post, AnonymityMode.pseudonymous)],
        [raw[0], {}])
    cohort = effect_overview(db, make_scope(org)).programmes[0].cohorts[0]
    assert cohort.cohort_id == waiting.id and [r.completed for r in cohort.rounds][1] == 0
    assert cohort.headline and all(h.change is None for h in cohort.headline)  # "no pre and post yet"


def test_empty_and_isolated(db, org, other_org):
    measured_cohort(db, other_org, make_programme(db, other_org), "Elders", date(2026, 1, 1), [
        (RoundMoment.pre, AnonymityMode.pseudonymous)], [data.generate()[0]])
    assert effect_overview(db, make_scope(org)).programmes == []
    cohort = make_cohort(db, org)
    only = effect_overview(db, make_scope(org)).programmes[0].cohorts[0]
    assert (only.cohort_id, only.rounds, only.response_rate, only.headline) == (cohort.id, [], None, [])


def test_query_count_does_not_grow_with_the_cohorts(db, org, count_queries):
    raw = data.generate(2)
    moments = [(RoundMoment.pre, AnonymityMode.pseudonymous), (RoundMoment.post, AnonymityMode.pseudonymous)]
    programme = make_programme(db, org)
    measured_cohort(db, org, programme, "Groep 1", date(2026, 1, 1), moments, four_of(raw, (0, 3)))
    with count_queries() as one:
        effect_overview(db, make_scope(org))
    for n in range(2, 5):
        measured_cohort(db, org, make_programme(db, org), f"Groep {n}", date(2026, n, 1), moments,
                        four_of(raw, (0, 3)))
    with count_queries() as four:
        overview = effect_overview(db, make_scope(org))
    assert sum(len(p.cohorts) for p in overview.programmes) == 4
    assert one.n == four.n


async def test_the_route(api_as, db, org):
    make_cohort(db, org)
    response = await api_as("viewer").get("/api/v1/effect-overview")
    assert response.status_code == 200, response.text
    assert response.json()["programmes"][0]["cohorts"][0]["headline"] == []
    stranger = api_as("admin", organisation=make_organisation(db))
    assert (await stranger.get("/api/v1/effect-overview")).json()["programmes"] == []
