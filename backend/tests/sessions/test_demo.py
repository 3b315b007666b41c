"""The demo's sessions: Deventer's 2014 trainings of a day or longer with attendees and attendance, Rotterdam's
trainer and closing days."""

from datetime import date

import pytest
from sqlalchemy import func, select

from app.demo.deventer.sessions import SESSIONS, TRAINERS
from app.demo.loader import add_demo_organisations
from app.interventions.models import Intervention
from app.sessions.models import Attendee, ClosingDay, LearningSession, SessionStatus, Trainer

pytestmark = pytest.mark.anyio


def test_deventer_sessions_follow_the_plans_rule():
    assert 4 <= len({s.intervention for s in SESSIONS}) <= 6
    assert all(s.day.year == 2014 and 8 <= len(s.attendees) <= 16 for s in SESSIONS)
    assert all(len(set(s.attendees)) == len(s.attendees) and set(s.absent) <= set(s.attendees) for s in SESSIONS)
    assert all(s.trainer in {t.name for t in TRAINERS} and "(demo)" in s.trainer for s in SESSIONS)
    assert all("Deventer" in s.location or s.location.startswith(("De Boreel", "Stadskantoor")) for s in SESSIONS)


@pytest.fixture
def demo(db):
    return add_demo_organisations(db, password="demo wachtwoord lang")


def test_the_demo_loads_them_with_attendance_for_the_held_ones(db, demo):
    deventer, rotterdam = demo
    sessions = db.execute(select(LearningSession, Intervention)
                          .join(Intervention, Intervention.id == LearningSession.intervention_id)
                          .where(LearningSession.organisation_id == deventer.id)).all()
    assert len(sessions) == len(SESSIONS)
    assert all((intervention.duration_days or 0) >= 1 for _s, intervention in sessions)
    for session, _intervention in sessions:
        marks = db.scalars(select(Attendee.attendance).where(Attendee.session_id == session.id)).all()
        assert 8 <= len(marks) <= 16
        if session.status == SessionStatus.held:
            assert None not in marks and "present" in marks
        else:
            assert set(marks) == {None}
    assert db.scalar(select(func.count()).select_from(Trainer).where(Trainer.organisation_id == rotterdam.id)) >= 1
    days = set(db.scalars(select(ClosingDay.day).where(ClosingDay.organisation_id == rotterdam.id)))
    assert date(2026, 12, 24) in days and date(2026, 12, 31) in days


async def test_the_month_picker_finds_deventers_months(api_as, db, demo):
    deventer = demo[0]
    r = await api_as("viewer", organisation=deventer).get("/api/v1/sessions/months")
    months = [m["month"] for m in r.json()["months"]]
    assert months[0] == "2014-02" and months[-1] == "2014-12" and len(months) == 9
