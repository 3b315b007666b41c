"""An intervention's evaluation report (issue 17 point 2): per aspect n, mean and sd of the respondents' scores, for
the intervention, per session, per trainer and per location, checked against NumPy on the raw generated answers;
small groups suppressed so that none is the total minus the others; open answers; the year; 404."""

from datetime import date

import numpy as np
import pytest

from app.core.errors import NotFound
from app.core.vocabulary import EvaluationAspect, QuestionType, RoundMoment
from app.reports import evaluations
from app.reports.schemas import EvaluationGroup, EvaluationReport
from tests.factories import make_scope
from tests.interventions.factories import make_intervention
from tests.reports.evaluation_factories import (
    Form,
    aspect_scores,
    make_evaluated_session,
    make_form,
    random_respondents,
)
from tests.sessions.factories import make_trainer

ASPECTS = list(EvaluationAspect)


def figure(group: EvaluationGroup, aspect: EvaluationAspect):
    return next(a for a in group.aspects if a.aspect == aspect)


def assert_matches(group: EvaluationGroup, form: Form, respondents, *, percent: bool = False) -> None:
    assert group.suppressed is None and group.responses == len(respondents)
    for aspect in ASPECTS:
        scores = aspect_scores(form, respondents, aspect, percent=percent)
        shown = figure(group, aspect)
        assert shown.suppressed is None and shown.n == len(scores)
        assert shown.mean == pytest.approx(float(np.mean(scores)), rel=1e-9)
        assert shown.sd == pytest.approx(float(np.std(scores, ddof=1)), rel=1e-9)


def hidden_groups_stay_hidden(groups: list[EvaluationGroup], total: int) -> None:
    """The total minus the shown groups is never one hidden group: hidden groups come two or more at a time."""
    hidden = [g for g in groups if g.suppressed is not None]
    assert len(hidden) != 1 or sum(g.responses or 0 for g in groups) == total
    for aspect in {a.aspect for g in groups for a in g.aspects}:
        cells = [figure(g, aspect) for g in groups]
        assert sum(1 for c in cells if c.suppressed is not None) != 1


@pytest.fixture
def form(db, org):
    return make_form(db, org)


@pytest.fixture
def rng():
    return np.random.default_rng(17)


def test_every_group_s_figures_are_numpy_s_on_the_raw_answers(db, org, form, rng):
    training = make_intervention(db, org, "Gesprekstechnieken")
    hofstede, kaya = make_trainer(db, org, name="Marieke Hofstede"), make_trainer(db, org, name="Sevda Kaya")
    answers = [random_respondents(rng, form, n, shift=shift, texts=("Goed", "Helder"))
               for n, shift in ((12, 0.3), (9, -0.4), (7, 0.0))]
    make_evaluated_session(db, org, form, intervention=training, respondents=answers[0], day=date(2014, 3, 11),
                           trainer=hofstede, location="Stadhuis", invited=14, title="Dag 2 van 2")
    make_evaluated_session(db, org, form, intervention=training, respondents=answers[1], day=date(2014, 5, 6),
                           trainer=hofstede, location="De Boreel", invited=10)
    make_evaluated_session(db, org, form, intervention=training, respondents=answers[2], day=date(2014, 9, 2),
                           location="", invited=8)

    report = evaluations.evaluation_report(db, make_scope(org), training.id, year=2014)

    assert (report.title, report.year, report.minimum_group_size) == ("Gesprekstechnieken", 2014, 5)
    assert_matches(report.total, form, answers[0] + answers[1] + answers[2])
    assert report.total.invited == 32
    assert [(s.label, s.day, s.invited) for s in report.sessions] == [
        ("Dag 2 van 2", date(2014, 3, 11), 14), ("Gesprekstechnieken", date(2014, 5, 6), 10),
        ("Gesprekstechnieken", date(2014, 9, 2), 8)]
    for session, respondents in zip(report.sessions, answers, strict=True):
        assert_matches(session, form, respondents)
    assert [t.label for t in report.trainers] == ["Marieke Hofstede", "Geen trainer"]
    assert report.trainers[0].key == str(hofstede.id) and report.trainers[1].key == ""
    assert_matches(report.trainers[0], form, answers[0] + answers[1])
    assert_matches(report.trainers[1], form, answers[2])
    assert [loc.label for loc in report.locations] == ["De Boreel", "Stadhuis", "Locatie onbekend"]
    assert_matches(report.locations[0], form, answers[1])
    assert_matches(report.locations[2], form, answers[2])
    overall = figure(report.total, EvaluationAspect.overall)
    trainer = figure(report.total, EvaluationAspect.trainer)
    assert (overall.scale_min, overall.scale_max, trainer.scale_min, trainer.scale_max) == (0, 10, 1, 5)
    assert kaya.id not in {t.key for t in report.trainers}


