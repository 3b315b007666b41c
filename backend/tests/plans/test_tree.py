"""Developments, goals, learning goals and themes: CRUD, order, parents, and deletes refused while used."""

import pytest
from sqlmodel import select

from app.core.audit import AuditEvent
from app.plans.models import Goal, LearningGoal
from tests.interventions.factories import make_intervention
from tests.plans.factories import make_plan_tree

pytestmark = pytest.mark.anyio


async def titles(client, path, **params):
    r = await client.get(path, params=params)
    assert r.status_code == 200, r.text
    return [item["title"] for item in r.json()["items"]]


async def test_the_chain_is_built_through_the_api_in_order(api_as, db, org):
    editor = api_as("editor")
    plan = make_plan_tree(db, org, developments=0)["plan"]
    first = (await editor.post("/api/v1/developments", json={"planId": str(plan.id), "title": "Het Nieuwe Werken"}))
    assert first.status_code == 201, first.text
    assert first.json()["position"] == 0 and first.json()["planId"] == str(plan.id)
    second = (await editor.post("/api/v1/developments", json={"planId": str(plan.id), "title": "Mobiliteit"})).json()
    assert second["position"] == 1
    front = (await editor.post("/api/v1/developments",
                               json={"planId": str(plan.id), "title": "Organisatie van de Toekomst", "position": 0}))
    assert front.json()["position"] == 0
    assert await titles(editor, "/api/v1/developments", planId=str(plan.id)) == [
        "Organisatie van de Toekomst", "Het Nieuwe Werken", "Mobiliteit"]

    goal = await editor.post("/api/v1/goals", json={"developmentId": second["id"], "title": "Flexibel inzetbaar"})
    assert goal.status_code == 201 and goal.json()["developmentId"] == second["id"]
    lg = await editor.post("/api/v1/learning-goals", json={"goalId": goal.json()["id"], "title": "Eigen loopbaan",
                                                           "audience": "employees"})
    assert lg.status_code == 201 and lg.json()["audience"] == "employees" and lg.json()["goalId"] == goal.json()["id"]
    theme = await editor.post("/api/v1/themes", json={"planId": str(plan.id), "title": "Hostmanship"})
    assert theme.status_code == 201 and theme.json()["position"] == 0
    for path, item in (("developments", second), ("goals", goal.json()), ("learning-goals", lg.json()),
                       ("themes", theme.json())):
        got = await editor.get(f"/api/v1/{path}/{item['id']}")
        assert got.status_code == 200 and got.headers["etag"] == f'"{got.json()["version"]}"'
    actions = set(db.exec(select(AuditEvent.action)).all())
    assert {"development.created", "goal.created", "learning_goal.created", "theme.created"} <= actions


async def test_moving_to_a_position_shifts_the_siblings(api_as, db, org):
    tree = make_plan_tree(db, org, developments=1, goals=4, learning_goals=0)
    editor = api_as("editor")
    goals = tree["goals"]
    r = await editor.patch(f"/api/v1/goals/{goals[3].id}", json={"position": 1}, headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["position"] == 1
    development_id = str(tree["developments"][0].id)
    assert await titles(editor, "/api/v1/goals", developmentId=development_id) == [
        "Doel 0.0", "Doel 0.3", "Doel 0.1", "Doel 0.2"]
    r = await editor.patch(f"/api/v1/goals/{goals[0].id}", json={"position": 99}, headers={"If-Match": '"1"'})
    assert r.json()["position"] == 3  # past the end: last
    listed = (await editor.get("/api/v1/goals", params={"developmentId": development_id})).json()["items"]
    assert [g["position"] for g in listed] == [0, 1, 2, 3]
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "goal.updated")).all()[0]
    assert event.changes == {"position": {"from": 3, "to": 1}}


async def test_deleting_closes_the_gap(api_as, db, org):
    tree = make_plan_tree(db, org, developments=3, goals=0)
    editor = api_as("editor")
    assert (await editor.delete(f"/api/v1/developments/{tree['developments'][0].id}")).status_code == 204
    listed = (await editor.get("/api/v1/developments", params={"planId": str(tree["plan"].id)})).json()["items"]
    assert [(d["title"], d["position"]) for d in listed] == [("Ontwikkeling 1", 0), ("Ontwikkeling 2", 1)]


