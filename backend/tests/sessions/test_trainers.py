"""Trainers and closing days over HTTP."""

import uuid
from datetime import date

import pytest

from tests.sessions.factories import make_closing_day, make_session, make_trainer

pytestmark = pytest.mark.anyio


async def test_editor_keeps_trainers_with_a_unique_name(api_as, db, org):
    editor = api_as("editor")
    r = await editor.post("/api/v1/trainers", json={"name": "Ruud Trainer (demo)", "company": "Bureau Samen"})
    assert r.status_code == 201, r.text
    trainer = r.json()
    assert trainer["sessionCount"] == 0 and trainer["email"] == ""
    r = await editor.post("/api/v1/trainers", json={"name": "ruud trainer (demo)"})
    assert r.status_code == 409 and r.json()["errors"][0]["pointer"] == "/name"
    make_session(db, org, trainer_id=uuid.UUID(trainer["id"]))
    r = await editor.get("/api/v1/trainers", params={"q": "samen"})
    assert [(t["name"], t["sessionCount"]) for t in r.json()["items"]] == [("Ruud Trainer (demo)", 1)]
    url = f"/api/v1/trainers/{trainer['id']}"
    r = await editor.patch(url, json={"email": "ruud@example.org"}, headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["email"] == "ruud@example.org"


async def test_deleting_a_trainer_keeps_their_sessions_with_a_new_sequence(api_as, db, org):
    trainer = make_trainer(db, org)
    session = make_session(db, org, trainer_id=trainer.id)
    editor = api_as("editor")
    assert (await editor.delete(f"/api/v1/trainers/{trainer.id}")).status_code == 204
    r = await editor.get(f"/api/v1/sessions/{session.id}")
    assert r.json()["trainerId"] is None and r.json()["sequence"] == 1


async def test_another_organisations_trainer_is_404(api_as, db, other_org):
    trainer = make_trainer(db, other_org)
    editor = api_as("editor")
    assert (await editor.get(f"/api/v1/trainers/{trainer.id}")).status_code == 404
    assert (await editor.delete(f"/api/v1/trainers/{trainer.id}")).status_code == 404
    assert (await editor.get("/api/v1/trainers")).json()["total"] == 0


async def test_closing_days_are_unique_and_listed_by_day(api_as, db, org, other_org):
    make_closing_day(db, other_org, day=date(2026, 12, 24))
    editor = api_as("editor")
    r = await editor.post("/api/v1/closing-days", json={"day": "2026-12-31", "label": "Kerstsluiting"})
    assert r.status_code == 201, r.text
    r = await editor.post("/api/v1/closing-days", json={"day": "2026-12-24", "label": "Kerstsluiting"})
    assert r.status_code == 201, r.text  # another organisation's day does not clash
    r = await editor.post("/api/v1/closing-days", json={"day": "2026-12-24"})
    assert r.status_code == 409 and r.json()["errors"][0] == {
        "pointer": "/day", "detail": "Already a closing day.", "code": "taken"}
    r = await editor.get("/api/v1/closing-days")
    assert [d["day"] for d in r.json()["items"]] == ["2026-12-24", "2026-12-31"]
    r = await editor.get("/api/v1/closing-days", params={"from": "2026-12-25", "to": "2027-01-02"})
    assert [d["day"] for d in r.json()["items"]] == ["2026-12-31"]
    day = r.json()["items"][0]
    r = await editor.patch(f"/api/v1/closing-days/{day['id']}", json={"day": "2026-12-24"},
                           headers={"If-Match": '"1"'})
    assert r.status_code == 409
    r = await editor.patch(f"/api/v1/closing-days/{day['id']}", json={"label": "Oudjaarsdag"},
                           headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["label"] == "Oudjaarsdag"
    assert (await editor.delete(f"/api/v1/closing-days/{day['id']}")).status_code == 204


async def test_days_between_reads_the_organisations_closing_days(db, org, other_org):
    from app.sessions.closing_days import days_between
    from tests.factories import make_scope
    make_closing_day(db, org, day=date(2026, 12, 24))
    make_closing_day(db, org, day=date(2027, 1, 2))
    make_closing_day(db, org, day=date(2027, 1, 4))
    make_closing_day(db, other_org, day=date(2026, 12, 28))
    assert days_between(db, make_scope(org), date(2026, 12, 24), date(2027, 1, 2)) == {date(2026, 12, 24),
                                                                                      date(2027, 1, 2)}
