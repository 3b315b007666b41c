"""Sessions over HTTP: standalone sessions of an intervention, their times, filters and what refers to them."""

import uuid
from datetime import date, time

import pytest
from sqlmodel import select

from app.core.audit import AuditEvent
from app.sessions.models import SessionStatus
from tests.interventions.factories import make_intervention
from tests.sessions.factories import make_person, make_session, make_trainer
from tests.stakeholders.factories import make_programme

pytestmark = pytest.mark.anyio


async def test_editor_plans_a_standalone_session_and_moves_it(api_as, db, org):
    intervention = make_intervention(db, org, title="Hostmanship in de praktijk")
    trainer = make_trainer(db, org, name="Fenna Trainer (demo)")
    editor = api_as("editor")
    r = await editor.post("/api/v1/sessions", json={
        "interventionId": str(intervention.id), "day": "2014-03-10", "startsAt": "09:00", "endsAt": "16:30",
        "location": "Stadhuis Deventer, zaal 2", "trainerId": str(trainer.id), "capacity": 16})
    assert r.status_code == 201, r.text
    session = r.json()
    assert r.headers["location"] == f"/api/v1/sessions/{session['id']}"
    assert session | {"id": None, "createdAt": None, "updatedAt": None} == {
        "id": None, "interventionId": str(intervention.id), "interventionTitle": "Hostmanship in de praktijk",
        "cohortId": None, "placementId": None, "title": "", "day": "2014-03-10", "startsAt": "09:00",
        "endsAt": "16:30", "location": "Stadhuis Deventer, zaal 2", "trainerId": str(trainer.id),
        "trainerName": "Fenna Trainer (demo)", "capacity": 16, "status": "planned", "sequence": 0,
        "attendeeCount": 0, "presentCount": 0, "notes": "", "createdAt": None, "updatedAt": None, "version": 1}

    url = f"/api/v1/sessions/{session['id']}"
    r = await editor.patch(url, json={"day": "2014-03-17", "notes": "Lunch verzorgd"}, headers={"If-Match": '"1"'})
    assert r.status_code == 200, r.text
    assert r.json()["day"] == "2014-03-17" and r.json()["sequence"] == 1 and r.json()["version"] == 2
    assert r.headers["etag"] == '"2"'
    r = await editor.patch(url, json={"trainerId": None, "startsAt": None, "endsAt": None},
                           headers={"If-Match": '"2"'})
    assert r.json()["trainerId"] is None and r.json()["startsAt"] is None and r.json()["sequence"] == 2
    events = db.exec(select(AuditEvent.action).where(AuditEvent.entity_type == "session")).all()
    assert sorted(events) == ["session.created", "session.updated", "session.updated"]
    assert (await editor.delete(url)).status_code == 204
    assert (await editor.get(url)).status_code == 404


@pytest.mark.parametrize(("starts", "ends"), [("10:00", "09:30"), ("09:00", "09:00")])
async def test_the_end_must_come_after_the_start(api_as, db, org, starts, ends):
    intervention = make_intervention(db, org)
    r = await api_as("editor").post("/api/v1/sessions", json={
        "interventionId": str(intervention.id), "day": "2014-03-10", "startsAt": starts, "endsAt": ends})
    assert r.status_code == 400, r.text
    assert [(e["pointer"], e["code"]) for e in r.json()["errors"]] == [("/endsAt", "not_after_start")]


async def test_a_patch_of_one_time_is_checked_against_the_stored_other(api_as, db, org):
    session = make_session(db, org, starts_at=time(13), ends_at=time(17))
    r = await api_as("editor").patch(f"/api/v1/sessions/{session.id}", json={"endsAt": "12:00"},
                                     headers={"If-Match": '"1"'})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/endsAt"


@pytest.mark.parametrize("value", ["9:00", "24:00", "09:60", "0900", 900, "09:00:00"])
async def test_a_time_is_hh_mm(api_as, db, org, value):
    intervention = make_intervention(db, org)
    r = await api_as("editor").post("/api/v1/sessions", json={
        "interventionId": str(intervention.id), "day": "2014-03-10", "startsAt": value})
    assert r.status_code == 400, r.text
    assert r.json()["errors"][0]["pointer"] == "/startsAt"


