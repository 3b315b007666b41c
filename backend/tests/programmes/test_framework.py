import uuid
from datetime import date

import pytest
from sqlmodel import select

from app.core.audit import AuditEvent
from app.programmes.models import ProgrammeStep
from app.stakeholders.models import Engagement
from tests.competencies.factories import make_competency, make_framework
from tests.interventions.factories import make_intervention
from tests.programmes.factories import lines_of, make_phase, make_placement, make_programme

pytestmark = pytest.mark.anyio

KOLB = ["concrete_experience", "reflective_observation", "abstract_conceptualisation", "active_experimentation"]


def _grid(db, org, placements: int):
    """A programme with two phases, its three lines and `placements` placements spread over them."""
    framework = make_framework(db, org)
    verbindend = make_competency(db, framework, name="Verbindend")
    programme = make_programme(db, org, competency_framework_id=framework.id)
    phases = [make_phase(db, org, programme, title="Verleden", competency_ids=[verbindend.id]),
              make_phase(db, org, programme, title="Heden", start_month=7)]
    lines = lines_of(db, programme)
    mixes = ["workplace", "social", "formal", None]
    for i in range(placements):
        intervention = make_intervention(db, org, f"Interventie {i}", learning_mix=mixes[i % 4],
                                         learning_form="coaching")
        make_placement(db, org, programme, phases[i % 2], lines[i % 3], intervention, kolb_phase=KOLB[i % 4],
                       week_offset=i % 20)
    return programme, phases, lines, verbindend


async def test_the_framework_is_the_whole_grid_with_kolb_balance_and_mix(api_as, db, org):
    programme, phases, lines, verbindend = _grid(db, org, 8)
    viewer = api_as("viewer")
    r = await viewer.get(f"/api/v1/programmes/{programme.id}/framework")
    assert r.status_code == 200, r.text
    grid = r.json()
    assert grid["programme"]["id"] == str(programme.id)
    assert [p["title"] for p in grid["phases"]] == ["Verleden", "Heden"]
    assert [line["label"] for line in grid["learningLines"]] == ["Ik", "Ik en de ander", "Ik en de organisatie"]
    first = grid["phases"][0]
    assert first["competencies"] == [{"id": str(verbindend.id), "name": "Verbindend"}]
    # phase 0 has placements 0, 2, 4, 6: Kolb phases 0, 2, 0, 2 and mixes workplace, formal, workplace, formal
    assert first["kolbBalance"] == {"concreteExperience": 2, "reflectiveObservation": 0,
                                    "abstractConceptualisation": 2, "activeExperimentation": 0}
    assert first["mix"]["workplace"] == {"count": 2, "share": 0.5}
    assert first["mix"]["formal"] == {"count": 2, "share": 0.5}
    assert grid["phases"][1]["mix"]["unknown"] == {"count": 2, "share": 0.5}
    assert grid["mix"]["social"] == {"count": 2, "share": 0.25}
    assert len(grid["placements"]) == 8
    placed = grid["placements"][0]
    assert placed["phaseId"] == str(phases[0].id) and placed["learningLineId"] == str(lines[0].id)
    assert placed["intervention"]["learningForm"] == "coaching"
    order = [(p["phaseId"], p["weekOffset"]) for p in grid["placements"]]
    assert order[:2] == [(str(phases[0].id), 0), (str(phases[0].id), 6)]  # line "Ik": placements 0 and 6


async def test_an_empty_framework_has_zero_shares(api_as, db, org):
    programme = make_programme(db, org)
    make_phase(db, org, programme)
    grid = (await api_as("viewer").get(f"/api/v1/programmes/{programme.id}/framework")).json()
    assert grid["phases"][0]["mix"]["workplace"] == {"count": 0, "share": 0.0}
    assert grid["placements"] == [] and len(grid["learningLines"]) == 3


