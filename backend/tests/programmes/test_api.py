import pytest
from sqlmodel import select

from app.core.audit import AuditEvent
from app.programmes.models import Insight, Phase, Placement, Programme, ProgrammeStep
from tests.competencies.factories import make_competency, make_framework
from tests.interventions.factories import make_intervention
from tests.programmes.factories import lines_of, make_phase, make_placement, make_programme

pytestmark = pytest.mark.anyio
STEPS = ["goal_and_constraints", "current_situation", "stakeholders", "framework", "implementation",
         "effect_measurement"]


async def test_editor_creates_a_programme_with_six_steps_and_three_learning_lines(api_as, db, org):
    profile = make_framework(db, org, name="Profiel")
    dna = make_framework(db, org, name="DNA", kind="organisation_dna")
    editor = api_as("editor")
    r = await editor.post("/api/v1/programmes", json={
        "title": "Traineeship", "purpose": "Ambtenaren van de toekomst", "durationMonths": 18,
        "storylineTitle": "Tijdreis Rotterdam", "competencyFrameworkId": str(profile.id),
        "dnaFrameworkId": str(dna.id), "constraints": ["Samenhang tussen interventies", "Echt Rotterdams"],
        "measurementMoments": ["post", "pre"], "measurementLevels": ["participant"]})
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["location"] == f"/api/v1/programmes/{body['id']}" and r.headers["etag"] == '"1"'
    assert body["status"] == "draft" and body["durationMonths"] == 18
    assert body["measurementMoments"] == ["pre", "post"]
    assert [s["step"] for s in body["steps"]] == STEPS
    assert all(s["done"] is False and s["doneBy"] is None for s in body["steps"])
    lines = (await editor.get(f"/api/v1/programmes/{body['id']}/learning-lines")).json()["items"]
    assert [(line["level"], line["label"]) for line in lines] == [
        ("self", "Ik"), ("self_and_others", "Ik en de ander"), ("self_and_organisation", "Ik en de organisatie")]
    listed = (await editor.get("/api/v1/programmes", params={"q": "trainee"})).json()
    assert listed["total"] == 1 and len(listed["items"][0]["steps"]) == 6
    assert "programme.created" in set(db.exec(select(AuditEvent.action)).all())


async def test_a_step_is_marked_done_by_who_and_when_and_bumps_the_version(api_as, db, org):
    programme = make_programme(db, org)
    editor = api_as("editor")
    url = f"/api/v1/programmes/{programme.id}/steps/goal_and_constraints"
    r = await editor.put(url, json={"notes": "Drie vragen beantwoord", "done": True})
    assert r.status_code == 428
    r = await editor.put(url, json={"notes": "Drie vragen beantwoord", "done": True}, headers={"If-Match": '"1"'})
    assert r.status_code == 200, r.text
    step = r.json()["steps"][0]
    assert step["done"] and step["notes"] == "Drie vragen beantwoord" and step["doneAt"]
    assert step["doneBy"] == {"id": str(editor.user.id), "name": editor.user.name}
    assert r.headers["etag"] == '"2"' and r.json()["version"] == 2
    r = await editor.put(url, json={"notes": "", "done": False}, headers={"If-Match": '"1"'})
    assert r.status_code == 412
    r = await editor.put(url, json={"notes": "", "done": False}, headers={"If-Match": '"2"'})
    assert r.json()["steps"][0]["done"] is False and r.json()["steps"][0]["doneBy"] is None
    r = await editor.put(f"/api/v1/programmes/{programme.id}/steps/nope", json={"notes": "", "done": False},
                         headers={"If-Match": '"3"'})
    assert r.status_code == 404
    viewer = api_as("viewer")
    assert (await viewer.put(url, json={"notes": "", "done": True}, headers={"If-Match": "*"})).status_code == 403


