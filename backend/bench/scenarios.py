"""What the bench measures, one scenario each: how to prepare the server, and one unit of work. The effect report
joins with its issue."""

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, timedelta

import aiohttp
import httpx

from bench.load import Reply, Request, Steps, call, json_body
from bench.respondents import prepare_pool
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
    async def request(http: aiohttp.ClientSession, _client: int, _sent: int) -> Reply:
        return await call(http, "GET", "/api/v1/health")

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

    async def request(http: aiohttp.ClientSession, _client: int, _sent: int) -> Reply:
        return await call(http, "GET", CATALOGUE_PAGE)

    return request, await api_token(server, ["read"])


# fresh invitations per scenario, enough for every run of it (a submission uses its invitation up)
POOL = {"b": 40_000, "s": 40_000, "c": 15_000}
REFERENCE = "/api/v1/bench/reference-submission"


async def _pool(server: Server, key: str) -> tuple[list[str], list[dict[str, object]]]:
    return await asyncio.to_thread(prepare_pool, server.database_url, POOL[key])


def _submitting(path: str, key: str) -> Callable[[Server], Awaitable[tuple[Request, dict[str, str]]]]:
    async def prepare(server: Server) -> tuple[Request, dict[str, str]]:
        tokens, answers = await _pool(server, key)
        fresh, body = iter(tokens), json_body({"answers": answers})

        async def request(http: aiohttp.ClientSession, _client: int, _sent: int) -> Reply:
            return await call(http, "POST", path, body=body, headers={"Authorization": f"Bearer {next(fresh)}"})

        return request, {}

    return prepare


async def _flow(server: Server) -> tuple[Request, dict[str, str]]:
    """A respondent's whole visit with a fresh link: the questionnaire, a draft of the first half, the
    submission; each step timed (`request.steps`)."""
    tokens, answers = await _pool(server, "c")
    fresh = iter(tokens)
    visit = (("questionnaire", "GET", "/api/v1/respondent/questionnaire", None),
             ("draft", "PUT", "/api/v1/respondent/draft", json_body({"answers": answers[: len(answers) // 2]})),
             ("submit", "POST", "/api/v1/respondent/submission", json_body({"answers": answers})))
    steps = Steps()

    async def request(http: aiohttp.ClientSession, _client: int, _sent: int) -> Reply:
        auth = {"Authorization": f"Bearer {next(fresh)}"}
        for name, method, path, body in visit:
            reply = await steps.timed(name, call(http, method, path, body=body, headers=auth))
            if reply.status >= 400:
                return reply
        return reply

    request.steps = steps  # type: ignore[attr-defined]
    return request, {}


SCENARIOS = {s.key: s for s in (
    Scenario("a", "GET /api/v1/health (the floor)", _health),
    Scenario("b", "reference submit: 25 answers, Core, 1 transaction (ceiling)", _submitting(REFERENCE, "b")),
    Scenario("s", "POST /respondent/submission alone (the real submit vs b)",
             _submitting("/api/v1/respondent/submission", "s")),
    Scenario("c", "respondent flow: questionnaire, draft, submission", _flow),
    Scenario("d", "catalogue: a page of 50 interventions, filtered and sorted", _catalogue),
)}