def test_an_aspect_that_mixes_scales_is_reported_on_0_to_100(db, org, rng):
    form = make_form(db, org, ((EvaluationAspect.overall, QuestionType.scale_0_10),
                               (EvaluationAspect.overall, QuestionType.likert_5),
                               (EvaluationAspect.trainer, QuestionType.likert_7)))
    training = make_intervention(db, org)
    respondents = random_respondents(rng, form, 11)
    make_evaluated_session(db, org, form, intervention=training, respondents=respondents)
    report = evaluations.evaluation_report(db, make_scope(org), training.id, year=2014)
    overall, trainer = figure(report.total, EvaluationAspect.overall), figure(report.total, EvaluationAspect.trainer)
    assert (overall.scale_min, overall.scale_max) == (0, 100) and (trainer.scale_min, trainer.scale_max) == (1, 7)
    assert [a.aspect for a in report.total.aspects] == ["trainer", "overall"]  # only what the form rates
    scores = aspect_scores(form, respondents, EvaluationAspect.overall, percent=True)
    assert overall.mean == pytest.approx(float(np.mean(scores))) and overall.n == len(scores)
    assert overall.sd == pytest.approx(float(np.std(scores, ddof=1)))


def _three_sessions(db, org, form, rng, sizes, *, trainers=None, locations=None) -> EvaluationReport:
    training = make_intervention(db, org)
    for i, n in enumerate(sizes):
        make_evaluated_session(db, org, form, intervention=training, respondents=random_respondents(rng, form, n),
                               day=date(2014, 2 + i, 1), trainer=trainers[i] if trainers else None,
                               location=locations[i] if locations else "Zaal")
    return evaluations.evaluation_report(db, make_scope(org), training.id, year=2014)


def test_a_lone_session_below_the_minimum_takes_the_smallest_shown_one_with_it(db, org, form, rng):
    report = _three_sessions(db, org, form, rng, (4, 5, 9))  # minimum 5: 4 is too few, 5 is enough
    assert [s.suppressed for s in report.sessions] == ["too_few", "protects_another", None]
    assert [s.responses for s in report.sessions] == [None, None, 9]
    for session in report.sessions[:2]:
        assert all(a.n is None and a.mean is None and a.sd is None and a.suppressed for a in session.aspects)
    assert report.total.responses == 18 and report.total.suppressed is None
    hidden_groups_stay_hidden(report.sessions, 18)
    # at the minimum every session is shown
    shown = _three_sessions(db, org, form, rng, (5, 6, 9))
    assert [s.suppressed for s in shown.sessions] == [None, None, None]


