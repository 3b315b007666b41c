"""The traceability tree (development → goal → learning goal → interventions; themes → interventions)
and the constant query count of every list."""

import pytest

from tests.interventions.factories import make_intervention
from tests.plans.factories import make_goal, make_plan_tree

pytestmark = pytest.mark.anyio


async def test_the_tree_holds_the_chain_the_links_and_the_gaps(api_as, db, org, other_org):
    tree = make_plan_tree(db, org, developments=2, goals=2, learning_goals=2, themes=2)
    lgs = tree["learning_goals"]
    make_goal(db, tree["developments"][1], title="Doel zonder leerdoel", position=2)
    training = make_intervention(db, org, "Training HNW", learning_goals=[lgs[0], lgs[1]])
    coaching = make_intervention(db, org, "Coaching", learning_goals=[lgs[0]], themes=[tree["themes"][0]])
    loose = make_intervention(db, org, "Niet gekoppeld")
    basic = make_intervention(db, org, "Taalcursus")
    basic.category = "basic_skill"  # not strategic: never "unlinked" to a plan
    make_intervention(db, other_org, "Elders")
    make_plan_tree(db, other_org)  # another organisation's plan never shows
    r = await api_as("viewer").get(f"/api/v1/plans/{tree['plan'].id}/traceability")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["plan"]["title"] == "Leerplan 2014-2017"
    assert [d["title"] for d in body["developments"]] == ["Ontwikkeling 0", "Ontwikkeling 1"]
    first = body["developments"][0]
    assert [g["title"] for g in first["goals"]] == ["Doel 0.0", "Doel 0.1"]
    assert [lg["title"] for lg in first["goals"][0]["learningGoals"]] == ["Leerdoel 0.0.0", "Leerdoel 0.0.1"]
    assert first["goals"][0]["learningGoals"][0]["interventions"] == [
        {"id": str(coaching.id), "title": "Coaching", "status": "new", "category": "strategic_development"},
        {"id": str(training.id), "title": "Training HNW", "status": "new", "category": "strategic_development"},
    ]
    assert first["goals"][0]["learningGoals"][0]["audience"] == "all"
    assert first["goals"][0]["learningGoalGaps"] == 0 and first["goals"][1]["learningGoalGaps"] == 2
    assert first["interventionCount"] == 2 and first["learningGoalGaps"] == 2
    assert body["developments"][1]["goals"][2]["learningGoals"] == []
    assert [t["title"] for t in body["themes"]] == ["Thema 0", "Thema 1"]
    assert [i["title"] for i in body["themes"][0]["interventions"]] == ["Coaching"]
    assert body["unlinkedInterventions"] == [
        {"id": str(loose.id), "title": "Niet gekoppeld", "status": "new", "category": "strategic_development"}]
    assert body["counts"] == {
        "developments": 2, "goals": 5, "learningGoals": 8, "themes": 2, "interventions": 2,
        "goalsWithoutLearningGoals": 1, "learningGoalsWithoutInterventions": 6, "themesWithoutInterventions": 1,
    }


async def test_an_empty_plan_has_an_empty_tree(api_as, db, org):
    plan = make_plan_tree(db, org, developments=0)["plan"]
    body = (await api_as("viewer").get(f"/api/v1/plans/{plan.id}/traceability")).json()
    assert body["developments"] == [] and body["themes"] == [] and body["counts"]["learningGoals"] == 0


async def test_the_tree_costs_the_same_queries_for_a_tiny_and_a_large_plan(api_as, db, org, count_queries):
    viewer = api_as("viewer")
    tiny = make_plan_tree(db, org, developments=1, goals=1, learning_goals=1, themes=1)
    make_intervention(db, org, "Eén", learning_goals=tiny["learning_goals"], themes=tiny["themes"])
    large = make_plan_tree(db, org, title="Groot", developments=3, goals=6, learning_goals=3, themes=3)
    for i in range(27):
        make_intervention(db, org, f"Interventie {i}", learning_goals=large["learning_goals"][i::9],
                          themes=large["themes"][i % 3:i % 3 + 1])
    await viewer.get("/api/v1/auth/me")  # the first request also extends the session
    with count_queries() as small:
        assert (await viewer.get(f"/api/v1/plans/{tiny['plan'].id}/traceability")).status_code == 200
    with count_queries() as big:
        body = (await viewer.get(f"/api/v1/plans/{large['plan'].id}/traceability")).json()
    assert body["counts"]["learningGoals"] == 54 and body["counts"]["interventions"] == 27
    assert big.n == small.n, f"{small.n} statements for a tiny plan, {big.n} for a large one"


@pytest.mark.parametrize(("path", "parent"), [
    ("/api/v1/plans", None), ("/api/v1/developments", "planId"), ("/api/v1/goals", "planId"),
    ("/api/v1/learning-goals", "planId"), ("/api/v1/themes", "planId"),
])
async def test_list_query_count_does_not_grow_with_the_page(api_as, db, org, count_queries, path, parent):
    viewer = api_as("viewer")
    tiny = make_plan_tree(db, org, developments=1, goals=1, learning_goals=1, themes=1)
    await viewer.get("/api/v1/auth/me")
    params = {"pageSize": 200, **({parent: str(tiny["plan"].id)} if parent else {})}
    with count_queries() as small:
        assert (await viewer.get(path, params=params)).status_code == 200
    large = make_plan_tree(db, org, developments=5, goals=5, learning_goals=3, themes=40)
    for _ in range(40):
        make_plan_tree(db, org, developments=0)
    params = {"pageSize": 200, **({parent: str(large["plan"].id)} if parent else {})}
    with count_queries() as big:
        body = (await viewer.get(path, params=params)).json()
    assert len(body["items"]) >= 5
    assert big.n == small.n, f"{path}: {small.n} statements for 1 row, {big.n} for {len(body['items'])}"
