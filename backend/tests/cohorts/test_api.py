"""Cohorts and their enrolments over HTTP."""

from datetime import date

import pytest
from sqlmodel import select

from app.core.audit import AuditEvent
from tests.cohorts.factories import make_cohort, make_enrolment, make_person, make_programme

pytestmark = pytest.mark.anyio


async def test_editor_creates_a_cohort_that_ends_after_the_programmes_duration(api_as, db, org):
    programme = make_programme(db, org, title="Traineeship Tijdreis", duration_months=18)
    editor = api_as("editor")
    r = await editor.post("/api/v1/cohorts", json={"programmeId": str(programme.id), "name": "Traineeship 2026-A",
                                                   "startsOn": "2026-09-01"})
    assert r.status_code == 201, r.text
    cohort = r.json()
    assert cohort["endsOn"] == "2028-03-01" and cohort["status"] == "planned"
    assert cohort["programmeTitle"] == "Traineeship Tijdreis" and cohort["participantCount"] == 0
    assert r.headers["location"] == f"/api/v1/cohorts/{cohort['id']}" and r.headers["etag"] == '"1"'
    r = await editor.patch(f"/api/v1/cohorts/{cohort['id']}", json={"status": "running"},
                           headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["status"] == "running" and r.json()["version"] == 2
    assert (await editor.patch(f"/api/v1/cohorts/{cohort['id']}", json={"status": "finished"},
                               headers={"If-Match": '"1"'})).status_code == 412
    assert (await editor.delete(f"/api/v1/cohorts/{cohort['id']}")).status_code == 204
    assert (await editor.get(f"/api/v1/cohorts/{cohort['id']}")).status_code == 404
    actions = set(db.exec(select(AuditEvent.action)).all())
    assert {"cohort.created", "cohort.updated", "cohort.deleted"} <= actions


async def test_an_end_date_given_is_kept_and_without_a_duration_none_is_made(api_as, db, org):
    programme = make_programme(db, org)
    editor = api_as("editor")
    r = await editor.post("/api/v1/cohorts", json={"programmeId": str(programme.id), "name": "A",
                                                   "startsOn": "2026-09-01"})
    assert r.status_code == 201 and r.json()["endsOn"] is None
    r = await editor.post("/api/v1/cohorts", json={"programmeId": str(programme.id), "name": "B",
                                                   "startsOn": "2026-09-01", "endsOn": "2026-12-01"})
    assert r.json()["endsOn"] == "2026-12-01"


async def test_the_name_is_unique_in_the_organisation(api_as, db, org, other_org):
    programme = make_programme(db, org)
    make_cohort(db, org, programme=programme, name="Traineeship 2026-A")
    make_cohort(db, other_org, name="Traineeship 2026-B")
    editor = api_as("editor")
    r = await editor.post("/api/v1/cohorts", json={"programmeId": str(programme.id), "name": "traineeship 2026-a",
                                                   "startsOn": "2026-09-01"})
    assert r.status_code == 409 and r.json()["errors"][0] == {"pointer": "/name", "detail": "Already in use.",
                                                              "code": "taken"}
    r = await editor.post("/api/v1/cohorts", json={"programmeId": str(programme.id), "name": "Traineeship 2026-B",
                                                   "startsOn": "2026-09-01"})
    assert r.status_code == 201


@pytest.mark.parametrize(("body", "pointer", "code"), [
    ({"name": ""}, "/name", "string_too_short"),
    ({"startsOn": "1 sept"}, "/startsOn", "date_parsing"),
    ({"endsOn": "2026-08-31"}, "/endsOn", "before_start"),
    ({"status": "paused"}, "/status", "enum"),
    ({"programmeId": "00000000-0000-4000-8000-000000000000"}, "/programmeId", "unknown_reference"),
    ({"surprise": 1}, "/surprise", "extra_forbidden"),
])
async def test_invalid_cohorts_are_400_on_the_field(api_as, db, org, body, pointer, code):
    programme = make_programme(db, org)
    r = await api_as("editor").post("/api/v1/cohorts", json={
        "programmeId": str(programme.id), "name": "Groep", "startsOn": "2026-09-01", **body})
    assert r.status_code == 400, r.text
    assert (r.json()["errors"][0]["pointer"], r.json()["errors"][0]["code"]) == (pointer, code)


async def test_another_organisations_programme_is_400(api_as, db, other_org):
    programme = make_programme(db, other_org)
    r = await api_as("editor").post("/api/v1/cohorts", json={"programmeId": str(programme.id), "name": "X",
                                                             "startsOn": "2026-09-01"})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/programmeId"


async def test_a_programme_with_cohorts_cannot_be_deleted(api_as, db, org):
    programme = make_programme(db, org)
    make_cohort(db, org, programme=programme, name="Traineeship 2026-A")
    r = await api_as("editor").delete(f"/api/v1/programmes/{programme.id}")
    assert r.status_code == 409
    assert r.json()["code"] == "programme_has_cohorts"
    assert r.json()["params"] == {"count": 1, "names": "Traineeship 2026-A", "items": ["Traineeship 2026-A"], "more": 0}


async def test_list_filters_counts_and_isolates(api_as, db, org, other_org, count_queries):
    tijdreis, other = make_programme(db, org), make_programme(db, org)
    a = make_cohort(db, org, programme=tijdreis, name="Tijdreis 2025-A", starts_on=date(2025, 9, 1),
                    status="running")
    b = make_cohort(db, org, programme=tijdreis, name="Tijdreis 2026-A")
    make_cohort(db, org, programme=other, name="Anders 2026-A", starts_on=date(2026, 1, 5))
    make_cohort(db, other_org, name="Elders 2026-A")
    anna = make_person(db, org, name="Anna")
    for person in [anna, make_person(db, org)]:
        make_enrolment(db, org, b, person)
    make_enrolment(db, org, b, make_person(db, org), role="coach")
    make_enrolment(db, org, a, anna, role="buddy")
    viewer = api_as("viewer")

    async def names(**params):
        r = await viewer.get("/api/v1/cohorts", params=params)
        assert r.status_code == 200, r.text
        return [c["name"] for c in r.json()["items"]]

    assert await names() == ["Tijdreis 2026-A", "Anders 2026-A", "Tijdreis 2025-A"]
    assert await names(programmeId=str(tijdreis.id)) == ["Tijdreis 2026-A", "Tijdreis 2025-A"]
    assert await names(status="running") == ["Tijdreis 2025-A"]
    assert await names(personId=str(anna.id)) == ["Tijdreis 2026-A", "Tijdreis 2025-A"]
    assert await names(q="ANDERS") == ["Anders 2026-A"]
    assert await names(sort="name") == ["Anders 2026-A", "Tijdreis 2025-A", "Tijdreis 2026-A"]
    listed = (await viewer.get("/api/v1/cohorts", params={"q": "2026-A", "programmeId": str(tijdreis.id)})).json()
    assert listed["items"][0]["participantCount"] == 2
    with count_queries() as queries:
        await viewer.get("/api/v1/cohorts")
    few = queries.n
    for _i in range(5):
        make_enrolment(db, org, make_cohort(db, org, programme=other), make_person(db, org))
    with count_queries() as queries:
        await viewer.get("/api/v1/cohorts")
    assert queries.n == few


async def test_people_are_enrolled_in_roles_once_per_cohort(api_as, db, org, other_org):
    cohort = make_cohort(db, org, starts_on=date(2026, 9, 1), ends_on=date(2028, 3, 1))
    bea, cas, dewi = (make_person(db, org, name=n, team=t) for n, t in
                      [("Bea", "Stadsbeheer"), ("Cas", "Dienstverlening"), ("Dewi", "Concern HR")])
    stranger = make_person(db, other_org)
    editor = api_as("editor")
    url = f"/api/v1/cohorts/{cohort.id}/enrolments"
    r = await editor.post(url, json={"personIds": [str(bea.id), str(cas.id)]})
    assert r.status_code == 201, r.text
    assert [(e["person"]["name"], e["role"]) for e in r.json()["items"]] == [("Bea", "participant"),
                                                                              ("Cas", "participant")]
    r = await editor.post(url, json={"personIds": [str(dewi.id)], "role": "coach", "startsOn": "2026-10-01"})
    assert r.status_code == 201 and r.json()["items"][0]["startsOn"] == "2026-10-01"
    r = await editor.post(url, json={"personIds": [str(dewi.id), str(cas.id)]})
    assert r.status_code == 409 and r.json()["code"] == "already_enrolled"
    assert [(e["pointer"], e["code"]) for e in r.json()["errors"]] == [("/personIds/0", "taken"),
                                                                       ("/personIds/1", "taken")]
    r = await editor.post(url, json={"personIds": [str(stranger.id)]})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/personIds/0"
    r = await editor.post(url, json={"personIds": [str(bea.id), str(bea.id)]})
    assert r.status_code == 400
    r = await editor.post(url, json={"personIds": [str(stranger.id)], "startsOn": "2026-08-01"})
    assert r.status_code == 400 and r.json()["errors"][0] == {
        "pointer": "/startsOn", "detail": "The date lies outside the cohort's dates.", "code": "outside_cohort"}
    r = await editor.post(url, json={"personIds": [str(bea.id)], "endsOn": "2028-04-01"})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/endsOn"

    listed = (await editor.get(url)).json()
    assert [(e["person"]["name"], e["role"]) for e in listed["items"]] == [
        ("Bea", "participant"), ("Cas", "participant"), ("Dewi", "coach")]
    assert [e["person"]["name"] for e in (await editor.get(url, params={"role": "coach"})).json()["items"]] == [
        "Dewi"]
    assert (await editor.get(f"/api/v1/cohorts/{cohort.id}")).json()["participantCount"] == 2

    cas_enrolment = listed["items"][1]
    item = f"{url}/{cas_enrolment['id']}"
    r = await editor.patch(item, json={"role": "buddy"}, headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["role"] == "buddy"
    assert (await editor.get(item)).headers["etag"] == '"2"'
    assert (await editor.delete(item)).status_code == 204
    assert (await editor.get(item)).status_code == 404
    other_cohort = make_cohort(db, org)
    assert (await editor.get(f"/api/v1/cohorts/{other_cohort.id}/enrolments/{listed['items'][0]['id']}")
            ).status_code == 404
