from datetime import date

from sqlmodel import select

from app.core.audit import AuditEvent
from app.stakeholders import service
from app.stakeholders.models import Degree, EngagementKind, ProgrammeStakeholder
from app.stakeholders.schemas import Quadrant
from tests.factories import make_scope
from tests.stakeholders.factories import make_engagement, make_programme, make_stakeholder


def test_quadrants_follow_mendelows_grid():
    assert service.quadrant_of(Degree.high, Degree.low) == Quadrant.keep_satisfied
    assert service.quadrant_of(Degree.high, Degree.high) == Quadrant.manage_closely
    assert service.quadrant_of(Degree.low, Degree.low) == Quadrant.monitor
    assert service.quadrant_of(Degree.low, Degree.high) == Quadrant.keep_informed


def test_copy_links_links_the_stakeholders_and_not_the_engagements(db, org):
    scope = make_scope(org)
    source, target = make_programme(db, org), make_programme(db, org)
    bea, anna = make_stakeholder(db, org, programmes=[source]), make_stakeholder(db, org, programmes=[source, target])
    make_engagement(db, org, programme=source, stakeholders=[bea, anna])
    assert service.copy_links(db, scope, source.id, target.id) == 1  # anna was linked already
    linked = set(db.exec(select(ProgrammeStakeholder.stakeholder_id)
                         .where(ProgrammeStakeholder.programme_id == target.id)).all())
    assert linked == {bea.id, anna.id}
    assert service.engagements_of(db, scope, target.id) == []
    events = db.exec(select(AuditEvent).where(AuditEvent.action == "programme_stakeholder.created")).all()
    assert [e.entity_id for e in events] == [bea.id]


def test_engagements_of_gives_kind_and_date_earliest_first_of_that_programme_only(db, org, other_org):
    programme = make_programme(db, org)
    make_engagement(db, org, kind=EngagementKind.kick_off, held_on=date(2026, 9, 1), programme=programme)
    make_engagement(db, org, kind=EngagementKind.interview, held_on=date(2026, 1, 15), programme=programme)
    make_engagement(db, org, kind=EngagementKind.interview, held_on=date(2026, 1, 1))
    assert service.engagements_of(db, make_scope(org), programme.id) == [
        (EngagementKind.interview, date(2026, 1, 15)), (EngagementKind.kick_off, date(2026, 9, 1))]
    assert service.engagements_of(db, make_scope(other_org), programme.id) == []
