# The guide's own typography (curly quotes) is kept in its text.
# ruff: noqa: RUF001
"""Gemeente Rotterdam: the traineeship "Tijdreis Rotterdam" as the guide designs it, step by step: goal and
constraints (stap 1), the analysis of the old programme (stap 2), the stakeholders (stap 3, `stakeholders.py`),
the framework (stap 4, `framework.py`), implementation and communication (stap 5) and the effect-measurement
plan (stap 6).

Texts the guide gives are here in its words' meaning; where it only hints, the wording is ours and says
"(demovoorbeeld)". Dates are demo values: the design took place in the autumn before `PROGRAMME_YEAR`. Steps 1-3
are done; the framework is not: its third half year is still being designed (see `framework.py`), which is what
the principle checks point out on the demo.
"""

from datetime import UTC, datetime

from app.core.vocabulary import LearningLevel, MeasurementLevel, MeasurementMoment
from app.demo.build.programmes import ConfirmationData, InsightData, LearningLineData, ProgrammeData, StepData
from app.demo.rotterdam.competencies import COMPETENCIES, DNA
from app.demo.rotterdam.framework import PHASES
from app.demo.rotterdam.plan import PROGRAMME_YEAR
from app.programmes.models import DesignStep, InsightKind, InsightSource, ProgrammeStatus

DESIGN_YEAR = PROGRAMME_YEAR - 1  # demo value: the design ran in the autumn before the first trainees start


def _on(month: int, day: int) -> datetime:
    return datetime(DESIGN_YEAR, month, day, 16, 0, tzinfo=UTC)  # demo value


TITLE = "Traineeship Tijdreis Rotterdam"

STEPS = (
    StepData(DesignStep.goal_and_constraints, done_at=_on(9, 27), notes=(
        "Samen met het bestaande programmateam en Frisse Blikken, dat aansloot als extern ontwikkelteam, zijn de "
        "doelen en randvoorwaarden geformuleerd in gesprekken met de opdrachtgever en met stakeholders. Ze blijven "
        "tijdens het hele proces leidend bij het maken van keuzes.")),
    StepData(DesignStep.current_situation, done_at=_on(10, 25), notes=(
        "Het bestaande traineeship is doorontwikkeld naar een competentiegericht programma. We analyseerden het "
        "oude programma en interviewden (oud-)deelnemers, leidinggevenden, begeleiders en het ontwikkelteam over "
        "leerbehoeften, werkvloeruitdagingen en leervoorkeuren, en ordenden de inzichten in sterke punten, "
        "uitdagingen en ontwikkelkansen.")),
    StepData(DesignStep.stakeholders, done_at=_on(11, 29), notes=(
        "Kernstakeholders in kaart gebracht met hun invloed, betrokkenheid en potentiële bijdrage; twee "
        "designsessies gehouden over leerdoelen, thematiek, leervormen en leerinterventies; de voortgang en "
        "keuzes gedeeld met opdrachtgever, directie, HR en teamleiders.")),
    StepData(DesignStep.framework, notes=(
        "Storyline, subthema's, competenties per halfjaar en de drie leerlijnen staan. Halfjaar 3 (Toekomst) is "
        "nog in ontwerp: de leerlijn Ik (coaching, buddy-gesprekken, intervisie en de derde audiowandeling) moet "
        "er nog worden ingepland. (demovoorbeeld)")),
    StepData(DesignStep.implementation, notes=(
        "Kick-off, ontwikkelgids en drie audiowandelingen zijn gekozen; de onboarding van leidinggevenden en HR "
        "wordt gepland. (demovoorbeeld)")),
    StepData(DesignStep.effect_measurement, notes=(
        "Meetmomenten en niveaus zijn gekozen; de vragenlijsten worden nog opgesteld. (demovoorbeeld)")),
)

