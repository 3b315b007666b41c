"""Builders for programmes and their framework: through the service, so a programme has its six steps and three
learning lines as the API makes them."""

from sqlmodel import Session, select

from app.core.vocabulary import KolbPhase
from app.programmes import service, structure
from app.programmes.models import LearningLine, Phase, Placement, Programme
from app.programmes.schemas import PhaseCreate, PlacementCreate, ProgrammeCreate
from tests.factories import make_scope, unique


def make_programme(db: Session, org, *, title: str | None = None, **values) -> Programme:
    return service.create_programme(db, make_scope(org), data=ProgrammeCreate(title=title or unique("Programma"),
                                                                              **values))


def lines_of(db: Session, programme: Programme) -> list[LearningLine]:
    return list(db.exec(select(LearningLine).where(LearningLine.programme_id == programme.id)
                        .order_by(LearningLine.position)))


def make_phase(db: Session, org, programme: Programme, *, title: str | None = None, **values) -> Phase:
    return structure.create_phase(db, make_scope(org), programme_id=programme.id,
                                  data=PhaseCreate(title=title or unique("Fase"), **values))


def make_placement(db: Session, org, programme: Programme, phase: Phase, line: LearningLine, intervention, *,
                   kolb_phase: KolbPhase = KolbPhase.concrete_experience, **values) -> Placement:
    return structure.create_placement(db, make_scope(org), programme_id=programme.id, data=PlacementCreate(
        phase_id=phase.id, learning_line_id=line.id, intervention_id=intervention.id, kolb_phase=kolb_phase,
        **values))
