"""A development programme (ontwikkelprogramma) with its six design steps, the analysis' insights, its framework
(phases with focus competencies, learning lines, placements of catalogue interventions) and the principles'
checklist items the adviser has ticked. Competencies are named by key, interventions by title, learning lines by
level, so the data reads like the guide and not like ids."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlmodel import Session, select

from app.accounts.models import User
from app.competencies.models import Competency, CompetencyFramework
from app.core.scope import Role
from app.core.vocabulary import KolbPhase, LearningLevel, MeasurementLevel, MeasurementMoment
from app.interventions.models import Intervention
from app.programmes.models import (
    DesignStep,
    Insight,
    InsightKind,
    InsightSource,
    LearningLine,
    Phase,
    PhaseCompetency,
    Placement,
    PrincipleConfirmation,
    Programme,
    ProgrammeStatus,
    ProgrammeStep,
)


@dataclass(frozen=True)
class StepData:
    step: DesignStep
    notes: str = ""
    done_at: datetime | None = None  # marked done by the organisation's first adviser (editor), when it has one


@dataclass(frozen=True)
class InsightData:
    kind: InsightKind
    source: InsightSource
    title: str
    description: str = ""


@dataclass(frozen=True)
class LearningLineData:
    level: LearningLevel
    label: str
    description: str = ""  # the forms the line uses


@dataclass(frozen=True)
class PlacementData:
    line: LearningLevel  # the learning line at that level
    intervention: str  # InterventionData.title
    kolb_phase: KolbPhase
    week_offset: int
    duration_hours: Decimal | None = None
    note: str = ""


@dataclass(frozen=True)
class PhaseData:
    title: str
    sub_theme: str
    description: str
    start_month: int
    length_months: int
    competencies: tuple[str, ...]  # CompetencyData.key, in focus
    placements: tuple[PlacementData, ...] = ()


@dataclass(frozen=True)
class ConfirmationData:
    item: str  # a checklist item's key (app/programmes/checks.py)
    confirmed_at: datetime
    note: str = ""


@dataclass(frozen=True)
class ProgrammeData:
    title: str
    status: ProgrammeStatus
    purpose: str
    target_group: str
    duration_months: int
    storyline_title: str
    storyline_narrative: str
    competency_framework: str  # FrameworkData.name
    dna_framework: str  # FrameworkData.name, of kind organisation_dna
    why: str
    outcomes: str
    contributes_to: str
    constraints: tuple[str, ...]
    kick_off: str
    learning_materials: tuple[str, ...]
    onboarding: str
    communication_means: tuple[str, ...]
    measurement_moments: tuple[MeasurementMoment, ...]
    measurement_levels: tuple[MeasurementLevel, ...]
    measurement_notes: str
    steps: tuple[StepData, ...]  # the steps with content; the others are made empty
    insights: tuple[InsightData, ...]
    learning_lines: tuple[LearningLineData, ...]
    phases: tuple[PhaseData, ...]
    confirmations: tuple[ConfirmationData, ...] = ()


_COPIED = ("title", "status", "purpose", "target_group", "duration_months", "storyline_title",
           "storyline_narrative", "why", "outcomes", "contributes_to", "kick_off", "onboarding", "measurement_notes")


@dataclass(frozen=True)
class LoadedProgrammes:
    programmes: dict[str, Programme]  # by title
    counts: dict[str, int]


def load_programmes(db: Session, organisation_id: uuid.UUID, data: tuple[ProgrammeData, ...], *,
                    frameworks: Mapping[str, CompetencyFramework], competencies: Mapping[str, Competency],
                    interventions: Mapping[str, Intervention]) -> LoadedProgrammes:
    org = {"organisation_id": organisation_id}
    adviser_id = db.exec(select(User.id).where(User.organisation_id == organisation_id, User.role == Role.editor)
                         .order_by(User.email).limit(1)).first()
    programmes = {p.title: Programme(
        **{name: getattr(p, name) for name in _COPIED}, **org,
        competency_framework_id=frameworks[p.competency_framework].id, dna_framework_id=frameworks[p.dna_framework].id,
        constraints=list(p.constraints), learning_materials=list(p.learning_materials),
        communication_means=list(p.communication_means),
        measurement_moments=[m.value for m in p.measurement_moments],
        measurement_levels=[level.value for level in p.measurement_levels],
    ) for p in data}
    if len(programmes) != len(data):
        raise ValueError("programme titles are used twice")
    db.add_all(programmes.values())
    db.flush()

    rows: list = []
    phases: list[tuple[Phase, PhaseData, dict[LearningLevel, LearningLine]]] = []
    for p in data:
        programme_id = programmes[p.title].id
        given = {s.step: s for s in p.steps}
        rows += [ProgrammeStep(programme_id=programme_id, step=step, notes=given.get(step, StepData(step)).notes,
                               done_at=(done := given.get(step, StepData(step)).done_at),
                               done_by_id=adviser_id if done else None, **org) for step in DesignStep]
        rows += [Insight(programme_id=programme_id, kind=i.kind, source=i.source, title=i.title,
                         description=i.description, **org) for i in p.insights]
        lines = {line.level: LearningLine(programme_id=programme_id, level=line.level, label=line.label,
                                          description=line.description, position=n, **org)
                 for n, line in enumerate(p.learning_lines)}
        phases += [(Phase(programme_id=programme_id, title=ph.title, sub_theme=ph.sub_theme,
                          description=ph.description, start_month=ph.start_month, length_months=ph.length_months,
                          position=n, **org), ph, lines) for n, ph in enumerate(p.phases)]
        rows += [*lines.values(), *(phase for phase, _, _ in phases if phase.programme_id == programme_id)]
        rows += [PrincipleConfirmation(programme_id=programme_id, item=c.item, confirmed_at=c.confirmed_at,
                                       confirmed_by_id=adviser_id, note=c.note, **org) for c in p.confirmations]
    db.add_all(rows)
    db.flush()

    links = [PhaseCompetency(phase_id=phase.id, competency_id=competencies[key].id, **org)
             for phase, ph, _ in phases for key in ph.competencies]
    placements = [Placement(programme_id=phase.programme_id, phase_id=phase.id, learning_line_id=lines[pl.line].id,
                            intervention_id=interventions[pl.intervention].id, kolb_phase=pl.kolb_phase,
                            week_offset=pl.week_offset, duration_hours=pl.duration_hours, note=pl.note, **org)
                  for phase, ph, lines in phases for pl in ph.placements]
    db.add_all([*links, *placements])
    db.flush()
    return LoadedProgrammes(programmes=programmes, counts={
        "programmes": len(programmes), "insights": sum(len(p.insights) for p in data), "phases": len(phases),
        "learning_lines": sum(len(p.learning_lines) for p in data), "placements": len(placements),
        "principle_confirmations": sum(len(p.confirmations) for p in data)})
