"""The login throttle's rules, one attempt at a time (the parallel case: test_throttle_parallel.py)."""

from datetime import timedelta

import httpx
import pytest
from sqlmodel import select

from app.auth.models import LoginThrottle
from app.core.audit import AuditEvent
from app.core.db import utcnow
from tests import factories

pytestmark = pytest.mark.anyio


@pytest.fixture
async def from_address(app):
    """`from_address("10.0.0.1")` → a client whose requests come from that address."""
    clients: list[httpx.AsyncClient] = []

    def make(address: str) -> httpx.AsyncClient:
        transport = httpx.ASGITransport(app=app, client=(address, 50000))
        clients.append(httpx.AsyncClient(transport=transport, base_url="https://testserver"))
        return clients[-1]

    yield make
    for client in clients:
        await client.aclose()


async def login(client, email, password=factories.PASSWORD):
    return await client.post("/api/v1/auth/login", json={"email": email, "password": password})


async def test_an_attacker_elsewhere_slows_the_account_but_does_not_lock_its_owner_out(
        db, org, settings, monkeypatch, from_address):
    monkeypatch.setattr(settings, "login_account_max_failures", 9)
    factories.make_user(db, org, email="eigenaar@example.org")
    first, second, owner = from_address("203.0.113.1"), from_address("203.0.113.2"), from_address("192.0.2.10")
    for attacker in (first, second):
        statuses = [(await login(attacker, "eigenaar@example.org", "raden raden")).status_code for _ in range(5)]
        assert statuses == [401] * 4 + [401 if attacker is first else 429]  # the 10th try account-wide waits

    slowed = await login(owner, "eigenaar@example.org")
    assert slowed.status_code == 429 and 0 < int(slowed.headers["retry-after"]) <= settings.login_account_delay
    blocked = await login(first, "eigenaar@example.org")
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > settings.login_account_delay

    row = db.get(LoginThrottle, "account:eigenaar@example.org")
    row.blocked_until = utcnow() - timedelta(seconds=1)  # the short wait is over
    db.flush()
    assert (await login(owner, "eigenaar@example.org")).status_code == 200
    assert (await login(first, "eigenaar@example.org")).status_code == 429  # that address stays locked out


async def test_throttled_attempts_are_one_audit_event_with_their_count(db, org, settings, anon):
    factories.make_user(db, org, email="doel@example.org")
    for _ in range(settings.login_max_failures):
        assert (await login(anon, "doel@example.org", "raden raden")).status_code == 401
    for _ in range(12):
        assert (await login(anon, "doel@example.org", "raden raden")).status_code == 429
    throttled = db.exec(select(AuditEvent).where(AuditEvent.action == "auth.login_throttled")).all()
    assert len(throttled) == 1
    assert throttled[0].changes["refused"] == 12 and throttled[0].changes["limit"] == "accountAndClient"
    assert throttled[0].organisation_id == org.id and throttled[0].actor_label == "doel@example.org"


async def test_own_logins_do_not_reset_a_client_address_that_tries_other_accounts(
        db, org, settings, monkeypatch, from_address):
    monkeypatch.setattr(settings, "login_client_max_failures", 3)
    factories.make_user(db, org, email="mijzelf@example.org")
    client = from_address("198.51.100.5")
    assert (await login(client, "x@example.org", "raden raden")).status_code == 401
    assert (await login(client, "y@example.org", "raden raden")).status_code == 401
    assert (await login(client, "mijzelf@example.org")).status_code == 200
    assert (await login(client, "z@example.org", "raden raden")).status_code == 401
    refused = await login(client, "w@example.org", "raden raden")
    assert refused.status_code == 429
    assert settings.login_window - 5 <= int(refused.headers["retry-after"]) <= settings.login_window


async def test_a_correct_password_clears_the_count_for_this_account_from_this_address(db, org, settings, anon):
    factories.make_user(db, org, email="typo@example.org")
    for _ in range(settings.login_max_failures - 1):
        assert (await login(anon, "typo@example.org", "bijna goed")).status_code == 401
    assert (await login(anon, "typo@example.org")).status_code == 200
    for _ in range(settings.login_max_failures):
        assert (await login(anon, "typo@example.org", "bijna goed")).status_code == 401
    assert (await login(anon, "typo@example.org")).status_code == 429


async def test_behind_a_trusted_proxy_each_forwarded_address_is_its_own_client(app, db, org, settings):
    from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

    factories.make_user(db, org, email="achter@example.org")
    proxied = ProxyHeadersMiddleware(app, trusted_hosts="10.0.0.2")  # as `serve` runs with FORWARDED_ALLOW_IPS
    transport = httpx.ASGITransport(app=proxied, client=("10.0.0.2", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as proxy:
        async def login_from(address: str, password: str = "raden raden") -> int:
            r = await proxy.post("/api/v1/auth/login", json={"email": "achter@example.org", "password": password},
                                 headers={"X-Forwarded-For": address})
            return r.status_code

        assert [await login_from("203.0.113.50") for _ in range(6)] == [401] * 5 + [429]
        assert await login_from("192.0.2.60", factories.PASSWORD) == 200  # another user behind the same proxy
    assert db.get(LoginThrottle, "client:203.0.113.50").failures == settings.login_max_failures
