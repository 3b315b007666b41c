"""Guessing respondent links (issue 18): 10,000 random tokens open nothing, each costs one lookup by its hash, an
expired token cannot be told from an unknown one, and a guesser is stopped by the rate limit."""

import secrets
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, inspect

from app.core.config import get_settings
from app.core.errors import Unauthenticated
from app.responses import respondent, throttle
from tests.responses.factories import bearer, invite, make_full_instrument, make_round

pytestmark = pytest.mark.anyio
GUESSES = 10_000


def test_ten_thousand_random_tokens_open_nothing_at_one_lookup_each(db, org, connection, monkeypatch):
    round_ = make_round(db, org, make_full_instrument(db, org))
    _, valid = invite(db, org, round_)
    expired_round = make_round(db, org, make_full_instrument(db, org),
                               opens_at=datetime.now(UTC) - timedelta(days=9),
                               closes_at=datetime.now(UTC) - timedelta(days=1))
    _, expired = invite(db, org, expired_round)
    db.commit()
    monkeypatch.setattr(get_settings(), "respondent_unknown_limit", GUESSES + 10)  # let every guess reach the lookup
    monkeypatch.setattr(get_settings(), "respondent_address_limit", GUESSES + 10)
    statements: list[str] = []

    def record(_connection, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(connection, "before_cursor_execute", record)
    refused = 0
    try:
        for token in [secrets.token_urlsafe(32) for _ in range(GUESSES)] + [expired]:
            try:
                respondent.authenticate(db, token, "203.0.113.7")
            except Unauthenticated as problem:
                refused += problem.status == 401 and problem.code == "invitation_unknown"
    finally:
        event.remove(connection, "before_cursor_execute", record)
        throttle.reset()
    assert refused == GUESSES + 1  # every guess and the expired token: the same 401
    lookups = [statement for statement in statements if statement.lstrip().upper().startswith("SELECT")]
    assert len(lookups) == GUESSES + 1  # one query a token (the test's savepoints aside)
    lookup = lookups[0].lower()
    assert "token_hash =" in lookup and "limit" not in lookup  # found by the hash's equality, not by scanning
    unique = {tuple(index["column_names"]) for index in inspect(connection).get_indexes("invitations")
              if index["unique"]} | {tuple(c["column_names"]) for c in
                                     inspect(connection).get_unique_constraints("invitations")}
    assert ("token_hash",) in unique  # one index probe, the same work for a known and an unknown token
    assert respondent.authenticate(db, valid, "203.0.113.8").invitation_id  # the valid one still opens


async def test_a_guesser_is_stopped_after_the_limit_and_never_gets_in(anon, db, org):
    round_ = make_round(db, org, make_full_instrument(db, org))
    invite(db, org, round_)
    limit = get_settings().respondent_unknown_limit
    codes = [(await anon.get("/api/v1/respondent/questionnaire",
                             headers=bearer(secrets.token_urlsafe(32)))).status_code for _ in range(limit + 20)]
    assert codes == [401] * limit + [429] * 20
