"""Rotterdam's traineeship read back through the API, as a first-time user meets it: the programme with its steps,
the framework grid, and the principle checks, which warn about the one gap the demo leaves (half year 3 has no
reflection on the "Ik" line yet) and pass once the third audio walk is placed there."""

import pytest
from sqlmodel import Session, select

from app.demo import rotterdam as rotterdam_demo
from app.interventions.models import Intervention
from app.programmes.models import Programme
from tests import factories

pytestmark = pytest.mark.anyio


@pytest.fixture
def rotterdam(db: Session):
    organisation = factories.make_organisation(db, "Gemeente Rotterdam (test)")
    adviser = factories.make_user(db, organisation, role="editor")
    rotterdam_demo.load(db, organisation.id)
    db.flush()
    programme = db.exec(select(Programme).where(Programme.organisation_id == organisation.id)).one()
    return organisation, adviser, programme


def _by(rows: list[dict], key: str) -> dict:
    return {row[key]: row for row in rows}


async def test_the_traineeship_reads_back_with_its_steps(api_as, rotterdam):
    organisation, adviser, programme = rotterdam
    client = api_as("viewer", organisation=organisation)
    r = await client.get("/api/v1/programmes", params={"q": "Tijdreis"})
    assert r.status_code == 200, r.text
    assert [p["title"] for p in r.json()["items"]] == ["Traineeship Tijdreis Rotterdam"]
    r = await client.get(f"/api/v1/programmes/{programme.id}")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["storylineTitle"] == "Tijdreis Rotterdam" and body["durationMonths"] == 18
    assert [s["done"] for s in body["steps"]] == [True, True, True, False, False, False]
    assert body["steps"][0]["doneBy"] == {"id": str(adviser.id), "name": adviser.name}
    assert body["measurementMoments"] == ["pre", "after_week_1", "midway", "post"]


async def test_the_framework_grid_is_three_half_years_by_three_learning_lines(api_as, rotterdam):
    organisation, _, programme = rotterdam
    r = await api_as("viewer", organisation=organisation).get(f"/api/v1/programmes/{programme.id}/framework")
    assert r.status_code == 200, r.text
    grid = r.json()
    assert [p["title"] for p in grid["phases"]] == ["Halfjaar 1: Verleden", "Halfjaar 2: Heden",
                                                    "Halfjaar 3: Toekomst"]
    assert [line["label"] for line in grid["learningLines"]] == ["Ik", "Ik en de ander", "Ik en de stad / de gemeente"]
    assert len(grid["placements"]) == 35
    assert all(len(p["competencies"]) == 3 for p in grid["phases"])
    balance = [p["kolbBalance"] for p in grid["phases"]]
    assert all(b["reflectiveObservation"] > 0 for b in balance[:2]) and balance[2]["reflectiveObservation"] == 0
    mix = grid["mix"]
    assert mix["workplace"]["share"] > 0.5 and mix["unknown"]["count"] == 0  # most of it in the trainees' own work


async def test_the_checks_warn_that_half_year_3_misses_its_reflection_and_pass_the_rest(api_as, rotterdam):
    organisation, _, programme = rotterdam
    r = await api_as("viewer", organisation=organisation).get(f"/api/v1/programmes/{programme.id}/principle-checks")
    assert r.status_code == 200, r.text
    report = r.json()
    checks = _by(report["checks"], "principle")
    assert {name: c["status"] for name, c in checks.items()} == {
        "organisational_context": "pass", "user_centred_design": "pass", "educational_theory": "warn",
        "learning_ecosystem": "warn", "fixed_rhythm": "manual", "structured_design_process": "manual",
        "storyline_learning": "pass"}
    assert report["summary"] == {"pass": 3, "warn": 2, "manual": 2}

    warned = [(c["principle"], reason) for c in report["checks"] for reason in c["reasons"]
              if reason["status"] == "warn"]
    assert [(principle, reason["code"], reason["params"]) for principle, reason in warned] == [
        ("educational_theory", "kolb_incomplete",
         {"phase": "Halfjaar 3: Toekomst", "missing": ["reflective_observation"]}),
        ("learning_ecosystem", "line_unused", {"phase": "Halfjaar 3: Toekomst", "line": "Ik"}),
    ]
    phase_3 = warned[0][1]["fix"]["phaseId"]
    assert warned[0][1]["fix"]["step"] == "framework" and warned[1][1]["fix"]["phaseId"] == phase_3
    # the ticks the programme team set are shown with who and when; the rhythm is shared at the onboarding, later
    assert all(item["confirmed"] for item in checks["user_centred_design"]["items"])
    assert not any(item["confirmed"] for item in checks["fixed_rhythm"]["items"])


async def test_placing_the_third_audio_walk_on_the_ik_line_turns_both_warnings_to_pass(api_as, db, rotterdam):
    organisation, adviser, programme = rotterdam
    client = api_as(user=adviser)
    grid = (await client.get(f"/api/v1/programmes/{programme.id}/framework")).json()
    walk = db.exec(select(Intervention.id).where(Intervention.organisation_id == organisation.id,
                                                 Intervention.title == "Audiowandeling 3: Toekomst")).one()
    r = await client.post(f"/api/v1/programmes/{programme.id}/placements", json={
        "phaseId": grid["phases"][2]["id"], "learningLineId": grid["learningLines"][0]["id"],
        "interventionId": str(walk), "kolbPhase": "reflective_observation", "weekOffset": 10})
    assert r.status_code == 201, r.text

    report = (await client.get(f"/api/v1/programmes/{programme.id}/principle-checks")).json()
    checks = _by(report["checks"], "principle")
    assert checks["educational_theory"]["status"] == "pass" and checks["learning_ecosystem"]["status"] == "pass"
    assert report["summary"] == {"pass": 5, "warn": 0, "manual": 2}
    reasons = _by(checks["learning_ecosystem"]["reasons"], "code")
    assert set(reasons) == {"lines_used", "mix_balanced"}
    assert checks["fixed_rhythm"]["reasons"][0]["code"] == "rhythm_regular"  # week 10 keeps the rhythm


async def test_the_stakeholders_fill_the_four_quadrants_and_were_engaged_for_the_traineeship(api_as, rotterdam):
    organisation, _, programme = rotterdam
    client = api_as("viewer", organisation=organisation)
    r = await client.get("/api/v1/stakeholders", params={"programmeId": str(programme.id), "pageSize": 100})
    assert r.status_code == 200, r.text
    linked = _by(r.json()["items"], "name")
    assert {"Opdrachtgever traineeship", "Programmateam traineeship", "Frisse Blikken", "HR-adviseurs",
            "Teamleiders van de trainees", "Oud-deelnemers traineeship", "Directie"} <= set(linked)
    assert linked["Opdrachtgever traineeship"]["quadrant"] == "manage_closely"
    assert linked["Oud-deelnemers traineeship"]["quadrant"] == "keep_informed"
    assert {s["quadrant"] for s in linked.values()} == {"keep_satisfied", "manage_closely", "monitor",
                                                        "keep_informed"}
    r = await client.get("/api/v1/engagements", params={"programmeId": str(programme.id), "pageSize": 100})
    assert r.status_code == 200, r.text
    engagements = r.json()["items"]
    assert sorted(e["kind"] for e in engagements) == [
        "design_session", "design_session", "interview", "interview", "interview", "progress_update"]
    interview = next(e for e in engagements if "oud-deelnemers" in e["summary"])
    assert [s["name"] for s in interview["stakeholders"]] and "rode draad" in interview["outcome"]