async def test_titles_are_unique_and_frameworks_must_be_of_the_right_kind(api_as, db, org, other_org):
    make_programme(db, org, title="Traineeship")
    profile = make_framework(db, org, name="Profiel")
    dna = make_framework(db, org, name="DNA", kind="organisation_dna")
    elsewhere = make_framework(db, other_org, name="Elders")
    editor = api_as("editor")
    r = await editor.post("/api/v1/programmes", json={"title": "TRAINEESHIP"})
    assert r.status_code == 409 and r.json()["errors"][0]["pointer"] == "/title"
    r = await editor.post("/api/v1/programmes", json={"title": "B", "competencyFrameworkId": str(dna.id)})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/competencyFrameworkId"
    assert r.json()["errors"][0]["code"] == "wrong_kind"
    r = await editor.post("/api/v1/programmes", json={"title": "B", "dnaFrameworkId": str(profile.id)})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/dnaFrameworkId"
    r = await editor.post("/api/v1/programmes", json={"title": "B", "competencyFrameworkId": str(elsewhere.id)})
    assert r.status_code == 400 and r.json()["errors"][0]["code"] == "unknown_reference"
    r = await editor.post("/api/v1/programmes", json={"title": "B", "measurementLevels": ["city"]})
    assert r.status_code == 400
    r = await editor.post("/api/v1/programmes", json={"title": "B", "measurementMoments": ["pre", "pre"]})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/measurementMoments"
    r = await editor.post("/api/v1/programmes", json={"title": "B", "constraints": ["x" * 501]})
    assert r.status_code == 400
    r = await editor.post("/api/v1/programmes", json={"title": "B", "constraints": ["x"] * 51})
    assert r.status_code == 400
    created = (await editor.post("/api/v1/programmes", json={"title": "B"})).json()
    r = await editor.patch(f"/api/v1/programmes/{created['id']}", json={"title": "Traineeship"},
                           headers={"If-Match": '"1"'})
    assert r.status_code == 409
    r = await editor.patch(f"/api/v1/programmes/{created['id']}",
                           json={"competencyFrameworkId": str(profile.id), "status": "active",
                                 "learningMaterials": ["Ontwikkelgids", "Audiotour"]}, headers={"If-Match": '"1"'})
    assert r.status_code == 200, r.text
    assert r.json()["competencyFrameworkId"] == str(profile.id) and r.json()["learningMaterials"][1] == "Audiotour"
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "programme.updated")).one()
    assert event.changes["learningMaterials"] == {"from": [], "to": ["Ontwikkelgids", "Audiotour"]}
    r = await editor.delete(f"/api/v1/competency-frameworks/{profile.id}")
    assert r.status_code == 409 and r.json()["detail"].startswith("This framework is used by 1 programme: B.")
    assert r.json()["code"] == "framework_of_programmes"
    assert r.json()["params"] == {"count": 1, "names": "B", "items": ["B"], "more": 0}
    r = await editor.patch(f"/api/v1/programmes/{created['id']}", json={"competencyFrameworkId": None},
                           headers={"If-Match": '"2"'})
    assert r.status_code == 200 and r.json()["competencyFrameworkId"] is None
    assert (await editor.delete(f"/api/v1/competency-frameworks/{profile.id}")).status_code == 204


async def test_insights_belong_to_a_programme_of_yours(api_as, db, org, other_org):
    programme = make_programme(db, org)
    theirs = make_programme(db, other_org)
    editor = api_as("editor")
    r = await editor.post("/api/v1/insights", json={"programmeId": str(theirs.id), "kind": "challenge",
                                                    "title": "Geen rode draad"})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/programmeId"
    r = await editor.post("/api/v1/insights", json={"programmeId": str(programme.id), "kind": "challenge",
                                                    "source": "former_participants", "title": "Geen rode draad"})
    assert r.status_code == 201, r.text
    await editor.post("/api/v1/insights", json={"programmeId": str(programme.id), "kind": "need",
                                                "title": "Leren van elkaar"})
    listed = (await editor.get("/api/v1/insights", params={"programmeId": str(programme.id),
                                                           "kind": "challenge"})).json()
    assert [i["title"] for i in listed["items"]] == ["Geen rode draad"]
    insight = r.json()
    r = await editor.patch(f"/api/v1/insights/{insight['id']}", json={"kind": "opportunity"},
                           headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["kind"] == "opportunity"
    assert (await editor.delete(f"/api/v1/insights/{insight['id']}")).status_code == 204


async def test_phases_are_ordered_and_focus_on_your_competencies(api_as, db, org, other_org):
    programme = make_programme(db, org)
    framework = make_framework(db, org)
    verbindend, omgevingsbewust = make_competency(db, framework, name="Verbindend"), make_competency(
        db, framework, name="Omgevingsbewust")
    theirs = make_competency(db, make_framework(db, other_org))
    editor = api_as("editor")
    base = f"/api/v1/programmes/{programme.id}/phases"
    r = await editor.post(base, json={"title": "Verleden", "subTheme": "Waar kom ik vandaan", "startMonth": 1,
                                      "lengthMonths": 6, "competencyIds": [str(verbindend.id)]})
    assert r.status_code == 201, r.text
    first = r.json()
    assert r.headers["location"] == f"{base}/{first['id']}" and first["competencyIds"] == [str(verbindend.id)]
    assert first["weeks"] == 26
    r = await editor.post(base, json={"title": "Heden", "position": 0,
                                      "competencyIds": [str(omgevingsbewust.id), str(theirs.id)]})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/competencyIds/1"
    r = await editor.post(base, json={"title": "Heden", "position": 0})
    assert r.status_code == 201 and r.json()["position"] == 0
    listed = (await editor.get(base)).json()["items"]
    assert [(p["title"], p["position"]) for p in listed] == [("Heden", 0), ("Verleden", 1)]
    r = await editor.patch(f"{base}/{first['id']}", json={"competencyIds": [str(omgevingsbewust.id)]},
                           headers={"If-Match": f'"{listed[1]["version"]}"'})
    assert r.status_code == 200, r.text
    assert r.json()["competencyIds"] == [str(omgevingsbewust.id)] and r.json()["version"] > listed[1]["version"]
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "phase.updated")
                    .order_by(AuditEvent.occurred_at.desc())).first()
    assert event.changes["competencyIds"] == {"from": [str(verbindend.id)], "to": [str(omgevingsbewust.id)]}
    # a competency in focus cannot be deleted; nor its framework
    r = await editor.delete(f"/api/v1/competencies/{omgevingsbewust.id}")
    assert r.status_code == 409 and programme.title in r.json()["detail"]
    assert (await editor.delete(f"/api/v1/competency-frameworks/{framework.id}")).status_code == 409
    assert (await editor.delete(f"{base}/{first['id']}")).status_code == 204
    assert (await editor.delete(f"/api/v1/competencies/{omgevingsbewust.id}")).status_code == 204
    other = make_programme(db, org)
    assert (await editor.get(f"/api/v1/programmes/{other.id}/phases/{listed[0]['id']}")).status_code == 404


