import pytest

pytestmark = pytest.mark.anyio

async def test_health(anon):
    r = await anon.get("/api/v1/health")
    assert r.status_code == 200 and r.json() == {"status": "ok"}


async def test_me(api_as):
    client = api_as("viewer")
    r = await client.get("/api/v1/auth/me")
    assert r.status_code == 200, r.text
    assert r.json()["role"] == "viewer"
