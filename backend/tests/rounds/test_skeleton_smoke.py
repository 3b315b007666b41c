import pytest

from tests.rounds.factories import cohort_with, make_published

pytestmark = pytest.mark.anyio


async def test_create_list_invite(api_as, db, org):
    client = api_as("editor")
    cohort, _people = cohort_with(db, org, 3)
    instrument = make_published(db, org)
    r = await client.post("/api/v1/rounds", json={"instrumentId": str(instrument.id), "cohortId": str(cohort.id),
                                                 "moment": "pre", "opensAt": "2027-02-15T07:00:00Z",
                                                 "closesAt": "2027-03-01T22:59:00Z"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["anonymity"] == "pseudonymous" and body["frozen"] is False
    r = await client.get("/api/v1/rounds")
    assert r.status_code == 200 and r.json()["total"] == 1
    r = await client.post(f"/api/v1/rounds/{body['id']}/invitations")
    assert r.status_code == 201, r.text
    assert r.json()["created"] == 3
    r = await client.get(f"/api/v1/rounds/{body['id']}")
    assert r.json()["completion"]["invited"] == 3, r.json()
