"""Instruments and questions through the API: CRUD, the dimension-level rule, type-dependent fields, reordering,
publishing, the freeze on every write path, versions and the references a question holds."""

import pytest

from app.core.vocabulary import QuestionType
from tests.competencies.factories import make_competency, make_framework
from tests.plans.factories import make_development, make_goal, make_learning_goal, make_plan
from tests.questionnaires.factories import make_instrument, make_published, make_question

pytestmark = pytest.mark.anyio
API = "/api/v1"


def codes(response) -> list[str]:
    return [error["code"] for error in response.json().get("errors", [])]


def pointers(response) -> list[str]:
    return [error["pointer"] for error in response.json().get("errors", [])]


async def test_create_read_change_and_delete_a_draft(api_as):
    editor = api_as("editor")
    r = await editor.post(f"{API}/instruments", json={"title": "Eigen vragenlijst", "purpose": "custom",
                                                       "language": "en", "intro": "Welkom"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["status"] == "draft" and body["versionNumber"] == 1 and body["familyId"] == body["id"]
    assert body["questionCount"] == 0 and body["language"] == "en" and body["previousVersionId"] is None
    url = f"{API}/instruments/{body['id']}"
    assert r.headers["location"].endswith(f"/instruments/{body['id']}")
    r = await editor.patch(url, json={"title": "Nieuwe titel", "closing": "Dank"}, headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["title"] == "Nieuwe titel" and r.json()["version"] == 2
    assert (await editor.delete(url)).status_code == 204
    assert (await editor.get(url)).status_code == 404


async def test_without_a_template_title_and_purpose_are_required(api_as):
    editor = api_as("editor")
    r = await editor.post(f"{API}/instruments", json={"title": "Zonder doel"})
    assert r.status_code == 400 and pointers(r) == ["/purpose"] and codes(r) == ["missing"]
    r = await editor.post(f"{API}/instruments", json={"purpose": "custom"})
    assert r.status_code == 400 and pointers(r) == ["/title"]
    r = await editor.post(f"{API}/instruments", json={"templateKey": "no_such_template"})
    assert r.status_code == 400 and pointers(r) == ["/templateKey"] and codes(r) == ["unknown"]


async def test_list_filters(api_as, db, org):
    editor = api_as("viewer")
    make_instrument(db, org, title="A effect", purpose="effect_measurement")
    make_published(db, org, title="B evaluatie", purpose="intervention_evaluation", language="en")
    r = await editor.get(f"{API}/instruments")
    assert [i["title"] for i in r.json()["items"]] == ["A effect", "B evaluatie"]
    assert r.json()["items"][1]["questionCount"] == 2
    r = await editor.get(f"{API}/instruments", params={"status": "published"})
    assert [i["title"] for i in r.json()["items"]] == ["B evaluatie"]
    r = await editor.get(f"{API}/instruments", params={"purpose": "effect_measurement"})
    assert [i["title"] for i in r.json()["items"]] == ["A effect"]
    r = await editor.get(f"{API}/instruments", params={"language": "en"})
    assert [i["title"] for i in r.json()["items"]] == ["B evaluatie"]
    assert r.json()["items"][0]["publishedBy"] is None  # published by a service call without a user


async def test_questions_crud_and_types(api_as, db, org):
    editor = api_as("editor")
    instrument = make_instrument(db, org)
    url = f"{API}/instruments/{instrument.id}/questions"
    r = await editor.post(url, json={"text": "Welke vorm?", "type": "single_choice", "required": False,
                                     "options": [{"key": "a", "label": "Training"}, {"key": "b", "label": "Coach"}]})
    assert r.status_code == 201, r.text
    question = r.json()
    assert question["position"] == 0 and question["options"][1] == {"key": "b", "label": "Coach"}
    r = await editor.post(url, json={"text": "Open", "type": "open_text", "options": [{"key": "a", "label": "x"}]})
    assert r.status_code == 400 and pointers(r) == ["/options"] and codes(r) == ["not_allowed"]
    r = await editor.post(url, json={"text": "Open", "type": "open_text", "scaleMinLabel": "laag"})
    assert r.status_code == 400 and pointers(r) == ["/scaleMinLabel"]
    r = await editor.post(url, json={"text": "Dubbel", "type": "multiple_choice",
                                     "options": [{"key": "a", "label": "x"}, {"key": "a", "label": "y"}]})
    assert r.status_code == 400 and pointers(r) == ["/options"]
    # changing the type clears what the new type has no use for
    r = await editor.patch(f"{url}/{question['id']}", json={"type": "likert_5", "scaleMaxLabel": "Eens"},
                           headers={"If-Match": '"1"'})
    assert r.status_code == 200, r.text
    assert r.json()["options"] == [] and r.json()["scaleMaxLabel"] == "Eens"
    r = await editor.patch(f"{url}/{question['id']}", json={"type": "open_text"}, headers={"If-Match": '"2"'})
    assert r.json()["scaleMaxLabel"] == ""
    assert (await editor.delete(f"{url}/{question['id']}")).status_code == 204
    assert (await editor.get(url)).json()["total"] == 0


@pytest.mark.parametrize(("level", "dimension", "ok"), [
    ("participant", "learning_effect", True), ("participant", "attitude", True), ("programme", "relevance", True),
    ("organisation", "room_to_apply", True), ("programme", "behaviour", False), ("organisation", "quality", False),
    ("participant", "support", False), (None, "motivation", False), ("programme", None, True), (None, None, True),
])
async def test_a_dimension_belongs_to_its_level(api_as, db, org, level, dimension, ok):
    editor = api_as("editor")
    instrument = make_instrument(db, org)
    r = await editor.post(f"{API}/instruments/{instrument.id}/questions",
                          json={"text": "Vraag", "type": "likert_5", "level": level, "dimension": dimension})
    if ok:
        assert r.status_code == 201, r.text
    else:
        assert r.status_code == 400 and pointers(r) == ["/dimension"] and codes(r) == ["dimension_of_other_level"]


async def test_changing_the_level_away_from_the_dimension_is_refused(api_as, db, org):
    editor = api_as("editor")
    instrument = make_instrument(db, org)
    question = make_question(db, org, instrument, level="participant", dimension="behaviour")
    url = f"{API}/instruments/{instrument.id}/questions/{question.id}"
    r = await editor.patch(url, json={"level": "programme"}, headers={"If-Match": '"1"'})
    assert r.status_code == 400 and pointers(r) == ["/dimension"]
    r = await editor.patch(url, json={"level": "programme", "dimension": "functioning"}, headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["dimension"] == "functioning"


async def test_reorder_by_position(api_as, db, org):
    editor = api_as("editor")
    instrument = make_instrument(db, org)
    made = [make_question(db, org, instrument, text=f"V{i}") for i in range(4)]
    url = f"{API}/instruments/{instrument.id}/questions"
    r = await editor.patch(f"{url}/{made[3].id}", json={"position": 0}, headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["position"] == 0
    assert [q["text"] for q in (await editor.get(url)).json()["items"]] == ["V3", "V0", "V1", "V2"]
    version = (await editor.get(f"{url}/{made[0].id}")).json()["version"]
    r = await editor.patch(f"{url}/{made[0].id}", json={"position": 99}, headers={"If-Match": f'"{version}"'})
    assert r.status_code == 200 and r.json()["position"] == 3
    assert [q["text"] for q in (await editor.get(url)).json()["items"]] == ["V3", "V1", "V2", "V0"]
    r = await editor.post(url, json={"text": "Nieuw", "type": "open_text", "position": 1})
    assert [q["text"] for q in (await editor.get(url)).json()["items"]] == ["V3", "Nieuw", "V1", "V2", "V0"]
    await editor.delete(f"{url}/{made[1].id}")
    assert [q["position"] for q in (await editor.get(url)).json()["items"]] == [0, 1, 2, 3]


async def test_publish_needs_questions_and_two_options_per_choice(api_as, db, org):
    editor = api_as("editor")
    instrument = make_instrument(db, org)
    url = f"{API}/instruments/{instrument.id}/publish"
    r = await editor.post(url)
    assert r.status_code == 409 and r.json()["code"] == "instrument_has_no_questions"
    make_question(db, org, instrument, text="Open", type=QuestionType.open_text)
    make_question(db, org, instrument, text="Kies", type=QuestionType.single_choice,
                  options=[{"key": "only", "label": "Eén"}])
    r = await editor.post(url)
    assert r.status_code == 409 and r.json()["code"] == "choice_needs_options"
    assert r.json()["params"]["number"] == 2
    question = (await editor.get(f"{API}/instruments/{instrument.id}/questions")).json()["items"][1]
    await editor.patch(f"{API}/instruments/{instrument.id}/questions/{question['id']}",
                       json={"options": [{"key": "a", "label": "A"}, {"key": "b", "label": "B"}]},
                       headers={"If-Match": '"1"'})
    r = await editor.post(url)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "published" and body["publishedAt"] and body["publishedBy"]["id"] == str(editor.user.id)


async def test_a_published_instrument_is_frozen_on_every_write_path(api_as, db, org):
    editor = api_as("editor")
    instrument = make_published(db, org)
    url = f"{API}/instruments/{instrument.id}"
    question = (await editor.get(f"{url}/questions")).json()["items"][0]
    q_url = f"{url}/questions/{question['id']}"
    etag = {"If-Match": f'"{instrument.version}"'}
    attempts = [
        await editor.patch(url, json={"title": "Anders"}, headers=etag),
        await editor.delete(url),
        await editor.post(f"{url}/publish"),
        await editor.post(f"{url}/questions", json={"text": "Extra", "type": "open_text"}),
        await editor.patch(q_url, json={"text": "Anders"}, headers={"If-Match": '"1"'}),
        await editor.patch(q_url, json={"position": 1}, headers={"If-Match": '"1"'}),
        await editor.delete(q_url),
    ]
    for r in attempts:
        assert r.status_code == 409, r.text
        assert r.json()["code"] == "instrument_published"
        assert "new version" in r.json()["detail"]
    assert [q["text"] for q in (await editor.get(f"{url}/questions")).json()["items"]] == ["Vraag 0", "Vraag 1"]
    assert (await editor.get(url)).json()["title"] == instrument.title


async def test_new_versions(api_as, db, org):
    editor = api_as("editor")
    first = make_published(db, org, title="Effectmeting")
    url = f"{API}/instruments/{first.id}/versions"
    r = await editor.post(url)
    assert r.status_code == 201, r.text
    second = r.json()
    assert second["versionNumber"] == 2 and second["status"] == "draft" and second["familyId"] == str(first.id)
    assert second["previousVersionId"] == str(first.id) and second["questionCount"] == 2
    r = await editor.post(url)
    assert r.status_code == 409 and r.json()["code"] == "draft_version_exists"
    assert r.json()["params"]["version"] == 2
    r = await editor.post(f"{API}/instruments/{second['id']}/versions")
    assert r.status_code == 409 and r.json()["code"] == "instrument_is_draft"
    # the copy is free to change; the first stays as it was
    copy = (await editor.get(f"{API}/instruments/{second['id']}/questions")).json()["items"]
    r = await editor.patch(f"{API}/instruments/{second['id']}/questions/{copy[0]['id']}", json={"text": "Nieuw"},
                           headers={"If-Match": '"1"'})
    assert r.status_code == 200
    old = (await editor.get(f"{API}/instruments/{first.id}/questions")).json()["items"]
    assert old[0]["text"] == "Vraag 0" and old[0]["id"] != copy[0]["id"]
    assert (await editor.post(f"{API}/instruments/{second['id']}/publish")).status_code == 200
    r = await editor.post(f"{API}/instruments/{second['id']}/versions")
    assert r.status_code == 201 and r.json()["versionNumber"] == 3 and r.json()["familyId"] == str(first.id)
    family = await editor.get(f"{API}/instruments", params={"familyId": str(first.id), "sort": "versionNumber"})
    assert [i["versionNumber"] for i in family.json()["items"]] == [1, 2, 3]


async def test_competency_and_learning_goal_must_be_yours(api_as, db, org, other_org):
    editor = api_as("editor")
    instrument = make_instrument(db, org)
    foreign = make_competency(db, make_framework(db, other_org))
    foreign_goal = make_learning_goal(db, make_goal(db, make_development(db, make_plan(db, other_org))))
    url = f"{API}/instruments/{instrument.id}/questions"
    r = await editor.post(url, json={"text": "V", "type": "likert_5", "competencyId": str(foreign.id)})
    assert r.status_code == 400 and pointers(r) == ["/competencyId"]
    r = await editor.post(url, json={"text": "V", "type": "likert_5", "learningGoalId": str(foreign_goal.id)})
    assert r.status_code == 400 and pointers(r) == ["/learningGoalId"]


async def test_deleting_what_a_question_asks_about_is_refused(api_as, db, org):
    editor = api_as("admin")
    framework = make_framework(db, org)
    competency = make_competency(db, framework)
    development = make_development(db, make_plan(db, org))
    goal = make_goal(db, development)
    learning_goal = make_learning_goal(db, goal)
    instrument = make_instrument(db, org, title="Effectmeting")
    make_question(db, org, instrument, competency_id=competency.id, learning_goal_id=learning_goal.id)
    for path in (f"competencies/{competency.id}", f"competency-frameworks/{framework.id}",
                 f"learning-goals/{learning_goal.id}", f"goals/{goal.id}", f"developments/{development.id}",
                 f"plans/{development.plan_id}"):
        r = await editor.delete(f"{API}/{path}")
        assert r.status_code == 409, (path, r.text)
        assert r.json()["code"] == "asked_in_instruments"
        assert r.json()["params"] == {"count": 1, "names": "Effectmeting (v1)",
                                         "items": ["Effectmeting (v1)"], "more": 0}
    # gone with the draft, the competency can go
    assert (await editor.delete(f"{API}/instruments/{instrument.id}")).status_code == 204
    assert (await editor.delete(f"{API}/competencies/{competency.id}")).status_code == 204
    assert (await editor.delete(f"{API}/learning-goals/{learning_goal.id}")).status_code == 204


async def test_another_organisations_instrument_is_not_found(api_as, db, other_org):
    editor = api_as("editor")
    instrument = make_instrument(db, other_org)
    question = make_question(db, other_org, instrument)
    assert (await editor.get(f"{API}/instruments/{instrument.id}")).status_code == 404
    assert (await editor.get(f"{API}/instruments/{instrument.id}/questions")).status_code == 404
    assert (await editor.get(f"{API}/instruments/{instrument.id}/questions/{question.id}")).status_code == 404
    assert (await editor.post(f"{API}/instruments/{instrument.id}/publish")).status_code == 404
    assert (await editor.post(f"{API}/instruments/{instrument.id}/versions")).status_code == 404


async def test_a_viewer_cannot_write(api_as, db, org):
    viewer = api_as("viewer")
    instrument = make_instrument(db, org)
    assert (await viewer.post(f"{API}/instruments", json={"title": "X", "purpose": "custom"})).status_code == 403
    assert (await viewer.post(f"{API}/instruments/{instrument.id}/publish")).status_code == 403


async def test_list_query_counts_do_not_grow(api_as, db, org, count_queries):
    client = api_as("editor")
    make_published(db, org)
    await client.get(f"{API}/instruments")
    with count_queries() as small:
        assert (await client.get(f"{API}/instruments", params={"pageSize": 200})).status_code == 200
    for _ in range(30):
        make_published(db, org, questions_=1)
    with count_queries() as large:
        body = (await client.get(f"{API}/instruments", params={"pageSize": 200})).json()
    assert len(body["items"]) == 31
    assert large.n == small.n
