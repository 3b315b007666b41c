"""A programme's framework (DESIGN §2.4): its phases (the columns, ordered, with the competencies in focus), its
learning lines (the rows, ordered) and the placements of catalogue interventions in a phase by learning line.

Every id in a path must be of the programme in the path (404 otherwise); a phase or learning line a placement names
must be of the same programme, an intervention or competency the organisation's (400 on the field otherwise)."""

import math
import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import delete, func
from sqlmodel import Session

from app.competencies import service as competencies
from app.core import audit
from app.core.concurrency import claimed_changes
from app.core.db import utcnow
from app.core.errors import InvalidInput, NotFound
from app.core.ordering import Ordered, add_placed, apply_patch, delete_placed, update_placed
from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import get_or_404, scoped
from app.interventions import service as interventions
from app.programmes.models import LearningLine, Phase, PhaseCompetency, Placement, Programme
from app.programmes.schemas import (
    LearningLineCreate,
    LearningLineRead,
    LearningLineUpdate,
    PhaseCreate,
    PhaseRead,
    PhaseUpdate,
    PlacementCreate,
    PlacementRead,
    PlacementUpdate,
)

PHASE, LEARNING_LINE, PLACEMENT = "phase", "learning_line", "placement"
PHASES = Ordered(Phase, Programme, "programme_id", "programme", PHASE,
                 ("programme_id", "title", "sub_theme", "description", "start_month", "length_months", "position"))
LINES = Ordered(LearningLine, Programme, "programme_id", "programme", LEARNING_LINE,
                ("programme_id", "level", "label", "description", "position"))
PLACEMENT_FIELDS = ("programme_id", "phase_id", "learning_line_id", "intervention_id", "kolb_phase", "week_offset",
                    "duration_hours", "note")
WEEKS_PER_MONTH = 52 / 12


def weeks_in(phase: Phase) -> int:
    """A phase's length in whole weeks (6 months: 26); a placement's weekOffset is below it."""
    return math.ceil(phase.length_months * WEEKS_PER_MONTH)


def _programme(db: Session, scope: Scope, programme_id: uuid.UUID) -> Programme:
    return get_or_404(db, scope, Programme, programme_id, "programme")


def _child(db: Session, scope: Scope, model: Any, programme_id: uuid.UUID, id_: uuid.UUID, what: str) -> Any:
    found = db.scalar(scoped(model, scope).where(model.id == id_, model.programme_id == programme_id))
    if found is None:
        raise NotFound(f"There is no {what} with this id in this programme.")
    return found


def _add(db: Session, scope: Scope, collection: Ordered, programme_id: uuid.UUID, values: dict[str, Any]) -> Any:
    """A phase or learning line of the programme in the path (unknown: 404)."""
    _programme(db, scope, programme_id)
    return add_placed(db, scope, collection, values | {"programme_id": programme_id})


# --- phases ------------------------------------------------------------------------------------------------------

def focus_of(db: Session, scope: Scope, phase_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[uuid.UUID]]:
    """The competencies in focus of each phase (one query), in the order they were given."""
    focus: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    if phase_ids:
        for row in db.execute(scoped(PhaseCompetency, scope, PhaseCompetency.phase_id, PhaseCompetency.competency_id)
                              .where(PhaseCompetency.phase_id.in_(phase_ids))):
            focus[row[0]].append(row[1])
    return focus


def phase_read(phase: Phase, competency_ids: list[uuid.UUID]) -> PhaseRead:
    return PhaseRead.model_validate({**phase.model_dump(), "weeks": weeks_in(phase), "competency_ids": competency_ids})


def read_phase(db: Session, scope: Scope, phase: Phase) -> PhaseRead:
    return phase_read(phase, focus_of(db, scope, [phase.id])[phase.id])


def get_phase(db: Session, scope: Scope, *, programme_id: uuid.UUID, phase_id: uuid.UUID) -> Phase:
    return _child(db, scope, Phase, programme_id, phase_id, "phase")


def list_phases(db: Session, scope: Scope, params: PageParams, *, programme_id: uuid.UUID) -> Page[PhaseRead]:
    _programme(db, scope, programme_id)
    page = paginate(db, PHASES.of(scope, programme_id).statement, params, sortable={"position": Phase.position},
                    default_sort=["position"], tiebreaker=Phase.id, to_item=lambda row: row[0])
    focus = focus_of(db, scope, [phase.id for phase in page.items])
    return Page[PhaseRead](items=[phase_read(phase, focus[phase.id]) for phase in page.items], page=page.page,
                           page_size=page.page_size, total=page.total)