async def test_another_organisations_intervention_and_trainer_are_400_on_their_field(api_as, db, org, other_org):
    theirs, their_trainer = make_intervention(db, other_org), make_trainer(db, other_org)
    r = await api_as("editor").post("/api/v1/sessions", json={
        "interventionId": str(theirs.id), "day": "2014-03-10", "trainerId": str(their_trainer.id)})
    assert r.status_code == 400, r.text
    assert {(e["pointer"], e["code"]) for e in r.json()["errors"]} == {
        ("/interventionId", "unknown_reference"), ("/trainerId", "unknown_reference")}


async def test_another_organisations_session_is_404(api_as, db, other_org):
    session = make_session(db, other_org)
    editor = api_as("editor")
    assert (await editor.get(f"/api/v1/sessions/{session.id}")).status_code == 404
    assert (await editor.get("/api/v1/sessions")).json()["total"] == 0
    r = await editor.patch(f"/api/v1/sessions/{session.id}", json={"day": "2014-04-01"}, headers={"If-Match": '"1"'})
    assert r.status_code == 404


async def test_a_viewer_reads_but_does_not_plan(api_as, db, org):
    intervention = make_intervention(db, org)
    viewer = api_as("viewer")
    assert (await viewer.get("/api/v1/sessions")).status_code == 200
    r = await viewer.post("/api/v1/sessions", json={"interventionId": str(intervention.id), "day": "2014-03-10"})
    assert r.status_code == 403


async def test_the_list_filters_as_the_contract_says(api_as, db, org):
    hostmanship, zaakgericht = make_intervention(db, org), make_intervention(db, org)
    trainer, anna = make_trainer(db, org), make_person(db, org)
    programme = make_programme(db, org)
    from app.cohorts.models import Cohort
    from tests.factories import save
    cohort = save(db, Cohort(organisation_id=org.id, programme_id=programme.id, name="Traineeship 2026-A",
                             starts_on=date(2026, 9, 1)))
    march = make_session(db, org, intervention=hostmanship, day=date(2014, 3, 10), trainer_id=trainer.id,
                         attendees=[anna])
    april = make_session(db, org, intervention=hostmanship, day=date(2014, 4, 7), starts_at=time(13),
                         status=SessionStatus.held)
    early_april = make_session(db, org, intervention=zaakgericht, day=date(2014, 4, 7), starts_at=time(9))
    of_cohort = make_session(db, org, intervention=zaakgericht, day=date(2026, 9, 14), cohort_id=cohort.id)
    client = api_as("viewer")

    async def ids(**params):
        r = await client.get("/api/v1/sessions", params=params)
        assert r.status_code == 200, r.text
        return [item["id"] for item in r.json()["items"]]

    assert await ids() == [str(s.id) for s in (march, early_april, april, of_cohort)]
    assert await ids(interventionId=str(hostmanship.id)) == [str(march.id), str(april.id)]
    assert await ids(trainerId=str(trainer.id)) == [str(march.id)]
    assert await ids(personId=str(anna.id)) == [str(march.id)]
    assert await ids(cohortId=str(cohort.id)) == [str(of_cohort.id)]
    assert await ids(status="held") == [str(april.id)]
    assert await ids(**{"from": "2014-04-01", "to": "2014-04-30"}) == [str(early_april.id), str(april.id)]
    assert (await ids(sort="-day"))[0] == str(of_cohort.id) and (await ids(sort="-day"))[-1] == str(march.id)
    r = await client.get("/api/v1/sessions/months")
    assert r.json() == {"months": [{"month": "2014-03", "sessionCount": 1}, {"month": "2014-04", "sessionCount": 2},
                                   {"month": "2026-09", "sessionCount": 1}]}
    r = await client.get("/api/v1/sessions/months", params={"interventionId": str(zaakgericht.id)})
    assert [m["month"] for m in r.json()["months"]] == ["2014-04", "2026-09"]


async def test_an_intervention_with_sessions_is_not_deleted(api_as, db, org):
    intervention = make_intervention(db, org, title="Vermogen tot verbinden")
    make_session(db, org, intervention=intervention, day=date(2014, 5, 12))
    make_session(db, org, intervention=intervention, day=date(2014, 3, 3))
    editor = api_as("editor")
    r = await editor.delete(f"/api/v1/interventions/{intervention.id}")
    assert r.status_code == 409, r.text
    body = r.json()
    assert body["code"] == "intervention_has_sessions"
    assert body["params"] == {"count": 2, "names": "2014-03-03, 2014-05-12",
                              "items": ["2014-03-03", "2014-05-12"], "more": 0}
    assert "2 sessions" in body["detail"]


async def test_unknown_session_is_404(api_as):
    assert (await api_as("viewer").get(f"/api/v1/sessions/{uuid.uuid4()}")).status_code == 404
