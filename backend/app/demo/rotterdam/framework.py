"""Gemeente Rotterdam: the traineeship's framework (stap 4), as the guide's "ontwikkelprogramma op hoofdlijnen"
draws it: three half years through the past, present and future (the storyline), each with its sub-theme and
focus competencies, and interventions placed on the three learning lines, so that every half year runs Kolb's
cycle (concrete ervaring, reflectie en observatie, nieuwe inzichten formuleren, actief experimenteren).

The guide gives the half years, the first sub-theme, the learning lines and their forms. The placements' weeks,
durations and the later sub-themes are demo values: something every two weeks in the first two half years, every
four in the third (a fixed rhythm, ontwerpprincipe 5), and most of it in the trainees' own work in the gemeente
and the city (assignments, the development guide, the audio walks: the 70 of 70-20-10).

Half year 3 is still being designed: nothing is placed on the "Ik" line yet, so it has no reflection (Kolb's
reflective observation) either. The principle checks say so on the demo; placing the third audio walk there on the
"Ik" line (reflective observation) completes it.
"""

from decimal import Decimal

from app.core.vocabulary import KolbPhase, LearningLevel
from app.demo.build.programmes import PhaseData, PlacementData

CE, RO = KolbPhase.concrete_experience, KolbPhase.reflective_observation
AC, AE = KolbPhase.abstract_conceptualisation, KolbPhase.active_experimentation
IK, ANDER, STAD = LearningLevel.self, LearningLevel.self_and_others, LearningLevel.self_and_organisation
D = Decimal

KICK_OFF = "Kick-off Tijdreis Rotterdam"
GIDS = "Ontwikkelgids"
BUDDY = "Peer-to-peer buddygesprekken"
COACHING = "Coaching"
INTERVISIE = "Intervisie"
KENNIS = "Kennis- en inspiratiesessies"
GROEP = "Groepsopdracht in de stad"
INDIVIDUEEL = "Individuele opdracht in de stad"
DOOR_EN_VOOR = "Door-en-voor-deelnemersessie"


def _at(week: int, line: LearningLevel, intervention: str, kolb: KolbPhase, hours: str,
        note: str = "") -> PlacementData:
    return PlacementData(line, intervention, kolb, week, D(hours), note)  # week and hours: demo values


VERLEDEN = PhaseData(
    "Halfjaar 1: Verleden", "Je authentieke zelf zijn en blijven in een grote organisatie",
    "Het verleden van jezelf, de gemeente en de stad: waar kom je vandaan, wat heeft Rotterdam gevormd, en hoe "
    "laat je je eigenheid zien in een grote organisatie als de gemeente Rotterdam?",
    start_month=1, length_months=6, competencies=("zelfbewust", "verbindend", "lerend-vermogen"),
    placements=(
        _at(0, STAD, KICK_OFF, CE, "4", "De start van de tijdreis, met alle trainees."),
        _at(0, IK, GIDS, RO, "1", "Je startpunt vastleggen in de ontwikkelgids."),
        _at(2, STAD, INDIVIDUEEL, AE, "8", "Verkenningsopdracht: je nieuwe werkplek en de wijk eromheen. "
                                          "(demovoorbeeld)"),
        _at(4, IK, "Audiowandeling 1: Verleden", RO, "1.5"),
        _at(6, ANDER, KENNIS, AC, "2", "Kennissessie over de geschiedenis van de gemeente en de stad. "
                                       "(demovoorbeeld)"),
        _at(8, IK, BUDDY, RO, "1"),
        _at(10, ANDER, "Ervaringsgerichte training: perspectieven verruimen", CE, "8"),
        _at(12, STAD, GROEP, AE, "12", "Deel 1: Rotterdam toen en nu verkennen. (demovoorbeeld)"),
        _at(14, IK, COACHING, RO, "1.5"),
        _at(16, STAD, INDIVIDUEEL, AE, "8"),
        _at(18, IK, INTERVISIE, RO, "2"),
        _at(20, STAD, GROEP, AE, "12", "Deel 2: uitwerken en presenteren aan de opdrachtgever. (demovoorbeeld)"),
        _at(22, STAD, INDIVIDUEEL, AE, "8"),
        _at(24, IK, GIDS, RO, "1", "Terugblik op het eerste halfjaar in de ontwikkelgids."),
    ),
)

