"""Faults survived with nothing lost (issue 18), against a real server on a real database (PostgreSQL when
TEST_DATABASE_URL is set, else the SQLite default; CI runs both):

- the server killed with SIGKILL in the middle of a burst of submissions and drafts, then started again: every
  submission acknowledged with 2xx is stored exactly once, every acknowledged draft is there (or a later one the
  same respondent sent), no response is half-written; on SQLite the WAL keeps what was committed. The respondents
  whose answer got lost in the crash retry with the same Idempotency-Key, and each is stored once.
- PostgreSQL's connections terminated (`pg_terminate_backend`) under load: the server answers 503 problem+json
  with Retry-After while they are gone, recovers by itself, and loses no acknowledged write.

Run only these: `pytest -m durability`."""

import asyncio
import os
import uuid
from dataclasses import dataclass, field

import httpx
import pytest
from sqlalchemy import create_engine, func, select, text
from sqlmodel import Session

from app.core.vocabulary import AnonymityMode
from app.responses.models import Answer, Response
from app.rounds import tokens
from app.rounds.models import Invitation, InvitationStatus
from tests.durability.respondents import ANSWERS_PER_RESPONSE, answers_for, seed, stored
from tests.durability.server import serve

pytestmark = [pytest.mark.durability, pytest.mark.anyio]

POSTGRES = os.environ.get("TEST_DATABASE_URL", "")
SUBMITTERS, DRAFTERS, AT_ONCE = 240, 60, 40


@dataclass
class Outcome:
    """What the clients were told: the keys of acknowledged submissions, the bodies of acknowledged drafts."""

    keys: dict[str, str] = field(default_factory=dict)  # token -> the Idempotency-Key it submitted with
    submitted: set[str] = field(default_factory=set)  # tokens whose submission was acknowledged (201)
    drafts_sent: dict[str, list[list[dict]]] = field(default_factory=dict)  # token -> every draft body, in order
    draft_acknowledged: dict[str, int] = field(default_factory=dict)  # token -> index of its last acknowledged
    codes: list[int] = field(default_factory=list)
    problems: list[httpx.Response] = field(default_factory=list)


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def _submit(client: httpx.AsyncClient, token: str, body: dict, outcome: Outcome, gate: asyncio.Semaphore):
    key = outcome.keys.setdefault(token, str(uuid.uuid4()))
    async with gate:
        try:
            answer = await client.post("/api/v1/respondent/submission", json=body,
                                       headers={**_bearer(token), "Idempotency-Key": key})
        except httpx.TransportError:
            return
    outcome.codes.append(answer.status_code)
    if answer.status_code == 201:
        outcome.submitted.add(token)
    elif answer.status_code >= 500:
        outcome.problems.append(answer)


async def _drafts(client: httpx.AsyncClient, token: str, questions: list[dict], n: int, outcome: Outcome,
                  gate: asyncio.Semaphore):
    sent = outcome.drafts_sent.setdefault(token, [])
    for version in range(6):
        body = answers_for(questions, n + version)[:3]
        sent.append(body)
        async with gate:
            try:
                answer = await client.put("/api/v1/respondent/draft", json={"answers": body}, headers=_bearer(token))
            except httpx.TransportError:
                return
        outcome.codes.append(answer.status_code)
        if answer.status_code == 200:
            outcome.draft_acknowledged[token] = version


async def _retry(client: httpx.AsyncClient, token: str, body: dict, key: str, gate: asyncio.Semaphore) -> int:
    """What a respondent's page does after a lost answer: the same submission with the same key, again after
    Retry-After while the server says it is unavailable; the final status."""
    for _attempt in range(10):
        async with gate:
            answer = await client.post("/api/v1/respondent/submission", json=body,
                                       headers={**_bearer(token), "Idempotency-Key": key})
        if answer.status_code != 503:
            return answer.status_code
        await asyncio.sleep(float(answer.headers.get("retry-after", "1")))
    return 503


