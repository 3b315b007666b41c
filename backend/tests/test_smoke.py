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


def test_start_up_sizes_the_worker_threads_as_configured(settings, engine):
    from anyio import to_thread
    from fastapi.testclient import TestClient

    from app.main import create_app

    app = create_app(settings.model_copy(update={"threads_per_worker": 3}), bind=engine)
    with TestClient(app) as client:  # runs the lifespan, in the client's event loop
        assert client.portal.call(lambda: to_thread.current_default_thread_limiter().total_tokens) == 3
        assert client.get("/api/v1/health").status_code == 200