async def test_placements_stay_within_their_programme(api_as, db, org, other_org):
    programme, other = make_programme(db, org), make_programme(db, org)
    phase, foreign_phase = make_phase(db, org, programme, length_months=6), make_phase(db, org, other)
    line, foreign_line = lines_of(db, programme)[0], lines_of(db, other)[0]
    coaching = make_intervention(db, org, "Coaching")
    theirs = make_intervention(db, other_org, "Elders")
    editor = api_as("editor")
    base = f"/api/v1/programmes/{programme.id}/placements"
    body = {"phaseId": str(phase.id), "learningLineId": str(line.id), "interventionId": str(coaching.id),
            "kolbPhase": "concrete_experience", "weekOffset": 2, "durationHours": "1.5"}
    for field, value, pointer in [("phaseId", foreign_phase.id, "/phaseId"),
                                  ("learningLineId", foreign_line.id, "/learningLineId"),
                                  ("interventionId", theirs.id, "/interventionId"),
                                  ("weekOffset", 26, "/weekOffset")]:
        r = await editor.post(base, json={**body, field: value if isinstance(value, int) else str(value)})
        assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == pointer, r.text
    r = await editor.post(base, json={k: v for k, v in body.items() if k != "kolbPhase"})
    assert r.status_code == 400
    r = await editor.post(base, json=body)
    assert r.status_code == 201, r.text
    placement = r.json()
    assert placement["durationHours"] == "1.50" and placement["weekOffset"] == 2
    second_line = lines_of(db, programme)[1]
    r = await editor.patch(f"{base}/{placement['id']}", json={"learningLineId": str(second_line.id), "weekOffset": 25},
                           headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["learningLineId"] == str(second_line.id)
    r = await editor.patch(f"{base}/{placement['id']}", json={"phaseId": str(foreign_phase.id)},
                           headers={"If-Match": '"2"'})
    assert r.status_code == 400
    r = await editor.delete(f"/api/v1/interventions/{coaching.id}")
    assert r.status_code == 409 and programme.title in r.json()["detail"]
    assert (await editor.delete(f"{base}/{placement['id']}")).status_code == 204
    assert (await editor.delete(f"/api/v1/interventions/{coaching.id}")).status_code == 204
    assert (await editor.get(f"/api/v1/programmes/{other.id}/placements/{placement['id']}")).status_code == 404


async def test_deleting_a_programme_deletes_its_framework(api_as, db, org):
    programme = make_programme(db, org)
    phase = make_phase(db, org, programme)
    make_placement(db, org, programme, phase, lines_of(db, programme)[0], make_intervention(db, org))
    db.add(Insight(organisation_id=org.id, programme_id=programme.id, kind="need", title="x"))
    db.flush()
    editor = api_as("editor")
    assert (await editor.delete(f"/api/v1/programmes/{programme.id}")).status_code == 204
    db.expire_all()
    for model in (Programme, ProgrammeStep, Insight, Phase, Placement):
        assert db.exec(select(model)).all() == [], model
