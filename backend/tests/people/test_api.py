import uuid
from datetime import date

import pytest
from sqlmodel import select

from app.core.audit import AuditEvent
from tests.people.factories import make_person

pytestmark = pytest.mark.anyio


async def test_an_editor_keeps_a_person_and_the_audit_trail_never_holds_who(api_as, db):
    editor = api_as("editor")
    r = await editor.post("/api/v1/people", json={"employeeNumber": "100234", "name": "Zeynep Kaya (test)",
                                                  "email": "z.kaya@example.org", "team": "Team Wijkzaken"})
    assert r.status_code == 201, r.text
    person = r.json()
    assert person["leftOn"] is None and person["version"] == 1
    assert r.headers["location"] == f"/api/v1/people/{person['id']}" and r.headers["etag"] == '"1"'
    r = await editor.patch(f"/api/v1/people/{person['id']}", json={"name": "Zeynep Kaya-Demir (test)",
                                                                  "leftOn": "2026-05-01"},
                           headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["version"] == 2 and r.json()["leftOn"] == "2026-05-01"
    assert (await editor.patch(f"/api/v1/people/{person['id']}", json={"team": "X"},
                               headers={"If-Match": '"1"'})).status_code == 412
    events = db.exec(select(AuditEvent).where(AuditEvent.entity_id == uuid.UUID(person["id"])).order_by(
        AuditEvent.occurred_at)).all()
    assert [e.action for e in events] == ["person.created", "person.updated"]
    assert events[1].changes == {"name": {"from": "[redacted]", "to": "[redacted]"},
                                 "leftOn": {"from": None, "to": "2026-05-01"}}
    text = str([e.changes for e in events])
    assert "Kaya" not in text and "100234" not in text and "z.kaya" not in text
    assert events[0].changes["team"] == {"from": None, "to": "Team Wijkzaken"}


async def test_the_employee_number_is_unique_in_the_organisation_only(api_as, db, org, other_org):
    make_person(db, org, employee_number="4711")
    make_person(db, other_org, employee_number="4712")
    editor = api_as("editor")
    r = await editor.post("/api/v1/people", json={"employeeNumber": "4711", "name": "Dubbel"})
    assert r.status_code == 409
    assert r.json()["errors"] == [{"pointer": "/employeeNumber", "detail": "This employee number is taken.",
                                   "code": "taken"}]
    assert (await editor.post("/api/v1/people", json={"employeeNumber": "4712", "name": "Elders"})).status_code == 201
    other = make_person(db, org, employee_number="4713")
    r = await editor.patch(f"/api/v1/people/{other.id}", json={"employeeNumber": "4711"}, headers={"If-Match": '"1"'})
    assert r.status_code == 409 and r.json()["errors"][0]["code"] == "taken"


async def test_bad_input_names_the_field(api_as):
    editor = api_as("editor")
    r = await editor.post("/api/v1/people", json={"employeeNumber": "", "name": "X", "email": "geen-adres"})
    assert r.status_code == 400
    assert {e["pointer"] for e in r.json()["errors"]} == {"/employeeNumber", "/email"}


async def test_the_list_searches_filters_on_team_and_hides_who_left(api_as, db, org, other_org):
    make_person(db, org, employee_number="A1", name="Anouk de Vries (test)", team="Sociaal Domein")
    make_person(db, org, employee_number="B2", name="Bram Jansen (test)", email="bram@deventer.example",
                team="Burgerzaken")
    make_person(db, org, employee_number="C3", name="Chantal Bakker (test)", team="Burgerzaken",
                left_on=date(2025, 12, 31))
    make_person(db, other_org, employee_number="D4", name="Anouk Elders (test)")
    viewer = api_as("viewer")

    async def names(**params) -> list[str]:
        r = await viewer.get("/api/v1/people", params=params)
        assert r.status_code == 200, r.text
        return [p["name"] for p in r.json()["items"]]

    assert await names() == ["Anouk de Vries (test)", "Bram Jansen (test)"]
    assert await names(includeLeft="true") == ["Anouk de Vries (test)", "Bram Jansen (test)", "Chantal Bakker (test)"]
    assert await names(search="anouk") == ["Anouk de Vries (test)"]
    assert await names(search="b2") == ["Bram Jansen (test)"]
    assert await names(search="deventer.example") == ["Bram Jansen (test)"]
    assert await names(team="Burgerzaken", includeLeft="true") == ["Bram Jansen (test)", "Chantal Bakker (test)"]
    teams = (await viewer.get("/api/v1/people/teams")).json()
    assert teams == ["Burgerzaken", "Sociaal Domein"]
    assert (await viewer.post("/api/v1/people", json={"employeeNumber": "9", "name": "X"})).status_code == 403


async def test_the_list_takes_the_same_queries_whatever_its_size(api_as, db, org, count_queries):
    viewer = api_as("viewer")
    await viewer.get("/api/v1/people")
    counts = []
    for size in (1, 30):
        for _ in range(size):
            make_person(db, org)
        with count_queries() as counted:
            assert (await viewer.get("/api/v1/people?pageSize=200")).status_code == 200
        counts.append(counted.n)
    assert counts[0] == counts[1]
