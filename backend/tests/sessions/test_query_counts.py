"""The sessions' lists cost the same number of SQL statements for 1 row as for a full page."""

import pytest

from tests.sessions.factories import make_closing_day, make_person, make_session, make_trainer

pytestmark = pytest.mark.anyio


def add_sessions(db, org, n: int) -> None:
    for _ in range(n):
        trainer = make_trainer(db, org)
        make_session(db, org, trainer_id=trainer.id, attendees=[make_person(db, org), make_person(db, org)])


async def assert_constant(client, db, org, path, grow, count_queries):
    grow(1)
    await client.get(path)  # the first request also extends the login session
    with count_queries() as small:
        assert (await client.get(path, params={"pageSize": 200})).status_code == 200
    grow(30)
    with count_queries() as large:
        body = (await client.get(path, params={"pageSize": 200})).json()
    assert len(body["items"]) > 30
    assert large.n == small.n, f"{path}: {small.n} statements for 1 row, {large.n} for {len(body['items'])}"


async def test_the_session_list_does_not_grow_with_the_page(api_as, db, org, count_queries):
    await assert_constant(api_as("viewer"), db, org, "/api/v1/sessions", lambda n: add_sessions(db, org, n),
                          count_queries)


async def test_the_trainer_list_does_not_grow_with_the_page(api_as, db, org, count_queries):
    await assert_constant(api_as("viewer"), db, org, "/api/v1/trainers", lambda n: add_sessions(db, org, n),
                          count_queries)


async def test_the_attendee_list_does_not_grow_with_the_page(api_as, db, org, count_queries):
    session = make_session(db, org)

    def grow(n):
        from app.sessions.models import Attendee
        from tests.factories import save
        for _ in range(n):
            save(db, Attendee(session_id=session.id, person_id=make_person(db, org).id, organisation_id=org.id))

    await assert_constant(api_as("viewer"), db, org, f"/api/v1/sessions/{session.id}/attendees", grow, count_queries)


async def test_the_closing_day_list_does_not_grow_with_the_page(api_as, db, org, count_queries):
    from datetime import date, timedelta
    days = iter(date(2026, 1, 1) + timedelta(days=i) for i in range(100))

    def grow(n):
        for _ in range(n):
            make_closing_day(db, org, day=next(days))

    await assert_constant(api_as("viewer"), db, org, "/api/v1/closing-days", grow, count_queries)
