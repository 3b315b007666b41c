"""The built-in templates: in both languages, the effect measurement covers every dimension on its level and all
12 levers of transfer; the evaluation form asks about trainer, content, added value and location; creating from
a template gives a draft with its questions that can be published as it is."""

import pytest

from app.core.vocabulary import DIMENSION_LEVEL, Dimension, QuestionnaireLanguage, TransferLever
from app.questionnaires.templates import templates

pytestmark = pytest.mark.anyio
API = "/api/v1"


@pytest.mark.parametrize("language", list(QuestionnaireLanguage))
async def test_the_effect_measurement_covers_every_dimension_and_lever(api_as, language):
    client = api_as("viewer")
    r = await client.get(f"{API}/instrument-templates/effect_measurement", params={"language": language})
    assert r.status_code == 200
    questions = r.json()["questions"]
    assert {q["dimension"] for q in questions} == set(Dimension)
    assert {q["transferLever"] for q in questions} - {None} == set(TransferLever)
    assert {q["level"] for q in questions} == {"participant", "programme", "organisation"}
    for q in questions:
        assert q["dimension"] is None or DIMENSION_LEVEL[q["dimension"]] == q["level"]
        assert q["text"]
        if q["type"].startswith("likert") or q["type"] == "scale_0_10":
            assert q["scaleMinLabel"] and q["scaleMaxLabel"]


def test_every_template_is_written_in_both_languages():
    for template in templates():
        for texts in (template.title, template.description, template.intro, template.closing):
            assert all(texts) and texts[0] != texts[1], (template.key, texts)
        for item in template.items:
            assert all(item.text) and item.text[0] != item.text[1], (template.key, item.text)
            assert bool(item.help_text[0]) == bool(item.help_text[1])
            for option in item.options:
                assert all(option.label)
            assert item.dimension is None or DIMENSION_LEVEL[item.dimension] == item.level


async def test_the_evaluation_form_asks_about_trainer_content_added_value_and_location(api_as):
    client = api_as("viewer")
    r = await client.get(f"{API}/instrument-templates/intervention_evaluation", params={"language": "nl"})
    texts = " ".join(q["text"] + " " + q["helpText"] for q in r.json()["questions"]).lower()
    for word in ("trainer", "inhoud", "toegevoegde waarde", "locatie"):
        assert word in texts
    assert any(q["type"] == "open_text" for q in r.json()["questions"])
    r = await client.get(f"{API}/instrument-templates/intervention_evaluation", params={"language": "en"})
    texts = " ".join(q["text"] + " " + q["helpText"] for q in r.json()["questions"]).lower()
    for word in ("trainer", "content", "added value", "location"):
        assert word in texts


async def test_list_and_unknown_template(api_as):
    client = api_as("viewer")
    r = await client.get(f"{API}/instrument-templates")
    items = r.json()["items"]
    assert {(i["key"], i["language"]) for i in items} == {
        (key, lang) for key in ("effect_measurement", "intervention_evaluation", "learning_preferences")
        for lang in ("nl", "en")}
    assert all(i["questionCount"] > 0 for i in items)
    r = await client.get(f"{API}/instrument-templates", params={"language": "en"})
    assert {i["language"] for i in r.json()["items"]} == {"en"} and r.json()["total"] == 3
    assert (await client.get(f"{API}/instrument-templates/nothing")).status_code == 404


@pytest.mark.parametrize("key", ["effect_measurement", "intervention_evaluation", "learning_preferences"])
@pytest.mark.parametrize("language", ["nl", "en"])
async def test_a_draft_from_a_template_publishes_as_it_is(api_as, key, language):
    editor = api_as("editor")
    template = (await editor.get(f"{API}/instrument-templates/{key}", params={"language": language})).json()
    r = await editor.post(f"{API}/instruments", json={"templateKey": key, "language": language})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["status"] == "draft" and body["templateKey"] == key and body["title"] == template["title"]
    assert body["language"] == language and body["purpose"] == template["purpose"]
    assert body["questionCount"] == len(template["questions"])
    questions = (await editor.get(f"{API}/instruments/{body['id']}/questions")).json()["items"]
    assert [q["text"] for q in questions] == [q["text"] for q in template["questions"]]
    assert (await editor.post(f"{API}/instruments/{body['id']}/publish")).status_code == 200


async def test_fields_given_replace_the_templates(api_as):
    editor = api_as("editor")
    r = await editor.post(f"{API}/instruments", json={"templateKey": "effect_measurement", "title": "Voormeting TR"})
    assert r.status_code == 201 and r.json()["title"] == "Voormeting TR" and r.json()["purpose"] == "effect_measurement"
