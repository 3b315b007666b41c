"""A year's evaluations side by side (issue 17 point 2): every intervention evaluated in the year, ranked by its
overall mark (else the mean of its aspects), suppressed ones last; trainers and locations across the year's
interventions; a constant number of queries; and the yearly review's summary per intervention."""

from datetime import date

import numpy as np
import pytest

from app.core.vocabulary import EvaluationAspect, QuestionType
from app.reports import evaluations
from tests.factories import make_scope
from tests.interventions.factories import make_intervention
from tests.reports.evaluation_factories import aspect_scores, make_evaluated_session, make_form, random_respondents
from tests.sessions.factories import make_trainer


@pytest.fixture
def rng():
    return np.random.default_rng(2014)


def _mean(group, aspect):
    return next(a for a in group.aspects if a.aspect == aspect).mean


def test_interventions_rank_by_their_overall_mark_and_suppressed_ones_come_last(db, org, rng):
    form = make_form(db, org)
    lammers, hofstede = make_trainer(db, org, name="Jeroen Lammers"), make_trainer(db, org, name="Marieke Hofstede")
    good, middling, weak, small = (make_intervention(db, org, title) for title in (
        "Omgaan met agressie", "Gesprekstechnieken", "Outputgericht aansturen", "Mediation"))
    marks = {}
    for intervention, n, shift, trainer, location in ((middling, 9, 0.0, hofstede, "Stadhuis"),
                                                      (good, 11, 1.5, lammers, "De Boreel"),
                                                      (weak, 8, -2.0, hofstede, "Stadhuis"),
                                                      (small, 4, 2.5, lammers, "De Boreel")):
        respondents = random_respondents(rng, form, n, shift=shift)
        marks[intervention.title] = respondents
        make_evaluated_session(db, org, form, intervention=intervention, respondents=respondents, trainer=trainer,
                               location=location, day=date(2014, 4, 1))
    year = evaluations.year_evaluations(db, make_scope(org), year=2014)
    # suppressed ones last, by name
    assert [g.label for g in year.interventions] == ["Omgaan met agressie", "Gesprekstechnieken", "Mediation",
                                                     "Outputgericht aansturen"]
    overall = [_mean(g, EvaluationAspect.overall) for g in year.interventions[:2]]
    assert overall == sorted(overall, reverse=True)
    assert overall[0] == pytest.approx(float(np.mean(aspect_scores(form, marks["Omgaan met agressie"],
                                                                   EvaluationAspect.overall))))
    # Mediation (4) is too few, and the smallest shown one (Outputgericht aansturen, 8) goes with it
    assert [g.suppressed for g in year.interventions] == [None, None, "too_few", "protects_another"]
    assert all(a.mean is None for g in year.interventions[2:] for a in g.aspects)
    # trainers across the year's interventions: Lammers' 11 + 4 would give Mediation away as Lammers minus Omgaan
    # met agressie, so Lammers is withheld; and Hofstede (9 + 8) too, or Lammers would be the total minus Hofstede.
    # The locations hold the same sessions as the trainers: the same for them
    assert [(g.label, g.responses, g.suppressed) for g in year.trainers] == [
        ("Jeroen Lammers", None, "protects_another"), ("Marieke Hofstede", None, "protects_another")]
    assert [(g.label, g.suppressed) for g in year.locations] == [("De Boreel", "protects_another"),
                                                                 ("Stadhuis", "protects_another")]
    assert all(a.mean is None for g in year.trainers + year.locations for a in g.aspects)
    assert (year.year, year.minimum_group_size) == (2014, 5)


def test_trainers_are_shown_when_no_difference_gives_a_hidden_intervention_away(db, org, rng):
    form = make_form(db, org)
    lammers = make_trainer(db, org, name="Jeroen Lammers")
    for title, n, day in (("Omgaan met agressie", 11, 2), ("Mediation", 4, 3), ("Feedback", 6, 4)):
        make_evaluated_session(db, org, form, intervention=make_intervention(db, org, title), trainer=lammers,
                               respondents=random_respondents(rng, form, n), day=date(2014, day, 1))
    year = evaluations.year_evaluations(db, make_scope(org), year=2014)
    assert [(g.label, g.suppressed) for g in year.interventions][1:] == [("Feedback", "protects_another"),
                                                                        ("Mediation", "too_few")]
    # Lammers minus Omgaan met agressie is Mediation and Feedback together: 10, enough to show
    assert [(g.label, g.responses, g.suppressed) for g in year.trainers] == [("Jeroen Lammers", 21, None)]
    hofstede = make_trainer(db, org, name="Marieke Hofstede")
    for n, day in ((7, 5), (8, 6)):
        make_evaluated_session(db, org, form, intervention=make_intervention(db, org), trainer=hofstede,
                               respondents=random_respondents(rng, form, n), day=date(2014, day, 1))
    year = evaluations.year_evaluations(db, make_scope(org), year=2014)
    assert {(g.label, g.responses) for g in year.trainers} == {("Jeroen Lammers", 21), ("Marieke Hofstede", 15)}


def test_without_an_overall_mark_the_mean_of_the_aspects_ranks(db, org, rng):
    form = make_form(db, org, ((EvaluationAspect.trainer, QuestionType.likert_5),
                               (EvaluationAspect.content, QuestionType.likert_5)))
    low, high = make_intervention(db, org, "Laag"), make_intervention(db, org, "Hoog")
    make_evaluated_session(db, org, form, intervention=low, respondents=[[2, 3]] * 6)
    make_evaluated_session(db, org, form, intervention=high, respondents=[[4, 4]] * 5 + [[5, 3]])
    year = evaluations.year_evaluations(db, make_scope(org), year=2014)
    assert [g.label for g in year.interventions] == ["Hoog", "Laag"]
    assert [evaluations.rating(g) for g in year.interventions] == [pytest.approx(75.0), pytest.approx(37.5)]


def test_the_year_defaults_to_the_organisation_s_last_evaluated_year(db, org, rng):
    form = make_form(db, org)
    for year in (2013, 2015):
        make_evaluated_session(db, org, form, intervention=make_intervention(db, org), day=date(year, 6, 1),
                               respondents=random_respondents(rng, form, 5))
    assert evaluations.year_evaluations(db, make_scope(org), year=None).year == 2015
    empty = evaluations.year_evaluations(db, make_scope(org), year=2014)
    assert (empty.interventions, empty.trainers, empty.locations) == ([], [], [])


def test_the_year_costs_four_queries_however_many_interventions(db, org, rng, count_queries):
    form = make_form(db, org)
    scope = make_scope(org)
    make_evaluated_session(db, org, form, intervention=make_intervention(db, org),
                           respondents=random_respondents(rng, form, 5))
    with count_queries() as small:
        evaluations.year_evaluations(db, scope, year=2014)
    for i in range(8):
        make_evaluated_session(db, org, form, intervention=make_intervention(db, org), day=date(2014, 1 + i, 9),
                               trainer=make_trainer(db, org), location=f"Zaal {i}",
                               respondents=random_respondents(rng, form, 5 + i))
    with count_queries() as large:
        year = evaluations.year_evaluations(db, scope, year=2014)
    assert len(year.interventions) == 9
    # the minimum, the sessions, the aspect sums, the forms' aspects
    assert small.n == large.n == 4
    with count_queries() as summaries:
        found = evaluations.summaries(db, scope, year=2014)
    assert summaries.n == 4 and len(found) == 9
