"""No answer lost: a town hall of 500 respondents submitting at once, against a real uvicorn server on a real
database (PostgreSQL when TEST_DATABASE_URL is set, else SQLite). Every acknowledged submission is stored exactly
once, nothing answers 5xx, and SQLite never reports "database is locked".

Run only these: `pytest -m durability`."""

import asyncio
import os
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import create_engine, func, select
from sqlmodel import Session

from app.core.vocabulary import AnonymityMode, RoundMoment
from app.people.models import Person
from app.responses.models import Answer, Response
from app.rounds import tokens
from app.rounds.models import Invitation, InvitationStatus, Round
from tests.cohorts.factories import make_cohort
from tests.durability.server import serve
from tests.factories import make_organisation
from tests.responses.factories import make_full_instrument

pytestmark = [pytest.mark.durability, pytest.mark.anyio]

RESPONDENTS = 500
AT_ONCE = 50


def _seed(database_url: str, anonymity: AnonymityMode, count: int) -> list[str]:
    """An organisation, a published instrument, a cohort's open round and `count` invitations; their tokens."""
    engine = create_engine(database_url)
    with Session(engine) as db:
        org = make_organisation(db, f"Gemeente Drukstad ({anonymity})")
        instrument = make_full_instrument(db, org)
        cohort = make_cohort(db, org)
        now = datetime.now(UTC)
        round_ = Round(organisation_id=org.id, instrument_id=instrument.id, cohort_id=cohort.id,
                       moment=RoundMoment.pre, opens_at=now - timedelta(hours=1), closes_at=now + timedelta(days=1),
                       anonymity=anonymity)
        people = [Person(organisation_id=org.id, employee_number=f"D{i:04}", name=f"Respondent {i}", team="Burgerzaken",
                         email=f"d{i:04}@example.org") for i in range(count)]
        db.add(round_)
        db.add_all(people)
        db.flush()
        found = []
        for person in people:
            salt = tokens.new_salt()
            token = tokens.token_for(salt)
            found.append(token)
            db.add(Invitation(organisation_id=org.id, round_id=round_.id, person_id=person.id, token_salt=salt,
                              token_hash=tokens.token_hash(token)))
        db.commit()
    engine.dispose()
    return found


def _values(questions: list[dict], n: int) -> list[dict]:
    values = [1 + n % 5, 1 + n % 7, n % 11, "stof", ["trainer", "groep"], f"Antwoord {n}"]
    return [{"questionId": q["id"], "value": v} for q, v in zip(questions, values, strict=True)]


async def _respond(client: httpx.AsyncClient, token: str, n: int, gate: asyncio.Semaphore) -> list[int]:
    """Open the questionnaire, save a draft, submit; on a lost connection retry with the same key."""
    headers = {"Authorization": f"Bearer {token}"}
    async with gate:
        opened = await client.get("/api/v1/respondent/questionnaire", headers=headers)
        if opened.status_code != 200:
            return [opened.status_code]
        answers = _values(opened.json()["questions"], n)
        codes = [opened.status_code]
        if n % 10 == 0:  # some save a draft first
            draft = await client.put("/api/v1/respondent/draft", headers=headers, json={"answers": answers[:2]})
            codes.append(draft.status_code)
        key = {"Idempotency-Key": str(uuid.uuid4())}
        for _attempt in range(3):
            try:
                done = await client.post("/api/v1/respondent/submission", headers={**headers, **key},
                                         json={"answers": answers})
            except httpx.TransportError:
                continue
            codes.append(done.status_code)
            break
        return codes


async def _double(client: httpx.AsyncClient, token: str) -> list[int]:
    """The same respondent submitting from two devices at once (different keys), twice more with one key."""
    headers = {"Authorization": f"Bearer {token}"}
    questions = (await client.get("/api/v1/respondent/questionnaire", headers=headers)).json()["questions"]
    body = {"answers": _values(questions, 1)}
    answers = await asyncio.gather(*(client.post("/api/v1/respondent/submission", json=body,
                                                 headers={**headers, "Idempotency-Key": f"device-{i}"})
                                     for i in range(4)))
    return [answer.status_code for answer in answers]


def _stored(database_url: str) -> tuple[int, int, int]:
    engine = create_engine(database_url)
    with Session(engine) as db:
        counts = (db.scalar(select(func.count()).select_from(Response)),
                  db.scalar(select(func.count()).select_from(Answer)),
                  db.scalar(select(func.count()).select_from(Invitation)
                            .where(Invitation.status == InvitationStatus.completed)))
    engine.dispose()
    return counts  # type: ignore[return-value]


async def test_a_burst_of_respondents_loses_no_answer_and_stores_none_twice():
    """Half in a pseudonymous round, half in an anonymous one; ten of them submit from four devices at once."""
    with serve(os.environ.get("TEST_DATABASE_URL", ""), workers=2) as server:
        all_tokens = [*_seed(server.database_url, AnonymityMode.pseudonymous, RESPONDENTS // 2),
                      *_seed(server.database_url, AnonymityMode.anonymous, RESPONDENTS // 2)]
        burst, doubles = all_tokens[5:-5], [*all_tokens[:5], *all_tokens[-5:]]
        gate = asyncio.Semaphore(AT_ONCE)
        limits = httpx.Limits(max_connections=AT_ONCE + 40)
        async with httpx.AsyncClient(base_url=server.url, timeout=60, limits=limits) as client:
            results = await asyncio.gather(*(_respond(client, token, n, gate) for n, token in enumerate(burst)),
                                           *(_double(client, token) for token in doubles))
        stored = _stored(server.database_url)
        log = server.log_text()
    codes = [code for result in results for code in result]
    assert not [code for code in codes if code >= 500], log[-3000:]
    assert all(result in ([200, 201], [200, 200, 201]) for result in results[:len(burst)]), set(map(tuple, results))
    for result in results[len(burst):]:
        assert sorted(result) == [201, 409, 409, 409], result
    acknowledged = len(burst) + len(doubles)
    responses, answers, completed = stored
    assert responses == completed == acknowledged
    assert answers == 6 * acknowledged
    assert "database is locked" not in log
    assert '"status": 500' not in log and "unhandled error" not in log

