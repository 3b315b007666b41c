"""Subscribable feeds: made once with a URL shown once, rotated (the old URL stops), deleted, gone with their
subject; the public address needs no login, and its secret never reaches the request log."""

import json
import logging
import uuid
from datetime import date

import pytest
from icalendar import Calendar
from sqlmodel import select

from app.core.security import digest
from app.sessions.models import CalendarFeed
from tests.calendars.factories import attend, make_cohort, make_person, make_session, make_trainer

pytestmark = pytest.mark.anyio


def path_of(url: str) -> str:
    return url.removeprefix("https://testserver")


async def make_feed(client, kind: str, subject_id) -> dict:
    r = await client.post("/api/v1/calendar-feeds", json={"kind": kind, "subjectId": str(subject_id)})
    assert r.status_code == 201, r.text
    return r.json()


async def test_a_feed_answers_its_url_once_and_a_calendar_program_fetches_it_without_login(api_as, anon, db, org):
    person = make_person(db, org)
    attend(db, make_session(db, org, day=date(2026, 3, 10)), person)
    editor = api_as("editor")

    feed = await make_feed(editor, "person", person.id)

    assert feed["kind"] == "person" and feed["subjectId"] == str(person.id)
    assert feed["url"].startswith("https://testserver/api/v1/calendar/") and feed["url"].endswith(".ics")
    secret = feed["url"].rsplit("/", 1)[1].removesuffix(".ics")
    assert len(secret) >= 43  # 256 bits, URL-safe base64 (at least 128 bits asked)
    stored = db.scalar(select(CalendarFeed).where(CalendarFeed.id == uuid.UUID(feed["id"])))
    assert stored.secret_hash == digest(secret) and secret not in stored.secret_hash
    r = await anon.get(path_of(feed["url"]))
    assert r.status_code == 200 and r.headers["content-type"] == "text/calendar; charset=utf-8"
    assert len(Calendar.from_ical(r.content).walk("VEVENT")) == 1
    # never shown again
    listed = (await editor.get("/api/v1/calendar-feeds", params={"subjectId": str(person.id)})).json()
    assert [item["id"] for item in listed["items"]] == [feed["id"]] and "url" not in listed["items"][0]
    got = await editor.get(f"/api/v1/calendar-feeds/{feed['id']}")
    assert got.status_code == 200 and "url" not in got.json() and secret not in got.text


async def test_a_second_feed_of_the_same_subject_is_409_naming_the_one_to_rotate(api_as, db, org):
    cohort = make_cohort(db, org)
    editor = api_as("editor")
    feed = await make_feed(editor, "cohort", cohort.id)

    r = await editor.post("/api/v1/calendar-feeds", json={"kind": "cohort", "subjectId": str(cohort.id)})

    assert r.status_code == 409
    assert r.json()["code"] == "calendar_feed_exists" and r.json()["params"]["feed_id"] == feed["id"]


async def test_rotating_gives_a_new_url_and_the_old_one_stops_working(api_as, anon, db, org):
    trainer = make_trainer(db, org)
    editor = api_as("editor")
    old = await make_feed(editor, "trainer", trainer.id)

    r = await editor.post(f"/api/v1/calendar-feeds/{old['id']}/rotate")

    assert r.status_code == 200
    new = r.json()
    assert new["id"] == old["id"] and new["url"] != old["url"]
    assert (await anon.get(path_of(old["url"]))).status_code == 404
    assert (await anon.get(path_of(new["url"]))).status_code == 200


async def test_a_deleted_feed_stops_working(api_as, anon, db, org):
    editor = api_as("editor")
    feed = await make_feed(editor, "trainer", make_trainer(db, org).id)
    assert (await editor.delete(f"/api/v1/calendar-feeds/{feed['id']}")).status_code == 204
    assert (await anon.get(path_of(feed["url"]))).status_code == 404
    assert (await editor.get(f"/api/v1/calendar-feeds/{feed['id']}")).status_code == 404


