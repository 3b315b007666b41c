"""Hostile bodies on the public respondent routes (issue 18): too large, nested deeper than any answer can be, too
many answers, wrong types. Each is a 4xx problem naming what is wrong, never a 500, and nothing is stored."""

import pytest

from tests.responses.factories import bearer, invite, make_full_instrument, make_round

pytestmark = pytest.mark.anyio
ROUTES = (("PUT", "/api/v1/respondent/draft"), ("POST", "/api/v1/respondent/submission"))


@pytest.fixture
def token(db, org):
    return invite(db, org, make_round(db, org, make_full_instrument(db, org)))[1]


@pytest.mark.parametrize(("method", "path"), ROUTES)
async def test_a_body_over_the_limit_is_413_before_it_is_read(anon, token, method, path):
    body = b'{"answers": [' + b'{"questionId": "x", "value": "' + b"a" * (3 * 1024 * 1024) + b'"}]}'
    answer = await anon.request(method, path, content=body,
                                headers={**bearer(token), "Content-Type": "application/json"})
    assert answer.status_code == 413 and answer.json()["code"] == "payload_too_large"


@pytest.mark.parametrize("depth", [100, 10_000, 100_000])
@pytest.mark.parametrize(("method", "path"), ROUTES)
async def test_deeply_nested_values_are_400_not_500(anon, token, method, path, depth):
    nested = "[" * depth + "]" * depth
    body = '{"answers": [{"questionId": "00000000-0000-4000-8000-000000000000", "value": ' + nested + "}]}"
    answer = await anon.request(method, path, content=body.encode(),
                                headers={**bearer(token), "Content-Type": "application/json"})
    assert answer.status_code == 400, answer.text[:300]
    assert answer.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(("method", "path"), ROUTES)
async def test_too_many_answers_and_wrong_shapes_are_named(anon, token, method, path):
    many = {"answers": [{"questionId": "00000000-0000-4000-8000-000000000000", "value": 1}] * 501}
    answer = await anon.request(method, path, json=many, headers=bearer(token))
    assert answer.status_code == 400 and answer.json()["errors"][0]["pointer"] == "/answers"
    for body in ([], {"answers": "alles"}, {"answers": [{"questionId": 7}]}, {"antwoorden": []}):
        answer = await anon.request(method, path, json=body, headers=bearer(token))
        assert answer.status_code == 400, (body, answer.text[:300])
        assert answer.json()["errors"], body


async def test_nothing_of_a_refused_body_is_stored(anon, db, org, token):
    nested = "[" * 10_000 + "]" * 10_000
    await anon.put("/api/v1/respondent/draft", headers={**bearer(token), "Content-Type": "application/json"},
                   content=('{"answers": [{"questionId": "00000000-0000-4000-8000-000000000000", "value": '
                            + nested + "}]}").encode())
    questionnaire = (await anon.get("/api/v1/respondent/questionnaire", headers=bearer(token))).json()
    assert questionnaire["draft"] is None and questionnaire["status"] == "opened"
