"""The HTTP conventions of DESIGN §3, each shown over HTTP as a client would see it."""

import json

import httpx
import pytest

from app.core.config import API_VERSION
from app.main import create_app

pytestmark = pytest.mark.anyio

PROBLEM = "application/problem+json"


def assert_problem(r, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith(PROBLEM)
    body = r.json()
    assert body["status"] == status and body["title"] and body["detail"] and body["type"]
    assert body["instance"] == f"urn:uuid:{r.headers['x-request-id']}"
    return body


async def test_invalid_body_is_400_listing_every_field(api_as):
    client = api_as("admin")
    r = await client.post("/api/v1/users", json={"email": "not-an-address", "role": "chief", "extra": 1})
    body = assert_problem(r, 400)
    pointers = {e["pointer"] for e in body["errors"]}
    assert {"/email", "/role", "/name", "/password", "/extra"} <= pointers


async def test_malformed_json_is_400(api_as):
    r = await api_as("admin").post("/api/v1/users", content=b'{"email": ', headers={"content-type": "application/json"})
    body = assert_problem(r, 400)
    assert body["errors"][0]["detail"] == "The body is not valid JSON."


async def test_invalid_query_parameter_is_400_naming_it(api_as):
    r = await api_as("admin").get("/api/v1/users", params={"pageSize": 201})
    body = assert_problem(r, 400)
    assert body["errors"][0]["pointer"] == "#/query/pageSize"


async def test_unknown_sort_field_is_400(api_as):
    body = assert_problem(await api_as("admin").get("/api/v1/users", params={"sort": "password"}), 400)
    assert body["errors"][0]["pointer"] == "#/query/sort"


async def test_not_logged_in_is_401(anon):
    r = await anon.get("/api/v1/users")
    assert_problem(r, 401)
    assert r.headers["www-authenticate"] == "Bearer"


async def test_wrong_role_is_403(api_as):
    body = assert_problem(await api_as("viewer").get("/api/v1/users"), 403)
    assert "admin" in body["detail"]


async def test_unknown_path_is_problem_404(anon):
    assert_problem(await anon.get("/api/v1/nothing-here"), 404)
    assert_problem(await anon.get("/api/v2/users"), 404)


async def test_trailing_slash_is_404_not_a_redirect(api_as):
    r = await api_as("admin").get("/api/v1/users/")
    assert_problem(r, 404)
    assert "location" not in r.headers


async def test_wrong_method_is_405_with_every_allowed_method(api_as):
    r = await api_as("admin").put("/api/v1/users", json={})
    assert_problem(r, 405)
    assert set(r.headers["allow"].split(", ")) == {"GET", "POST"}


async def test_conflict_is_409(api_as):
    client = api_as("admin")
    data = {"email": "dubbel@example.org", "name": "Dubbel", "role": "viewer", "password": "lang genoeg wachtwoord"}
    assert (await client.post("/api/v1/users", json=data)).status_code == 201
    body = assert_problem(await client.post("/api/v1/users", json=data), 409)
    assert body["errors"][0]["pointer"] == "/email"


async def test_stale_if_match_is_412_and_missing_is_428(api_as):
    client = api_as("admin")
    r = await client.get("/api/v1/organisation")
    etag = r.headers["etag"]
    assert etag == f'"{r.json()["version"]}"'
    assert_problem(await client.patch("/api/v1/organisation", json={"minimumReportGroupSize": 6}), 428)
    ok = await client.patch("/api/v1/organisation", json={"minimumReportGroupSize": 6}, headers={"If-Match": etag})
    assert ok.status_code == 200 and ok.headers["etag"] != etag
    stale = await client.patch("/api/v1/organisation", json={"minimumReportGroupSize": 7}, headers={"If-Match": etag})
    assert_problem(stale, 412)
    assert (await client.get("/api/v1/organisation")).json()["minimumReportGroupSize"] == 6


async def test_body_over_the_limit_is_413(api_as, settings):
    client = api_as("admin")
    big = json.dumps({"name": "x" * settings.max_body_bytes}).encode()
    assert_problem(await client.post("/api/v1/users", content=big, headers={"content-type": "application/json"}), 413)

    async def chunks():  # no Content-Length: the limit still holds
        for _ in range(3):
            yield b"x" * (settings.max_body_bytes // 2)

    r = await client.post("/api/v1/users", content=chunks(), headers={"content-type": "application/json"})
    assert_problem(r, 413)


async def test_body_that_is_not_json_is_415(api_as):
    r = await api_as("admin").post("/api/v1/users", content=b"email=a", headers={"content-type": "text/plain"})
    assert_problem(r, 415)


async def test_unexpected_error_is_500_without_a_trace(connection, settings, caplog):
    def explode() -> None:
        raise RuntimeError("secret internals")

    app = create_app(settings, bind=connection)  # its own: the route it adds is not for the other tests
    app.state.api.add_api_route("/explode", explode)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver") as anon:
        r = await anon.get("/api/v1/explode")
    body = assert_problem(r, 500)
    assert "secret internals" not in r.text and "Traceback" not in r.text
    assert body["instance"].endswith(r.headers["x-request-id"])
    assert any("secret internals" in (rec.exc_text or str(rec.exc_info)) for rec in caplog.records)


@pytest.mark.parametrize("path", ["/api/v1/health", "/api/v1/nothing", "/api/v1/users", "/api/v1/openapi.json"])
async def test_every_response_has_api_version_and_security_headers(anon, path):
    r = await anon.get(path)
    assert r.headers["api-version"] == API_VERSION
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert r.headers["referrer-policy"] == "no-referrer"
    assert r.headers["cache-control"] == "no-store"


async def test_request_id_is_taken_from_the_caller_or_made(anon):
    r = await anon.get("/api/v1/health", headers={"X-Request-ID": "abc12345-from-caller"})
    assert r.headers["x-request-id"] == "abc12345-from-caller"
    r = await anon.get("/api/v1/health", headers={"X-Request-ID": "bad id with spaces"})
    assert r.headers["x-request-id"] != "bad id with spaces" and len(r.headers["x-request-id"]) == 36


async def test_json_is_camel_case(api_as):
    body = (await api_as("admin").get("/api/v1/users")).json()
    assert set(body) == {"items", "page", "pageSize", "total"}
    assert {"isActive", "lastLoginAt", "createdAt"} <= set(body["items"][0])


async def test_pagination_pages_sorts_and_links(api_as, db, org):
    from tests import factories

    client = api_as("admin")
    for _ in range(4):
        factories.make_user(db, org, role="viewer")
    first = await client.get("/api/v1/users", params={"pageSize": 2, "sort": "-email"})
    body = first.json()
    assert body["total"] == 5 and body["page"] == 1 and len(body["items"]) == 2
    emails = [u["email"] for u in body["items"]]
    assert emails == sorted(emails, reverse=True)
    links = first.headers["link"]
    assert 'rel="next"' in links and 'rel="last"' in links and 'rel="prev"' not in links
    assert "page=3" in links.split('rel="next"')[1]
    last = (await client.get("/api/v1/users", params={"pageSize": 2, "page": 3, "sort": "-email"})).json()
    assert len(last["items"]) == 1
    everything = [u["email"] for u in (await client.get("/api/v1/users", params={"sort": "-email"})).json()["items"]]
    assert everything[:2] == emails


async def test_readiness_reports_database_and_schema(anon):
    r = await anon.get("/api/v1/health/ready")
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "ready" and r.json()["schemaRevision"]


async def test_openapi_document_and_docs_are_public(anon):
    document = (await anon.get("/api/v1/openapi.json")).json()
    assert document["info"]["contact"]["email"] and document["info"]["version"] == API_VERSION
    docs = await anon.get("/api/v1/docs")
    assert docs.status_code == 200 and "/api/v1/openapi.json" in docs.text
    assert (await anon.get("/api/v1/docs-assets/swagger-ui-bundle.js")).status_code == 200


async def test_nul_characters_are_400_on_every_database(api_as):
    client = api_as("admin")
    r = await client.get("/api/v1/users", params={"q": "a\x00b"})
    assert assert_problem(r, 400)["errors"][0]["pointer"] == "#/query/q"
    r = await client.post("/api/v1/users", json={"email": "a@example.org", "name": "a\x00", "role": "viewer",
                                                 "password": "lang genoeg wachtwoord"})
    assert assert_problem(r, 400)["errors"][0]["pointer"] == "/name"
    assert r.json()["errors"][0]["code"] == "nul_character"


async def test_a_failed_commit_is_an_error_not_a_success(app, api_as, monkeypatch):
    from sqlmodel import Session

    client = api_as("admin")

    def refuse(self):
        raise RuntimeError("the database refused the commit")

    monkeypatch.setattr(Session, "commit", refuse)
    r = await client.post("/api/v1/users", json={"email": "lost@example.org", "name": "Lost", "role": "viewer",
                                                 "password": "lang genoeg wachtwoord"})
    assert r.status_code == 500


async def test_a_path_that_matches_only_as_a_word_is_405_not_400(api_as):
    """`/budgets/export` is not a budget id: a PATCH there is 405 with the export's methods, and a word where an
    id belongs is 404."""
    client = api_as("admin")
    r = await client.patch("/api/v1/budgets/export", json={})
    assert_problem(r, 405)
    assert r.headers["allow"] == "GET"
    assert_problem(await client.get("/api/v1/budgets/not-an-id"), 404)


async def test_a_whole_float_is_an_integer_and_a_string_is_not(api_as):
    client = api_as("admin")
    r = await client.post("/api/v1/budgets", json={"year": 2019.0, "stream": "strategic", "amount": "1.00"})
    assert r.status_code == 201 and r.json()["year"] == 2019, r.text
    for year in ("2020", 2020.5, True):
        r = await client.post("/api/v1/budgets", json={"year": year, "stream": "personal", "amount": "1.00"})
        assert assert_problem(r, 400)["errors"][0]["pointer"] == "/year"


async def test_a_number_too_long_to_read_is_a_field_error(api_as):
    body = '{"stream": "strategic", "amount": "1.00", "year": 1%s}' % ("0" * 5000)
    r = await api_as("admin").post("/api/v1/budgets", content=body, headers={"content-type": "application/json"})
    (error,) = assert_problem(r, 400)["errors"]
    assert error["pointer"] == "/year" and error["code"] == "number_too_long"


@pytest.mark.parametrize("amount", ["-928.7", "1e3", "007", "1.", " 5", 5, "1.234"])
async def test_money_is_a_plain_decimal_string(api_as, amount):
    r = await api_as("admin").post("/api/v1/budgets", json={"year": 2014, "stream": "strategic", "amount": amount})
    assert assert_problem(r, 400)["errors"][0]["pointer"] == "/amount"


async def test_an_update_field_that_cannot_be_cleared_refuses_null(api_as):
    client = api_as("admin")
    r = await client.post("/api/v1/budgets", json={"year": 2014, "stream": "strategic", "amount": "1.00"})
    url, etag = f"/api/v1/budgets/{r.json()['id']}", r.headers["etag"]
    r = await client.patch(url, json={"year": None}, headers={"If-Match": etag})
    assert assert_problem(r, 400)["errors"][0]["pointer"] == "/year"
