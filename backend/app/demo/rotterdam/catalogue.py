"""Gemeente Rotterdam: the traineeship's learning forms from the guide (stap 4, "Voorbeeld gemeente Rotterdam:
leervormen"), one intervention per example, on the Kolb phase and learning level (leerlijn) the guide gives it.

Goal, content and target group are the guide's words; costs, durations and participant numbers are demo
choices, and the budget line (`budgets.py`) says so. After the guide's four examples come the other forms its
learning lines name (coaching, intervisie, opdrachten, door-en-voor-deelnemersessies), the kick-off, the
development guide and the three audio walks of step 5, and two trainings for the later half years: where the
guide gives no more than the name, the text is a demo wording and says "(demovoorbeeld)".
"""

from decimal import Decimal

from app.core.vocabulary import Audience, Category, KolbPhase, LearningForm, LearningLevel, LearningMix
from app.demo.build.catalogue import InterventionData
from app.interventions.models import InterventionStatus

TRAINEES = "Trainees van het traineeship van de gemeente Rotterdam"
GUIDE = "Handreiking, stap 4"
DEMO = " (demovoorbeeld)"
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
        expected_participants=20, learning_goals=("ik", "ik-en-de-ander"), themes=("eigenheid",),
        competencies=("verbindend", "lerend-vermogen"), **COMMON,
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
        competencies=("verbindend", "omgevingsbewust", "resultaatgericht"), **COMMON,
    ),
    InterventionData(
        GUIDE, "Coaching",
        goal="Reflecteren op je eigen ontwikkeling en je competenties en zelfinzicht versterken.",
        content="Individuele coaching in de leerlijn Ik, naast buddygesprekken en intervisie." + DEMO,
        learning_form=LearningForm.coaching, learning_mix=LearningMix.social,
        kolb_phases=(KolbPhase.reflective_observation,), learning_level=LearningLevel.self,
        duration_hours=Decimal("1.5"),  # demo value
        expected_participants=20, learning_goals=("ik",), competencies=("zelfbewust", "lerend-vermogen"), **COMMON,
    ),
    InterventionData(
        GUIDE, "Intervisie",
        goal="Reflecteren op ervaringen uit de praktijk en meer van en met elkaar leren.",
        content="Intervisie in vaste groepen trainees, in de leerlijn Ik." + DEMO,
        learning_form=LearningForm.intervision, learning_mix=LearningMix.social,
        kolb_phases=(KolbPhase.reflective_observation,), learning_level=LearningLevel.self,
        duration_hours=Decimal("2"),  # demo value
        expected_participants=20, learning_goals=("ik", "ik-en-de-ander"),
        competencies=("lerend-vermogen", "verbindend"), **COMMON,
    ),
    InterventionData(
        GUIDE, "Individuele opdracht in de stad",
        goal="Actief experimenteren: het geleerde toepassen in je eigen werk in de gemeente en de stad.",
        content="Een individuele opdracht in de gemeente of de stad, om leren te integreren in de dagelijkse "
                "praktijk." + DEMO,
        learning_form=LearningForm.assignment, learning_mix=LearningMix.workplace,
        kolb_phases=(KolbPhase.active_experimentation,), learning_level=LearningLevel.self_and_organisation,
        expected_participants=20, learning_goals=("ik-en-de-stad",),
        competencies=("resultaatgericht", "vernieuwend", "omgevingsbewust"), **COMMON,
    ),
    InterventionData(
        GUIDE, "Door-en-voor-deelnemersessie",
        goal="Nieuwe inzichten formuleren door kennis met elkaar te delen.",
        content="Een sessie die deelnemers zelf voor elkaar verzorgen: peer-to-peer learning, meer van en met "
                "elkaar leren.",
        learning_form=LearningForm.workshop, learning_mix=LearningMix.social,
        kolb_phases=(KolbPhase.abstract_conceptualisation,), learning_level=LearningLevel.self_and_organisation,
        duration_hours=Decimal("2"),  # demo value
        expected_participants=20, learning_goals=("ik-en-de-ander",),
        competencies=("verbindend", "resultaatgericht"), **COMMON,
    ),
    InterventionData(
        "Handreiking, stap 5", "Kick-off Tijdreis Rotterdam",
        goal="Het programma met energie introduceren: het verhaal, de opbouw en het doel worden helder.",
        content="De kick-off van het traineeship: het begin van de Tijdreis Rotterdam door het verleden, heden en "
                "de toekomst van jezelf, de gemeente en de stad.",
        learning_form=LearningForm.event, learning_mix=LearningMix.social,
        kolb_phases=(KolbPhase.concrete_experience,), learning_level=LearningLevel.self_and_organisation,
        duration_hours=Decimal("4"),  # demo value
        mandatory=True, expected_participants=20, learning_goals=("ik-en-de-stad",), competencies=("verbindend",),
        **COMMON,
    ),
    InterventionData(
        "Handreiking, stap 5", "Ontwikkelgids",
        goal="Deelnemers helpen reflecteren en hun groei vastleggen; de verhaallijn versterken.",
        content="Een ontwikkelgids die de deelnemer de hele tijdreis gebruikt om te reflecteren en de eigen groei "
                "vast te leggen. Zorgt voor samenhang en verdieping binnen het ontwikkelprogramma.",
        learning_form=LearningForm.other, learning_mix=LearningMix.workplace,
        kolb_phases=(KolbPhase.reflective_observation,), learning_level=LearningLevel.self,
        expected_participants=20, learning_goals=("ik",), competencies=("zelfbewust", "lerend-vermogen"), **COMMON,
    ),
    *(InterventionData(
        "Handreiking, stap 5", f"Audiowandeling {n}: {era}",
        goal="Reflecteren en je groei vastleggen, onderweg door de stad.",
        content=f"De {ordinal} van drie audiowandelingen: een wandeling door {what}." + DEMO,
        learning_form=LearningForm.other, learning_mix=LearningMix.workplace,
        kolb_phases=(KolbPhase.reflective_observation,), learning_level=LearningLevel.self,
        duration_hours=Decimal("1.5"),  # demo value
        expected_participants=20, learning_goals=("ik",), competencies=competencies, **COMMON,
    ) for n, era, ordinal, what, competencies in (
        (1, "Verleden", "eerste", "het Rotterdam van vroeger en je eigen herkomst", ("zelfbewust",)),
        (2, "Heden", "tweede", "de stad van nu en je plek in de gemeente", ("omgevingsbewust",)),
        (3, "Toekomst", "derde", "de stad van morgen en wie je als ambtenaar van de toekomst wilt zijn",
         ("vernieuwend", "lerend-vermogen")),
    )),
    InterventionData(
        GUIDE, "Ervaringsgerichte training: samenwerken in de stad",
        goal="Ervaren hoe je met partners in de stad tot resultaat komt." + DEMO,
        content="Een ervaringsgerichte training met partners uit de stad over samenwerken aan een opgave van "
                "nu." + DEMO,
        learning_form=LearningForm.training, learning_mix=LearningMix.formal,
        kolb_phases=(KolbPhase.concrete_experience,), learning_level=LearningLevel.self_and_others,
        duration_days=Decimal("1"),  # demo value
        expected_participants=20, learning_goals=("ik-en-de-ander",),
        competencies=("resultaatgericht", "omgevingsbewust"), **COMMON,
    ),
    InterventionData(
        GUIDE, "Ervaringsgerichte training: de stad van morgen",
        goal="Ervaren hoe je nieuwe oplossingen voor de stad van morgen bedenkt en uitprobeert." + DEMO,
        content="Een ervaringsgerichte training over toekomstverkenning en vernieuwing in de publieke sector."
                + DEMO,
        learning_form=LearningForm.training, learning_mix=LearningMix.formal,
        kolb_phases=(KolbPhase.concrete_experience,), learning_level=LearningLevel.self_and_others,
        duration_days=Decimal("1"),  # demo value
        expected_participants=20, learning_goals=("ik-en-de-ander",), competencies=("vernieuwend",), **COMMON,
    ),
)