INSIGHTS = (
    InsightData(InsightKind.challenge, InsightSource.interview, "Een rode draad tussen programmaonderdelen ontbrak",
                "Een uitdaging in het oorspronkelijke programma was het ontbreken van een rode draad tussen "
                "programma-onderdelen. Daarom: een storyline en samenhang tussen interventies."),
    InsightData(InsightKind.need, InsightSource.former_participants, "Peer-to-peer learning",
                "Een van de behoeften uit de doelgroep was peer-to-peer learning, dus meer van en met elkaar leren: "
                "buddy-gesprekken, intervisie en door-en-voor-deelnemersessies."),
    InsightData(InsightKind.challenge, InsightSource.interview, "Je authentieke zelf zijn en blijven",
                "Uit interviews hoorden wij gedeelde uitdagingen in het zijn en blijven van je authentieke zelf en "
                "het laten zien van je eigenheid in een grote organisatie als de gemeente Rotterdam. Dit werd het "
                "subthema van het eerste halfjaar."),
    InsightData(InsightKind.strength, InsightSource.former_participants, "Trainees leren van de stad zelf",
                "Oud-deelnemers waardeerden de opdrachten in de stad: daar werd het leren echt. Behouden en een "
                "vaste plek geven in elke fase. (demovoorbeeld)"),
    InsightData(InsightKind.opportunity, InsightSource.design_session, "Leermiddelen die het verhaal dragen",
                "In de designsessie ontstond het idee voor een ontwikkelgids en audiowandelingen die de verhaallijn "
                "tastbaar maken. (demovoorbeeld)"),
)

LEARNING_LINES = (
    LearningLineData(LearningLevel.self, "Ik",
                     "Het leren op individueel niveau: coaching, buddy-gesprekken, intervisie."),
    LearningLineData(LearningLevel.self_and_others, "Ik en de ander",
                     "Het leren op team- en groepsniveau: kennissessies, ervaringsgerichte trainingen."),
    LearningLineData(LearningLevel.self_and_organisation, "Ik en de stad / de gemeente",
                     "Het leren op het niveau van de organisatie en de omgeving (Ik en de stad Rotterdam & Ik en de "
                     "gemeente Rotterdam): groepsopdrachten en individuele opdrachten in de stad, inspiratie- en "
                     "kennissessies en trainingen, door-en-voor-deelnemersessies."),
)

# Checklist items the programme team ticked (app/programmes/principles.py CHECKLIST). Not yet: the rhythm is
# shared at the onboarding, and Develop and Deliver are still to come.
CONFIRMATIONS = (
    ConfirmationData("participants_interviewed", _on(10, 25),
                     "Oud-deelnemers, leidinggevenden, begeleiders en het ontwikkelteam geïnterviewd."),
    ConfirmationData("needs_shape_themes", _on(10, 25),
                     "Het subthema van halfjaar 1 komt uit de interviews: je authentieke zelf zijn en blijven."),
    ConfirmationData("stakeholders_informed", _on(11, 26),
                     "Voortgang en keuzes gedeeld met opdrachtgever, directie, HR en teamleiders."),
    ConfirmationData("trainers_briefed", _on(11, 7),
                     "Met de trainers een centraal thema en heldere leerdoelen per training afgesproken. "
                     "(demovoorbeeld)"),
    ConfirmationData("assignments_in_own_work", _on(11, 7),
                     "De opdrachten in de gemeente en de stad doen trainees in hun eigen werk. (demovoorbeeld)"),
    ConfirmationData("storyline_everywhere", _on(11, 29),
                     "De tijdreis komt terug in de halfjaren, de audiowandelingen, de ontwikkelgids en de kick-off."),
)

