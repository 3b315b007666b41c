"""The login throttle under parallel attempts, on the suite's database (PostgreSQL in CI) with real, committed
transactions: each request its own connection, as in production. What the tests commit they remove."""

import asyncio
import uuid
from collections import Counter

import httpx
import pytest
from sqlalchemy import delete, or_
from sqlmodel import Session

from app.auth.models import LoginThrottle
from app.core.audit import AuditEvent
from app.main import create_app
from app.organisations.models import Organisation
from tests import factories

pytestmark = pytest.mark.anyio


@pytest.fixture
def committed(engine):
    """A committed organisation with one user, a tag and client address of this test's own, and the cleanup."""
    tag = uuid.uuid4().hex[:10]
    client = f"198.18.{int(tag[:2], 16)}.{int(tag[2:4], 16)}"
    with Session(engine, expire_on_commit=False) as db:
        organisation = factories.make_organisation(db, f"Gemeente {tag}")
        user = factories.make_user(db, organisation, email=f"doelwit-{tag}@example.org")
        db.commit()
    yield tag, user.email, client
    with Session(engine) as db:
        db.execute(delete(LoginThrottle).where(or_(LoginThrottle.key.contains(tag),
                                                   LoginThrottle.key.contains(client))))
        db.execute(delete(AuditEvent).where(or_(AuditEvent.actor_label.contains(tag), AuditEvent.actor_label == client,
                                                AuditEvent.organisation_id == organisation.id)))
        db.execute(delete(Organisation).where(Organisation.id == organisation.id))
        db.commit()


async def parallel_logins(engine, settings, emails: list[str], client: str) -> Counter[int]:
    app = create_app(settings, bind=engine)
    transport = httpx.ASGITransport(app=app, client=(client, 40000))
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as http:
        answers = await asyncio.gather(*(
            http.post("/api/v1/auth/login", json={"email": email, "password": "fout fout fout"}) for email in emails
        ))
    return Counter(answer.status_code for answer in answers)


@pytest.mark.parametrize("attempts", [20, 40])
async def test_parallel_wrong_passwords_for_one_account_let_at_most_the_limit_through(
        engine, settings, committed, attempts):
    _, email, client = committed
    statuses = await parallel_logins(engine, settings, [email] * attempts, client)
    print(f"{attempts} parallel wrong passwords: {dict(statuses)}")
    assert statuses == {401: settings.login_max_failures, 429: attempts - settings.login_max_failures}


async def test_parallel_attempts_on_many_accounts_from_one_client_are_throttled(engine, settings, committed):
    tag, _, client = committed
    emails = [f"iemand{i}-{tag}@example.org" for i in range(40)]
    statuses = await parallel_logins(engine, settings, emails, client)
    print(f"40 parallel accounts from one client: {dict(statuses)}")
    assert statuses == {401: settings.login_client_max_failures, 429: 40 - settings.login_client_max_failures}
