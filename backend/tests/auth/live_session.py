"""A browser on the live app (`tests.core.live`): a committed user of its organisation, signed in, with a session
that expires in an hour (under half its lifetime, so the first request extends it)."""

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from sqlmodel import Session

from app.accounts.models import User
from app.auth.deps import CSRF_HEADER, SESSION_COOKIE
from app.main import create_app
from app.organisations.models import Organisation
from tests import factories
from tests.core.live import Live


@asynccontextmanager
async def browser(live: Live, settings, role: str = "editor") -> AsyncIterator[tuple[httpx.AsyncClient, str, User]]:
    """(client, cookie value, user)."""
    with Session(live.engine, expire_on_commit=False) as db:
        organisation = db.get(Organisation, live.organisation_id)
        user = factories.make_user(db, organisation, role=role, email=f"{role}-{uuid.uuid4().hex[:12]}@example.org")
        cookie, csrf = factories.sign_in(db, user)
        db.commit()
    app = create_app(settings, bind=live.engine)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver",
                                 headers={"Cookie": f"{SESSION_COOKIE}={cookie}", CSRF_HEADER: csrf},
                                 timeout=60) as client:
        yield client, cookie, user
