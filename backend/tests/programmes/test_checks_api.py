"""The principle checks over HTTP: the report's shape, ticking and unticking the checklist (who, when, audited),
roles, another organisation's programme, and a constant number of queries whatever the programme's size."""

import pytest
from sqlalchemy import select

from app.core.audit import AuditEvent
from app.programmes.models import PrincipleConfirmation
from app.programmes.principles import CHECKLIST, Principle
from tests.programmes.factories_checks import designed, make_programme

pytestmark = pytest.mark.anyio


def url(programme, item: str | None = None) -> str:
    base = f"/api/v1/programmes/{programme.id}/principle-checks"
    return f"{base}/items/{item}" if item else base


async def test_the_report_lists_the_seven_principles_in_the_guides_order(api_as, db, org):
    programme = make_programme(db, org, title="Tijdreis Rotterdam")
    r = await api_as("viewer").get(url(programme))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["programmeId"] == str(programme.id)
    assert [c["principle"] for c in body["checks"]] == [p.value for p in Principle]
    story = body["checks"][6]
    assert story["status"] == "warn"
    assert story["reasons"] == [{
        "code": "storyline_missing", "status": "warn", "message": "The storyline has no title and no narrative yet.",
        "params": {"missing": ["title", "narrative"]},
        "fix": {"step": "framework", "field": "storylineTitle", "phaseId": None, "learningLineId": None,
                "competencyId": None}}]
    assert story["fix"]["field"] == "storylineTitle"
    assert story["items"] == [{"item": "storyline_everywhere", "principle": "storyline_learning",
                               "label": CHECKLIST[Principle.storyline_learning][0][1], "confirmed": False,
                               "confirmedAt": None, "confirmedBy": None, "note": ""}]
    assert body["summary"] == {"pass": 0, "warn": 6, "manual": 1}  # user-centred design: only its checklist


async def test_ticking_records_who_and_when_and_turns_a_manual_principle_into_pass(api_as, db, org):
    programme = make_programme(db, org)
    editor = api_as("editor")
    r = await editor.put(url(programme, "participants_interviewed"), json={"note": "Acht gesprekken"})
    assert r.status_code == 200, r.text
    ticked = r.json()
    assert ticked["confirmed"] and ticked["note"] == "Acht gesprekken" and ticked["principle"] == "user_centred_design"
    assert ticked["confirmedBy"] == {"id": str(editor.user.id), "name": editor.user.name}
    user_centred = (await editor.get(url(programme))).json()["checks"][1]
    assert user_centred["status"] == "manual"  # one of its two items is still open
    await editor.put(url(programme, "needs_shape_themes"), json={})
    report = (await editor.get(url(programme))).json()
    assert report["checks"][1]["status"] == "pass" and report["summary"]["pass"] == 1
    assert [i["confirmed"] for i in report["checks"][1]["items"]] == [True, True]

    # ticking again keeps who ticked it first and when, and changes the note
    again = await api_as("admin").put(url(programme, "participants_interviewed"), json={"note": "Tien gesprekken"})
    assert again.json()["confirmedBy"]["id"] == str(editor.user.id)
    assert again.json()["confirmedAt"] == ticked["confirmedAt"] and again.json()["note"] == "Tien gesprekken"

    assert (await editor.delete(url(programme, "participants_interviewed"))).status_code == 204
    assert (await editor.delete(url(programme, "participants_interviewed"))).status_code == 204  # already unticked
    after = (await editor.get(url(programme))).json()["checks"][1]
    assert after["status"] == "manual" and after["items"][0]["confirmed"] is False
    actions = [e.action for e in db.scalars(select(AuditEvent).where(AuditEvent.entity_type == "principle_confirmation")
                                            .order_by(AuditEvent.occurred_at))]
    assert sorted(actions) == sorted(["principle_confirmation.created", "principle_confirmation.created",
                                      "principle_confirmation.updated", "principle_confirmation.deleted"])


async def test_a_designed_programme_passes_once_every_item_is_ticked(api_as, db, org):
    programme = designed(db, org).programme
    editor = api_as("editor")
    for items in CHECKLIST.values():
        for item, _label in items:
            assert (await editor.put(url(programme, item.value), json={"note": ""})).status_code == 200
    report = (await editor.get(url(programme))).json()
    assert report["summary"] == {"pass": 7, "warn": 0, "manual": 0}


async def test_an_unknown_item_is_404(api_as, db, org):
    programme = make_programme(db, org)
    editor = api_as("editor")
    r = await editor.put(url(programme, "made_up"), json={})
    assert r.status_code == 404 and r.json()["detail"] == "There is no checklist item 'made_up'."
    assert (await editor.delete(url(programme, "made_up"))).status_code == 404


async def test_viewers_read_the_checks_but_do_not_tick(api_as, db, org):
    programme = make_programme(db, org)
    viewer = api_as("viewer")
    assert (await viewer.get(url(programme))).status_code == 200
    assert (await viewer.put(url(programme, "rhythm_shared"), json={})).status_code == 403
    assert (await viewer.delete(url(programme, "rhythm_shared"))).status_code == 403
    assert db.scalar(select(PrincipleConfirmation).where(PrincipleConfirmation.programme_id == programme.id)) is None


async def test_another_organisations_programme_is_404(api_as, db, org, other_org):
    theirs = designed(db, other_org).programme
    editor = api_as("admin")
    for method, path in (("GET", url(theirs)), ("PUT", url(theirs, "rhythm_shared")),
                         ("DELETE", url(theirs, "rhythm_shared"))):
        r = await editor.request(method, path, json={} if method == "PUT" else None)
        assert r.status_code == 404, (method, r.text)
        assert str(theirs.id) not in r.text or method != "GET"
    assert db.scalar(select(PrincipleConfirmation).where(PrincipleConfirmation.programme_id == theirs.id)) is None


async def test_the_checks_cost_the_same_queries_for_a_small_and_a_large_programme(api_as, db, org, count_queries):
    small = designed(db, org, phases=1, placements_per_phase=4).programme
    large = designed(db, org, phases=6, placements_per_phase=30).programme
    editor = api_as("editor")
    for items in CHECKLIST.values():
        for item, _label in items:
            await editor.put(url(large, item.value), json={})
    await editor.put(url(small, "rhythm_shared"), json={})  # one tick: its user's name is read as for many
    await editor.get(url(small))  # the session lookup warms up alike for both
    with count_queries() as few:
        assert (await editor.get(url(small))).status_code == 200
    with count_queries() as many:
        r = await editor.get(url(large))
    assert r.json()["summary"]["manual"] == 0
    assert many.n == few.n <= 15
