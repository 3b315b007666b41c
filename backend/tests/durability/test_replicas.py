"""Replicas are stateless (issue 18; README: Scaling out): two backend processes on one PostgreSQL database, one
browser session and one respondent spread across both. Logged in on one, the session works on the other; a change
made through one is read through the other, and its ETag is honoured there; logging out on one ends the session
on both. A respondent saves a draft on one, resumes it on the other and submits there; a retry on the first with
the same Idempotency-Key answers the same 201 and stores nothing twice. Nothing of this lives in a process."""

import os

import httpx
import pytest
from sqlalchemy import create_engine
from sqlmodel import Session

from app.core.vocabulary import AnonymityMode
from tests.durability.respondents import answers_for, seed, stored
from tests.durability.server import serve
from tests.factories import PASSWORD, make_organisation, make_user

pytestmark = [pytest.mark.durability, pytest.mark.anyio]
POSTGRES = os.environ.get("TEST_DATABASE_URL", "")


def _admin(database_url: str) -> str:
    engine = create_engine(database_url)
    with Session(engine) as db:
        user = make_user(db, make_organisation(db, "Gemeente Tweestad"), role="admin", email="beheer@tweestad.nl")
        db.commit()
        email = user.email
    engine.dispose()
    return email


@pytest.mark.skipif(not POSTGRES, reason="replicas share PostgreSQL; the SQLite default runs one process")
async def test_a_browser_session_and_a_respondent_move_freely_between_two_replicas():
    with serve(POSTGRES, workers=1, name="replicas") as first:
        second = first.replica()
        second.start()
        try:
            email = _admin(first.database_url)
            token = seed(first.database_url, AnonymityMode.pseudonymous, 1)[0]
            one = httpx.AsyncClient(base_url=first.url, timeout=30)
            two = httpx.AsyncClient(base_url=second.url, timeout=30)
            async with one, two:
                login = await one.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
                assert login.status_code == 200, login.text
                two.cookies = one.cookies  # one browser: its cookie goes wherever the load balancer sends it
                csrf = {"X-CSRF-Token": login.json()["csrfToken"]}
                me = await two.get("/api/v1/auth/me")
                assert me.status_code == 200 and me.json()["email"] == email  # the session is in the database

                made = await two.post("/api/v1/trainers", json={"name": "Ruud Trainer"}, headers=csrf)
                assert made.status_code == 201, made.text
                read = await one.get(made.headers["location"].removeprefix(first.url))
                assert read.status_code == 200 and read.json()["name"] == "Ruud Trainer"
                renamed = await one.patch(f"/api/v1/trainers/{made.json()['id']}", json={"name": "Ruud de Trainer"},
                                          headers={**csrf, "If-Match": read.headers["etag"]})
                assert renamed.status_code == 200
                stale = await two.patch(f"/api/v1/trainers/{made.json()['id']}", json={"name": "Oud"},
                                        headers={**csrf, "If-Match": read.headers["etag"]})
                assert stale.status_code == 412  # the version lives in the row, not in a process

                respondent = {"Authorization": f"Bearer {token}"}
                questions = (await one.get("/api/v1/respondent/questionnaire", headers=respondent)).json()["questions"]
                answers = answers_for(questions, 3)
                saved = await one.put("/api/v1/respondent/draft", json={"answers": answers[:2]}, headers=respondent)
                assert saved.status_code == 200
                resumed = (await two.get("/api/v1/respondent/questionnaire", headers=respondent)).json()
                assert [a["questionId"] for a in resumed["draft"]["answers"]] == [q["id"] for q in questions[:2]]
                key = {**respondent, "Idempotency-Key": "een-sleutel"}
                submitted = await two.post("/api/v1/respondent/submission", json={"answers": answers}, headers=key)
                retried = await one.post("/api/v1/respondent/submission", json={"answers": answers}, headers=key)
                assert submitted.status_code == retried.status_code == 201
                assert submitted.json()["submittedAt"] == retried.json()["submittedAt"]

                assert (await two.post("/api/v1/auth/logout", headers=csrf)).status_code == 204
                assert (await one.get("/api/v1/auth/me")).status_code == 401  # ended everywhere
            assert stored(first.database_url)[:1] == (1,)
        finally:
            second.stop()
