"""The OpenAPI document, made to pass the NL API Design Rules linter in one place, not per route.

Every 2xx/3xx response documents the API-Version header; every error response is problem+json;
every operation that takes input documents its 400; every schema name is UpperCamelCase.
"""

import re
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from app.core.config import API_VERSION
from app.core.problem_codes import FIELD_CODES, PROBLEM_CODES

_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
_ERRORS = {
    "400": "Invalid input: every error is listed in `errors`, with a pointer to the field.",
    "401": "Not logged in, or the API token is missing, expired or revoked.",
    "403": "Your role or token scope does not allow this (or the CSRF token is missing).",
    "404": "Not found, or it belongs to another organisation.",
    "409": "Conflicts with the current state; `detail` says with what.",
    "412": "The If-Match ETag is stale: someone else changed it. Reload and retry.",
    "413": "The request body is too large.",
    "415": "The body is not JSON.",
    "428": "The If-Match header is missing.",
    "429": "Too many attempts; see Retry-After.",
    "500": "Unexpected error; `instance` carries the request id to report.",
    "503": "The database cannot be reached just now, or is too busy (`database_unavailable`); retry after "
           "`Retry-After` seconds.",
}

PROBLEM_SCHEMA = {
    "type": "object",
    "title": "Problem",
    "description": "RFC 9457 problem details.",
    "required": ["type", "title", "status", "detail", "code"],
    "x-problem-codes": sorted(PROBLEM_CODES),
    "x-field-codes": sorted(FIELD_CODES),
    "properties": {
        "type": {"type": "string", "format": "uri-reference", "description": "What kind of problem."},
        "title": {"type": "string", "description": "The HTTP status phrase."},
        "status": {"type": "integer", "format": "int32", "minimum": 100, "maximum": 599},
        "detail": {"type": "string", "description": "What went wrong, in English (for API users)."},
        "code": {"type": "string", "description": "Stable code of the problem to translate; every code is listed "
                 "in `x-problem-codes`."},
        "params": {"type": "object", "description": "The code's values, e.g. `{count: 2, names: \"A, B\"}`."},
        "instance": {"type": "string", "description": "This occurrence: `urn:uuid:<request id>`."},
        "errors": {
            "type": "array",
            "description": "Every invalid field: a JSON pointer into the body, or `#/query/<name>` for a parameter.",
            "items": {
                "type": "object",
                "required": ["pointer", "detail", "code"],
                "properties": {
                    "pointer": {"type": "string"},
                    "detail": {"type": "string", "description": "What is wrong, in English."},
                    "code": {"type": "string", "description": "Stable code to translate, e.g. `missing`, "
                             "`string_too_short`, `taken`; every code is listed in `x-field-codes`."},
                    "params": {"type": "object", "description": "Limits for the message, e.g. `{min_length: 12}`."},
                },
            },
        },
    },
}


def _camel(name: str) -> str:
    head, *tail = name.split("_")
    return head + "".join(part.title() for part in tail)


def operation_id(route: APIRoute) -> str:
    """`list_users` → `listUsers`: stable names for the generated client."""
    return _camel(route.name)


def _error_responses(method: str, operation: dict[str, Any], path: str) -> list[str]:
    codes = ["500", "503"]
    has_params = bool(operation.get("parameters"))
    has_body = "requestBody" in operation
    if operation.get("security") is not None or "security" in operation:
        codes += ["401", "403"]
    if has_body or method in {"post", "put", "patch"} or has_params:
        codes.append("400")
    if "{" in path:
        codes.append("404")
    if has_body:
        codes += ["413", "415"]
    if method in {"post", "patch", "put", "delete"}:
        codes.append("409")
    if method == "patch":
        codes += ["412", "428"]
    return codes


def _schema_name(name: str, schema: dict[str, Any]) -> str:
    """`Page_InterventionRead_` (a generic) → its title, `InterventionPage`; `Body_importInterventions`
    (FastAPI's form body) → `ImportInterventionsBody`."""
    if name.startswith("Body_"):
        operation = name.removeprefix("Body_")
        return f"{operation[:1].upper()}{operation[1:]}Body"
    title = schema.get("title", "")
    return title if "_" in name and UPPER_CAMEL.match(title) else name


UPPER_CAMEL = re.compile(r"^[A-Z][a-zA-Z0-9]*$")


def _rename_schemas(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    renames = {f"#/components/schemas/{old}": f"#/components/schemas/{new}"
               for old, schema in schemas.items() if (new := _schema_name(old, schema)) != old}
    document["components"]["schemas"] = {_schema_name(name, schema): schema for name, schema in schemas.items()}

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("$ref") in renames:
                node["$ref"] = renames[node["$ref"]]
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(document)


def _nullable_types(node: Any) -> None:
    """`anyOf: [{type: string, format: date}, {type: null}]` → `type: [string, null], format: date` (OpenAPI 3.1):
    the format sits on the property itself, where linters and generators look for it."""
    if isinstance(node, list):
        for item in node:
            _nullable_types(item)
        return
    if not isinstance(node, dict):
        return
    options = node.get("anyOf")
    if isinstance(options, list) and len(options) == 2 and {"type": "null"} in options:
        (value,) = [option for option in options if option != {"type": "null"}]
        # the property's own description and title say more than its type's, so they may stand beside it
        clash = set(value) & set(node) - {"anyOf"}
        if isinstance(value.get("type"), str) and clash <= {"description", "title"}:
            del node["anyOf"]
            node.update({key: item for key, item in value.items() if key not in clash}, type=[value["type"], "null"])
    for child in node.values():
        _nullable_types(child)


def _required_header(parameter: dict[str, Any]) -> None:
    # Optional in Python only so that a missing If-Match is a 428, not a 400: documented as required, never null.
    parameter["required"] = True
    schema = parameter["schema"]
    options = [option for option in schema.pop("anyOf", []) if option != {"type": "null"}]
    if options:
        schema.update(options[0])


def build_openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema:
        return app.openapi_schema
    document = get_openapi(
        title=app.title,
        version=API_VERSION,
        description=app.description,
        routes=app.routes,
        tags=app.openapi_tags,
        servers=[{"url": "/api/v1", "description": "This server"}],
        contact={"name": "Leerkoers", "email": "api@leerkoers.nl", "url": "https://leerkoers.nl/api"},
        license_info={"name": "EUPL-1.2", "identifier": "EUPL-1.2"},
    )
    components = document.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    schemas["Problem"] = PROBLEM_SCHEMA
    components["headers"] = {
        "API-Version": {
            "description": "The full version of this API.",
            "schema": {"type": "string", "example": API_VERSION},
        }
    }
    components["responses"] = {
        code: {"description": text, "content": {"application/problem+json": {"schema": _PROBLEM_REF}}}
        for code, text in _ERRORS.items()
    }
    version_header = {"API-Version": {"$ref": "#/components/headers/API-Version"}}

    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            for parameter in operation.get("parameters", []):
                if parameter.get("in") == "header" and parameter.get("name") == "If-Match":
                    _required_header(parameter)
            responses = operation.setdefault("responses", {})
            responses.pop("422", None)
            for code, response in responses.items():
                if code.startswith(("2", "3")):
                    response.setdefault("headers", {}).update(version_header)
                elif "$ref" not in response:  # an error a route declares itself: still problem+json
                    response["content"] = {"application/problem+json": {"schema": _PROBLEM_REF}}
            for code in _error_responses(method, operation, path):
                responses.setdefault(code, {"$ref": f"#/components/responses/{code}"})
    _rename_schemas(document)
    _nullable_types(document["components"]["schemas"])
    app.openapi_schema = document
    return document
