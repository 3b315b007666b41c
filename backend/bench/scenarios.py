"""What the bench measures, one scenario each: how to prepare the server, and one unit of work. Later issues add
theirs (the respondent flow and its reference ceiling, the effect report) to SCENARIOS."""

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, timedelta

import httpx

from bench.load import Request
from bench.server import PASSWORD, Server

ADVISER = "admin@deventer.demo"


@dataclass(frozen=True)
class Scenario:
    key: str
    title: str
    # prepares the server's data and answers the unit of work (and the headers it needs)
    prepare: Callable[[Server], Awaitable[tuple[Request, dict[str, str]]]]


async def api_token(server: Server, scopes: list[str]) -> dict[str, str]:
    """Headers with a fresh API token of the Deventer demo admin: a system's way in, as a script would."""
    async with httpx.AsyncClient(base_url=server.url, timeout=30) as http:
        me = (await http.post("/api/v1/auth/login", json={"email": ADVISER, "password": PASSWORD})).raise_for_status()
        created = await http.post("/api/v1/api-tokens", headers={"X-CSRF-Token": me.json()["csrfToken"]}, json={
            "name": f"bench {'+'.join(scopes)}", "scopes": scopes,
            "expiresOn": (date.today() + timedelta(days=7)).isoformat()})
        return {"Authorization": f"Bearer {created.raise_for_status().json()['token']}"}


async def _health(_server: Server) -> tuple[Request, dict[str, str]]:
    async def request(http: httpx.AsyncClient, _client: int, _sent: int) -> httpx.Response:
        return await http.get("/api/v1/health")

    return request, {}


CATALOGUE_SIZE = 240  # interventions in the organisation's catalogue; half are functional
CATALOGUE_PAGE = "/api/v1/interventions?pageSize=50&fundingStream=functional&status=new&sort=title"


async def _catalogue(server: Server) -> tuple[Request, dict[str, str]]:
    """A page of 50 from a catalogue of 240, filtered on two fields and sorted, as the catalogue page asks it."""
    writer = await api_token(server, ["read", "write"])
    async with httpx.AsyncClient(base_url=server.url, headers=writer, timeout=30) as http:
        have = (await http.get("/api/v1/interventions?pageSize=1")).raise_for_status().json()["total"]
        semaphore = asyncio.Semaphore(8)

        async def add(number: int) -> None:
            async with semaphore:
                (await http.post("/api/v1/interventions", json={
                    "title": f"Bench-interventie {number:03d}", "status": "new",
                    "fundingStream": "functional" if number % 2 else "strategic", "category": "functional",
                    "learningForm": "training", "durationDays": "1.0", "costPerParticipant": "350.00",
                    "expectedParticipants": 12, "goal": "Een training om de lijst mee te meten."})).raise_for_status()

        await asyncio.gather(*(add(n) for n in range(have, CATALOGUE_SIZE)))
        shown = len((await http.get(CATALOGUE_PAGE)).raise_for_status().json()["items"])
        if shown != 50:
            raise RuntimeError(f"the catalogue page shows {shown} interventions, not 50")

    async def request(http: httpx.AsyncClient, _client: int, _sent: int) -> httpx.Response:
        return await http.get(CATALOGUE_PAGE)

    return request, await api_token(server, ["read"])


SCENARIOS = {s.key: s for s in (
    Scenario("a", "GET /api/v1/health (the floor)", _health),
    Scenario("d", "catalogue: a page of 50 interventions, filtered and sorted", _catalogue),
)}
