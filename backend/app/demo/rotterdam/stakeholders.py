"""Gemeente Rotterdam: the traineeship's stakeholders (stap 3) and the engagements held with them while the
programme was designed.

The guide names who to think of (HR, teamleiders, opleidingsadviseurs, (oud-)deelnemers, directie), the
commissioner (opdrachtgever, inhoudelijk eindverantwoordelijke), the existing programme team and Frisse Blikken,
the external development team. It names no persons, units or dates: the units, the influence/affected degrees,
the contacts and the engagements' dates are demo values, said so in the text ("(demovoorbeeld)") where a person
reads them. All engagements took place before the framework was finished.
"""

from datetime import date

from app.demo.build.stakeholders import EngagementData, StakeholderData
from app.demo.rotterdam.programme import DESIGN_YEAR, TITLE
from app.stakeholders.models import Degree, EngagementKind, StakeholderRole

HIGH, LOW = Degree.high, Degree.low
PROGRAMME = (TITLE,)

STAKEHOLDERS = (
    StakeholderData(
        "opdrachtgever", "Opdrachtgever traineeship", StakeholderRole.commissioner,
        "Concernstaf (demovoorbeeld)", HIGH, HIGH,
        "Inhoudelijk eindverantwoordelijke: stelt met het programmateam het doel en de randvoorwaarden vast en "
        "bewaakt ze tijdens het hele ontwerp.", programmes=PROGRAMME),
    StakeholderData(
        "programmateam", "Programmateam traineeship", StakeholderRole.ld_adviser,
        "Programmamanagement traineeship", HIGH, HIGH,
        "Programmamanagers en opleidingsadviseurs: ontwerpen het programma en begeleiden de trainees.",
        contact="traineeship@rotterdam.demo (demovoorbeeld)", programmes=PROGRAMME),
    StakeholderData(
        "frisse-blikken", "Frisse Blikken", StakeholderRole.other, "Extern ontwikkelteam", HIGH, LOW,
        "Sloot aan als extern ontwikkelteam: formuleerde samen met het programmateam de doelen en randvoorwaarden "
        "en leidde de designsessies.", programmes=PROGRAMME),
    StakeholderData(
        "directie", "Directie", StakeholderRole.director, "Directieraad (demovoorbeeld)", HIGH, LOW,
        "Bepaalt mee het succes van het programma en geeft de trainees ruimte in de organisatie.",
        programmes=PROGRAMME),
    StakeholderData(
        "hr", "HR-adviseurs", StakeholderRole.hr, "HR (demovoorbeeld)", HIGH, LOW,
        "Sluit het programma aan op werving, loopbaan en het DNA van de organisatie; faciliteert de onboarding.",
        programmes=PROGRAMME),
    StakeholderData(
        "teamleiders", "Teamleiders van de trainees", StakeholderRole.team_lead,
        "Clusters van de gemeente (demovoorbeeld)", LOW, HIGH,
        "Begeleiden de trainees op de werkplek en geven ruimte om het geleerde toe te passen; beschikken over "
        "waardevolle praktijkkennis.", programmes=PROGRAMME),
    StakeholderData(
        "oud-deelnemers", "Oud-deelnemers traineeship", StakeholderRole.former_participant,
        "Vorige lichtingen (demovoorbeeld)", LOW, HIGH,
        "Weten wat werkte en wat ontbrak in het oorspronkelijke programma; kunnen als buddy of ambassadeur "
        "optreden.", programmes=PROGRAMME),
    StakeholderData(
        "trainees", "Trainees nieuwe lichting", StakeholderRole.participant, "Traineeship", LOW, HIGH,
        "Gaan het programma volgen; hun leerbehoeften en leervoorkeuren sturen het ontwerp.", programmes=PROGRAMME),
    StakeholderData(
        "trainers", "Trainers en sprekers uit de stad (demovoorbeeld)", StakeholderRole.trainer,
        "Extern (demovoorbeeld)", LOW, LOW,
        "Verzorgen ervaringsgerichte trainingen en inspiratiesessies; bepalen met het programmateam een centraal "
        "thema en heldere leerdoelen per training.", programmes=PROGRAMME),
    StakeholderData(
        "or", "Ondernemingsraad (demovoorbeeld)", StakeholderRole.works_council, "Ondernemingsraad", LOW, LOW,
        "Wordt geïnformeerd over het programma. (demovoorbeeld)"),
)


def _on(month: int, day: int) -> date:
    return date(DESIGN_YEAR, month, day)  # demo value


ENGAGEMENTS = (
    EngagementData(
        EngagementKind.interview, _on(9, 10), ("opdrachtgever", "programmateam", "frisse-blikken"),
        "Gesprek met de opdrachtgever over het doel van het programma en de randvoorwaarden. (demovoorbeeld)",
        "Drie randvoorwaarden: samenhang tussen interventies, een inclusief programma gericht op de ambtenaar "
        "van de toekomst, en een programma dat écht Rotterdams is.", programme=TITLE),
    EngagementData(
        EngagementKind.interview, _on(9, 24), ("oud-deelnemers", "programmateam"),
        "Interviews met oud-deelnemers: wat werkt goed, waar zie je ontwikkelkansen? (demovoorbeeld)",
        "Een rode draad tussen de programmaonderdelen ontbrak; behoefte aan peer-to-peer learning; uitdaging om "
        "je authentieke zelf te zijn en te blijven in een grote organisatie.", programme=TITLE),
    EngagementData(
        EngagementKind.interview, _on(10, 3), ("teamleiders", "hr", "programmateam"),
        "Interviews met teamleiders en HR over werkvloeruitdagingen en ondersteuning. (demovoorbeeld)",
        "Opdrachten in het eigen werk en in de stad maken het leren concreet; leidinggevenden willen weten wat "
        "hun rol is. (demovoorbeeld)", programme=TITLE),
    EngagementData(
        EngagementKind.design_session, _on(10, 17),
        ("programmateam", "frisse-blikken", "oud-deelnemers", "hr", "teamleiders"),
        "Designsessie 1 over leerdoelen, thematiek, leervormen en beschikbare ondersteuning van collega's.",
        "De storyline Tijdreis Rotterdam en de drie leerlijnen Ik, Ik en de ander, Ik en de stad / de gemeente.",
        programme=TITLE),
    EngagementData(
        EngagementKind.design_session, _on(11, 7), ("programmateam", "frisse-blikken", "oud-deelnemers", "trainers"),
        "Designsessie 2 over leerinterventies per halfjaar, op de cyclus van Kolb. (demovoorbeeld)",
        "Leervormen per leerlijn gekozen; de ontwikkelgids en drie audiowandelingen als leermiddelen. "
        "(demovoorbeeld)", programme=TITLE),
    EngagementData(
        EngagementKind.progress_update, _on(11, 26), ("opdrachtgever", "directie", "hr", "teamleiders"),
        "Voortgang en keuzes gedeeld met de belanghebbenden. (demovoorbeeld)",
        "Akkoord op de opbouw; halfjaar 3 wordt verder uitgewerkt. (demovoorbeeld)", programme=TITLE),
)
