"""Builders for programmes as the principle checks read them: `make_programme` (with its six steps and three
learning lines, as the programmes service makes them), phases, placements, engagements, and `designed`: a programme
that passes every automatic rule, for a test to break one thing of."""

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlmodel import Session

from app.competencies.models import Competency, CompetencyFramework, FrameworkKind
from app.core.vocabulary import KolbPhase, LearningLevel, LearningMix, MeasurementLevel, MeasurementMoment
from app.interventions.models import Intervention
from app.programmes.models import DesignStep, LearningLine, Phase, PhaseCompetency, Placement, Programme, ProgrammeStep
from app.stakeholders.models import Engagement, EngagementKind
from tests.competencies.factories import make_competency, make_framework
from tests.factories import save, unique
from tests.interventions.factories import make_intervention

LINE_LABELS = {LearningLevel.self: "Ik", LearningLevel.self_and_others: "Ik en de ander",
               LearningLevel.self_and_organisation: "Ik en de stad"}


def make_programme(db: Session, org, *, title: str | None = None, **values) -> Programme:
    programme = save(db, Programme(organisation_id=org.id, title=title or unique("Programma"), **values))
    db.add_all([ProgrammeStep(organisation_id=org.id, programme_id=programme.id, step=step) for step in DesignStep])
    db.add_all([LearningLine(organisation_id=org.id, programme_id=programme.id, level=level, label=label,
                             position=i) for i, (level, label) in enumerate(LINE_LABELS.items())])
    db.flush()
    return programme


def lines_of(db: Session, programme: Programme) -> list[LearningLine]:
    return list(db.scalars(select(LearningLine).where(LearningLine.programme_id == programme.id)
                           .order_by(LearningLine.position)))


def make_phase(db: Session, programme: Programme, *, title: str | None = None, position: int | None = None,
               competencies: list[Competency] = (), **values) -> Phase:
    if position is None:
        position = db.scalar(select(func.count()).where(Phase.programme_id == programme.id)) or 0
    phase = save(db, Phase(organisation_id=programme.organisation_id, programme_id=programme.id,
                           title=title or unique("Halfjaar"), position=position, **values))
    db.add_all([PhaseCompetency(phase_id=phase.id, competency_id=c.id, organisation_id=programme.organisation_id)
                for c in competencies])
    db.flush()
    return phase


def make_placement(db: Session, phase: Phase, line: LearningLine, intervention: Intervention, *,
                   kolb_phase: KolbPhase = KolbPhase.concrete_experience, week_offset: int = 0, **values) -> Placement:
    return save(db, Placement(organisation_id=phase.organisation_id, programme_id=phase.programme_id,
                              phase_id=phase.id, learning_line_id=line.id, intervention_id=intervention.id,
                              kolb_phase=kolb_phase, week_offset=week_offset, **values))


def make_engagement(db: Session, programme: Programme, *, kind: EngagementKind = EngagementKind.interview,
                    held_on: date = date(2026, 1, 12), **values) -> Engagement:
    return save(db, Engagement(organisation_id=programme.organisation_id, programme_id=programme.id, kind=kind,
                               held_on=held_on, **values))


def mark_done(db: Session, programme: Programme, step: DesignStep, at: datetime) -> None:
    row = db.scalars(select(ProgrammeStep).where(ProgrammeStep.programme_id == programme.id,
                                                 ProgrammeStep.step == step)).one()
    row.done_at = at
    db.flush()


@dataclass
class Designed:
    programme: Programme
    frameworks: tuple[CompetencyFramework, CompetencyFramework]
    competencies: list[Competency]
    phases: list[Phase]
    lines: list[LearningLine]
    interventions: dict[LearningMix, Intervention]


# One phase's placements: (70-20-10 kind, line index, Kolb phase, week): 7 workplace, 2 social, 1 formal; every
# line and Kolb phase; a session every two weeks.
_KOLB = list(KolbPhase)
_PATTERN = [(LearningMix.workplace if i < 7 else LearningMix.social if i < 9 else LearningMix.formal,
             i % 3, _KOLB[i % 4], 2 * i) for i in range(10)]


def designed(db: Session, org, *, phases: int = 2, placements_per_phase: int = 10) -> Designed:
    """A programme that passes every automatic rule: frameworks chosen, a storyline, pre and post measurement, an
    interview before the framework was done, and `phases` phases whose focus competency is trained, with every
    learning line, the whole Kolb cycle, 70/20/10 and a session every two weeks (`placements_per_phase` of them;
    more than 10 repeats the pattern further on)."""
    framework = make_framework(db, org, name=unique("Competenties"))
    dna = make_framework(db, org, name=unique("DNA"), kind=FrameworkKind.organisation_dna)
    competencies = [make_competency(db, framework, name=name) for name in ("Verbindend", "Omgevingsbewust")]
    programme = make_programme(
        db, org, storyline_title="Tijdreis", storyline_narrative="Verleden, heden en toekomst.",
        competency_framework_id=framework.id, dna_framework_id=dna.id,
        measurement_moments=[MeasurementMoment.pre.value, MeasurementMoment.post.value],
        measurement_levels=[MeasurementLevel.participant.value])
    interventions = {mix: make_intervention(db, org, title=unique(f"Interventie {mix.value}"), learning_mix=mix,
                                            competencies=competencies) for mix in LearningMix}
    lines = lines_of(db, programme)
    made = []
    for p in range(phases):
        phase = make_phase(db, programme, title=f"Halfjaar {p + 1}", position=p,
                           competencies=[competencies[p % len(competencies)]])
        made.append(phase)
        for i in range(placements_per_phase):
            mix, line, kolb, week = _PATTERN[i % 10]
            make_placement(db, phase, lines[line], interventions[mix], kolb_phase=kolb,
                           week_offset=week + 20 * (i // 10))
    make_engagement(db, programme, kind=EngagementKind.design_session, held_on=date(2026, 1, 12))
    mark_done(db, programme, DesignStep.framework, datetime(2026, 2, 1, 9, tzinfo=UTC))
    return Designed(programme, (framework, dna), competencies, made, lines, interventions)