TRAINEESHIP = ProgrammeData(
    title=TITLE,
    status=ProgrammeStatus.draft,
    purpose=(
        "Een leeromgeving waarin competenties centraal staan en ruimte is voor maatwerk, diversiteit en "
        "persoonlijke groei, waarin ervaringsgericht leren voorop staat. Niet het cv is het vertrekpunt, maar het "
        "potentieel van de deelnemer: trainees ontwikkelen zich op een manier die bij hen past, binnen een "
        "structuur die houvast én ruimte biedt."),
    target_group=(
        "Trainees van de gemeente Rotterdam: nieuwe collega's met potentieel, die in 1,5 jaar groeien tot "
        "ambtenaar van de toekomst. Een groep van ongeveer twintig trainees per lichting. (demovoorbeeld)"),
    duration_months=18,
    storyline_title="Tijdreis Rotterdam",
    storyline_narrative=(
        "Een ontwikkelreis van 1,5 jaar door het verleden, heden en de toekomst van jezelf, de gemeente en de stad "
        "Rotterdam. Elk halfjaar een tijdvak: in het verleden ontdek je waar je vandaan komt en wat de stad "
        "gevormd heeft, in het heden vind je je plek in de gemeente en de stad van nu, in de toekomst verken je "
        "wie je als ambtenaar van morgen wilt zijn. De verhaallijn komt terug in alle onderdelen, in de "
        "communicatie en in de taal van het programma."),
    competency_framework=COMPETENCIES.name,
    dna_framework=DNA.name,
    why=(
        "De publieke sector van morgen vraagt om mensen die kunnen meebewegen. In een wereld die continu in "
        "beweging is, draait het niet langer om wat iemand al heeft gedaan, maar om wat iemand kan leren en "
        "bijdragen. Daarom herijkten we onze ontwikkelvisie en geven we het traineeship opnieuw vorm."),
    outcomes=(
        "Voor de deelnemers: sterkere competenties en zelfinzicht, door ervaring, reflectie en nieuwe inzichten, "
        "en meer van en met elkaar leren. Voor de organisatie: wendbare collega's die passen bij het DNA van de "
        "gemeente en klaar zijn voor de opgaven van de stad."),
    contributes_to=(
        "Een sterke en inclusieve publieke sector die klaar is voor de toekomst, en de uitvoeringskracht van de "
        "gemeente (VNG-pilot Uitvoeringskracht en Arbeidsmarktkrapte)."),
    constraints=(
        "Samenhang tussen interventies",
        "Inclusief programma gericht op de ‘ambtenaar van de toekomst’",
        "Een programma dat écht Rotterdams is",
    ),
    kick_off=(
        "Een kick-off waarin het verhaal, de opbouw en het doel van het programma helder worden: de start van de "
        "Tijdreis Rotterdam, met energie geïntroduceerd."),
    learning_materials=(
        "Ontwikkelgids",
        "Audiowandeling 1: Verleden",
        "Audiowandeling 2: Heden",
        "Audiowandeling 3: Toekomst",
    ),
    onboarding=(
        "Onboardingsessies voor leidinggevenden en HR, met informatieve en interactieve documenten: zij weten wat "
        "er speelt, welke rol zij hebben en hoe zij de trainees kunnen ondersteunen."),
    communication_means=("Video's", "Interactieve pdf's", "Ambassadeurs in de organisatie"),
    measurement_moments=(MeasurementMoment.pre, MeasurementMoment.after_week_1, MeasurementMoment.midway,
                         MeasurementMoment.post),
    measurement_levels=(MeasurementLevel.participant, MeasurementLevel.programme, MeasurementLevel.organisation),
    measurement_notes=(
        "Vragenlijsten voor de deelnemers met een voormeting, na de eerste week, halverwege en aan het einde. De "
        "vragen zijn gekoppeld aan de leerdoelen en de 12 hefbomen van transfer en meten op drie niveaus: "
        "deelnemer (leereffect, gedrag, motivatie en houding), programma (kwaliteit, werking en relevantie) en "
        "organisatie (ondersteuning en ruimte voor toepassen). Met de uitkomsten sturen we bij op inhoud, vorm en "
        "timing van de programmaonderdelen."),
    steps=STEPS,
    insights=INSIGHTS,
    learning_lines=LEARNING_LINES,
    phases=PHASES,
    confirmations=CONFIRMATIONS,
)

PROGRAMMES = (TRAINEESHIP,)
