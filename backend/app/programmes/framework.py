"""`GET /programmes/{id}/framework`: the whole grid of a programme (phases by learning lines with their placements,
the placed interventions, each phase's competencies in focus, Kolb balance and 70-20-10 mix) in a constant number
of queries whatever its size: the programme, its phases, their focus, the competencies' names, its learning lines,
its placements and their interventions — seven, however many placements."""

import uuid
from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlmodel import Session

from app.competencies import service as competencies
from app.core.scope import Scope
from app.core.tenancy import scoped
from app.core.vocabulary import KolbPhase, LearningMix
from app.interventions import placed
from app.programmes import structure
from app.programmes.models import LearningLine, Phase, Placement
from app.programmes.schemas import (
    Framework,
    FrameworkPhase,
    FrameworkPlacement,
    KolbBalance,
    LearningLineRead,
    Mix,
    MixShare,
    NameRef,
    PlacedIntervention,
    PlacementRead,
    ProgrammeSummary,
)
from app.programmes.service import get_programme

UNKNOWN = "unknown"


def mix_of(mixes: Iterable[LearningMix | str | None]) -> Mix:
    """Count and share of each learning mix (None: unknown) among the placements' interventions."""
    counted = Counter(str(mix) if mix else UNKNOWN for mix in mixes)
    total = sum(counted.values())

    def share(key: str) -> MixShare:
        return MixShare(count=counted[key], share=round(counted[key] / total, 4) if total else 0.0)

    return Mix(workplace=share(LearningMix.workplace), social=share(LearningMix.social),
               formal=share(LearningMix.formal), unknown=share(UNKNOWN))


def kolb_balance_of(phases: Iterable[KolbPhase | str]) -> KolbBalance:
    counted = Counter(str(phase) for phase in phases)
    return KolbBalance(**{phase.value: counted[phase.value] for phase in KolbPhase})


def framework(db: Session, scope: Scope, *, programme_id: uuid.UUID) -> Framework:
    programme = get_programme(db, scope, programme_id=programme_id)
    phases = list(db.scalars(structure.PHASES.of(scope, programme.id).statement.order_by(Phase.position)))
    focus = structure.focus_of(db, scope, [phase.id for phase in phases])
    names = competencies.competency_names_of(db, scope, {id_ for ids in focus.values() for id_ in ids})
    lines = list(db.scalars(structure.LINES.of(scope, programme.id).statement.order_by(LearningLine.position)))
    placements = list(db.scalars(scoped(Placement, scope).where(Placement.programme_id == programme.id)))
    interventions = placed.summaries(db, scope, {placement.intervention_id for placement in placements})

    phase_order = {phase.id: phase.position for phase in phases}
    line_order = {line.id: line.position for line in lines}

    def sort_key(placement: Placement) -> tuple[Any, ...]:
        title = interventions[placement.intervention_id].title if placement.intervention_id in interventions else ""
        return (phase_order.get(placement.phase_id, 0), line_order.get(placement.learning_line_id, 0),
                placement.week_offset, title.lower(), str(placement.id))

    placements.sort(key=sort_key)
    grid_placements = [_placement(placement, interventions[placement.intervention_id]) for placement in placements
                       if placement.intervention_id in interventions]

    def phase_of(phase: Phase) -> FrameworkPhase:
        own = [p for p in grid_placements if p.phase_id == phase.id]
        return FrameworkPhase(
            **structure.phase_read(phase, focus[phase.id]).model_dump(),
            competencies=[NameRef(id=id_, name=names[id_]) for id_ in focus[phase.id] if id_ in names],
            kolb_balance=kolb_balance_of(p.kolb_phase for p in own),
            mix=mix_of(p.intervention.learning_mix for p in own),
        )

    return Framework(
        programme=ProgrammeSummary.model_validate(programme),
        phases=[phase_of(phase) for phase in phases],
        learning_lines=[LearningLineRead.model_validate(line) for line in lines],
        placements=grid_placements,
        mix=mix_of(p.intervention.learning_mix for p in grid_placements),
    )


def _placement(placement: Placement, intervention: Any) -> FrameworkPlacement:
    return FrameworkPlacement(
        **PlacementRead.model_validate(placement).model_dump(),
        intervention=PlacedIntervention(id=intervention.id, title=intervention.title,
                                        learning_form=intervention.learning_form,
                                        learning_mix=intervention.learning_mix,
                                        duration_hours=intervention.duration_hours),
    )
