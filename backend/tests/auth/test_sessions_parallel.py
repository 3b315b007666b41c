"""One login session in many parallel requests, on real connections (PostgreSQL in CI): extending its expiry is
no change of the session, so it never makes a request stale, also not when the session ends meanwhile."""

import asyncio
from collections import Counter
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select
from sqlmodel import Session

from app.accounts.models import User
from app.auth.models import LoginSession
from app.core.db import utcnow
from app.core.security import digest
from app.main import create_app
from tests import factories
from tests.auth.live_session import browser
from tests.core.test_parallel import PARALLEL, live, live_engine  # noqa: F401  (fixtures)

pytestmark = pytest.mark.anyio
LOGINS = 4  # each checks a password with argon2: slow on purpose


@pytest.fixture
async def signed_in(live, settings):  # noqa: F811
    async with browser(live, settings) as (client, cookie, _user):
        yield client, cookie


def stored_session(live, cookie: str) -> LoginSession | None:  # noqa: F811
    with Session(live.engine) as db:
        return db.scalar(select(LoginSession).where(LoginSession.token_hash == digest(cookie)))


async def test_parallel_reads_on_one_session_due_for_extension_all_200(live, signed_in, settings):  # noqa: F811
    client, cookie = signed_in
    answers = await asyncio.gather(*(client.get(f"/api/v1/plans/{live.plan_id}") for _ in range(PARALLEL)))
    assert [answer.status_code for answer in answers] == [200] * PARALLEL, [a.json() for a in answers]
    session = stored_session(live, cookie)
    assert session is not None
    assert session.expires_at - utcnow() > timedelta(seconds=settings.session_ttl) / 2  # it was extended


async def test_a_logout_among_parallel_reads_makes_none_of_them_stale(live, signed_in):  # noqa: F811
    client, cookie = signed_in
    reads = [client.get(f"/api/v1/plans/{live.plan_id}") for _ in range(PARALLEL)]
    answers = await asyncio.gather(*reads[:4], client.post("/api/v1/auth/logout"), *reads[4:])
    statuses = Counter(answer.status_code for answer in answers)
    assert set(statuses) <= {200, 204, 401} and statuses[204] == 1, statuses  # read before or after, never 412
    assert stored_session(live, cookie) is None


async def test_parallel_logins_of_one_account_all_succeed_and_leave_its_version(live, settings):  # noqa: F811
    async with browser(live, settings) as (_client, _cookie, user):
        app = create_app(settings, bind=live.engine)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver") as anon:
            answers = await asyncio.gather(*(
                anon.post("/api/v1/auth/login", json={"email": user.email, "password": factories.PASSWORD})
                for _ in range(LOGINS)))
    assert [answer.status_code for answer in answers] == [200] * LOGINS, [a.json() for a in answers]
    with Session(live.engine) as db:
        stored = db.get(User, user.id)
        assert stored is not None and stored.last_login_at is not None
        assert stored.version == user.version  # a login is no change of the account: its ETag stays
