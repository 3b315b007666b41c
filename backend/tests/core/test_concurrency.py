"""The embedded SQLite default under concurrent requests: they wait for the one connection, never share it."""

import asyncio

import httpx
import pytest
from sqlmodel import Session

from app.core.db import make_engine
from app.core.migrations import upgrade
from app.demo.loader import load_demo
from app.main import create_app
from tests.conftest import TEST_DATABASE_URL

pytestmark = [pytest.mark.anyio, pytest.mark.skipif(bool(TEST_DATABASE_URL), reason="the SQLite engine's pool")]


async def test_parallel_requests_on_one_sqlite_file_all_succeed(tmp_path, settings):
    url = f"sqlite:///{tmp_path / 'parallel.db'}"
    upgrade(url)
    engine = make_engine(url)
    with Session(engine) as db:
        load_demo(db, password="een lang demo wachtwoord")
        db.commit()

    app = create_app(settings, bind=engine)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as client:
        login = await client.post("/api/v1/auth/login",
                                  json={"email": "admin@deventer.demo", "password": "een lang demo wachtwoord"})
        assert login.status_code == 200
        csrf = login.json()["csrfToken"]
        paths = ["/api/v1/auth/me", "/api/v1/users", "/api/v1/organisation", "/api/v1/audit-events"] * 10
        reads = [client.get(path) for path in paths]
        etag = (await client.get("/api/v1/organisation")).headers["etag"]
        writes = [client.patch("/api/v1/organisation", json={"minimumReportGroupSize": 6},
                               headers={"If-Match": etag, "X-CSRF-Token": csrf}) for _ in range(5)]
        answers = await asyncio.gather(*reads, *writes)
    statuses = [r.status_code for r in answers]
    assert statuses[: len(reads)] == [200] * len(reads)
    # five concurrent edits of one version: exactly one wins, the others are told it is stale
    assert sorted(statuses[len(reads):]) == [200, 412, 412, 412, 412]
    engine.dispose()
