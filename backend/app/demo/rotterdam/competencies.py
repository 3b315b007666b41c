"""Gemeente Rotterdam, handreiking "Een ontwikkelprogramma voor ambtenaren van de toekomst" (VNG pilot
Uitvoeringskracht en Arbeidsmarktkrapte): the building blocks of the traineeship, its competencies and the
organisation's DNA ("Het fundament van jouw programma").

The guide says the framework has six competencies and names two as examples, with one behaviour each: those two
are here in the guide's words. The other four and the DNA's values are not in it: they are demo examples, and their
names say so ("(demovoorbeeld)") wherever they are shown.
"""

from app.competencies.models import FrameworkKind
from app.demo.build.competencies import CompetencyData, FrameworkData

DEMO = "Demovoorbeeld: de handreiking noemt deze competentie niet."
DEMO_VALUE = "Demovoorbeeld: de handreiking noemt de waarden van het DNA niet."

COMPETENCIES = FrameworkData(
    "Competentieframework traineeship", FrameworkKind.competencies,
    "Bij de gemeente Rotterdam is een competentie framework opgesteld met zes competenties. Samen met het DNA "
    "van de organisatie vormen ze het fundament waarop alle keuzes en interventies van het programma worden "
    "toegespitst. De handreiking noemt er twee als voorbeeld (verbindend en omgevingsbewust); de andere vier "
    "zijn demovoorbeelden.",
    competencies=(
        CompetencyData("verbindend", "Verbindend", behavioural_indicators=(
            "Toont in gedrag en houding interesse voor wat anderen inbrengen",)),
        CompetencyData("omgevingsbewust", "Omgevingsbewust", behavioural_indicators=(
            "Stelt zich op de hoogte van recente ontwikkelingen die relevant zijn voor het eigen vakgebied",)),
        CompetencyData("zelfbewust", "Zelfbewust (demovoorbeeld)", DEMO, behavioural_indicators=(
            "Kent de eigen kwaliteiten, drijfveren en valkuilen en laat de eigen kijk zien, ook in een grote "
            "organisatie (demovoorbeeld)",)),
        CompetencyData("lerend-vermogen", "Lerend vermogen (demovoorbeeld)", DEMO, behavioural_indicators=(
            "Reflecteert op het eigen handelen en vraagt om feedback om ervan te leren (demovoorbeeld)",)),
        CompetencyData("resultaatgericht", "Resultaatgericht (demovoorbeeld)", DEMO, behavioural_indicators=(
            "Maakt afspraken concreet en werkt zichtbaar toe naar resultaat voor de stad (demovoorbeeld)",)),
        CompetencyData("vernieuwend", "Vernieuwend (demovoorbeeld)", DEMO, behavioural_indicators=(
            "Verkent nieuwe ideeën en durft andere oplossingen uit te proberen (demovoorbeeld)",)),
    ),
)

DNA = FrameworkData(
    "DNA van de gemeente Rotterdam", FrameworkKind.organisation_dna,
    "De bouwstenen van het programma zijn een set aan relevante competenties en het DNA van de organisatie: "
    "samen maken ze zichtbaar welke gedragingen toekomstbestendig zijn en passen bij het functioneren binnen de "
    "organisatie. Randvoorwaarde: een programma dat écht Rotterdams is. De handreiking noemt de waarden zelf "
    "niet: de drie hieronder zijn demovoorbeelden.",
    competencies=(
        CompetencyData("dna-aanpakken", "Aanpakken (demovoorbeeld)", DEMO_VALUE, behavioural_indicators=(
            "Doet wat het zegt en pakt door (demovoorbeeld)",)),
        CompetencyData("dna-stad", "Voor de stad (demovoorbeeld)", DEMO_VALUE, behavioural_indicators=(
            "Werkt vanuit wat de stad en haar inwoners nodig hebben (demovoorbeeld)",)),
        CompetencyData("dna-samen", "Samen (demovoorbeeld)", DEMO_VALUE, behavioural_indicators=(
            "Zoekt de samenwerking op, binnen en buiten de gemeente (demovoorbeeld)",)),
    ),
)

FRAMEWORKS = (COMPETENCIES, DNA)
