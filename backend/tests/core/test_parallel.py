"""Parallel requests on real connections (issue 11.5): one API token in many requests at once never makes
them stale, and of two changes of one version the loser is told 412, on both databases."""

import asyncio

import pytest
from sqlmodel import Session

from app.core.db import make_engine
from app.core.migrations import upgrade
from tests.conftest import TEST_DATABASE_URL
from tests.core.live import live_app

pytestmark = pytest.mark.anyio
PARALLEL = 32


@pytest.fixture
def live_engine(engine, tmp_path):
    """The suite's PostgreSQL engine; on SQLite a file of its own (the suite's is held by the test connections)."""
    if TEST_DATABASE_URL:
        yield engine
        return
    url = f"sqlite:///{tmp_path / 'parallel.db'}"
    upgrade(url)
    own = make_engine(url)
    yield own
    own.dispose()


@pytest.fixture
async def live(live_engine, settings):
    async for value in live_app(live_engine, settings):
        yield value


async def test_one_token_in_parallel_reads_is_never_stale(live):
    answers = await asyncio.gather(*(live.client.get(f"/api/v1/plans/{live.plan_id}") for _ in range(PARALLEL)))
    assert [answer.status_code for answer in answers] == [200] * PARALLEL
    with Session(live.engine) as db:
        from app.api_tokens.models import ApiToken

        token = db.get(ApiToken, live.token_id)
        assert token is not None and token.last_used_at is not None
        assert token.version == 1  # a use is not a change of the token


async def test_two_changes_of_one_version_the_loser_gets_412(live):
    etag = (await live.client.get(f"/api/v1/plans/{live.plan_id}")).headers["etag"]
    answers = await asyncio.gather(*(
        live.client.patch(f"/api/v1/plans/{live.plan_id}", json={"title": f"Versie {i}"}, headers={"If-Match": etag})
        for i in range(2)))
    assert sorted(answer.status_code for answer in answers) == [200, 412], [a.json() for a in answers]


async def test_two_changes_that_add_the_same_row_the_loser_gets_412_not_409(live):
    # Both add the programme entry (intervention, 2030): on PostgreSQL the loser used to meet the winner's
    # entry (a unique key) before its own version check, and heard 409.
    created = await live.client.post("/api/v1/interventions", json={"title": "Training"})
    assert created.status_code == 201, created.json()
    url = f"/api/v1/interventions/{created.json()['id']}"
    answers = await asyncio.gather(*(
        live.client.patch(url, json={"years": [2030]}, headers={"If-Match": created.headers["etag"]})
        for _ in range(2)))
    assert sorted(answer.status_code for answer in answers) == [200, 412], [a.json() for a in answers]
