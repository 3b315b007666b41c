"""Builders for competency frameworks and their competencies."""

from sqlmodel import Session

from app.competencies.models import Competency, CompetencyFramework
from tests.factories import position_in, save, unique


def make_framework(db: Session, org, *, name: str | None = None, **values) -> CompetencyFramework:
    return save(db, CompetencyFramework(organisation_id=org.id, name=name or unique("Competentieprofiel"),
                                        **values))


def make_competency(db: Session, framework: CompetencyFramework, *, name: str | None = None,
                    position: int | None = None, **values) -> Competency:
    return save(db, Competency(organisation_id=framework.organisation_id, framework_id=framework.id,
                               name=name or unique("Competentie"),
                               position=position_in(db, position, Competency.framework_id, framework.id),
                               **values))


def make_framework_with(db: Session, org, *, competencies: int, **values) -> tuple[CompetencyFramework,
                                                                                   list[Competency]]:
    """A framework and `competencies` competencies in it ("Competentie 0" with "Gedrag 0", ...)."""
    framework = make_framework(db, org, **values)
    return framework, [make_competency(db, framework, name=f"Competentie {i}", position=i,
                                       behavioural_indicators=[f"Gedrag {i}"]) for i in range(competencies)]
