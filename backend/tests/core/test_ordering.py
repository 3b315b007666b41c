"""Positions among siblings stay dense and unique under parallel writers, and a POST without If-Match is never
a 412 (issue 11.5). On PostgreSQL: on SQLite requests take turns for the one connection, so nothing races."""

import asyncio

import pytest
from sqlalchemy import select

from app.plans.models import Development
from tests.conftest import TEST_DATABASE_URL
from tests.core.live import live_app

pytestmark = [pytest.mark.anyio,
              pytest.mark.skipif(not TEST_DATABASE_URL, reason="on SQLite requests take turns: nothing races")]
PARALLEL = 32


@pytest.fixture
async def live(engine, settings):
    async for value in live_app(engine, settings):
        yield value


def _positions(live) -> list[int]:
    with live.session() as db:
        return sorted(db.scalars(select(Development.position).where(Development.plan_id == live.plan_id)))


async def _post_developments(live, body: dict) -> list[int]:
    answers = await asyncio.gather(*(
        live.client.post("/api/v1/developments", json={"planId": str(live.plan_id), "title": f"D{i}", **body})
        for i in range(PARALLEL)))
    return [answer.status_code for answer in answers]


async def test_parallel_appends_get_every_place_once(live):
    assert await _post_developments(live, {}) == [201] * PARALLEL
    assert _positions(live) == list(range(PARALLEL))


async def test_parallel_inserts_at_the_front_stay_dense_and_unique(live):
    assert await _post_developments(live, {"position": 0}) == [201] * PARALLEL
    assert _positions(live) == list(range(PARALLEL))
