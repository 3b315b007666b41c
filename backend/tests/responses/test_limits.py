"""Rate limits (per process) and what the server keeps of a respondent's request: nothing of the token, no
address, no user agent."""

import logging

import pytest
from sqlalchemy import inspect

from app.core.config import get_settings
from app.core.logging import JsonFormatter
from app.rounds import tokens
from tests.responses.factories import bearer, invite, make_full_instrument, make_round

pytestmark = pytest.mark.anyio


@pytest.fixture
def limits(monkeypatch):
    settings = get_settings()
    monkeypatch.setattr(settings, "respondent_token_limit", 5)
    monkeypatch.setattr(settings, "respondent_unknown_limit", 3)
    return settings


async def test_unknown_tokens_from_one_address_are_stopped_with_retry_after(anon, db, org, limits):
    round_ = make_round(db, org, make_full_instrument(db, org))
    _, token = invite(db, org, round_)
    for i in range(3):
        answer = await anon.get("/api/v1/respondent/questionnaire", headers=bearer(tokens.token_for(f"guess{i}")))
        assert answer.status_code == 401
    stopped = await anon.get("/api/v1/respondent/questionnaire", headers=bearer(tokens.token_for("guess9")))
    assert stopped.status_code == 429 and stopped.json()["code"] == "too_many_requests"
    assert 1 <= int(stopped.headers["Retry-After"]) <= 60
    # a guesser's address is stopped even with a valid token, until the window passes
    assert (await anon.get("/api/v1/respondent/questionnaire", headers=bearer(token))).status_code == 429


async def test_one_token_is_limited_per_minute(anon, db, org, limits):
    round_ = make_round(db, org, make_full_instrument(db, org))
    _, token = invite(db, org, round_)
    _, other = invite(db, org, round_)
    codes = [(await anon.put("/api/v1/respondent/draft", headers=bearer(token), json={"answers": []})).status_code
             for _ in range(6)]
    assert codes == [200] * 5 + [429]
    assert (await anon.get("/api/v1/respondent/questionnaire", headers=bearer(other))).status_code == 200


async def test_the_request_log_holds_no_token(anon, db, org, caplog):
    round_ = make_round(db, org, make_full_instrument(db, org))
    _, token = invite(db, org, round_)
    caplog.set_level(logging.DEBUG)
    await anon.get("/api/v1/respondent/questionnaire", headers={**bearer(token), "User-Agent": "Telefoon/1.0"})
    await anon.get("/api/v1/respondent/questionnaire", headers=bearer(token + "x"))
    lines = [JsonFormatter().format(record) for record in caplog.records]
    assert any('"request"' in line for line in lines)
    assert not any(token in line or "Bearer" in line or "Telefoon" in line for line in lines)


def test_no_table_has_a_column_for_an_address_or_user_agent(db):
    names = {column["name"] for table in ("invitations", "responses", "answers")
             for column in inspect(db.connection()).get_columns(table)}
    assert not {name for name in names if any(part in name for part in ("ip", "address", "agent", "user_agent"))}
