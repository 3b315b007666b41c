"""A session's calendar SEQUENCE grows with every change a calendar shows, and only with those."""

from datetime import date, time

from app.sessions.models import LearningSession, SessionStatus
from tests import factories
from tests.interventions.factories import make_intervention


def test_sequence_counts_the_changes_a_calendar_shows(db):
    organisation = factories.make_organisation(db)
    intervention = make_intervention(db, organisation)
    session = LearningSession(organisation_id=organisation.id, intervention_id=intervention.id,
                              day=date(2026, 3, 10), starts_at=time(9), ends_at=time(12))
    db.add(session)
    db.flush()
    assert session.sequence == 0

    session.day = date(2026, 3, 11)
    db.flush()
    assert session.sequence == 1

    session.notes = "Koffie om 08:45"  # not on the calendar
    db.flush()
    assert session.sequence == 1

    session.status = SessionStatus.cancelled
    db.flush()
    assert session.sequence == 2