async def test_a_goal_and_a_learning_goal_move_to_another_parent(api_as, db, org):
    tree = make_plan_tree(db, org, developments=2, goals=2, learning_goals=2)
    editor = api_as("editor")
    goal = tree["goals"][0]  # Doel 0.0, in development 0
    target = tree["developments"][1]
    r = await editor.patch(f"/api/v1/goals/{goal.id}", json={"developmentId": str(target.id), "position": 0},
                           headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["developmentId"] == str(target.id) and r.json()["position"] == 0
    assert await titles(editor, "/api/v1/goals", developmentId=str(target.id)) == ["Doel 0.0", "Doel 1.0", "Doel 1.1"]
    left = (await editor.get("/api/v1/goals", params={"developmentId": str(tree["developments"][0].id)})).json()
    assert [(g["title"], g["position"]) for g in left["items"]] == [("Doel 0.1", 0)]
    lg = tree["learning_goals"][0]
    r = await editor.patch(f"/api/v1/learning-goals/{lg.id}", json={"goalId": str(tree["goals"][1].id)},
                           headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["goalId"] == str(tree["goals"][1].id) and r.json()["position"] == 2


async def test_learning_goals_of_a_plan_in_the_plans_order_and_by_audience(api_as, db, org):
    tree = make_plan_tree(db, org, developments=2, goals=2, learning_goals=2)
    make_plan_tree(db, org, title="Ander plan")
    tree["learning_goals"][1].audience = "managers"
    db.flush()
    viewer = api_as("viewer")
    listed = await titles(viewer, "/api/v1/learning-goals", planId=str(tree["plan"].id))
    assert listed == [lg.title for lg in tree["learning_goals"]]
    assert await titles(viewer, "/api/v1/learning-goals", planId=str(tree["plan"].id), audience="managers") == [
        "Leerdoel 0.0.1"]
    assert await titles(viewer, "/api/v1/learning-goals", goalId=str(tree["goals"][3].id)) == [
        "Leerdoel 1.1.0", "Leerdoel 1.1.1"]
    assert len(await titles(viewer, "/api/v1/learning-goals", developmentId=str(tree["developments"][1].id))) == 4
    assert len(await titles(viewer, "/api/v1/goals", planId=str(tree["plan"].id))) == 4


@pytest.mark.parametrize(("path", "field", "parent"), [
    ("developments", "planId", "plan"), ("themes", "planId", "plan"),
    ("goals", "developmentId", "developments"), ("learning-goals", "goalId", "goals"),
])
async def test_a_parent_of_another_organisation_is_400_on_its_field(api_as, db, org, other_org, path, field, parent):
    theirs = make_plan_tree(db, other_org)
    parent_id = theirs["plan"].id if parent == "plan" else theirs[parent][0].id
    r = await api_as("editor").post(f"/api/v1/{path}", json={field: str(parent_id), "title": "Iets"})
    assert r.status_code == 400, r.text
    assert r.json()["errors"][0]["pointer"] == f"/{field}"
    assert r.json()["errors"][0]["code"] == "unknown_reference"


async def test_moving_under_a_parent_of_another_organisation_is_400(api_as, db, org, other_org):
    mine = make_plan_tree(db, org)
    theirs = make_plan_tree(db, other_org)
    editor = api_as("editor")
    r = await editor.patch(f"/api/v1/goals/{mine['goals'][0].id}",
                           json={"developmentId": str(theirs["developments"][0].id)}, headers={"If-Match": '"1"'})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/developmentId"
    r = await editor.patch(f"/api/v1/learning-goals/{mine['learning_goals'][0].id}",
                           json={"goalId": str(theirs["goals"][0].id)}, headers={"If-Match": '"1"'})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/goalId"


async def test_other_organisations_items_are_404_and_not_listed(api_as, db, org, other_org):
    theirs = make_plan_tree(db, other_org, themes=1)
    editor = api_as("editor")
    for path, item in (("developments", theirs["developments"][0]), ("goals", theirs["goals"][0]),
                       ("learning-goals", theirs["learning_goals"][0]), ("themes", theirs["themes"][0])):
        assert (await editor.get(f"/api/v1/{path}/{item.id}")).status_code == 404
        assert (await editor.patch(f"/api/v1/{path}/{item.id}", json={"title": "x"},
                                   headers={"If-Match": '"1"'})).status_code == 404
        assert (await editor.delete(f"/api/v1/{path}/{item.id}")).status_code == 404
        assert (await editor.get(f"/api/v1/{path}")).json()["total"] == 0


async def test_theme_titles_are_unique_within_a_plan(api_as, db, org):
    tree = make_plan_tree(db, org, themes=2)
    other = make_plan_tree(db, org, title="Ander plan")
    editor = api_as("editor")
    r = await editor.post("/api/v1/themes", json={"planId": str(tree["plan"].id), "title": "thema 0"})
    assert r.status_code == 409 and r.json()["errors"][0] == {"pointer": "/title", "code": "taken",
                                                             "detail": "Already in use in this plan."}
    assert (await editor.post("/api/v1/themes", json={"planId": str(other["plan"].id),
                                                      "title": "Thema 0"})).status_code == 201
    r = await editor.patch(f"/api/v1/themes/{tree['themes'][1].id}", json={"title": "Thema 0"},
                           headers={"If-Match": '"1"'})
    assert r.status_code == 409


async def test_bad_fields_are_400(api_as, db, org):
    tree = make_plan_tree(db, org)
    editor = api_as("editor")
    r = await editor.post("/api/v1/learning-goals", json={"goalId": str(tree["goals"][0].id), "title": "x",
                                                          "audience": "iedereen"})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/audience"
    r = await editor.post("/api/v1/developments", json={"title": "Zonder plan"})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/planId"
    r = await editor.post("/api/v1/developments", json={"planId": str(tree["plan"].id), "title": "x",
                                                        "position": -1})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/position"
    r = await editor.patch(f"/api/v1/developments/{tree['developments'][0].id}", json={"planId": str(tree["plan"].id)},
                           headers={"If-Match": '"1"'})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/planId"


async def test_deletes_refused_while_interventions_use_the_subtree(api_as, db, org):
    tree = make_plan_tree(db, org, developments=1, goals=2, learning_goals=1, themes=2)
    used_lg = tree["learning_goals"][0]
    make_intervention(db, org, "Workshop Hostmanship", themes=[tree["themes"][0]])
    make_intervention(db, org, "Training flexwerken", learning_goals=[used_lg])
    make_intervention(db, org, "Coaching on the job", learning_goals=[used_lg])
    editor = api_as("editor")
    expected = "is used by 2 interventions: Coaching on the job, Training flexwerken."
    for path, item, subject in (
        ("learning-goals", used_lg, "This learning goal"),
        ("goals", tree["goals"][0], "This goal (through its learning goals)"),
        ("developments", tree["developments"][0], "This development (through its learning goals)"),
    ):
        r = await editor.delete(f"/api/v1/{path}/{item.id}")
        assert r.status_code == 409, path
        assert r.json()["detail"].startswith(f"{subject} {expected}")
    r = await editor.delete(f"/api/v1/themes/{tree['themes'][0].id}")
    assert r.status_code == 409
    assert r.json()["detail"].startswith("This theme is used by 1 intervention: Workshop Hostmanship.")
    # what nothing uses can go
    assert (await editor.delete(f"/api/v1/goals/{tree['goals'][1].id}")).status_code == 204
    assert (await editor.delete(f"/api/v1/themes/{tree['themes'][1].id}")).status_code == 204
    assert db.scalar(select(LearningGoal.id).where(LearningGoal.id == used_lg.id)) is not None
    assert db.scalar(select(Goal.id).where(Goal.id == tree["goals"][1].id)) is None


async def test_a_long_list_of_users_is_shortened(api_as, db, org):
    tree = make_plan_tree(db, org)
    for i in range(12):
        make_intervention(db, org, f"Interventie {i:02}", learning_goals=tree["learning_goals"])
    r = await api_as("editor").delete(f"/api/v1/learning-goals/{tree['learning_goals'][0].id}")
    assert r.status_code == 409
    assert r.json()["detail"].endswith("Interventie 09 and 2 more. Unlink them from the interventions first.")
