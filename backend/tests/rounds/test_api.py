"""Rounds over HTTP: create, read, change, delete, the freeze once people are invited, the published instrument,
the state from the clock, isolation and a list whose cost does not grow with the page."""

from datetime import UTC, date, datetime, timedelta

import pytest

from app.sessions.models import SessionStatus
from tests.rounds.factories import cohort_with, make_cohort, make_instrument, make_published, make_round, make_session

pytestmark = pytest.mark.anyio

OPENS, CLOSES = "2027-02-15T07:00:00Z", "2027-03-01T22:59:00+00:00"


def body_for(instrument, cohort=None, session=None, **values):
    body = {"instrumentId": str(instrument.id), "moment": "pre", "opensAt": OPENS, "closesAt": CLOSES}
    if cohort is not None:
        body["cohortId"] = str(cohort.id)
    if session is not None:
        body["sessionId"] = str(session.id)
        body["moment"] = "evaluation"
    return body | values


async def test_a_round_is_created_read_changed_and_deleted(api_as, db, org):
    client = api_as("editor")
    cohort, _ = cohort_with(db, org, 2, name="Traineeship 2027-A")
    instrument = make_published(db, org, title="Effectmeting traineeship")
    r = await client.post("/api/v1/rounds", json=body_for(instrument, cohort, message="Graag voor vrijdag."))
    assert r.status_code == 201, r.text
    created = r.json()
    assert r.headers["location"] == f"/api/v1/rounds/{created['id']}" and r.headers["etag"]
    assert created["title"] == "Effectmeting traineeship" and created["ownTitle"] == ""
    assert created["subjectName"] == "Traineeship 2027-A" and created["instrumentVersion"] == 1
    assert created["anonymity"] == "pseudonymous" and created["language"] == "nl"
    assert created["completion"] == {"invited": 0, "pending": 0, "sent": 0, "opened": 0, "completed": 0,
                                     "rate": None}
    assert created["frozen"] is False and created["state"] == "planned"
    assert datetime.fromisoformat(created["opensAt"]) == datetime(2027, 2, 15, 7, tzinfo=UTC)

    r = await client.patch(f"/api/v1/rounds/{created['id']}", json={"title": "Voormeting", "anonymity": "named"},
                           headers={"If-Match": r.headers["etag"]})
    assert r.status_code == 200, r.text
    assert r.json()["title"] == "Voormeting" and r.json()["anonymity"] == "named"

    listed = (await client.get("/api/v1/rounds", params={"cohortId": str(cohort.id)})).json()
    assert [item["id"] for item in listed["items"]] == [created["id"]]
    assert (await client.delete(f"/api/v1/rounds/{created['id']}")).status_code == 204
    assert (await client.get(f"/api/v1/rounds/{created['id']}")).status_code == 404


async def test_a_session_evaluation_is_anonymous_by_default_and_named_after_the_session(api_as, db, org):
    client = api_as("editor")
    session = make_session(db, org, title="Training gespreksvaardigheden", day=date(2027, 3, 10))
    r = await client.post("/api/v1/rounds", json=body_for(make_published(db, org), session=session))
    assert r.status_code == 201, r.text
    assert r.json()["anonymity"] == "anonymous"
    assert r.json()["subjectName"] == "Training gespreksvaardigheden 10-03-2027"


async def test_a_draft_instrument_cannot_be_given(api_as, db, org):
    client = api_as("editor")
    r = await client.post("/api/v1/rounds", json=body_for(make_instrument(db, org), make_cohort(db, org)))
    assert r.status_code == 409 and r.json()["code"] == "instrument_not_published"


@pytest.mark.parametrize(("change", "pointer"), [
    ({"moment": "evaluation"}, "/moment"),
    ({"closesAt": OPENS}, "/closesAt"),
    ({"cohortId": None}, "/cohortId"),
    ({"opensAt": "2027-02-15T07:00:00"}, "/opensAt"),  # no offset
    ({"anonymity": "secret"}, "/anonymity"),
])
async def test_bad_input_is_a_400_on_the_field_and_writes_nothing(api_as, db, org, change, pointer):
    client = api_as("editor")
    r = await client.post("/api/v1/rounds", json=body_for(make_published(db, org), make_cohort(db, org)) | change)
    assert r.status_code == 400, r.text
    assert pointer in [error["pointer"] for error in r.json()["errors"]]
    assert (await client.get("/api/v1/rounds")).json()["total"] == 0


async def test_a_session_round_is_an_evaluation_and_one_subject_only(api_as, db, org):
    client = api_as("editor")
    instrument, session, cohort = make_published(db, org), make_session(db, org), make_cohort(db, org)
    r = await client.post("/api/v1/rounds", json=body_for(instrument, session=session) | {"moment": "post"})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/moment"
    r = await client.post("/api/v1/rounds", json=body_for(instrument, cohort, session=session))
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/cohortId"


