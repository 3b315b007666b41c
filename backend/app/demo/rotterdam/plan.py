# The guide's own typography (curly quotes) is kept in its text.
# ruff: noqa: RUF001
"""Gemeente Rotterdam: the traineeship's purpose, learning levels and sub-theme from the guide, as a small draft
plan (one development, one goal, a learning goal per learning level, one theme).

The guide describes a programme of a year and a half, not a plan over named years: the years are a demo
choice (`PROGRAMME_YEAR` is its first), and the plan is a draft because the guide is offered as inspiration,
not adopted policy.
"""

from app.core.vocabulary import Audience
from app.demo.build.plans import DevelopmentData, GoalData, LearningGoalData, PlanData, ThemeData
from app.plans.models import PlanStatus

PROGRAMME_YEAR = 2025  # demowaarde: the guide names no calendar years

SUMMARY = """\
De publieke sector van morgen vraagt om mensen die kunnen meebewegen. In een wereld die continu in beweging is, \
draait het niet langer om wat iemand al heeft gedaan, maar om wat iemand kan leren en bijdragen. Daarom hebben \
wij bij de gemeente Rotterdam onze ontwikkelvisie herijkt en ons traineeship opnieuw vormgegeven: een \
leeromgeving waarin competenties centraal staan en ruimte is voor maatwerk, diversiteit en persoonlijke groei, \
waarin ervaringsgericht leren voorop staat.

Storyline: de Tijdreis Rotterdam, een ontwikkelreis van 1,5 jaar door het verleden, heden en de toekomst van \
jezelf, de gemeente en de stad Rotterdam; elk halfjaar een thema. Onderliggende theorie: de Experiential \
Learning Cycle van Kolb (1984).

Randvoorwaarden: samenhang tussen interventies; een inclusief programma gericht op de ‘ambtenaar van de \
toekomst’; een programma dat écht Rotterdams is. (De jaren van dit plan zijn demowaarden.)"""

REVIEW_NOTES = """\
Effectmeting met vragenlijsten op vaste meetmomenten: na de eerste week, halverwege het programma en aan het \
einde, met een voormeting. De vragen zijn gekoppeld aan de leerdoelen en de 12 hefbomen van transfer en meten op \
drie niveaus: deelnemer (leereffect, gedrag, motivatie en houding), programma (kwaliteit, werking en relevantie) \
en organisatie (ondersteuning en ruimte voor toepassen). Met de uitkomsten sturen we bij op inhoud, vorm en \
timing van de programmaonderdelen."""

AMBTENAAR_VAN_DE_TOEKOMST = DevelopmentData(
    title="Ambtenaar van de toekomst",
    description="Kennis verandert snel in de dynamische wereld van vandaag. Competenties zijn juist duurzamer "
                "bruikbaar over tijd en maken mensen en organisaties wendbaar.",
    goals=(
        GoalData(
            "Competentiegericht ontwikkelen met een rode draad tussen de programmaonderdelen",
            description="Een uitdaging in het oorspronkelijke programma was het ontbreken van een rode draad "
                        "tussen programmaonderdelen; een behoefte uit de doelgroep was peer-to-peer learning, dus "
                        "meer van en met elkaar leren.",
            learning_goals=(
                LearningGoalData(
                    "ik", "Competenties en zelfinzicht versterken door ervaring, reflectie en nieuwe inzichten",
                    Audience.employees, "Leerlijn Ik: het leren op individueel niveau."),
                LearningGoalData(
                    "ik-en-de-ander", "Meer van en met elkaar leren (peer-to-peer learning)", Audience.employees,
                    "Leerlijn Ik en de ander: het leren op team- en groepsniveau."),
                LearningGoalData(
                    "ik-en-de-stad", "Vanuit verbinding je perspectieven verruimen in de stad en de gemeente",
                    Audience.employees,
                    "Leerlijn Ik en de stad Rotterdam & Ik en de gemeente Rotterdam: het leren op het niveau van "
                    "de organisatie en de omgeving."),
            ),
        ),
    ),
)

THEMES = (
    ThemeData("eigenheid", "Je authentieke zelf zijn en blijven", """\
Uit interviews hoorden wij gedeelde uitdagingen in het zijn en blijven van je authentieke zelf en het laten zien \
van je eigenheid in een grote organisatie als de gemeente Rotterdam. Dit is dus een thema waar we aandacht aan \
besteden."""),
)

PLAN = PlanData(
    title="Traineeship ambtenaren van de toekomst",
    first_year=PROGRAMME_YEAR,
    last_year=PROGRAMME_YEAR + 1,
    status=PlanStatus.draft,
    summary=SUMMARY,
    review_notes=REVIEW_NOTES,
    developments=(AMBTENAAR_VAN_DE_TOEKOMST,),
    themes=THEMES,
)
