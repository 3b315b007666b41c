"""The OpenAPI document against the rules of the NL API Design Rules linter (Logius' Spectral ruleset),
checked here in Python so the suite needs no network, and against the committed copy the SPA's types
are generated from."""

import json
import re
from pathlib import Path

import pytest

from app.core.config import API_VERSION
from app.main import create_api

FRONTEND_COPY = Path(__file__).resolve().parents[3] / "frontend" / "openapi.json"
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
KEBAB_PATH = re.compile(r"^(/|((/([a-z0-9\-]+|\{[^}]+\}))+))$")
CAMEL_QUERY = re.compile(r"^\$?[a-z][a-z\d]*([A-Z][a-z\d]*)*$")


@pytest.fixture(scope="module")
def document() -> dict:
    return create_api().openapi()


def operations(document):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                yield path, method, operation


def resolve(document, obj):
    while "$ref" in obj:
        node = document
        for part in obj["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        obj = node
    return obj


def test_document_basics(document):
    assert re.match(r"^3(\.\d+){1,2}$", document["openapi"])
    contact = document["info"]["contact"]
    assert contact["name"] and contact["email"] and contact["url"]
    assert re.match(r"^\d+\.\d+\.\d+$", document["info"]["version"]) and document["info"]["version"] == API_VERSION
    assert document["servers"] and all(re.search(r"/v\d", s["url"]) for s in document["servers"])


def test_paths_are_kebab_case_without_trailing_slash(document):
    for path in document["paths"]:
        assert KEBAB_PATH.match(path), path
        assert path == "/" or not path.endswith("/"), path


def test_query_keys_are_lower_camel_case(document):
    for path, method, operation in operations(document):
        for parameter in operation.get("parameters", []):
            parameter = resolve(document, parameter)
            if parameter["in"] == "query":
                assert CAMEL_QUERY.match(parameter["name"]), (path, method, parameter["name"])


def test_operation_ids_are_unique(document):
    ids = [op["operationId"] for _, _, op in operations(document)]
    assert len(ids) == len(set(ids))


def test_every_success_documents_the_api_version_header(document):
    for path, method, operation in operations(document):
        for code, response in operation["responses"].items():
            if code[0] in "23":
                assert "API-Version" in resolve(document, response).get("headers", {}), (path, method, code)


def test_every_error_is_problem_json_requiring_status_title_detail(document):
    for path, method, operation in operations(document):
        for code, response in operation["responses"].items():
            if code[0] in "45":
                content = resolve(document, response)["content"]
                assert list(content) == ["application/problem+json"], (path, method, code)
                schema = resolve(document, content["application/problem+json"]["schema"])
                assert {"status", "title", "detail"} <= set(schema["properties"]) and \
                    {"status", "title", "detail"} <= set(schema["required"])


def test_400_is_documented_where_input_is_taken(document):
    for path, method, operation in operations(document):
        if method in {"post", "put", "patch"} or (method in {"get", "delete"} and operation.get("parameters")):
            assert "400" in operation["responses"], (path, method)
        assert "422" not in operation["responses"], (path, method)


def test_dates_have_a_format_and_no_zoneless_times(document):
    text = json.dumps(document)
    assert "date-time-local" not in text and '"format": "time"' not in text
    expires_on = document["components"]["schemas"]["ApiTokenCreate"]["properties"]["expiresOn"]
    assert expires_on["format"] == "date"


def test_the_spa_types_are_generated_from_the_current_document(document):
    """frontend/openapi.json is what `make types` generates the SPA's TypeScript from: it must be current."""
    assert FRONTEND_COPY.exists(), "run `make types`"
    assert json.loads(FRONTEND_COPY.read_text()) == document, "frontend/openapi.json is stale: run `make types`"
