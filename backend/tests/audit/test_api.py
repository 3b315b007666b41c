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
