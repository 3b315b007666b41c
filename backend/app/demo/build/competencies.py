"""Competency frameworks (a competency profile or the organisation's DNA) and their competencies. A competency
has a short `key` so interventions can name what they train."""

import uuid
from dataclasses import dataclass

from sqlmodel import Session

from app.competencies.models import Competency, CompetencyFramework, FrameworkKind


@dataclass(frozen=True)
class CompetencyData:
    key: str
    name: str
    description: str = ""
    behavioural_indicators: tuple[str, ...] = ()


@dataclass(frozen=True)
class FrameworkData:
    name: str
    kind: FrameworkKind
    description: str
    competencies: tuple[CompetencyData, ...]


@dataclass(frozen=True)
class LoadedFrameworks:
    frameworks: dict[str, CompetencyFramework]  # by FrameworkData.name
    competencies: dict[str, Competency]  # by CompetencyData.key
    counts: dict[str, int]


def load_frameworks(db: Session, organisation_id: uuid.UUID,
                    data: tuple[FrameworkData, ...]) -> LoadedFrameworks:
    org = {"organisation_id": organisation_id}
    frameworks = [CompetencyFramework(name=f.name, kind=f.kind, description=f.description, **org) for f in data]
    db.add_all(frameworks)
    db.flush()

    competencies: dict[str, Competency] = {}
    for framework, f in zip(frameworks, data, strict=True):
        for n, c in enumerate(f.competencies):
            if c.key in competencies:
                raise ValueError(f"competency key '{c.key}' is used twice")
            competencies[c.key] = Competency(
                framework_id=framework.id, name=c.name, description=c.description,
                behavioural_indicators=list(c.behavioural_indicators), position=n, **org)
    db.add_all(competencies.values())
    db.flush()
    return LoadedFrameworks(frameworks={f.name: f for f in frameworks}, competencies=competencies,
                            counts={"competency_frameworks": len(frameworks), "competencies": len(competencies)})