def test_trainers_and_locations_are_protected_the_same_way(db, org, form, rng):
    a, b, c = (make_trainer(db, org, name=name) for name in ("Anna", "Bram", "Carla"))
    report = _three_sessions(db, org, form, rng, (6, 7, 4), trainers=(a, b, c), locations=("X", "Y", "Z"))
    assert [(t.label, t.suppressed) for t in report.trainers] == [
        ("Anna", "protects_another"), ("Bram", None), ("Carla", "too_few")]
    assert [(loc.label, loc.suppressed) for loc in report.locations] == [
        ("X", "protects_another"), ("Y", None), ("Z", "too_few")]
    for groups in (report.sessions, report.trainers, report.locations):
        hidden_groups_stay_hidden(groups, 17)
    # two sessions of one trainer add up: 4 + 4 at one location is shown, the total too
    together = _three_sessions(db, org, form, rng, (4, 4, 9), trainers=(a, a, b), locations=("X", "X", "Y"))
    assert [(t.label, t.responses, t.suppressed) for t in together.trainers] == [("Anna", 8, None),
                                                                                 ("Bram", 9, None)]
    assert [s.suppressed for s in together.sessions] == ["too_few", "too_few", None]


def test_an_aspect_rated_by_too_few_is_withheld_with_another_beside_it(db, org, rng):
    form = make_form(db, org, ((EvaluationAspect.trainer, QuestionType.likert_5),
                               (EvaluationAspect.location, QuestionType.likert_5)))
    training = make_intervention(db, org)
    few_rated_location = [[4, 3 if k < 3 else None] for k in range(8)]
    make_evaluated_session(db, org, form, intervention=training, respondents=few_rated_location,
                           day=date(2014, 2, 1))
    make_evaluated_session(db, org, form, intervention=training, respondents=random_respondents(rng, form, 9),
                           day=date(2014, 3, 1))
    make_evaluated_session(db, org, form, intervention=training, respondents=random_respondents(rng, form, 12),
                           day=date(2014, 4, 1))
    report = evaluations.evaluation_report(db, make_scope(org), training.id, year=2014)
    assert [s.suppressed for s in report.sessions] == [None, None, None]
    locations = [figure(s, EvaluationAspect.location) for s in report.sessions]
    assert locations[0].suppressed == "too_few" and locations[1].suppressed == "protects_another"
    assert locations[2].suppressed is None
    assert all(figure(s, EvaluationAspect.trainer).suppressed is None for s in report.sessions)
    hidden_groups_stay_hidden(report.sessions, 29)


def test_open_answers_are_shown_from_the_minimum_in_an_order_not_by_time(db, org, form, rng):
    training = make_intervention(db, org)
    texts = [f"Opmerking {k}: prima dag" for k in range(12)]
    respondents = random_respondents(rng, form, 4, texts=texts[:4])
    make_evaluated_session(db, org, form, intervention=training, respondents=respondents)
    scope = make_scope(org)
    few = evaluations.evaluation_report(db, scope, training.id, year=2014)
    assert few.open_answers == [] and few.open_answers_suppressed == "too_few"
    assert few.total.suppressed == "too_few" and few.total.responses is None
    assert all(a.suppressed == "too_few" and a.mean is None for a in few.total.aspects)

    make_evaluated_session(db, org, form, intervention=training, day=date(2014, 6, 1),
                           respondents=[[*answers[:-1], "  "] for answers in random_respondents(rng, form, 1)])
    make_evaluated_session(db, org, form, intervention=training, day=date(2014, 7, 1),
                           respondents=random_respondents(rng, form, 8, texts=texts[4:]))
    enough = evaluations.evaluation_report(db, scope, training.id, year=2014)
    assert enough.total.responses == 13 and enough.open_answers_suppressed is None
    assert sorted(enough.open_answers) == sorted(texts)  # the blank one left out
    again = evaluations.evaluation_report(db, scope, training.id, year=2014)
    assert again.open_answers == enough.open_answers  # a fixed order ...
    assert enough.open_answers != texts  # ... that is not the order they came in


