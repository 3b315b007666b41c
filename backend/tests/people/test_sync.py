from datetime import date, timedelta

import pytest
from sqlmodel import select

from app.core.audit import AuditEvent
from app.people.models import Person
from tests.people.factories import make_person

pytestmark = pytest.mark.anyio
BODY = {"name": "Floor Visser (test)", "email": "f.visser@example.org", "team": "Ruimte"}


def actions(db) -> list[str]:
    return list(db.exec(select(AuditEvent.action).where(AuditEvent.entity_type == "person")).all())


async def test_put_by_employee_number_creates_then_answers_unchanged_without_a_write(api_as, db):
    editor = api_as("editor")
    r = await editor.put("/api/v1/people/by-employee-number/700123", json=BODY)
    assert r.status_code == 201, r.text
    assert r.json()["outcome"] == "created" and r.json()["person"]["employeeNumber"] == "700123"
    r = await editor.put("/api/v1/people/by-employee-number/700123", json=BODY)
    assert r.status_code == 200 and r.json()["outcome"] == "unchanged"
    assert r.json()["person"]["version"] == 1 and r.headers["etag"] == '"1"'
    assert actions(db) == ["person.created"]
    r = await editor.put("/api/v1/people/by-employee-number/700123", json={**BODY, "team": "Economie"})
    assert r.json()["outcome"] == "updated" and r.json()["person"]["version"] == 2
    assert actions(db) == ["person.created", "person.updated"]
    r = await editor.put("/api/v1/people/by-employee-number/700123", json={"name": ""})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/name"
    r = await editor.put("/api/v1/people/by-employee-number/%20", json=BODY)
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/number"


async def test_sync_answers_per_row_and_a_dry_run_writes_nothing(api_as, db, org):
    make_person(db, org, employee_number="1", name="Blijft (test)", email="", team="A")
    make_person(db, org, employee_number="2", name="Verandert (test)", email="", team="A")
    make_person(db, org, employee_number="3", name="Vertrekt (test)", team="A")
    make_person(db, org, employee_number="4", name="Al weg (test)", left_on=date(2020, 1, 1))
    make_person(db, org, employee_number="5", name="Geweigerd (test)", team="A")
    body = {"people": [
        {"employeeNumber": "1", "name": "Blijft (test)", "team": "A"},
        {"employeeNumber": "2", "name": "Verandert (test)", "team": "B"},
        {"employeeNumber": "6", "name": "Nieuw (test)", "email": "nieuw@example.org"},
        {"employeeNumber": "5", "name": "Geweigerd (test)", "email": "kapot"},
        {"employeeNumber": "6", "name": "Dubbel (test)"},
        {"name": "Zonder nummer"},
    ], "markMissingAsLeft": True, "dryRun": True}
    editor = api_as("editor")
    before = sorted((p.employee_number, p.version, p.left_on) for p in db.exec(select(Person)).all())
    r = await editor.post("/api/v1/people/sync", json=body)
    assert r.status_code == 200, r.text
    result = r.json()
    assert result["dryRun"] is True
    assert result["counts"] == {"created": 1, "updated": 1, "unchanged": 1, "markedAsLeft": 1, "refused": 3}
    outcomes = [(row["index"], row["employeeNumber"], row["outcome"]) for row in result["rows"]]
    assert outcomes == [(0, "1", "unchanged"), (1, "2", "updated"), (2, "6", "created"), (3, "5", "refused"),
                        (4, "6", "refused"), (5, None, "refused"), (None, "3", "marked_as_left")]
    assert result["rows"][3]["errors"][0]["pointer"] == "/people/3/email"
    assert result["rows"][4]["errors"][0]["code"] == "duplicate"
    assert result["rows"][5]["errors"][0] == {"pointer": "/people/5/employeeNumber", "detail": "This field is "
                                              "required.", "code": "missing", "params": None}
    db.expire_all()
    assert sorted((p.employee_number, p.version, p.left_on) for p in db.exec(select(Person)).all()) == before
    assert actions(db) == []

    r = await editor.post("/api/v1/people/sync", json={**body, "dryRun": False})
    assert r.json()["counts"] == result["counts"]
    db.expire_all()
    people = {p.employee_number: p for p in db.exec(select(Person)).all()}
    assert people["2"].team == "B" and people["6"].name == "Nieuw (test)" and people["1"].version == 1
    assert people["3"].left_on == date.today() and people["4"].left_on == date(2020, 1, 1)
    assert people["5"].left_on is None  # refused, but named: not missing
    assert sorted(actions(db)) == ["person.created", "person.marked_as_left", "person.updated"]


async def test_a_write_api_token_can_sync_and_a_read_token_cannot(api_as, anon, db):
    admin = api_as("admin")
    tokens = {}
    for scope in ("read", "write"):
        r = await admin.post("/api/v1/api-tokens", json={
            "name": f"HR {scope}", "scopes": [scope], "expiresOn": (date.today() + timedelta(days=9)).isoformat()})
        assert r.status_code == 201, r.text
        tokens[scope] = {"Authorization": f"Bearer {r.json()['token']}"}
    r = await anon.put("/api/v1/people/by-employee-number/900", json=BODY, headers=tokens["write"])
    assert r.status_code == 201 and r.json()["outcome"] == "created"
    r = await anon.post("/api/v1/people/sync", json={"people": [{"employeeNumber": "900", **BODY}]},
                        headers=tokens["write"])
    assert r.status_code == 200 and r.json()["counts"]["unchanged"] == 1
    assert (await anon.post("/api/v1/people/sync", json={"people": []}, headers=tokens["read"])).status_code == 403
    assert (await anon.get("/api/v1/people", headers=tokens["read"])).json()["total"] == 1
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "person.created")).one()
    assert event.actor_label == "API token 'HR write'"