async def test_the_framework_takes_the_same_number_of_queries_whatever_its_size(api_as, db, org, count_queries):
    small, *_ = _grid(db, org, 1)
    large, *_ = _grid(db, org, 30)
    viewer = api_as("viewer")
    await viewer.get(f"/api/v1/programmes/{small.id}/framework")  # warm up the session lookups
    counts = []
    for programme in (small, large):
        with count_queries() as counted:
            r = await viewer.get(f"/api/v1/programmes/{programme.id}/framework")
        assert r.status_code == 200
        counts.append(counted.n)
    assert counts[0] == counts[1], counts
    assert len(r.json()["placements"]) == 30


async def test_lists_take_the_same_number_of_queries_whatever_their_size(api_as, db, org, count_queries):
    viewer = api_as("viewer")
    make_programme(db, org)
    await viewer.get("/api/v1/programmes")
    with count_queries() as one:
        await viewer.get("/api/v1/programmes")
    for _ in range(10):
        make_programme(db, org)
    with count_queries() as eleven:
        r = await viewer.get("/api/v1/programmes")
    assert r.json()["total"] == 11 and one.n == eleven.n


async def test_a_copy_takes_the_framework_and_notes_but_not_the_done_marks(api_as, db, org):
    programme, _phases, lines, verbindend = _grid(db, org, 5)
    editor = api_as("editor")
    await editor.put(f"/api/v1/programmes/{programme.id}/steps/framework", json={"notes": "Drie fasen", "done": True},
                     headers={"If-Match": f'"{programme.version}"'})
    await editor.post("/api/v1/insights", json={"programmeId": str(programme.id), "kind": "challenge",
                                                "title": "Geen rode draad"})
    await editor.patch(f"/api/v1/programmes/{programme.id}/learning-lines/{lines[2].id}",
                       json={"label": "Ik en de stad"}, headers={"If-Match": '"1"'})
    db.add(Engagement(organisation_id=org.id, programme_id=programme.id, kind="interview",
                      held_on=date(2026, 1, 5)))
    db.flush()
    r = await editor.post(f"/api/v1/programmes/{programme.id}/copy", json={"title": programme.title})
    assert r.status_code == 409 and r.json()["errors"][0]["pointer"] == "/title"
    r = await editor.post(f"/api/v1/programmes/{programme.id}/copy", json={"title": "Traineeship 2027"})
    assert r.status_code == 201, r.text
    copy = r.json()
    assert r.headers["location"] == f"/api/v1/programmes/{copy['id']}"
    assert copy["status"] == "draft" and copy["copiedFromId"] == str(programme.id)
    assert copy["competencyFrameworkId"] == str(programme.competency_framework_id)
    framework_step = copy["steps"][3]
    assert framework_step["notes"] == "Drie fasen" and framework_step["done"] is False
    source = (await editor.get(f"/api/v1/programmes/{programme.id}/framework")).json()
    copied = (await editor.get(f"/api/v1/programmes/{copy['id']}/framework")).json()
    assert [p["title"] for p in copied["phases"]] == ["Verleden", "Heden"]
    assert copied["phases"][0]["competencies"] == [{"id": str(verbindend.id), "name": "Verbindend"}]
    assert [line["label"] for line in copied["learningLines"]] == ["Ik", "Ik en de ander", "Ik en de stad"]

    def shape(grid):
        phase_titles = {p["id"]: p["title"] for p in grid["phases"]}
        line_labels = {line["id"]: line["label"] for line in grid["learningLines"]}
        return sorted((phase_titles[p["phaseId"]], line_labels[p["learningLineId"]], p["interventionId"],
                       p["kolbPhase"], p["weekOffset"]) for p in grid["placements"])

    assert shape(copied) == shape(source) and len(copied["placements"]) == 5
    assert not {p["id"] for p in copied["phases"]} & {p["id"] for p in source["phases"]}
    insights = (await editor.get("/api/v1/insights", params={"programmeId": copy["id"]})).json()["items"]
    assert [i["title"] for i in insights] == ["Geen rode draad"]
    assert db.exec(select(Engagement).where(Engagement.programme_id == uuid.UUID(copy["id"]))).all() == []
    assert len(db.exec(select(ProgrammeStep).where(ProgrammeStep.programme_id == uuid.UUID(copy["id"]))).all()) == 6
    assert db.exec(select(AuditEvent).where(AuditEvent.action == "programme.copied")).one().entity_id is not None
