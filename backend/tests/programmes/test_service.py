"""The programmes domain's rules, called as services (no HTTP)."""

import uuid

import pytest
from sqlmodel import select

from app.core import references
from app.core.audit import AuditEvent
from app.core.errors import Conflict, InvalidInput, NotFound
from app.core.vocabulary import LearningLevel
from app.programmes import copying, service, structure
from app.programmes.models import LearningLine, Phase, Placement
from app.programmes.schemas import (
    LearningLineCreate,
    LearningLineUpdate,
    PhaseCreate,
    PhaseUpdate,
    PlacementUpdate,
    ProgrammeCopy,
    StepUpdate,
)
from tests.factories import make_scope, make_user
from tests.interventions.factories import make_intervention
from tests.programmes.factories import lines_of, make_phase, make_placement, make_programme


def _phases(db, programme):
    return [(p.title, p.position) for p in db.exec(select(Phase).where(Phase.programme_id == programme.id)
                                                   .order_by(Phase.position))]


def test_a_phase_inserted_at_position_0_pushes_the_others_along_and_a_delete_closes_the_gap(db, org):
    programme = make_programme(db, org)
    scope = make_scope(org)
    make_phase(db, org, programme, title="Verleden")
    heden = make_phase(db, org, programme, title="Heden")
    make_phase(db, org, programme, title="Nul", position=0)
    assert _phases(db, programme) == [("Nul", 0), ("Verleden", 1), ("Heden", 2)]
    structure.update_phase(db, scope, programme_id=programme.id, phase_id=heden.id, data=PhaseUpdate(position=0),
                           if_match=f'"{heden.version}"')
    assert _phases(db, programme) == [("Heden", 0), ("Nul", 1), ("Verleden", 2)]
    nul = db.exec(select(Phase).where(Phase.title == "Nul")).one()
    structure.delete_phase(db, scope, programme_id=programme.id, phase_id=nul.id)
    assert _phases(db, programme) == [("Heden", 0), ("Verleden", 1)]


def test_phases_of_two_programmes_are_ordered_apart(db, org):
    first, second = make_programme(db, org), make_programme(db, org)
    make_phase(db, org, first, title="A")
    make_phase(db, org, second, title="B")
    assert _phases(db, first) == [("A", 0)] and _phases(db, second) == [("B", 0)]


def test_a_learning_line_at_position_0_and_its_delete_takes_its_placements(db, org):
    programme = make_programme(db, org)
    scope = make_scope(org)
    line = structure.create_learning_line(db, scope, programme_id=programme.id, data=LearningLineCreate(
        level=LearningLevel.self_and_others, label="Intervisie", position=0))
    assert [(x.label, x.position) for x in lines_of(db, programme)][:2] == [("Intervisie", 0), ("Ik", 1)]
    structure.update_learning_line(db, scope, programme_id=programme.id, line_id=line.id,
                                   data=LearningLineUpdate(position=3), if_match='"1"')
    assert [x.label for x in lines_of(db, programme)][-1] == "Intervisie"
    phase = make_phase(db, org, programme)
    make_placement(db, org, programme, phase, line, make_intervention(db, org))
    structure.delete_learning_line(db, scope, programme_id=programme.id, line_id=line.id)
    db.expire_all()
    assert db.exec(select(Placement)).all() == []
    assert [x.position for x in lines_of(db, programme)] == [0, 1, 2]


def test_an_id_of_another_programme_in_the_path_is_not_found(db, org):
    programme, other = make_programme(db, org), make_programme(db, org)
    phase = make_phase(db, org, other)
    with pytest.raises(NotFound):
        structure.get_phase(db, make_scope(org), programme_id=programme.id, phase_id=phase.id)
    with pytest.raises(NotFound):
        structure.create_phase(db, make_scope(org), programme_id=uuid.uuid4(), data=PhaseCreate(title="x"))


def test_a_moved_placement_must_fit_its_new_phase(db, org):
    programme = make_programme(db, org)
    long, short = make_phase(db, org, programme, length_months=6), make_phase(db, org, programme, length_months=1)
    assert structure.weeks_in(long) == 26 and structure.weeks_in(short) == 5
    placement = make_placement(db, org, programme, long, lines_of(db, programme)[0], make_intervention(db, org),
                               week_offset=10)
    with pytest.raises(InvalidInput) as refused:
        structure.update_placement(db, make_scope(org), programme_id=programme.id, placement_id=placement.id,
                                   data=PlacementUpdate(phase_id=short.id), if_match='"1"')
    assert refused.value.errors[0]["pointer"] == "/weekOffset"
    moved = structure.update_placement(db, make_scope(org), programme_id=programme.id, placement_id=placement.id,
                                       data=PlacementUpdate(phase_id=short.id, week_offset=4), if_match='"1"')
    assert moved.phase_id == short.id and moved.week_offset == 4
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "placement.updated")).one()
    assert event.changes["weekOffset"] == {"from": 10, "to": 4}


def test_a_step_marked_done_again_keeps_who_and_when(db, org):
    programme = make_programme(db, org)
    first, second = make_user(db, org), make_user(db, org)
    scope = make_scope(org)
    as_first = type(scope)(organisation_id=org.id, role=scope.role, actor_label="a", user_id=first.id)
    as_second = type(scope)(organisation_id=org.id, role=scope.role, actor_label="b", user_id=second.id)
    service.update_step(db, as_first, programme_id=programme.id, step="framework",
                        data=StepUpdate(notes="a", done=True), if_match='"1"')
    service.update_step(db, as_second, programme_id=programme.id, step="framework",
                        data=StepUpdate(notes="b", done=True), if_match='"2"')
    step = service.read_programme(db, scope, programme).steps[3]
    assert step.notes == "b" and step.done_by.id == first.id and programme.version == 3
    assert db.exec(select(AuditEvent).where(AuditEvent.action == "programme_step.updated")).all()


def test_references_name_the_programmes_that_hold_a_row(db, org):
    programme = make_programme(db, org, title="Tijdreis")
    phase = make_phase(db, org, programme)
    intervention = make_intervention(db, org)
    make_placement(db, org, programme, phase, lines_of(db, programme)[0], intervention)
    with pytest.raises(Conflict) as refused:
        references.refuse_if_referred(db, make_scope(org), "intervention", [intervention.id], "This intervention")
    assert refused.value.detail == ("This intervention is used by 1 programme: Tijdreis. "
                                    "Take it out of their frameworks first.")
    assert refused.value.code == "placed_in_programmes"
    assert refused.value.params == {"count": 1, "names": "Tijdreis", "items": ["Tijdreis"], "more": 0}
    references.refuse_if_referred(db, make_scope(org), "intervention", [uuid.uuid4()], "Niets")
    references.refuse_if_referred(db, make_scope(org), "nothing_registered", [intervention.id], "Niets")


def test_copy_extenders_run_with_the_source_and_the_copy(db, org):
    programme = make_programme(db, org)
    seen = []

    def extender(db_, scope, source_id, target_id):
        seen.append((source_id, target_id))

    copying.on_copy(extender)
    copying.on_copy(extender)
    try:
        copy = copying.copy_programme(db, make_scope(org), programme_id=programme.id,
                                      data=ProgrammeCopy(title="Kopie"))
    finally:
        copying._EXTENDERS.remove(extender)
    assert seen == [(programme.id, copy.id)]
    assert len(db.exec(select(LearningLine).where(LearningLine.programme_id == copy.id)).all()) == 3
