import pytest
from sqlmodel import select

from app.core.audit import AuditEvent
from app.core.security import verify_password
from tests import factories

pytestmark = pytest.mark.anyio

NEW = {"email": "Nieuw@Example.org", "name": "Nieuwe Collega", "role": "editor", "password": "een lang wachtwoord"}


async def test_admin_creates_a_user_who_can_log_in(api_as, anon, db):
    admin = api_as("admin")
    r = await admin.post("/api/v1/users", json=NEW)
    assert r.status_code == 201, r.text
    user = r.json()
    assert user["email"] == "nieuw@example.org" and user["role"] == "editor" and user["isActive"] is True
    assert r.headers["location"] == f"/api/v1/users/{user['id']}" and r.headers["etag"] == '"1"'
    assert "password" not in user and "passwordHash" not in user
    login = await anon.post("/api/v1/auth/login", json={"email": "nieuw@example.org", "password": NEW["password"]})
    assert login.status_code == 200
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "user.created")).one()
    assert event.actor_user_id == admin.user.id and "een lang wachtwoord" not in str(event.changes)


async def test_short_password_is_400(api_as):
    r = await api_as("admin").post("/api/v1/users", json={**NEW, "password": "kort"})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/password"


async def test_list_filters_on_text_role_and_active(api_as, db, org):
    admin = api_as("admin")
    factories.make_user(db, org, role="viewer", email="lezer@example.org")
    factories.make_user(db, org, role="editor", email="weg@example.org", is_active=False)
    by_text = (await admin.get("/api/v1/users", params={"q": "LEZER"})).json()
    assert [u["email"] for u in by_text["items"]] == ["lezer@example.org"]
    by_role = (await admin.get("/api/v1/users", params={"role": "editor"})).json()
    assert [u["email"] for u in by_role["items"]] == ["weg@example.org"]
    inactive = (await admin.get("/api/v1/users", params={"isActive": "false"})).json()
    assert inactive["total"] == 1


async def test_password_change_is_audited_redacted_and_ends_sessions(api_as, db):
    admin = api_as("admin")
    editor = api_as("editor")
    etag = (await admin.get(f"/api/v1/users/{editor.user.id}")).headers["etag"]
    r = await admin.patch(f"/api/v1/users/{editor.user.id}", json={"password": "nog een lang wachtwoord"},
                          headers={"If-Match": etag})
    assert r.status_code == 200
    db.refresh(editor.user)
    assert verify_password(editor.user.password_hash, "nog een lang wachtwoord")
    assert (await editor.get("/api/v1/auth/me")).status_code == 401
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "user.updated")).one()
    assert event.changes == {"password": {"from": "[redacted]", "to": "[redacted]"}}


async def test_role_change_records_old_and_new(api_as, db):
    admin = api_as("admin")
    viewer = api_as("viewer")
    etag = (await admin.get(f"/api/v1/users/{viewer.user.id}")).headers["etag"]
    await admin.patch(f"/api/v1/users/{viewer.user.id}", json={"role": "editor"}, headers={"If-Match": etag})
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "user.updated")).one()
    assert event.changes == {"role": {"from": "viewer", "to": "editor"}}


async def test_null_for_a_required_field_is_400(api_as):
    admin = api_as("admin")
    r = await admin.patch(f"/api/v1/users/{admin.user.id}", json={"name": None}, headers={"If-Match": '"1"'})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/name"


async def test_admin_cannot_lock_themselves_out(api_as):
    admin = api_as("admin")
    url = f"/api/v1/users/{admin.user.id}"
    for change in ({"isActive": False}, {"role": "editor"}):
        etag = (await admin.get(url)).headers["etag"]
        assert (await admin.patch(url, json=change, headers={"If-Match": etag})).status_code == 409
    assert (await admin.delete(url)).status_code == 409


async def test_the_last_admin_stays(api_as, db, org):
    admin = api_as("admin")
    other_admin = factories.make_user(db, org, role="admin")
    assert (await admin.delete(f"/api/v1/users/{other_admin.id}")).status_code == 204
    # now `admin` is the only one; a second admin demoting them is refused
    second = api_as("admin")
    etag = (await second.get(f"/api/v1/users/{admin.user.id}")).headers["etag"]
    assert (await second.patch(f"/api/v1/users/{admin.user.id}", json={"role": "viewer"},
                               headers={"If-Match": etag})).status_code == 200
    etag = (await second.get(f"/api/v1/users/{second.user.id}")).headers["etag"]
    r = await second.patch(f"/api/v1/users/{second.user.id}", json={"role": "viewer"}, headers={"If-Match": etag})
    assert r.status_code == 409


async def test_deleting_a_user_keeps_their_audit_trail(api_as, db):
    admin = api_as("admin")
    editor = api_as("editor")
    assert (await admin.delete(f"/api/v1/users/{editor.user.id}")).status_code == 204
    assert (await admin.get(f"/api/v1/users/{editor.user.id}")).status_code == 404
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "user.deleted")).one()
    assert event.changes["email"]["from"] == editor.user.email


async def test_a_taken_address_gets_the_same_answer_in_this_or_another_organisation(api_as, db, org, other_org):
    factories.make_user(db, org, email="hier@example.org")
    factories.make_user(db, other_org, email="elders@example.org")
    admin = api_as("admin")

    async def refusal(email: str):
        r = await admin.post("/api/v1/users", json={**NEW, "email": email})
        body = r.json()
        body.pop("instance")  # the request's own id
        return r.status_code, r.headers["content-type"], body

    assert await refusal("hier@example.org") == await refusal("ELDERS@example.org")
    status, _, body = await refusal("elders@example.org")
    assert status == 409 and body["errors"] == [{"pointer": "/email", "detail": "Already in use.", "code": "taken"}]
    assert other_org.name not in str(body)
