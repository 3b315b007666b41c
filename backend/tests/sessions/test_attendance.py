"""Attendees and attendance over HTTP: people are added by id up to the capacity, attendance is taken for many at
once, and only for attendees."""

import uuid

import pytest
from sqlmodel import select

from app.core.audit import AuditEvent
from app.sessions.models import Attendance, Attendee
from tests.sessions.factories import make_person, make_session

pytestmark = pytest.mark.anyio


async def test_editor_adds_people_and_takes_attendance(api_as, db, org):
    session = make_session(db, org)
    anna, bram, cas = (make_person(db, org, name=n) for n in ("Anna (demo)", "Bram (demo)", "Cas (demo)"))
    editor = api_as("editor")
    url = f"/api/v1/sessions/{session.id}"
    r = await editor.post(f"{url}/attendees", json={"personIds": [str(bram.id), str(anna.id), str(cas.id)]})
    assert r.status_code == 200, r.text
    assert r.json()["attendeeCount"] == 3 and r.json()["presentCount"] == 0
    r = await editor.get(f"{url}/attendees")
    assert [a["name"] for a in r.json()["items"]] == ["Anna (demo)", "Bram (demo)", "Cas (demo)"]
    assert all(a["attendance"] is None for a in r.json()["items"])

    r = await editor.put(f"{url}/attendance", json={"entries": [
        {"personId": str(anna.id), "attendance": "present"}, {"personId": str(bram.id), "attendance": "present"},
        {"personId": str(cas.id), "attendance": "absent"}]})
    assert r.status_code == 200, r.text
    assert r.json()["presentCount"] == 2 and r.json()["attendeeCount"] == 3
    r = await editor.put(f"{url}/attendance", json={"entries": [{"personId": str(bram.id), "attendance": None}]})
    assert r.json()["presentCount"] == 1
    rows = {row.person_id: row.attendance for row in db.exec(select(Attendee)).all()}
    assert rows == {anna.id: Attendance.present, bram.id: None, cas.id: Attendance.absent}
    taken = db.exec(select(AuditEvent).where(AuditEvent.action == "session.attendance_taken")).all()
    assert taken[-1].changes == {"attendance": {str(bram.id): {"from": "present", "to": None}}}

    assert (await editor.delete(f"{url}/attendees/{cas.id}")).status_code == 204
    assert (await editor.delete(f"{url}/attendees/{cas.id}")).status_code == 404
    assert (await editor.get(url)).json()["attendeeCount"] == 2
    r = await editor.get("/api/v1/sessions", params={"personId": str(anna.id)})
    assert [s["id"] for s in r.json()["items"]] == [str(session.id)]


async def test_adding_someone_twice_changes_nothing(api_as, db, org):
    anna = make_person(db, org)
    session = make_session(db, org, attendees=[anna], attendance=Attendance.present, capacity=1)
    r = await api_as("editor").post(f"/api/v1/sessions/{session.id}/attendees", json={"personIds": [str(anna.id)]})
    assert r.status_code == 200 and r.json()["attendeeCount"] == 1 and r.json()["presentCount"] == 1


async def test_over_capacity_is_409_saying_how_many_places_are_left(api_as, db, org):
    signed_up = [make_person(db, org) for _ in range(14)]
    session = make_session(db, org, capacity=16, attendees=signed_up)
    newcomers = [make_person(db, org) for _ in range(3)]
    editor = api_as("editor")
    r = await editor.post(f"/api/v1/sessions/{session.id}/attendees",
                          json={"personIds": [str(p.id) for p in newcomers]})
    assert r.status_code == 409, r.text
    assert r.json()["code"] == "session_full"
    assert r.json()["params"] == {"capacity": 16, "placesLeft": 2, "requested": 3}
    assert "2 places left" in r.json()["detail"]
    assert (await editor.get(f"/api/v1/sessions/{session.id}")).json()["attendeeCount"] == 14
    r = await editor.post(f"/api/v1/sessions/{session.id}/attendees",
                          json={"personIds": [str(p.id) for p in newcomers[:2]]})
    assert r.status_code == 200 and r.json()["attendeeCount"] == 16
    r = await editor.patch(f"/api/v1/sessions/{session.id}", json={"capacity": 12}, headers={"If-Match": '"1"'})
    assert r.status_code == 400
    assert r.json()["errors"][0] | {"detail": None} == {"pointer": "/capacity", "detail": None,
                                                        "code": "below_attendee_count", "params": {"count": 16}}


async def test_attendance_only_for_attendees_naming_the_entry(api_as, db, org):
    anna, stranger = make_person(db, org), make_person(db, org)
    session = make_session(db, org, attendees=[anna])
    r = await api_as("editor").put(f"/api/v1/sessions/{session.id}/attendance", json={"entries": [
        {"personId": str(anna.id), "attendance": "present"}, {"personId": str(stranger.id), "attendance": "absent"}]})
    assert r.status_code == 400, r.text
    assert [(e["pointer"], e["code"]) for e in r.json()["errors"]] == [("/entries/1/personId", "not_an_attendee")]
    assert db.exec(select(Attendee.attendance)).all() == [None]  # nothing written


@pytest.mark.parametrize("entries", [[], [{"attendance": "present"}], [{"personId": "x", "attendance": "ok"}]])
async def test_a_malformed_attendance_is_400(api_as, db, org, entries):
    session = make_session(db, org)
    r = await api_as("editor").put(f"/api/v1/sessions/{session.id}/attendance", json={"entries": entries})
    assert r.status_code == 400


async def test_the_same_person_twice_in_one_attendance_is_400(api_as, db, org):
    anna = make_person(db, org)
    session = make_session(db, org, attendees=[anna])
    r = await api_as("editor").put(f"/api/v1/sessions/{session.id}/attendance", json={"entries": [
        {"personId": str(anna.id), "attendance": "present"}, {"personId": str(anna.id), "attendance": "absent"}]})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/entries"


async def test_another_organisations_people_are_400_on_each_and_their_session_404(api_as, db, org, other_org):
    session = make_session(db, org)
    mine, theirs = make_person(db, org), make_person(db, other_org)
    editor = api_as("editor")
    r = await editor.post(f"/api/v1/sessions/{session.id}/attendees",
                          json={"personIds": [str(mine.id), str(theirs.id), str(uuid.uuid4())]})
    assert r.status_code == 400, r.text
    assert [e["pointer"] for e in r.json()["errors"]] == ["/personIds/1", "/personIds/2"]
    assert db.exec(select(Attendee)).all() == []
    their_session = make_session(db, other_org, attendees=[theirs])
    assert (await editor.get(f"/api/v1/sessions/{their_session.id}/attendees")).status_code == 404
    r = await editor.post(f"/api/v1/sessions/{their_session.id}/attendees", json={"personIds": [str(mine.id)]})
    assert r.status_code == 404
    assert (await editor.delete(f"/api/v1/sessions/{their_session.id}/attendees/{theirs.id}")).status_code == 404


async def test_a_viewer_cannot_take_attendance(api_as, db, org):
    anna = make_person(db, org)
    session = make_session(db, org, attendees=[anna])
    r = await api_as("viewer").put(f"/api/v1/sessions/{session.id}/attendance",
                                   json={"entries": [{"personId": str(anna.id), "attendance": "present"}]})
    assert r.status_code == 403
