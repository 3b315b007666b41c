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
# a file extension as `.ics` may end a segment (the Logius pattern allows dots)
KEBAB_PATH = re.compile(r"^(/|((/([a-z0-9\-]+|\{[^}]+\})+(\.[a-z]+)?)+))$")
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


UPPER_CAMEL = re.compile(r"^[A-Z][a-zA-Z0-9]*$")
# The ADR linter's date rule: a property named date/datum, or ending in Date/Datum.
DATE_NAME = re.compile(r"^(date|datum)$|((\w+D)|(_[dD]))((ate)|(atum))")


def properties(document):
    for name, schema in document["components"]["schemas"].items():
        for prop, value in schema.get("properties", {}).items():
            yield name, prop, value


def formats_within(value: dict) -> set:
    found = {value["format"]} if "format" in value else set()
    for option in value.get("anyOf", []) + value.get("oneOf", []) + value.get("allOf", []):
        found |= formats_within(option)
    return found


def test_schema_names_are_upper_camel_case(document):
    """A generic page is `InterventionPage`, never `Page_InterventionRead_`."""
    bad = [name for name in document["components"]["schemas"] if not UPPER_CAMEL.match(name)]
    assert not bad
    assert "InterventionPage" in document["components"]["schemas"]


def test_every_date_property_has_its_format_on_the_property(document):
    """Also a nullable one: the format is on the property itself, where the linter looks, never hidden in an
    `anyOf` with null."""
    for name, prop, value in properties(document):
        formats = formats_within(value)
        if formats:
            assert value.get("format") in formats and "anyOf" not in value, (name, prop, value)
        if DATE_NAME.search(prop):
            assert value.get("format") == "date", (name, prop, value)


def test_every_input_date_and_year_has_bounds(document):
    """What a client sends: a date's pattern keeps it within 1900-2200, a year has a minimum and maximum."""
    checked = 0
    for name, prop, value in properties(document):
        if not name.endswith(("Create", "Update")):
            continue
        if value.get("format") == "date":
            assert value["pattern"] == r"^(19\d\d|2[01]\d\d|2200)-", (name, prop)
            checked += 1
        if (prop.endswith("Year") or prop == "year") and value.get("type") == "integer":
            assert value["minimum"] >= 1900 and value["maximum"] <= 2200, (name, prop)
            checked += 1
    assert checked >= 10


def test_a_field_that_may_be_left_out_but_not_cleared_is_not_nullable(document):
    schemas = document["components"]["schemas"]
    assert schemas["ExpenditureUpdate"]["properties"]["date"]["type"] == "string"
    assert schemas["BudgetUpdate"]["properties"]["year"]["type"] == "integer"
    assert schemas["BudgetLineUpdate"]["properties"]["cap"]["type"] == ["string", "null"]  # this one may be cleared


def test_every_patch_requires_if_match_and_documents_428(document):
    for path, method, operation in operations(document):
        if method == "patch":
            (header,) = [p for p in operation["parameters"] if p["in"] == "header" and p["name"] == "If-Match"]
            assert header["required"] and header["schema"]["type"] == "string", path
            assert "428" in operation["responses"] and "412" in operation["responses"], path


def test_decimal_patterns_admit_exactly_what_is_accepted():
    """A money pattern admits no sign, exponent or leading zero, and nothing above its maximum."""
    schemas = create_api().openapi()["components"]["schemas"]
    amount = re.compile(schemas["BudgetCreate"]["properties"]["amount"]["pattern"])
    positive = re.compile(schemas["ExpenditureCreate"]["properties"]["amount"]["pattern"])
    percent = re.compile(schemas["OrganisationUpdate"]["properties"]["trainingBudgetTargetPercent"]["pattern"])
    for text in ("0", "0.5", "314777.00", "999999999999.99"):
        assert amount.fullmatch(text), text
    for text in ("-928.7", "-0", "1e3", "007", "1.", ".5", "1.234", "1000000000000", " 5"):
        assert not amount.fullmatch(text), text
    assert not positive.fullmatch("0.00") and not positive.fullmatch("0") and positive.fullmatch("0.01")
    assert percent.fullmatch("100.00") and percent.fullmatch("99.99") and not percent.fullmatch("100.01")
