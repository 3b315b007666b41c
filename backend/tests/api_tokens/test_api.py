from datetime import date, timedelta

import httpx
import pytest
from sqlmodel import select

from app.api_tokens.models import ApiToken
from app.core.audit import AuditEvent

pytestmark = pytest.mark.anyio

IN_A_MONTH = (date.today() + timedelta(days=30)).isoformat()


async def create(client, scopes=("read",), name="HR-koppeling", expires_on=IN_A_MONTH):
    return await client.post("/api/v1/api-tokens", json={"name": name, "scopes": list(scopes), "expiresOn": expires_on})


def bearer(app, secret):
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver",
                             headers={"Authorization": f"Bearer {secret}"})


async def test_token_is_shown_once_and_stored_as_a_digest(api_as, db):
    admin = api_as("admin")
    r = await create(admin)
    assert r.status_code == 201, r.text
    body = r.json()
    secret = body["token"]
    assert secret.startswith("lk_") and len(secret) >= 40 and body["status"] == "active"
    assert body["createdBy"]["id"] == str(admin.user.id) and body["tokenPrefix"] == secret[:9]
    stored = db.exec(select(ApiToken)).one()
    assert stored.token_hash != secret and secret not in stored.token_hash
    listed = (await admin.get("/api/v1/api-tokens")).json()["items"]
    assert "token" not in listed[0] and secret not in str(listed)
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "api_token.created")).one()
    assert secret not in str(event.changes)


async def test_read_token_reads_but_cannot_write(app, api_as):
    secret = (await create(api_as("admin"), scopes=["read"])).json()["token"]
    async with bearer(app, secret) as client:
        assert (await client.get("/api/v1/organisation")).status_code == 200
        r = await client.patch("/api/v1/organisation", json={"name": "X"}, headers={"If-Match": '"1"'})
        assert r.status_code == 403


async def test_write_token_edits_without_csrf_but_is_never_admin(app, api_as):
    secret = (await create(api_as("admin"), scopes=["write"])).json()["token"]
    async with bearer(app, secret) as client:
        assert (await client.get("/api/v1/users")).status_code == 403
        assert (await client.get("/api/v1/api-tokens")).status_code == 403
        assert (await client.get("/api/v1/auth/me")).status_code == 403


async def test_last_used_is_recorded(app, api_as):
    admin = api_as("admin")
    created = (await create(admin)).json()
    async with bearer(app, created["token"]) as client:
        await client.get("/api/v1/organisation")
    assert (await admin.get(f"/api/v1/api-tokens/{created['id']}")).json()["lastUsedAt"] is not None


async def test_revoked_token_stops_working_at_once(app, api_as):
    admin = api_as("admin")
    created = (await create(admin)).json()
    assert (await admin.delete(f"/api/v1/api-tokens/{created['id']}")).status_code == 204
    async with bearer(app, created["token"]) as client:
        r = await client.get("/api/v1/organisation")
        assert r.status_code == 401 and "invalid_token" in r.headers["www-authenticate"]
    assert (await admin.get(f"/api/v1/api-tokens/{created['id']}")).json()["status"] == "revoked"
    assert (await admin.delete(f"/api/v1/api-tokens/{created['id']}")).status_code == 409


async def test_expired_token_is_refused(app, api_as, db):
    from app.core.db import utcnow

    created = (await create(api_as("admin"))).json()
    token = db.get(ApiToken, __import__("uuid").UUID(created["id"]))
    token.expires_at = utcnow() - timedelta(minutes=1)
    db.flush()
    async with bearer(app, created["token"]) as client:
        assert (await client.get("/api/v1/organisation")).status_code == 401


@pytest.mark.parametrize(("expires_on", "scopes"), [
    ((date.today() - timedelta(days=1)).isoformat(), ["read"]),
    ((date.today() + timedelta(days=400)).isoformat(), ["read"]),
    (IN_A_MONTH, []),
    (IN_A_MONTH, ["admin"]),
])
async def test_bad_expiry_or_scope_is_400(api_as, expires_on, scopes):
    r = await create(api_as("admin"), scopes=scopes, expires_on=expires_on)
    assert r.status_code == 400
    assert r.json()["errors"][0]["pointer"] in {"/expiresOn", "/scopes", "/scopes/0"}


async def test_garbage_bearer_is_401(app):
    async with bearer(app, "lk_not-a-real-token") as client:
        assert (await client.get("/api/v1/organisation")).status_code == 401
