"""Rotterdam's demo data, checked against its guide (the traineeship handreiking): what the guide names is
there in its words, and what it leaves open is marked as a demo value."""

import pytest
from sqlmodel import Session, select

from app.budgets.models import Budget, BudgetLine, Payroll
from app.competencies.models import Competency, CompetencyFramework, FrameworkKind
from app.core.vocabulary import KolbPhase, LearningLevel
from app.demo import rotterdam as rotterdam_demo
from app.interventions.models import Intervention, InterventionCompetency, InterventionKolbPhase
from app.plans.models import LearningGoal, PlanStatus, Theme
from tests import factories

pytestmark = pytest.mark.anyio


@pytest.fixture
def rotterdam(db: Session):
    organisation = factories.make_organisation(db, "Gemeente Rotterdam (test)")
    plan = rotterdam_demo.load(db, organisation.id)
    db.flush()
    return organisation, plan


def test_the_competency_framework_has_the_guides_two_examples_and_four_labelled_demo_ones(db, rotterdam):
    organisation, _ = rotterdam
    frameworks = {f.kind: f for f in db.exec(
        select(CompetencyFramework).where(CompetencyFramework.organisation_id == organisation.id)).all()}
    assert set(frameworks) == {FrameworkKind.competencies, FrameworkKind.organisation_dna}
    assert "zes competenties" in frameworks[FrameworkKind.competencies].description
    competencies = {c.name: c for c in db.exec(select(Competency).where(
        Competency.framework_id == frameworks[FrameworkKind.competencies].id)).all()}
    assert len(competencies) == 6  # "een competentie framework opgesteld met zes competenties"
    guide = {"Verbindend", "Omgevingsbewust"}
    assert guide <= set(competencies)
    assert all("(demovoorbeeld)" in name for name in set(competencies) - guide)
    assert competencies["Verbindend"].behavioural_indicators == [
        "Toont in gedrag en houding interesse voor wat anderen inbrengen"]


def test_the_plan_is_a_draft_with_a_learning_goal_per_learning_level_and_the_guides_sub_theme(db, rotterdam):
    organisation, plan = rotterdam
    assert plan.status == PlanStatus.draft and plan.last_year == plan.first_year + 1  # 1,5 jaar
    assert "Tijdreis Rotterdam" in plan.summary and "demowaarden" in plan.summary
    levels = db.exec(select(LearningGoal.description).where(LearningGoal.organisation_id == organisation.id)
                    .order_by(LearningGoal.position)).all()
    assert [d.split(":")[0] for d in levels] == ["Leerlijn Ik", "Leerlijn Ik en de ander",
                                                 "Leerlijn Ik en de stad Rotterdam & Ik en de gemeente Rotterdam"]
    themes = db.exec(select(Theme).where(Theme.plan_id == plan.id)).all()
    assert [t.title for t in themes] == ["Je authentieke zelf zijn en blijven"]


def test_the_interventions_are_the_guides_learning_forms_one_per_kolb_phase(db, rotterdam):
    organisation, _ = rotterdam
    interventions = db.exec(select(Intervention).where(Intervention.organisation_id == organisation.id)).all()
    by_title = {i.title: i for i in interventions}
    assert "vooroordelen" in by_title["Ervaringsgerichte training: perspectieven verruimen"].content
    assert {i.learning_level for i in interventions} == set(LearningLevel)
    examples = ["Ervaringsgerichte training: perspectieven verruimen", "Peer-to-peer buddygesprekken",
                "Kennis- en inspiratiesessies", "Groepsopdracht in de stad"]
    phases = dict(db.exec(select(InterventionKolbPhase.intervention_id, InterventionKolbPhase.phase).where(
        InterventionKolbPhase.intervention_id.in_([i.id for i in interventions]))).all())
    assert len(phases) == len(interventions)  # one Kolb phase each, as the guide places them
    assert sorted(phases[by_title[title].id] for title in examples) == sorted(KolbPhase)
    trained = db.exec(select(InterventionCompetency).where(
        InterventionCompetency.intervention_id.in_([i.id for i in interventions]))).all()
    assert len(trained) >= 2


def test_every_figure_the_guide_does_not_give_says_it_is_a_demo_value(db, rotterdam):
    organisation, _ = rotterdam
    mine = {"organisation_id": organisation.id}
    budgets = db.exec(select(Budget).filter_by(**mine)).all()
    lines = db.exec(select(BudgetLine).filter_by(**mine)).all()
    payroll = db.exec(select(Payroll).filter_by(**mine)).one()
    assert budgets and lines
    assert all("emowaarde" in row.notes for row in (*budgets, *lines, payroll))