def _check_competencies(db: Session, scope: Scope, ids: list[uuid.UUID]) -> None:
    known = competencies.competency_names_of(db, scope, set(ids))
    for index, id_ in enumerate(ids):
        if id_ not in known:
            raise InvalidInput(f"/competencyIds/{index}", "There is no competency with this id in your organisation.",
                               code="unknown_reference")


def write_focus(db: Session, scope: Scope, phase_id: uuid.UUID, ids: list[uuid.UUID]) -> None:
    db.execute(delete(PhaseCompetency).where(PhaseCompetency.phase_id == phase_id))
    db.add_all(PhaseCompetency(phase_id=phase_id, competency_id=id_, organisation_id=scope.organisation_id)
               for id_ in ids)
    db.flush()


def create_phase(db: Session, scope: Scope, *, programme_id: uuid.UUID, data: PhaseCreate) -> Phase:
    values = data.model_dump()
    ids = values.pop("competency_ids")
    _check_competencies(db, scope, ids)
    phase = _add(db, scope, PHASES, programme_id, values)
    write_focus(db, scope, phase.id, ids)
    if ids:
        audit.record(db, scope=scope, action="phase.updated", entity_type=PHASE, entity_id=phase.id,
                     changes=audit.diff({}, {"competency_ids": [str(id_) for id_ in ids]}))
    return phase


def update_phase(db: Session, scope: Scope, *, programme_id: uuid.UUID, phase_id: uuid.UUID, data: PhaseUpdate,
                 if_match: str | None) -> Phase:
    phase = get_phase(db, scope, programme_id=programme_id, phase_id=phase_id)
    old = [str(id_) for id_ in focus_of(db, scope, [phase.id])[phase.id]]
    before = audit.fields_of(phase, PHASES.fields) | {"competency_ids": old}
    values = claimed_changes(db, phase, data, if_match)
    ids = values.pop("competency_ids", None)
    if ids is not None:
        _check_competencies(db, scope, ids)
        write_focus(db, scope, phase.id, ids)
    apply_patch(db, scope, PHASES, phase, values)
    for name, value in values.items():
        setattr(phase, name, value)
    phase.updated_at = utcnow()  # a new version, also when only the focus changed
    db.flush()
    after = audit.fields_of(phase, PHASES.fields) | {"competency_ids": old if ids is None else [str(i) for i in ids]}
    audit.record(db, scope=scope, action="phase.updated", entity_type=PHASE, entity_id=phase.id,
                 changes=audit.diff(before, after))
    return phase


def delete_phase(db: Session, scope: Scope, *, programme_id: uuid.UUID, phase_id: uuid.UUID) -> None:
    """Deletes the phase with its placements."""
    delete_placed(db, scope, PHASES, get_phase(db, scope, programme_id=programme_id, phase_id=phase_id))


# --- learning lines ----------------------------------------------------------------------------------------------

def get_learning_line(db: Session, scope: Scope, *, programme_id: uuid.UUID, line_id: uuid.UUID) -> LearningLine:
    return _child(db, scope, LearningLine, programme_id, line_id, "learning line")


def list_learning_lines(db: Session, scope: Scope, params: PageParams, *,
                        programme_id: uuid.UUID) -> Page[LearningLineRead]:
    _programme(db, scope, programme_id)
    return paginate(db, LINES.of(scope, programme_id).statement, params,
                    sortable={"position": LearningLine.position}, default_sort=["position"],
                    tiebreaker=LearningLine.id, to_item=lambda row: LearningLineRead.model_validate(row[0]))


def create_learning_line(db: Session, scope: Scope, *, programme_id: uuid.UUID,
                         data: LearningLineCreate) -> LearningLine:
    return _add(db, scope, LINES, programme_id, data.model_dump())


def update_learning_line(db: Session, scope: Scope, *, programme_id: uuid.UUID, line_id: uuid.UUID,
                         data: LearningLineUpdate, if_match: str | None) -> LearningLine:
    line = get_learning_line(db, scope, programme_id=programme_id, line_id=line_id)
    return update_placed(db, scope, LINES, line, data, if_match)


