"""Gemeente Rotterdam: the traineeship's learning forms from the guide (stap 4, "Voorbeeld gemeente Rotterdam:
leervormen"), one intervention per example, on the Kolb phase and learning level (leerlijn) the guide gives it.

Goal, content and target group are the guide's words; costs, durations and participant numbers are demo
choices, and the budget line (`budgets.py`) says so.
"""

from decimal import Decimal

from app.core.vocabulary import Audience, Category, KolbPhase, LearningForm, LearningLevel, LearningMix
from app.demo.build.catalogue import InterventionData
from app.interventions.models import InterventionStatus

TRAINEES = "Trainees van het traineeship van de gemeente Rotterdam"
GUIDE = "Handreiking, stap 4"
COMMON = {"status": InterventionStatus.new, "target_group": TRAINEES, "audience": Audience.employees,
          "category": Category.strategic_development}

INTERVENTIONS = (
    InterventionData(
        GUIDE, "Ervaringsgerichte training: perspectieven verruimen",
        goal="Leren hoe je vanuit verbinding je perspectieven kan verruimen.",
        content="Een training waarin diverse mensen uit de stad Rotterdam de deelnemers prikkelen op vooroordelen "
                "en hen leren hoe je vanuit verbinding je perspectieven kan verruimen.",
        learning_form=LearningForm.training, learning_mix=LearningMix.formal,
        kolb_phases=(KolbPhase.concrete_experience,), learning_level=LearningLevel.self_and_others,
        duration_days=Decimal("1"), cost_fixed=Decimal("6000.00"), expected_participants=20,
        learning_goals=("ik-en-de-stad",), competencies=("verbindend",), **COMMON,
    ),
    InterventionData(
        GUIDE, "Peer-to-peer buddygesprekken",
        goal="Reflecteren op je ervaringen en meer van en met elkaar leren.",
        content="Peer-to-peer buddygesprekken, naast coaching en intervisie.",
        learning_form=LearningForm.buddy_talk, learning_mix=LearningMix.social,
        kolb_phases=(KolbPhase.reflective_observation,), learning_level=LearningLevel.self,
        expected_participants=20, learning_goals=("ik", "ik-en-de-ander"), themes=("eigenheid",), **COMMON,
    ),
    InterventionData(
        GUIDE, "Kennis- en inspiratiesessies",
        goal="Nieuwe inzichten formuleren.",
        content="Kennis- en inspiratiesessies en trainingen, ook door-en-voor deelnemersessies.",
        learning_form=LearningForm.knowledge_session, learning_mix=LearningMix.formal,
        kolb_phases=(KolbPhase.abstract_conceptualisation,), learning_level=LearningLevel.self_and_others,
        duration_hours=Decimal("2"), cost_fixed=Decimal("2500.00"), expected_participants=20,
        learning_goals=("ik-en-de-ander",), competencies=("omgevingsbewust",), **COMMON,
    ),
    InterventionData(
        GUIDE, "Groepsopdracht in de stad",
        goal="Actief experimenteren in de gemeente en de stad.",
        content="Opdrachten in de gemeente en de stad en groepsopdrachten met de deelnemers, om leren te "
                "integreren in de dagelijkse praktijk.",
        learning_form=LearningForm.assignment, learning_mix=LearningMix.workplace,
        kolb_phases=(KolbPhase.active_experimentation,), learning_level=LearningLevel.self_and_organisation,
        expected_participants=20, learning_goals=("ik-en-de-stad",),
        competencies=("verbindend", "omgevingsbewust"), **COMMON,
    ),
)
