"""An application on real connections with committed data, for requests that run in parallel.

The per-test connection of the other tests makes requests take turns; races need the engine itself. The rows
are committed, so the organisation is deleted afterwards (its rows go with it) and no other test sees them."""

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta

import httpx
from sqlalchemy import Engine, delete
from sqlmodel import Session

from app.api_tokens.models import ApiToken
from app.core.db import utcnow
from app.core.security import digest, new_secret
from app.main import create_app
from app.organisations.models import Organisation
from app.plans.models import Plan


@dataclass
class Live:
    client: httpx.AsyncClient
    engine: Engine
    organisation_id: uuid.UUID
    plan_id: uuid.UUID
    token_id: uuid.UUID

    def session(self) -> Session:
        return Session(self.engine)


async def live_app(engine: Engine, settings) -> AsyncIterator[Live]:
    secret = new_secret("lk_")
    with Session(engine) as db:
        organisation = Organisation(name=f"Gemeente Parallel {uuid.uuid4().hex[:8]}")
        db.add(organisation)
        db.flush()
        plan = Plan(organisation_id=organisation.id, title="Parallel", first_year=2026, last_year=2027)
        token = ApiToken(organisation_id=organisation.id, name="parallel", token_hash=digest(secret),
                         token_prefix=secret[:9], scopes=["read", "write"], expires_at=utcnow() + timedelta(days=1))
        db.add_all([plan, token])
        db.commit()
        ids = organisation.id, plan.id, token.id
    app = create_app(settings, bind=engine)
    headers = {"Authorization": f"Bearer {secret}"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver",
                                 headers=headers, timeout=60) as client:
        try:
            yield Live(client, engine, *ids)
        finally:
            with Session(engine) as db:
                db.execute(delete(Organisation).where(Organisation.id == ids[0]))
                db.commit()