async def test_an_unknown_secret_is_a_404_problem(anon):
    r = await anon.get("/api/v1/calendar/not-a-secret-of-any-feed.ics")
    assert r.status_code == 404
    assert r.headers["content-type"] == "application/problem+json" and r.json()["code"] == "not_found"


@pytest.mark.parametrize("kind", ["cohort", "person", "trainer"])
async def test_a_feed_of_an_unknown_or_another_organisations_subject_is_400_on_subject_id(api_as, db, other_org,
                                                                                          kind):
    subject = {"cohort": make_cohort, "person": make_person, "trainer": make_trainer}[kind](db, other_org)
    r = await api_as("editor").post("/api/v1/calendar-feeds", json={"kind": kind, "subjectId": str(subject.id)})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/subjectId"


async def test_a_viewer_cannot_make_or_rotate_a_feed(api_as, db, org):
    editor, viewer = api_as("editor"), api_as("viewer")
    feed = await make_feed(editor, "trainer", make_trainer(db, org).id)
    r = await viewer.post("/api/v1/calendar-feeds", json={"kind": "person", "subjectId": str(make_person(db, org).id)})
    assert r.status_code == 403
    assert (await viewer.post(f"/api/v1/calendar-feeds/{feed['id']}/rotate")).status_code == 403


async def test_another_organisations_feed_cannot_be_seen_rotated_or_deleted(api_as, db, org, other_org):
    theirs = await make_feed(api_as("editor", organisation=other_org), "trainer", make_trainer(db, other_org).id)
    mine = api_as("editor")
    assert (await mine.get(f"/api/v1/calendar-feeds/{theirs['id']}")).status_code == 404
    assert (await mine.post(f"/api/v1/calendar-feeds/{theirs['id']}/rotate")).status_code == 404
    assert (await mine.delete(f"/api/v1/calendar-feeds/{theirs['id']}")).status_code == 404
    assert (await mine.get("/api/v1/calendar-feeds")).json()["total"] == 0


@pytest.mark.parametrize("kind", ["cohort", "person", "trainer"])
async def test_deleting_the_subject_removes_its_feed(api_as, db, org, kind):
    subject = {"cohort": make_cohort, "person": make_person, "trainer": make_trainer}[kind](db, org)
    feed = await make_feed(api_as("editor"), kind, subject.id)
    db.delete(subject)
    db.flush()
    db.expire_all()
    assert db.scalar(select(CalendarFeed).where(CalendarFeed.id == uuid.UUID(feed["id"]))) is None


async def test_the_request_log_never_writes_a_feeds_secret(api_as, anon, db, org, caplog):
    editor = api_as("editor")
    feed = await make_feed(editor, "trainer", make_trainer(db, org).id)
    secret = feed["url"].rsplit("/", 1)[1].removesuffix(".ics")
    caplog.set_level(logging.INFO, logger="leerkoers.http")
    caplog.clear()

    assert (await anon.get(path_of(feed["url"]))).status_code == 200
    assert (await anon.get("/api/v1/calendar/guessed-secret.ics")).status_code == 404

    lines = [record for record in caplog.records if record.name == "leerkoers.http"]
    paths = [record.fields["path"] for record in lines]
    assert paths == ["/api/v1/calendar/***.ics", "/api/v1/calendar/***.ics"]
    # everything the server logged (httpx's own line is this test's client, not the server)
    written = json.dumps([record.__dict__ for record in caplog.records if record.name != "httpx"], default=str)
    assert secret not in written and "guessed-secret" not in written


async def test_the_feed_list_filters_by_kind(api_as, db, org):
    editor = api_as("editor")
    await make_feed(editor, "trainer", make_trainer(db, org).id)
    await make_feed(editor, "person", make_person(db, org).id)
    body = (await editor.get("/api/v1/calendar-feeds", params={"kind": "person"})).json()
    assert body["total"] == 1 and body["items"][0]["kind"] == "person"