async def test_another_organisations_rows_are_404_or_400(api_as, db, org, other_org):
    client = api_as("editor")
    theirs = make_round(db, other_org)
    for method in ("get", "delete"):
        assert (await client.request(method, f"/api/v1/rounds/{theirs.id}")).status_code == 404
    assert (await client.post(f"/api/v1/rounds/{theirs.id}/invitations")).status_code == 404
    assert (await client.get(f"/api/v1/rounds/{theirs.id}/invitations")).status_code == 404
    assert (await client.get("/api/v1/rounds")).json()["total"] == 0
    r = await client.post("/api/v1/rounds", json=body_for(make_published(db, other_org), make_cohort(db, org)))
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/instrumentId"
    r = await client.post("/api/v1/rounds", json=body_for(make_published(db, org), make_cohort(db, other_org)))
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/cohortId"


async def test_a_viewer_reads_but_does_not_write(api_as, db, org):
    client = api_as("viewer")
    make_round(db, org)
    assert (await client.get("/api/v1/rounds")).json()["total"] == 1
    r = await client.post("/api/v1/rounds", json=body_for(make_published(db, org), make_cohort(db, org)))
    assert r.status_code == 403


async def test_once_people_are_invited_instrument_subject_and_anonymity_are_frozen(api_as, db, org):
    client = api_as("editor")
    cohort, _ = cohort_with(db, org, 2)
    round_ = make_round(db, org, cohort=cohort)
    assert (await client.post(f"/api/v1/rounds/{round_.id}/invitations")).status_code == 201
    read = await client.get(f"/api/v1/rounds/{round_.id}")
    assert read.json()["frozen"] is True
    for change in ({"anonymity": "named"}, {"instrumentId": str(make_published(db, org).id)},
                   {"cohortId": str(make_cohort(db, org).id)}):
        r = await client.patch(f"/api/v1/rounds/{round_.id}", json=change, headers={"If-Match": read.headers["etag"]})
        assert r.status_code == 409 and r.json()["code"] == "round_has_invitations", change
    later = (datetime.now(UTC) + timedelta(days=30)).isoformat()
    r = await client.patch(f"/api/v1/rounds/{round_.id}", json={"closesAt": later, "title": "Nieuw", "message": "Hoi",
                                                                "anonymity": "pseudonymous"},
                           headers={"If-Match": read.headers["etag"]})
    assert r.status_code == 200, r.text
    assert r.json()["title"] == "Nieuw"
    assert datetime.fromisoformat(r.json()["closesAt"]) == datetime.fromisoformat(later)


async def test_a_round_with_responses_cannot_be_deleted(api_as, db, org):
    from sqlalchemy import select

    from app.rounds.models import Invitation, InvitationStatus
    client = api_as("editor")
    cohort, _ = cohort_with(db, org, 2)
    round_ = make_round(db, org, cohort=cohort)
    await client.post(f"/api/v1/rounds/{round_.id}/invitations")
    invitation = db.scalars(select(Invitation).where(Invitation.round_id == round_.id)).first()
    invitation.status = InvitationStatus.completed
    db.add(invitation)
    db.flush()
    r = await client.delete(f"/api/v1/rounds/{round_.id}")
    assert r.status_code == 409 and r.json()["code"] == "round_has_responses"
    assert (await client.get(f"/api/v1/rounds/{round_.id}")).json()["completion"]["completed"] == 1


async def test_the_state_follows_the_clock_and_filters_the_list(api_as, db, org):
    client = api_as("viewer")
    now = datetime.now(UTC)
    planned = make_round(db, org, opens_at=now + timedelta(days=1))
    opened = make_round(db, org, opens_at=now - timedelta(days=1))
    closed = make_round(db, org, opens_at=now - timedelta(days=30), closes_at=now - timedelta(days=1))
    for state, round_ in (("planned", planned), ("open", opened), ("closed", closed)):
        body = (await client.get("/api/v1/rounds", params={"state": state})).json()
        assert [item["id"] for item in body["items"]] == [str(round_.id)], state
        assert body["items"][0]["state"] == state


async def test_completion_is_counted_per_round(api_as, db, org):
    client = api_as("editor")
    cohort, _ = cohort_with(db, org, 4)
    first, second = make_round(db, org, cohort=cohort), make_round(db, org, cohort=cohort)
    await client.post(f"/api/v1/rounds/{first.id}/invitations")
    items = {item["id"]: item["completion"] for item in (await client.get("/api/v1/rounds")).json()["items"]}
    assert items[str(first.id)] == {"invited": 4, "pending": 4, "sent": 0, "opened": 0, "completed": 0, "rate": 0.0}
    assert items[str(second.id)]["invited"] == 0 and items[str(second.id)]["rate"] is None


async def test_the_list_does_not_grow_with_the_page(api_as, db, org, count_queries):
    client = api_as("viewer")

    def grow(n: int) -> None:
        for i in range(n):
            cohort, _ = cohort_with(db, org, 1)
            make_round(db, org, cohort=cohort)
            make_round(db, org, session=make_session(db, org, status=SessionStatus.held), title=f"R{i}")

    grow(1)
    await client.get("/api/v1/rounds")
    with count_queries() as small:
        assert (await client.get("/api/v1/rounds", params={"pageSize": 200})).status_code == 200
    grow(20)
    with count_queries() as large:
        body = (await client.get("/api/v1/rounds", params={"pageSize": 200})).json()
    assert len(body["items"]) == 42
    assert large.n == small.n
