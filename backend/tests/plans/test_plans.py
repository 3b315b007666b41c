import pytest
from sqlmodel import select

from app.core.audit import AuditEvent
from app.plans.models import Development, Goal, LearningGoal, Plan, Theme
from tests.interventions.factories import make_intervention
from tests.plans.factories import make_plan, make_plan_tree

pytestmark = pytest.mark.anyio

PLAN = {"title": "Strategisch leer- en ontwikkelplan", "firstYear": 2014, "lastYear": 2017,
        "summary": "Leren in Deventer"}


async def test_editor_creates_reads_changes_and_deletes_a_plan(api_as, db):
    editor = api_as("editor")
    r = await editor.post("/api/v1/plans", json=PLAN)
    assert r.status_code == 201, r.text
    plan = r.json()
    assert plan["status"] == "draft" and plan["firstYear"] == 2014 and plan["reviewNotes"] == ""
    assert r.headers["location"] == f"/api/v1/plans/{plan['id']}" and r.headers["etag"] == '"1"'
    got = await editor.get(f"/api/v1/plans/{plan['id']}")
    assert got.json()["title"] == PLAN["title"] and got.headers["etag"] == '"1"'
    r = await editor.patch(f"/api/v1/plans/{plan['id']}", json={"status": "adopted", "reviewNotes": "Herijkt"},
                           headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["status"] == "adopted" and r.headers["etag"] == '"2"'
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "plan.updated")).one()
    assert event.changes == {"status": {"from": "draft", "to": "adopted"},
                             "reviewNotes": {"from": "", "to": "Herijkt"}}
    assert (await editor.delete(f"/api/v1/plans/{plan['id']}")).status_code == 204
    assert (await editor.get(f"/api/v1/plans/{plan['id']}")).status_code == 404
    actions = set(db.exec(select(AuditEvent.action)).all())
    assert {"plan.created", "plan.updated", "plan.deleted"} <= actions


@pytest.mark.parametrize("body", [
    {**PLAN, "firstYear": 2018, "lastYear": 2017},
])
async def test_last_year_before_first_is_400_on_last_year(api_as, body):
    r = await api_as("editor").post("/api/v1/plans", json=body)
    assert r.status_code == 400
    assert r.json()["errors"] == [{"pointer": "/lastYear", "detail": "The last year cannot be before the first year.",
                                   "code": "before_first_year", "params": {"first_year": 2018}}]


async def test_patch_checks_years_against_the_stored_ones(api_as, db, org):
    plan = make_plan_tree(db, org)["plan"]
    r = await api_as("editor").patch(f"/api/v1/plans/{plan.id}", json={"lastYear": 2010},
                                     headers={"If-Match": '"1"'})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/lastYear"
    r = await api_as("editor").patch(f"/api/v1/plans/{plan.id}", json={"firstYear": 2018},
                                     headers={"If-Match": '"1"'})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/lastYear"


@pytest.mark.parametrize(("field", "value"), [("firstYear", 1899), ("lastYear", 2201), ("firstYear", "2014"),
                                              ("status", "vastgesteld"), ("title", ""), ("colour", "red")])
async def test_invalid_plan_fields_are_400_naming_the_field(api_as, field, value):
    r = await api_as("editor").post("/api/v1/plans", json={**PLAN, field: value})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == f"/{field}"


async def test_patch_needs_the_current_version_and_refuses_null(api_as, db, org):
    plan = make_plan_tree(db, org)["plan"]
    editor = api_as("editor")
    assert (await editor.patch(f"/api/v1/plans/{plan.id}", json={"title": "x"})).status_code == 428
    assert (await editor.patch(f"/api/v1/plans/{plan.id}", json={"title": "x"},
                               headers={"If-Match": '"7"'})).status_code == 412
    r = await editor.patch(f"/api/v1/plans/{plan.id}", json={"title": None}, headers={"If-Match": '"1"'})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/title"


async def test_list_filters_on_status_and_title_and_sorts_newest_first(api_as, db, org, other_org):
    make_plan(db, org, title="Leerplan 2014-2017", status="archived")
    make_plan(db, org, title="Leerplan 2018-2021", first_year=2018, last_year=2021, status="adopted")
    make_plan(db, org, title="Concept 2022", first_year=2022, last_year=2022)
    make_plan(db, other_org, title="Leerplan elders", first_year=2018, last_year=2021, status="adopted")
    viewer = api_as("viewer")
    everything = (await viewer.get("/api/v1/plans")).json()
    assert [p["title"] for p in everything["items"]] == ["Concept 2022", "Leerplan 2018-2021", "Leerplan 2014-2017"]
    adopted = (await viewer.get("/api/v1/plans", params={"status": "adopted"})).json()
    assert [p["title"] for p in adopted["items"]] == ["Leerplan 2018-2021"]
    by_title = (await viewer.get("/api/v1/plans", params={"q": "LEERPLAN", "sort": "firstYear"})).json()
    assert [p["title"] for p in by_title["items"]] == ["Leerplan 2014-2017", "Leerplan 2018-2021"]
    assert (await viewer.get("/api/v1/plans", params={"q": "%"})).json()["total"] == 0


async def test_viewer_cannot_write_and_other_organisation_sees_404(api_as, db, org, other_org):
    plan = make_plan_tree(db, org)["plan"]
    assert (await api_as("viewer").post("/api/v1/plans", json=PLAN)).status_code == 403
    assert (await api_as("viewer").delete(f"/api/v1/plans/{plan.id}")).status_code == 403
    stranger = api_as("editor", organisation=other_org)
    assert (await stranger.get(f"/api/v1/plans/{plan.id}")).status_code == 404
    assert (await stranger.delete(f"/api/v1/plans/{plan.id}")).status_code == 404
    assert (await stranger.get(f"/api/v1/plans/{plan.id}/traceability")).status_code == 404


async def test_deleting_a_plan_cascades_to_its_tree(api_as, db, org):
    tree = make_plan_tree(db, org, developments=2, goals=2, learning_goals=2, themes=2)
    r = await api_as("editor").delete(f"/api/v1/plans/{tree['plan'].id}")
    assert r.status_code == 204
    for model in (Development, Goal, LearningGoal, Theme):
        assert db.exec(select(model.id)).all() == []


async def test_deleting_a_plan_whose_learning_goals_or_themes_are_used_is_409_naming_them(api_as, db, org):
    tree = make_plan_tree(db, org, learning_goals=2, themes=1)
    make_intervention(db, org, "Hostmanship-training", themes=tree["themes"])
    make_intervention(db, org, "Cursus HNW", learning_goals=tree["learning_goals"])
    r = await api_as("editor").delete(f"/api/v1/plans/{tree['plan'].id}")
    assert r.status_code == 409
    assert r.json()["detail"] == ("This plan (through its learning goals and themes) is used by 2 interventions: "
                                  "Cursus HNW, Hostmanship-training. Unlink them from the interventions first.")
    assert db.scalar(select(Plan.id).where(Plan.id == tree["plan"].id)) is not None