HEDEN = PhaseData(
    "Halfjaar 2: Heden", "Jouw plek in de gemeente en de stad van nu (demovoorbeeld)",
    "Het heden van jezelf, de gemeente en de stad: hoe werkt de gemeente vandaag, wie zijn je partners in de stad "
    "en hoe kom je samen tot resultaat? (demovoorbeeld)",
    start_month=7, length_months=6, competencies=("omgevingsbewust", "resultaatgericht", "verbindend"),
    placements=(
        _at(0, IK, GIDS, RO, "1", "Je doelen voor het tweede halfjaar in de ontwikkelgids."),
        _at(0, STAD, INDIVIDUEEL, AE, "8", "Opdracht in je eigen cluster voor een opgave van nu. (demovoorbeeld)"),
        _at(2, ANDER, "Ervaringsgerichte training: samenwerken in de stad", CE, "8"),
        _at(4, IK, "Audiowandeling 2: Heden", RO, "1.5"),
        _at(6, STAD, KENNIS, AC, "2", "Inspiratiesessie met een gast uit de stad. (demovoorbeeld)"),
        _at(8, IK, INTERVISIE, RO, "2"),
        _at(10, STAD, GROEP, AE, "12", "Deel 1: een opgave van een wijk verkennen. (demovoorbeeld)"),
        _at(12, IK, COACHING, RO, "1.5"),
        _at(14, STAD, INDIVIDUEEL, AE, "8"),
        _at(16, IK, BUDDY, RO, "1"),
        _at(18, STAD, GROEP, AE, "12", "Deel 2: een voorstel voor de wijk presenteren. (demovoorbeeld)"),
        _at(20, STAD, DOOR_EN_VOOR, AC, "2"),
        _at(22, STAD, INDIVIDUEEL, AE, "8"),
        _at(24, IK, GIDS, RO, "1", "Terugblik op het tweede halfjaar in de ontwikkelgids."),
    ),
)

TOEKOMST = PhaseData(
    "Halfjaar 3: Toekomst", "De ambtenaar van de toekomst (demovoorbeeld)",
    "De toekomst van jezelf, de gemeente en de stad: wie wil je zijn als ambtenaar van morgen, en wat vraagt de "
    "stad van morgen van de gemeente? Nog in ontwerp: de leerlijn Ik (coaching, buddy-gesprekken, intervisie en "
    "de derde audiowandeling) wordt nog ingepland. (demovoorbeeld)",
    start_month=13, length_months=6, competencies=("vernieuwend", "omgevingsbewust", "resultaatgericht"),
    placements=(
        _at(0, ANDER, "Ervaringsgerichte training: de stad van morgen", CE, "8"),
        _at(4, STAD, KENNIS, AC, "2", "Inspiratiesessie over de stad van morgen. (demovoorbeeld)"),
        _at(8, STAD, GROEP, AE, "12", "Deel 1: een idee voor de stad van morgen. (demovoorbeeld)"),
        _at(12, STAD, INDIVIDUEEL, AE, "8"),
        _at(16, STAD, GROEP, AE, "12", "Deel 2: het idee uitproberen in de stad. (demovoorbeeld)"),
        _at(20, STAD, DOOR_EN_VOOR, AC, "2"),
        _at(24, STAD, INDIVIDUEEL, AE, "8", "Slotopdracht: jouw bijdrage aan de stad van morgen. (demovoorbeeld)"),
    ),
)

PHASES = (VERLEDEN, HEDEN, TOEKOMST)