def test_only_the_year_s_evaluation_rounds_count_and_the_year_defaults_to_the_last_evaluated(db, org, form, rng):
    training = make_intervention(db, org)
    make_evaluated_session(db, org, form, intervention=training, day=date(2013, 5, 1),
                           respondents=random_respondents(rng, form, 6))
    in_2015 = random_respondents(rng, form, 7)
    make_evaluated_session(db, org, form, intervention=training, day=date(2015, 12, 31), respondents=in_2015)
    make_evaluated_session(db, org, form, intervention=training, day=date(2015, 3, 1), moment=RoundMoment.post,
                           respondents=random_respondents(rng, form, 9))  # not an evaluation round
    make_evaluated_session(db, org, form, intervention=training, day=date(2016, 1, 1), invited=10,
                           respondents=[])  # asked, not yet answered
    scope = make_scope(org)
    report = evaluations.evaluation_report(db, scope, training.id, year=None)
    assert report.year == 2015 and len(report.sessions) == 1
    assert_matches(report.total, form, in_2015)
    asked = evaluations.evaluation_report(db, scope, training.id, year=2016)
    assert [(s.invited, s.responses, s.suppressed) for s in asked.sessions] == [(10, None, "too_few")]


def test_an_intervention_without_evaluations_has_an_empty_report_of_this_year(db, org):
    training = make_intervention(db, org)
    report = evaluations.evaluation_report(db, make_scope(org), training.id, year=None)
    assert report.year == evaluations.this_year()
    assert (report.sessions, report.trainers, report.locations, report.open_answers) == ([], [], [], [])
    assert report.total.invited == 0 and report.total.aspects == []


def test_another_organisation_s_intervention_is_not_found(db, org, other_org, form, rng):
    theirs = make_intervention(db, other_org)
    with pytest.raises(NotFound):
        evaluations.evaluation_report(db, make_scope(org), theirs.id, year=2014)
    # and their answers never count in ours
    ours = make_intervention(db, org)
    their_form = make_form(db, other_org)
    make_evaluated_session(db, other_org, their_form, intervention=theirs, respondents=random_respondents(
        rng, their_form, 8))
    assert evaluations.year_evaluations(db, make_scope(org), year=2014).interventions == []
    assert evaluations.evaluation_report(db, make_scope(org), ours.id, year=2014).sessions == []


def test_the_report_costs_the_same_queries_however_many_sessions(db, org, form, rng, count_queries):
    training = make_intervention(db, org)
    trainer = make_trainer(db, org)
    make_evaluated_session(db, org, form, intervention=training, respondents=random_respondents(rng, form, 6))
    scope = make_scope(org)
    with count_queries() as small:
        evaluations.evaluation_report(db, scope, training.id, year=2014)
    for month in range(2, 12):
        make_evaluated_session(db, org, form, intervention=training, day=date(2014, month, 3), trainer=trainer,
                               location=f"Zaal {month}", respondents=random_respondents(rng, form, 6))
    with count_queries() as large:
        evaluations.evaluation_report(db, scope, training.id, year=2014)
    # the intervention, the minimum, the sessions, the aspect sums, the forms' aspects and the open answers
    assert small.n == large.n == 6
    with count_queries() as defaulted:
        evaluations.evaluation_report(db, scope, training.id, year=None)
    assert defaulted.n == 7  # and the last evaluated year


def test_a_trainer_minus_their_shown_session_never_gives_a_hidden_one_away(db, org, form, rng):
    a, b = make_trainer(db, org, name="Anna"), make_trainer(db, org, name="Bram")
    # sessions 9 and 3 of Anna, 8 of Bram: the 3 is too few, and 8 (the smallest shown) goes with it; Anna (12)
    # minus her shown session (9) would be the 3, and so would the total minus Bram minus that session: both
    # trainers are withheld
    report = _three_sessions(db, org, form, rng, (9, 3, 8), trainers=(a, a, b), locations=("X", "X", "X"))
    assert [s.suppressed for s in report.sessions] == [None, "too_few", "protects_another"]
    assert [(t.label, t.suppressed) for t in report.trainers] == [("Anna", "protects_another"),
                                                                 ("Bram", "protects_another")]
    assert [(loc.label, loc.responses) for loc in report.locations] == [("X", 20)]  # the total, as it is
