"""What a cohort's schedule reads of its programme: every placement with its phase (start month, title, order),
its learning line, its week offset and hours, and the intervention it places, in the framework's order. One query
whatever the size of the framework; the cohorts domain computes the dates."""

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlmodel import Session

from app.core.scope import Scope
from app.core.tenancy import scoped
from app.interventions.models import Intervention
from app.programmes.models import LearningLine, Phase, Placement


@dataclass(frozen=True)
class SchedulePlacement:
    placement_id: uuid.UUID
    phase_id: uuid.UUID
    phase_title: str
    phase_position: int
    phase_start_month: int  # 1 = the programme's first month
    learning_line_id: uuid.UUID
    learning_line_label: str
    learning_level: str
    week_offset: int  # weeks after the phase's start
    duration_hours: Decimal | None  # the placement's, else the intervention's
    intervention_id: uuid.UUID
    intervention_title: str
    location: str  # the intervention's


def _statement(scope: Scope):  # type: ignore[no-untyped-def]
    return (scoped(Placement, scope, Placement.id, Phase.id, Phase.title, Phase.position, Phase.start_month,
                   LearningLine.id, LearningLine.label, LearningLine.level, Placement.week_offset,
                   Placement.duration_hours, Intervention.duration_hours, Intervention.id, Intervention.title,
                   Intervention.location)
            .join(Phase, Phase.id == Placement.phase_id)
            .join(LearningLine, LearningLine.id == Placement.learning_line_id)
            .join(Intervention, Intervention.id == Placement.intervention_id))


def _placement(row: tuple) -> SchedulePlacement:  # type: ignore[type-arg]
    (placement_id, phase_id, phase_title, phase_position, start_month, line_id, line_label, level, week_offset,
     hours, intervention_hours, intervention_id, intervention_title, location) = row
    return SchedulePlacement(placement_id, phase_id, phase_title, phase_position, start_month, line_id, line_label,
                             str(level), week_offset, hours if hours is not None else intervention_hours,
                             intervention_id, intervention_title, location)


def placements(db: Session, scope: Scope, programme_id: uuid.UUID) -> list[SchedulePlacement]:
    """The programme's placements in schedule order: by phase start month, week offset, phase and line order."""
    rows = db.execute(_statement(scope).where(Placement.programme_id == programme_id)
                      .order_by(Phase.start_month, Placement.week_offset, Phase.position, LearningLine.position,
                                Intervention.title, Placement.id))
    return [_placement(tuple(row)) for row in rows]


def placements_by_id(db: Session, scope: Scope, ids: list[uuid.UUID]) -> dict[uuid.UUID, SchedulePlacement]:
    """The named placements (of any of the organisation's programmes), by id: a schedule's context."""
    if not ids:
        return {}
    rows = db.execute(_statement(scope).where(Placement.id.in_(ids)))
    found = [_placement(tuple(row)) for row in rows]
    return {p.placement_id: p for p in found}