def delete_learning_line(db: Session, scope: Scope, *, programme_id: uuid.UUID, line_id: uuid.UUID) -> None:
    """Deletes the learning line with its placements."""
    delete_placed(db, scope, LINES, get_learning_line(db, scope, programme_id=programme_id, line_id=line_id))


# --- placements --------------------------------------------------------------------------------------------------

_PLACEMENT_SORTABLE = {"weekOffset": Placement.week_offset, "kolbPhase": Placement.kolb_phase,
                       "createdAt": Placement.created_at}


def get_placement(db: Session, scope: Scope, *, programme_id: uuid.UUID, placement_id: uuid.UUID) -> Placement:
    return _child(db, scope, Placement, programme_id, placement_id, "placement")


def list_placements(db: Session, scope: Scope, params: PageParams, *, programme_id: uuid.UUID,
                    phase_id: uuid.UUID | None, learning_line_id: uuid.UUID | None) -> Page[PlacementRead]:
    _programme(db, scope, programme_id)
    statement = scoped(Placement, scope).where(Placement.programme_id == programme_id)
    if phase_id is not None:
        statement = statement.where(Placement.phase_id == phase_id)
    if learning_line_id is not None:
        statement = statement.where(Placement.learning_line_id == learning_line_id)
    return paginate(db, statement, params, sortable=_PLACEMENT_SORTABLE, default_sort=["weekOffset", "createdAt"],
                    tiebreaker=Placement.id, to_item=lambda row: PlacementRead.model_validate(row[0]))


def _check_placement(db: Session, scope: Scope, programme_id: uuid.UUID, values: dict[str, Any],
                     current: Placement | None = None) -> None:
    """The phase and learning line are the programme's, the intervention the organisation's, and the week within
    the phase (400 on the field otherwise)."""
    phase_id = values.get("phase_id", current.phase_id if current else None)
    phase = db.scalar(scoped(Phase, scope).where(Phase.id == phase_id, Phase.programme_id == programme_id))
    if phase is None:
        raise InvalidInput("/phaseId", "There is no phase with this id in this programme.", code="unknown_reference")
    if "learning_line_id" in values and db.scalar(
            scoped(LearningLine, scope, func.count()).where(LearningLine.id == values["learning_line_id"],
                                                            LearningLine.programme_id == programme_id)) == 0:
        raise InvalidInput("/learningLineId", "There is no learning line with this id in this programme.",
                           code="unknown_reference")
    if "intervention_id" in values and not interventions.is_known(db, scope, values["intervention_id"]):
        raise InvalidInput("/interventionId", "There is no intervention with this id in your organisation.",
                           code="unknown_reference")
    week = values.get("week_offset", current.week_offset if current else 0)
    if ("week_offset" in values or "phase_id" in values) and week >= weeks_in(phase):
        raise InvalidInput("/weekOffset", f"The phase lasts {weeks_in(phase)} weeks: give a week from 0 to "
                           f"{weeks_in(phase) - 1}.", code="less_than", params={"lt": weeks_in(phase)})


def create_placement(db: Session, scope: Scope, *, programme_id: uuid.UUID, data: PlacementCreate) -> Placement:
    _programme(db, scope, programme_id)
    values = data.model_dump()
    _check_placement(db, scope, programme_id, values)
    return audit.create_recorded(db, scope, Placement, {"programme_id": programme_id, **values},
                                 entity_type=PLACEMENT, fields=PLACEMENT_FIELDS)


def update_placement(db: Session, scope: Scope, *, programme_id: uuid.UUID, placement_id: uuid.UUID,
                     data: PlacementUpdate, if_match: str | None) -> Placement:
    """A change of phase, learning line or week is a move."""
    placement = get_placement(db, scope, programme_id=programme_id, placement_id=placement_id)
    return audit.update_claimed(db, scope, placement, data, if_match, entity_type=PLACEMENT, fields=PLACEMENT_FIELDS,
                                check=lambda values: _check_placement(db, scope, programme_id, values, placement))


def delete_placement(db: Session, scope: Scope, *, programme_id: uuid.UUID, placement_id: uuid.UUID) -> None:
    placement = get_placement(db, scope, programme_id=programme_id, placement_id=placement_id)
    audit.delete_recorded(db, scope, placement, entity_type=PLACEMENT, fields=PLACEMENT_FIELDS)
