"""Copy a programme as the start of a new one (the guide: build on what works): a draft with the source's content,
its steps' notes (not their done marks), insights, phases with their focus competencies, learning lines and
placements. What other domains hold of a programme is copied by the extenders they register here (the
stakeholders domain: the programme's stakeholder links, never its engagements), so this module imports none of
them."""

import uuid
from collections.abc import Callable

from sqlmodel import Session

from app.core import audit
from app.core.scope import Scope
from app.core.tenancy import scoped
from app.programmes import service, structure
from app.programmes.models import (
    DesignStep,
    Insight,
    LearningLine,
    Phase,
    Placement,
    Programme,
    ProgrammeStatus,
    ProgrammeStep,
)
from app.programmes.schemas import ProgrammeCopy

# (db, scope, source programme id, new programme id): copies what a domain holds of the source for the copy.
CopyExtender = Callable[[Session, Scope, uuid.UUID, uuid.UUID], None]
_EXTENDERS: list[CopyExtender] = []


def on_copy(extender: CopyExtender) -> CopyExtender:
    """Register `extender` to run on every copy (usable as a decorator; registering it twice runs it once)."""
    if extender not in _EXTENDERS:
        _EXTENDERS.append(extender)
    return extender


def copy_programme(db: Session, scope: Scope, *, programme_id: uuid.UUID, data: ProgrammeCopy) -> Programme:
    source = service.get_programme(db, scope, programme_id=programme_id)
    service.TITLE.check(db, scope, {"title": data.title})
    values = {name: getattr(source, name) for name in service.FIELDS}
    values = {name: list(value) if isinstance(value, list) else value for name, value in values.items()}
    values |= {"title": data.title, "status": ProgrammeStatus.draft, "copied_from_id": source.id}
    copy = audit.create_recorded(db, scope, Programme, values, entity_type=service.PROGRAMME,
                                 fields=(*service.FIELDS, "copied_from_id"))
    notes = {DesignStep(step.step): step.notes for step in db.scalars(
        scoped(ProgrammeStep, scope).where(ProgrammeStep.programme_id == source.id))}
    service.add_steps(db, scope, copy.id, notes)

    for insight in db.scalars(scoped(Insight, scope).where(Insight.programme_id == source.id)
                              .order_by(Insight.created_at, Insight.id)):
        db.add(Insight(organisation_id=scope.organisation_id, programme_id=copy.id, kind=insight.kind,
                       source=insight.source, title=insight.title, description=insight.description))

    phases: dict[uuid.UUID, uuid.UUID] = {}
    old_phases = list(db.scalars(scoped(Phase, scope).where(Phase.programme_id == source.id)))
    focus = structure.focus_of(db, scope, [phase.id for phase in old_phases])
    for phase in old_phases:
        new = Phase(organisation_id=scope.organisation_id, programme_id=copy.id, title=phase.title,
                    sub_theme=phase.sub_theme, description=phase.description, start_month=phase.start_month,
                    length_months=phase.length_months, position=phase.position)
        db.add(new)
        phases[phase.id] = new.id
    lines: dict[uuid.UUID, uuid.UUID] = {}
    for line in db.scalars(scoped(LearningLine, scope).where(LearningLine.programme_id == source.id)):
        new_line = LearningLine(organisation_id=scope.organisation_id, programme_id=copy.id, level=line.level,
                                label=line.label, description=line.description, position=line.position)
        db.add(new_line)
        lines[line.id] = new_line.id
    db.flush()
    for old_id, new_id in phases.items():
        structure.write_focus(db, scope, new_id, focus[old_id])
    for placement in db.scalars(scoped(Placement, scope).where(Placement.programme_id == source.id)):
        db.add(Placement(organisation_id=scope.organisation_id, programme_id=copy.id,
                         phase_id=phases[placement.phase_id], learning_line_id=lines[placement.learning_line_id],
                         intervention_id=placement.intervention_id, kolb_phase=placement.kolb_phase,
                         week_offset=placement.week_offset, duration_hours=placement.duration_hours,
                         note=placement.note))
    db.flush()
    for extender in _EXTENDERS:
        extender(db, scope, source.id, copy.id)
    audit.record(db, scope=scope, action="programme.copied", entity_type=service.PROGRAMME, entity_id=copy.id,
                 changes={"copiedFromId": {"from": None, "to": str(source.id)},
                          "phases": {"from": None, "to": len(phases)}, "learningLines": {"from": None,
                                                                                         "to": len(lines)}})
    return copy
