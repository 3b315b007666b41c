"""Gemeente Rotterdam, handreiking "Een ontwikkelprogramma voor ambtenaren van de toekomst" (VNG pilot
Uitvoeringskracht en Arbeidsmarktkrapte): the building blocks of the traineeship, its competencies and the
organisation's DNA ("Het fundament van jouw programma").

The guide says the framework has six competencies and names two as examples, with one behaviour each; the
other four and the DNA's values are not in it, so they are not here.
"""

from app.competencies.models import FrameworkKind
from app.demo.build.competencies import CompetencyData, FrameworkData

COMPETENCIES = FrameworkData(
    "Competentieframework traineeship", FrameworkKind.competencies,
    "Bij de gemeente Rotterdam is een competentie framework opgesteld met zes competenties. Samen met het DNA "
    "van de organisatie vormen ze het fundament waarop alle keuzes en interventies van het programma worden "
    "toegespitst. De handreiking noemt er twee als voorbeeld.",
    competencies=(
        CompetencyData("verbindend", "Verbindend", behavioural_indicators=(
            "Toont in gedrag en houding interesse voor wat anderen inbrengen",)),
        CompetencyData("omgevingsbewust", "Omgevingsbewust", behavioural_indicators=(
            "Stelt zich op de hoogte van recente ontwikkelingen die relevant zijn voor het eigen vakgebied",)),
    ),
)

DNA = FrameworkData(
    "DNA van de gemeente Rotterdam", FrameworkKind.organisation_dna,
    "De bouwstenen van het programma zijn een set aan relevante competenties en het DNA van de organisatie: "
    "samen maken ze zichtbaar welke gedragingen toekomstbestendig zijn en passen bij het functioneren binnen de "
    "organisatie. Randvoorwaarde: een programma dat écht Rotterdams is. De handreiking noemt de waarden zelf "
    "niet.",
    competencies=(),
)

FRAMEWORKS = (COMPETENCIES, DNA)
