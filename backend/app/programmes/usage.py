"""What programmes hold of other domains' rows, registered with `core.references` so that those domains refuse to
delete them (409 naming the programmes) without importing this one: the interventions placed in a framework, the
competencies in a phase's focus and the frameworks a programme builds on."""

import uuid
from typing import Any

from sqlalchemy import or_
from sqlmodel import Session

from app.core import references
from app.core.scope import Scope
from app.core.tenancy import scoped
from app.programmes.models import Phase, PhaseCompetency, Placement, Programme

_ONE, _MANY = "programme", "programmes"


def _placing(db: Session, scope: Scope, ids: Any) -> list[tuple[uuid.UUID, str]]:
    return [(row[0], row[1]) for row in db.execute(
        scoped(Programme, scope, Programme.id, Programme.title).distinct()
        .join(Placement, Placement.programme_id == Programme.id).where(Placement.intervention_id.in_(ids)))]


def _focusing(db: Session, scope: Scope, ids: Any) -> list[tuple[uuid.UUID, str]]:
    return [(row[0], row[1]) for row in db.execute(
        scoped(Programme, scope, Programme.id, Programme.title).distinct()
        .join(Phase, Phase.programme_id == Programme.id)
        .join(PhaseCompetency, PhaseCompetency.phase_id == Phase.id)
        .where(PhaseCompetency.competency_id.in_(ids)))]


def _building_on(db: Session, scope: Scope, ids: Any) -> list[tuple[uuid.UUID, str]]:
    return [(row[0], row[1]) for row in db.execute(
        scoped(Programme, scope, Programme.id, Programme.title)
        .where(or_(Programme.competency_framework_id.in_(ids), Programme.dna_framework_id.in_(ids))))]


PLACING = references.Referrer("placed_in_programmes", _ONE, _MANY, "Take it out of their frameworks first.",
                              _placing)
FOCUSING = references.Referrer("focus_of_programmes", _ONE, _MANY, "Take it out of their phases' focus first.",
                               _focusing)
BUILDING_ON = references.Referrer("framework_of_programmes", _ONE, _MANY,
                                  "Choose another framework for those programmes first.", _building_on)


def register() -> None:
    references.register("intervention", PLACING)
    references.register("competency", FOCUSING)
    references.register("competency_framework", BUILDING_ON)
