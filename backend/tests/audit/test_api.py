import pytest

pytestmark = pytest.mark.anyio


async def test_audit_trail_shows_who_changed_what_newest_first(api_as):
    admin = api_as("admin")
    etag = (await admin.get("/api/v1/organisation")).headers["etag"]
    await admin.patch("/api/v1/organisation", json={"minimumReportGroupSize": 8}, headers={"If-Match": etag})
    created = (await admin.post("/api/v1/users", json={
        "email": "x@example.org", "name": "X", "role": "viewer", "password": "lang genoeg wachtwoord"})).json()
    page = (await admin.get("/api/v1/audit-events")).json()
    assert [e["action"] for e in page["items"][:2]] == ["user.created", "organisation.updated"]
    latest = page["items"][0]
    assert latest["actor"] == {"id": str(admin.user.id), "name": admin.user.name}
    assert latest["entityId"] == created["id"] and latest["requestId"]
    assert page["items"][1]["changes"] == {"minimumReportGroupSize": {"from": 5, "to": 8}}
    only_org = (await admin.get("/api/v1/audit-events", params={"entityType": "organisation"})).json()
    assert {e["entityType"] for e in only_org["items"]} == {"organisation"}


async def test_audit_trail_is_read_only(api_as):
    r = await api_as("admin").post("/api/v1/audit-events", json={})
    assert r.status_code == 405 and r.headers["allow"] == "GET"


async def test_audit_trail_names_what_each_event_is_about(api_as):
    admin = api_as("admin")
    trainer = (await admin.post("/api/v1/trainers", json={"name": "Ruud Trainer"})).json()
    renamed = await admin.patch(f"/api/v1/trainers/{trainer['id']}", json={"name": "Ruud de Trainer"},
                                headers={"If-Match": f'"{trainer["version"]}"'})
    assert renamed.status_code == 200, renamed.text
    gone = (await admin.post("/api/v1/trainers", json={"name": "Els Weg"})).json()
    assert (await admin.delete(f"/api/v1/trainers/{gone['id']}")).status_code == 204
    person = (await admin.post("/api/v1/people", json={"employeeNumber": "A77", "name": "Ineke Wissel",
                                                      "email": "ineke@example.org"})).json()

    def named(items: list[dict], entity_id: str) -> set[str | None]:
        return {e["entityName"] for e in items if e["entityId"] == entity_id}

    items = (await admin.get("/api/v1/audit-events")).json()["items"]
    assert named(items, trainer["id"]) == {"Ruud de Trainer"}  # every event of it: its name now
    assert named(items, gone["id"]) == {"Els Weg"}  # deleted: as its events recorded it
    assert named(items, person["id"]) == {"Ineke Wissel"}

    erased = await admin.post(f"/api/v1/people/{person['id']}/erase", json={"employeeNumber": "A77"})
    assert erased.status_code in (200, 204), erased.text
    items = (await admin.get("/api/v1/audit-events")).json()["items"]
    assert named(items, person["id"]) == {None}  # an erased person's name is nowhere, not even here


async def test_facets_offer_what_the_trail_holds_and_nothing_of_another_organisation(api_as, other_org):
    admin = api_as("admin")
    other_org_api = api_as("admin", other_org)
    await admin.post("/api/v1/trainers", json={"name": "Ruud Trainer"})
    await other_org_api.post("/api/v1/people", json={"employeeNumber": "Z1", "name": "Elders",
                                                     "email": "z@example.org"})
    facets = (await admin.get("/api/v1/audit-events/facets")).json()
    assert "trainer.created" in facets["actions"] and facets["actions"] == sorted(facets["actions"])
    assert "trainer" in facets["entityTypes"] and "person" not in facets["entityTypes"]
    assert {"id": str(admin.user.id), "name": admin.user.name} in facets["actors"]
    only = (await admin.get("/api/v1/audit-events", params={"action": "trainer.created"})).json()["items"]
    assert {e["action"] for e in only} == {"trainer.created"}


async def test_facets_are_for_admins(api_as):
    assert (await api_as("editor").get("/api/v1/audit-events/facets")).status_code == 403
