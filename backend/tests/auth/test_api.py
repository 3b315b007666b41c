import pytest
from sqlmodel import select

from app.auth.models import LoginSession
from app.core.audit import AuditEvent
from tests import factories

pytestmark = pytest.mark.anyio


async def login(client, email, password=factories.PASSWORD):
    return await client.post("/api/v1/auth/login", json={"email": email, "password": password})


async def test_login_sets_a_strict_httponly_secure_cookie_and_returns_me(anon, db, org):
    user = factories.make_user(db, org, role="editor", email="adviseur@example.org")
    r = await login(anon, "Adviseur@Example.org ")
    assert r.status_code == 200, r.text
    me = r.json()
    assert me["email"] == "adviseur@example.org" and me["role"] == "editor"
    assert me["organisation"] == {"id": str(org.id), "name": org.name} and me["csrfToken"]
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "secure" in cookie and "samesite=strict" in cookie and "path=/api" in cookie
    session = db.exec(select(LoginSession).where(LoginSession.user_id == user.id)).one()
    assert session.token_hash not in r.headers["set-cookie"]  # only a digest is stored
    assert (await anon.get("/api/v1/auth/me")).json()["id"] == str(user.id)


async def test_wrong_password_is_401_and_audited_without_the_password(anon, db, org):
    factories.make_user(db, org, email="a@example.org")
    r = await login(anon, "a@example.org", "wrong password here")
    assert r.status_code == 401 and r.json()["detail"] == "The e-mail address or password is not correct."
    unknown = await login(anon, "nobody@example.org", "whatever it is")
    assert unknown.status_code == 401 and unknown.json()["detail"] == r.json()["detail"]
    events = db.exec(select(AuditEvent).where(AuditEvent.action == "auth.login_failed")).all()
    assert {e.actor_label for e in events} == {"a@example.org", "nobody@example.org"}
    assert all("wrong password" not in str(e.changes) for e in events)


async def test_successful_login_is_audited(anon, db, org):
    user = factories.make_user(db, org, email="ok@example.org")
    await login(anon, "ok@example.org")
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "auth.login_succeeded")).one()
    assert event.entity_id == user.id and event.organisation_id == org.id and event.request_id != "-"


async def test_login_is_throttled_after_repeated_failures(anon, db, org, settings):
    factories.make_user(db, org, email="target@example.org")
    for _ in range(settings.login_max_failures):
        assert (await login(anon, "target@example.org", "guess guess")).status_code == 401
    r = await login(anon, "target@example.org")  # even the right password waits now
    assert r.status_code == 429 and r.headers["retry-after"] == str(settings.login_window)
    assert r.headers["content-type"].startswith("application/problem+json")
    other = await login(anon, "someone-else@example.org", "guess guess")
    assert other.status_code == 401  # the throttle is per address


async def test_disabled_user_cannot_log_in(anon, db, org):
    factories.make_user(db, org, email="gone@example.org", is_active=False)
    assert (await login(anon, "gone@example.org")).status_code == 401


async def test_state_changing_request_without_csrf_token_is_403(api_as):
    client = api_as("admin")
    client.headers.pop("X-CSRF-Token")
    r = await client.post("/api/v1/auth/logout")
    assert r.status_code == 403 and "X-CSRF-Token" in r.json()["detail"]
    client.headers["X-CSRF-Token"] = "forged"
    assert (await client.post("/api/v1/auth/logout")).status_code == 403
    assert (await client.get("/api/v1/auth/me")).status_code == 200  # reading needs no token


async def test_logout_ends_the_session_on_the_server(api_as, db):
    client = api_as("viewer")
    assert (await client.post("/api/v1/auth/logout")).status_code == 204
    assert (await client.get("/api/v1/auth/me")).status_code == 401
    assert db.exec(select(LoginSession).where(LoginSession.user_id == client.user.id)).first() is None


async def test_disabling_a_user_ends_their_sessions(api_as, org):
    victim = api_as("editor")
    admin = api_as("admin")
    etag = (await admin.get(f"/api/v1/users/{victim.user.id}")).headers["etag"]
    r = await admin.patch(f"/api/v1/users/{victim.user.id}", json={"isActive": False}, headers={"If-Match": etag})
    assert r.status_code == 200 and r.json()["isActive"] is False
    assert (await victim.get("/api/v1/auth/me")).status_code == 401


async def test_expired_session_is_401(api_as, db):
    from datetime import timedelta

    from app.core.db import utcnow

    client = api_as("viewer")
    session = db.exec(select(LoginSession).where(LoginSession.user_id == client.user.id)).one()
    session.expires_at = utcnow() - timedelta(seconds=1)
    db.flush()
    assert (await client.get("/api/v1/auth/me")).status_code == 401
