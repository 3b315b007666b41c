"""The iCalendar a download or feed answers, parsed back with the icalendar library as a calendar program would."""

from datetime import UTC, date, datetime, time

import pytest
from icalendar import Calendar

from app.sessions.models import SessionStatus
from tests.calendars.factories import attend, make_cohort, make_person, make_session, make_trainer
from tests.interventions.factories import make_intervention

pytestmark = pytest.mark.anyio


def events(body: bytes) -> list:
    return Calendar.from_ical(body).walk("VEVENT")


async def test_a_cohorts_calendar_holds_each_session_at_its_amsterdam_time(api_as, db, org):
    cohort = make_cohort(db, org, name="Traineeship 2026-A")
    trainer = make_trainer(db, org, name="Anna de Vries")
    intervention = make_intervention(db, org, "Tijdreis: de stad verkennen")
    march = make_session(db, org, intervention=intervention, cohort_id=cohort.id, day=date(2026, 3, 10),
                         starts_at=time(9, 0), ends_at=time(12, 30), location="Stadhuis, zaal 3",
                         trainer_id=trainer.id, notes="Neem je laptop mee.")
    june = make_session(db, org, intervention=intervention, cohort_id=cohort.id, day=date(2026, 6, 16),
                        title="Terugkomdag", starts_at=time(9, 0), ends_at=time(11, 0))
    make_session(db, org, day=date(2026, 4, 1))  # not the cohort's

    r = await api_as("viewer").get(f"/api/v1/cohorts/{cohort.id}/calendar.ics")

    assert r.status_code == 200
    assert r.headers["content-type"] == "text/calendar; charset=utf-8"
    assert r.headers["content-disposition"] == f'attachment; filename="bijeenkomsten-cohort-{cohort.id}.ics"'
    calendar = Calendar.from_ical(r.content)
    assert calendar["METHOD"] == "PUBLISH" and calendar["VERSION"] == "2.0" and calendar["CALSCALE"] == "GREGORIAN"
    assert "Traineeship 2026-A" in calendar["X-WR-CALNAME"] and calendar["PRODID"]
    (zone,) = calendar.walk("VTIMEZONE")
    assert zone["TZID"] == "Europe/Amsterdam" and zone.walk("DAYLIGHT") and zone.walk("STANDARD")
    first, second = events(r.content)
    assert first["UID"] == f"{march.id}@leerkoers" and second["UID"] == f"{june.id}@leerkoers"
    # 09:00 in Amsterdam is 08:00 UTC in March (winter time) and 07:00 UTC in June (summer time)
    assert first.start.astimezone(UTC) == datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
    assert second.start.astimezone(UTC) == datetime(2026, 6, 16, 7, 0, tzinfo=UTC)
    assert first["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert first.end.astimezone(UTC) == datetime(2026, 3, 10, 11, 30, tzinfo=UTC)
    assert first["SUMMARY"] == "Tijdreis: de stad verkennen" and second["SUMMARY"] == "Terugkomdag"
    assert first["LOCATION"] == "Stadhuis, zaal 3"
    assert "Trainer: Anna de Vries" in first["DESCRIPTION"] and "Neem je laptop mee." in first["DESCRIPTION"]
    assert first["STATUS"] == "CONFIRMED" and first["SEQUENCE"] == 0
    assert "DTSTAMP" in first and "LAST-MODIFIED" in first


async def test_a_rescheduled_session_keeps_its_uid_with_a_higher_sequence(api_as, db, org):
    cohort = make_cohort(db, org)
    session = make_session(db, org, cohort_id=cohort.id, day=date(2026, 3, 10))
    client = api_as("viewer")
    (before,) = events((await client.get(f"/api/v1/cohorts/{cohort.id}/calendar.ics")).content)

    session.day, session.starts_at, session.ends_at = date(2026, 3, 17), time(13, 0), time(16, 0)
    db.add(session)
    db.flush()
    (after,) = events((await client.get(f"/api/v1/cohorts/{cohort.id}/calendar.ics")).content)

    assert after["UID"] == before["UID"]
    assert after["SEQUENCE"] > before["SEQUENCE"]
    assert after.start.astimezone(UTC) == datetime(2026, 3, 17, 12, 0, tzinfo=UTC)


async def test_a_cancelled_session_stays_in_the_feed_as_cancelled(api_as, db, org):
    cohort = make_cohort(db, org)
    session = make_session(db, org, cohort_id=cohort.id)
    session.status = SessionStatus.cancelled
    db.add(session)
    db.flush()

    (event,) = events((await api_as("viewer").get(f"/api/v1/cohorts/{cohort.id}/calendar.ics")).content)

    assert event["STATUS"] == "CANCELLED" and event["SEQUENCE"] == 1


async def test_a_session_without_times_is_an_all_day_event(api_as, db, org):
    cohort = make_cohort(db, org)
    make_session(db, org, cohort_id=cohort.id, day=date(2026, 5, 12), starts_at=None, ends_at=None)

    (event,) = events((await api_as("viewer").get(f"/api/v1/cohorts/{cohort.id}/calendar.ics")).content)

    assert event.start == date(2026, 5, 12) and event.end == date(2026, 5, 13)


async def test_a_persons_calendar_holds_the_sessions_they_attend_and_a_trainers_those_they_give(api_as, db, org):
    person, trainer = make_person(db, org), make_trainer(db, org)
    attended = [make_session(db, org, day=date(2026, 2, d)) for d in (3, 4)]
    for session in attended:
        attend(db, session, person)
    given = make_session(db, org, day=date(2026, 2, 5), trainer_id=trainer.id)
    make_session(db, org, day=date(2026, 2, 6))
    client = api_as("viewer")

    mine = events((await client.get(f"/api/v1/people/{person.id}/calendar.ics")).content)
    theirs = events((await client.get(f"/api/v1/trainers/{trainer.id}/calendar.ics")).content)

    assert [e["UID"] for e in mine] == [f"{s.id}@leerkoers" for s in attended]
    assert [e["UID"] for e in theirs] == [f"{given.id}@leerkoers"]


async def test_an_empty_calendar_is_still_valid(api_as, db, org):
    person = make_person(db, org)
    r = await api_as("viewer").get(f"/api/v1/people/{person.id}/calendar.ics")
    calendar = Calendar.from_ical(r.content)
    assert r.status_code == 200 and calendar.walk("VEVENT") == [] and calendar.walk("VTIMEZONE")


@pytest.mark.parametrize("kind", ["cohorts", "people", "trainers"])
async def test_another_organisations_calendar_is_404(api_as, db, other_org, kind):
    subject = {"cohorts": make_cohort, "people": make_person, "trainers": make_trainer}[kind](db, other_org)
    r = await api_as("viewer").get(f"/api/v1/{kind}/{subject.id}/calendar.ics")
    assert r.status_code == 404 and r.json()["status"] == 404


async def test_the_calendar_costs_the_same_statements_for_one_session_as_for_many(api_as, db, org, count_queries):
    cohort, trainer = make_cohort(db, org), make_trainer(db, org)
    make_session(db, org, cohort_id=cohort.id, trainer_id=trainer.id)
    client = api_as("viewer")
    url = f"/api/v1/cohorts/{cohort.id}/calendar.ics"
    await client.get(url)
    with count_queries() as small:
        await client.get(url)
    intervention = make_intervention(db, org)
    for day in range(1, 29):
        make_session(db, org, intervention=intervention, cohort_id=cohort.id, day=date(2026, 2, day),
                     trainer_id=make_trainer(db, org).id)
    with count_queries() as large:
        assert len(events((await client.get(url)).content)) == 29
    assert large.n == small.n
