"""A database that went away is a 503 problem with Retry-After, never a 500 (issue 18); the real thing, with the
server's connections terminated under load, is in `tests/durability/test_faults.py`."""

import pytest
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from app.people import service as people

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("error", [
    OperationalError("SELECT 1", {}, Exception("terminating connection due to administrator command")),
    InterfaceError("SELECT 1", {}, Exception("connection already closed")),
    OperationalError("INSERT", {}, Exception("database is locked")),
    PoolTimeout("QueuePool limit of size 10 overflow 10 reached, connection timed out, timeout 30.00"),
])
async def test_a_lost_database_answers_503_with_retry_after(api_as, monkeypatch, error):
    def unreachable(*_args, **_kwargs):
        raise error

    monkeypatch.setattr(people, "list_people", unreachable)
    answer = await api_as("viewer").get("/api/v1/people")
    assert answer.status_code == 503
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.headers["retry-after"] == "2"
    body = answer.json()
    assert body["code"] == "database_unavailable" and body["status"] == 503 and body["detail"]
    assert "terminating" not in answer.text and "locked" not in answer.text  # nothing of the driver's message
    assert "QueuePool" not in answer.text
