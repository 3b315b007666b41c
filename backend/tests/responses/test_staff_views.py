"""Staff read a round's responses: who answered only in a named round, never the pseudonym; the list is paged at
a constant number of queries; another organisation's round is a 404."""

import pytest

from app.core.vocabulary import AnonymityMode
from tests.responses.staff_factories import make_person, make_response, make_round, make_survey

pytestmark = pytest.mark.anyio


async def test_a_named_round_lists_each_response_with_its_person_and_answers(api_as, db, org):
    instrument, questions = make_survey(db, org)
    round_ = make_round(db, org, instrument, anonymity=AnonymityMode.named)
    anna = make_person(db, org, name="Anna de Vries")
    make_response(db, org, round_, questions, [4, 9, "oefenen", "Meer oefenen graag", ["trainer", "groep"]],
                  person=anna)
    body = (await api_as("viewer").get(f"/api/v1/rounds/{round_.id}/responses")).json()
    assert body["total"] == 1
    item = body["items"][0]
    assert item["person"] == {"id": str(anna.id), "name": "Anna de Vries"}
    assert item["submittedOn"] == "2026-09-02"
    values = {answer["questionId"]: answer["value"] for answer in item["answers"]}
    assert values == {str(questions[0].id): 4, str(questions[1].id): 9, str(questions[2].id): "oefenen",
                      str(questions[3].id): "Meer oefenen graag", str(questions[4].id): ["trainer", "groep"]}


@pytest.mark.parametrize("mode", [AnonymityMode.pseudonymous, AnonymityMode.anonymous])
async def test_other_modes_never_show_who_answered_nor_the_pseudonym(api_as, db, org, mode):
    instrument, questions = make_survey(db, org)
    round_ = make_round(db, org, instrument, anonymity=mode)
    make_response(db, org, round_, questions, [2, None, None, None, None],
                  pseudonym="a" * 64 if mode is AnonymityMode.pseudonymous else None)
    response = await api_as("viewer").get(f"/api/v1/rounds/{round_.id}/responses")
    assert response.status_code == 200
    item = response.json()["items"][0]
    assert item["person"] is None
    assert "pseudonym" not in item and "a" * 64 not in response.text
    assert item["answers"] == [{"questionId": str(questions[0].id), "value": 2}]
    assert (item["submittedAt"] is None) == (mode is AnonymityMode.anonymous)


async def test_an_erased_person_leaves_the_answers_without_a_name(api_as, db, org):
    instrument, questions = make_survey(db, org)
    round_ = make_round(db, org, instrument)
    make_response(db, org, round_, questions, [5, 10, None, None, None])  # person_id set null by erasure
    item = (await api_as("viewer").get(f"/api/v1/rounds/{round_.id}/responses")).json()["items"][0]
    assert item["person"] is None and len(item["answers"]) == 2


async def test_another_organisations_round_is_not_found(api_as, db, org, other_org):
    instrument, _ = make_survey(db, other_org)
    round_ = make_round(db, other_org, instrument)
    client = api_as("viewer")
    for path in ("responses", "responses/export?format=csv", "responses/export?format=xlsx", "responses/codebook"):
        response = await client.get(f"/api/v1/rounds/{round_.id}/{path}")
        assert response.status_code == 404, path
        assert response.headers["content-type"].startswith("application/problem+json")


async def test_the_response_list_needs_a_login(anon, db, org):
    instrument, _ = make_survey(db, org)
    round_ = make_round(db, org, instrument)
    assert (await anon.get(f"/api/v1/rounds/{round_.id}/responses")).status_code == 401


async def test_the_list_does_not_grow_in_queries_with_the_page(api_as, db, org, count_queries):
    instrument, questions = make_survey(db, org)
    round_ = make_round(db, org, instrument)

    def grow(n):
        for i in range(n):
            make_response(db, org, round_, questions, [3, 7, "groep", f"tekst {i}", ["trainer"]],
                          person=make_person(db, org))

    client = api_as("viewer")
    path = f"/api/v1/rounds/{round_.id}/responses"
    grow(1)
    await client.get(path)
    with count_queries() as small:
        assert (await client.get(path, params={"pageSize": 200})).status_code == 200
    grow(30)
    with count_queries() as large:
        body = (await client.get(path, params={"pageSize": 200})).json()
    assert len(body["items"]) == 31 and all(len(item["answers"]) == 5 for item in body["items"])
    assert large.n == small.n


async def test_the_list_pages_and_sorts_by_day(api_as, db, org):
    from datetime import date
    instrument, questions = make_survey(db, org)
    round_ = make_round(db, org, instrument, anonymity=AnonymityMode.anonymous)
    for day in (date(2026, 9, 5), date(2026, 9, 2), date(2026, 9, 3)):
        make_response(db, org, round_, questions, [1, None, None, None, None], day=day)
    client = api_as("viewer")
    first = (await client.get(f"/api/v1/rounds/{round_.id}/responses", params={"pageSize": 2})).json()
    assert first["total"] == 3 and [i["submittedOn"] for i in first["items"]] == ["2026-09-02", "2026-09-03"]
    latest = (await client.get(f"/api/v1/rounds/{round_.id}/responses", params={"sort": "-submittedOn"})).json()
    assert latest["items"][0]["submittedOn"] == "2026-09-05"
    bad = await client.get(f"/api/v1/rounds/{round_.id}/responses", params={"sort": "name"})
    assert bad.status_code == 400