async def _until(condition, seconds: float = 120) -> None:
    for _ in range(int(seconds * 20)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the burst did not get that far")


def _invitations(database_url: str, wanted: list[str]) -> dict[str, Invitation]:
    engine = create_engine(database_url)
    with Session(engine) as db:
        by_hash = {tokens.token_hash(token): token for token in wanted}
        found = {by_hash[row.token_hash]: row for row in db.scalars(
            select(Invitation).where(Invitation.token_hash.in_(list(by_hash))))}
    engine.dispose()
    return found


def _half_written(database_url: str) -> int:
    """Responses without all their answers (none may exist)."""
    engine = create_engine(database_url)
    with Session(engine) as db:
        counts = select(Answer.response_id, func.count().label("n")).group_by(Answer.response_id).subquery()
        wrong = db.scalar(select(func.count()).select_from(Response).outerjoin(
            counts, counts.c.response_id == Response.id).where(
            func.coalesce(counts.c.n, 0) != ANSWERS_PER_RESPONSE))
    engine.dispose()
    return int(wrong or 0)


async def test_a_server_killed_mid_burst_loses_no_acknowledged_write():
    with serve(POSTGRES, workers=2, name="kill") as server:
        everyone = seed(server.database_url, AnonymityMode.pseudonymous, SUBMITTERS + DRAFTERS)
        submitters, drafters = everyone[:SUBMITTERS], everyone[SUBMITTERS:]
        outcome, gate = Outcome(), asyncio.Semaphore(AT_ONCE)
        async with httpx.AsyncClient(base_url=server.url, timeout=30,
                                     limits=httpx.Limits(max_connections=AT_ONCE + 10)) as client:
            questions = (await client.get("/api/v1/respondent/questionnaire",
                                          headers=_bearer(everyone[0]))).json()["questions"]
            burst = asyncio.gather(
                *(_submit(client, token, {"answers": answers_for(questions, n)}, outcome, gate)
                  for n, token in enumerate(submitters)),
                *(_drafts(client, token, questions, n, outcome, gate) for n, token in enumerate(drafters)))
            await _until(lambda: len(outcome.submitted) >= SUBMITTERS // 4)
            server.kill()  # a power cut in the middle of the burst
            await burst
        assert 0 < len(outcome.submitted) < SUBMITTERS, "the kill came before or after the burst, not in it"
        wal = server.database_url.removeprefix("sqlite:///") + "-wal"
        if server.database_url.startswith("sqlite"):
            assert os.path.exists(wal)  # what was committed lives in the WAL until a checkpoint

        server.start()  # and up again on the same database
        invitations = _invitations(server.database_url, everyone)
        assert all(invitations[token].status == InvitationStatus.completed for token in outcome.submitted)
        responses, answers, completed = stored(server.database_url)
        assert responses == completed >= len(outcome.submitted)  # each acknowledged one once; more may have landed
        assert answers == ANSWERS_PER_RESPONSE * responses and _half_written(server.database_url) == 0
        for token, version in outcome.draft_acknowledged.items():
            # the acknowledged draft, or a later one this respondent sent (written, then the answer lost)
            assert invitations[token].draft in outcome.drafts_sent[token][version:], token

        async with httpx.AsyncClient(base_url=server.url, timeout=30) as client:
            retried = await asyncio.gather(*(
                _retry(client, token, {"answers": answers_for(questions, n)}, outcome.keys[token], gate)
                for n, token in enumerate(submitters) if token not in outcome.submitted))
        assert set(retried) <= {201}  # stored now, or already: the same 201
        responses, answers, completed = stored(server.database_url)
        log = server.log_text()
    assert responses == completed == SUBMITTERS and answers == ANSWERS_PER_RESPONSE * SUBMITTERS
    assert not outcome.problems, [answer.text for answer in outcome.problems][:3]
    if not POSTGRES:
        assert "database is locked" not in log


@pytest.mark.skipif(not POSTGRES, reason="PostgreSQL only: SQLite has no connections to lose")
async def test_postgres_connections_terminated_under_load_answer_503_and_recover():
    with serve(POSTGRES, workers=2, name="terminate") as server:
        everyone = seed(server.database_url, AnonymityMode.pseudonymous, SUBMITTERS)
        outcome, gate = Outcome(), asyncio.Semaphore(AT_ONCE)
        database = server.database_url.rsplit("/", 1)[1]
        admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")

        def terminate() -> int:
            with admin.connect() as connection:
                return len(connection.execute(text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :database AND pid <> pg_backend_pid()"), {"database": database}).all())

        async with httpx.AsyncClient(base_url=server.url, timeout=30,
                                     limits=httpx.Limits(max_connections=AT_ONCE + 10)) as client:
            questions = (await client.get("/api/v1/respondent/questionnaire",
                                          headers=_bearer(everyone[0]))).json()["questions"]
            burst = asyncio.gather(*(_submit(client, token, {"answers": answers_for(questions, n)}, outcome, gate)
                                     for n, token in enumerate(everyone)))
            await _until(lambda: len(outcome.submitted) >= SUBMITTERS // 4)
            terminated = 0
            for _ in range(3):  # the database goes away, three times in a second
                terminated += terminate()
                await asyncio.sleep(0.3)
            await burst
            assert terminated > 0
            unavailable = [answer for answer in outcome.problems if answer.status_code == 503]
            assert outcome.problems == unavailable, [answer.text for answer in outcome.problems][:3]  # no 500
            for answer in unavailable:
                assert answer.headers["content-type"] == "application/problem+json"
                assert answer.json()["code"] == "database_unavailable" and answer.headers["retry-after"]
            # recovered by itself: everyone not acknowledged retries with their key, and is stored once
            retried = await asyncio.gather(*(
                _retry(client, token, {"answers": answers_for(questions, n)}, outcome.keys[token], gate)
                for n, token in enumerate(everyone) if token not in outcome.submitted))
        admin.dispose()
        assert set(retried) <= {201}
        responses, answers, completed = stored(server.database_url)
        assert _half_written(server.database_url) == 0
        log = server.log_text()
    assert responses == completed == SUBMITTERS and answers == ANSWERS_PER_RESPONSE * SUBMITTERS
    assert "unhandled error" not in log
