import uuid
from datetime import date

import pytest
from sqlmodel import select

from app.core.audit import AuditEvent
from app.stakeholders.models import EngagementStakeholder
from tests.stakeholders.factories import make_engagement, make_programme, make_stakeholder

pytestmark = pytest.mark.anyio


async def test_editor_records_an_engagement_with_who_took_part(api_as, db, org):
    programme = make_programme(db, org)
    bea, anna = make_stakeholder(db, org, name="Bea"), make_stakeholder(db, org, name="Anna")
    editor = api_as("editor")
    r = await editor.post("/api/v1/engagements", json={
        "kind": "design_session", "heldOn": "2026-02-10", "summary": "Designsessie met oud-trainees",
        "outcome": "Behoefte aan peer-to-peer leren", "programmeId": str(programme.id),
        "stakeholderIds": [str(bea.id), str(anna.id)]})
    assert r.status_code == 201, r.text
    engagement = r.json()
    assert engagement["programmeId"] == str(programme.id) and engagement["heldOn"] == "2026-02-10"
    assert [p["name"] for p in engagement["stakeholders"]] == ["Anna", "Bea"]
    assert set(engagement["stakeholderIds"]) == {str(bea.id), str(anna.id)}
    url = f"/api/v1/engagements/{engagement['id']}"
    r = await editor.patch(url, json={"stakeholderIds": [str(anna.id)]}, headers={"If-Match": '"1"'})
    assert r.status_code == 200, r.text
    assert r.json()["stakeholderIds"] == [str(anna.id)] and r.json()["version"] == 2
    r = await editor.patch(url, json={"programmeId": None, "kind": "interview"}, headers={"If-Match": '"2"'})
    assert r.status_code == 200 and r.json()["programmeId"] is None and r.json()["kind"] == "interview"
    events = db.exec(select(AuditEvent).where(AuditEvent.entity_type == "engagement")
                     .order_by(AuditEvent.occurred_at)).all()
    assert events[1].changes == {"stakeholderIds": {"from": sorted([str(bea.id), str(anna.id)]),
                                                    "to": [str(anna.id)]}}
    assert (await editor.delete(url)).status_code == 204
    assert (await editor.get(url)).status_code == 404
    assert db.exec(select(EngagementStakeholder)).all() == []
    assert (await editor.get(f"/api/v1/stakeholders/{anna.id}")).status_code == 200


async def test_another_organisations_stakeholders_and_programme_are_400_on_their_field(api_as, db, org, other_org):
    mine = make_stakeholder(db, org)
    theirs, their_programme = make_stakeholder(db, other_org), make_programme(db, other_org)
    editor = api_as("editor")
    r = await editor.post("/api/v1/engagements", json={
        "kind": "interview", "heldOn": "2026-01-05", "programmeId": str(their_programme.id),
        "stakeholderIds": [str(mine.id), str(theirs.id), str(uuid.uuid4())]})
    assert r.status_code == 400, r.text
    pointers = [e["pointer"] for e in r.json()["errors"]]
    assert pointers == ["/programmeId", "/stakeholderIds/1", "/stakeholderIds/2"]
    assert str(theirs.id) in r.text  # the caller's own input, echoed: nothing of theirs is shown
    engagement = make_engagement(db, org, stakeholders=[mine])
    r = await editor.patch(f"/api/v1/engagements/{engagement.id}", json={"stakeholderIds": [str(theirs.id)]},
                           headers={"If-Match": '"1"'})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/stakeholderIds/0"
    other = make_engagement(db, other_org, stakeholders=[theirs])
    assert (await editor.get(f"/api/v1/engagements/{other.id}")).status_code == 404
    assert (await editor.delete(f"/api/v1/engagements/{other.id}")).status_code == 404


@pytest.mark.parametrize("body", [
    {"kind": "party", "heldOn": "2026-01-05"},
    {"kind": "interview"},
    {"kind": "interview", "heldOn": "05-01-2026"},
    {"kind": "interview", "heldOn": "2026-01-05", "stakeholderIds": ["not-an-id"]},
])
async def test_invalid_engagements_are_400(api_as, body):
    r = await api_as("editor").post("/api/v1/engagements", json=body)
    assert r.status_code == 400, r.text


async def test_duplicate_participants_are_400(api_as, db, org):
    person = make_stakeholder(db, org)
    r = await api_as("editor").post("/api/v1/engagements", json={
        "kind": "interview", "heldOn": "2026-01-05", "stakeholderIds": [str(person.id), str(person.id)]})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"].startswith("/stakeholderIds")


async def test_engagements_are_listed_by_date_and_filtered(api_as, db, org, other_org):
    programme = make_programme(db, org)
    bea = make_stakeholder(db, org, name="Bea")
    make_engagement(db, org, kind="kick_off", held_on=date(2026, 9, 1), programme=programme)
    make_engagement(db, org, kind="interview", held_on=date(2026, 1, 15),
                    programme=programme, stakeholders=[bea])
    make_engagement(db, org, kind="interview", held_on=date(2026, 3, 1))
    make_engagement(db, other_org, kind="interview")
    viewer = api_as("viewer")

    async def dates(**params):
        r = await viewer.get("/api/v1/engagements", params=params)
        assert r.status_code == 200, r.text
        return [e["heldOn"] for e in r.json()["items"]]

    assert await dates() == ["2026-01-15", "2026-03-01", "2026-09-01"]
    assert await dates(programmeId=str(programme.id)) == ["2026-01-15", "2026-09-01"]
    assert await dates(stakeholderId=str(bea.id)) == ["2026-01-15"]
    assert await dates(kind="interview", sort="-heldOn") == ["2026-03-01", "2026-01-15"]
