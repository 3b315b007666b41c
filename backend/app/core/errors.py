"""Error types services raise, and their rendering as RFC 9457 problem+json.

Services raise these; one set of handlers renders them. Nothing here knows about a domain.
"""

import json
import logging
import sys
from collections.abc import Iterable, Mapping
from http import HTTPStatus
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm.exc import StaleDataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import get_route_path

from app.core.context import current_request_id
from app.core.problem_codes import field_code
from app.core.routing import template_regex

_log = logging.getLogger("leerkoers.http")

PROBLEM_MEDIA_TYPE = "application/problem+json"
_HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


class ApiError(Exception):
    """A problem: `detail` in English for API users, and a stable `code` (+ `params`) from
    `core.problem_codes` that clients translate."""

    status: int = 500
    slug: str = "internal-error"
    default_detail: str = "The server could not complete the request."
    default_code: str = "internal_error"

    def __init_subclass__(cls, *, status: int | None = None, slug: str | None = None, code: str | None = None,
                          **kwargs: Any) -> None:
        """`class Gone(ApiError, status=410, slug="gone")`: its problem type, and its code, by default the slug's
        words (`stale-version` → `stale_version`)."""
        super().__init_subclass__(**kwargs)
        if status is not None:
            cls.status = status
        if slug is not None:
            cls.slug, cls.default_code = slug, code or slug.replace("-", "_")

    def __init__(
        self,
        detail: str | None = None,
        *,
        errors: Iterable[Mapping[str, Any]] = (),
        headers: Mapping[str, str] | None = None,
        problem: str | None = None,
        problem_params: Mapping[str, Any] | None = None,
    ) -> None:
        self.detail = detail or self.default_detail
        self.errors = list(errors)
        self.headers = dict(headers or {})
        self.code = problem or self.default_code
        self.params = dict(problem_params or {})
        super().__init__(self.detail)


def field_error(pointer: str, detail: str, code: str = "invalid", **params: Any) -> dict[str, Any]:
    """One entry of a problem's `errors`: where, what (for people) and a stable `code` (+ `params`) that
    clients translate; the SPA shows Dutch text for known codes."""
    entry: dict[str, Any] = {"pointer": pointer, "detail": detail, "code": code}
    if params:
        entry["params"] = params
    return entry


class InvalidInput(ApiError, status=400, slug="invalid-input"):
    """400. `code` and `params` are the one field error's (with `pointer`); `problem` the whole problem's,
    by default `invalid_fields` (with the count) when there are field errors."""

    default_detail = "The request is not valid."

    def __init__(
        self,
        pointer: str | None = None,
        detail: str | None = None,
        *,
        code: str = "invalid",
        params: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        if pointer is not None:
            kwargs.setdefault("errors", [field_error(pointer, detail or self.default_detail, code, **(params or {}))])
        super().__init__(detail, **kwargs)
        if self.errors and self.code == self.default_code:
            self.code, self.params = "invalid_fields", {"count": len(self.errors)}


class Unauthenticated(ApiError, status=401, slug="unauthenticated"):
    default_detail = "Log in or send a valid API token."


class Forbidden(ApiError, status=403, slug="forbidden"):
    default_detail = "Your role does not allow this."


class NotFound(ApiError, status=404, slug="not-found"):
    default_detail = "There is nothing at this address."


class Conflict(ApiError, status=409, slug="conflict"):
    default_detail = "The request conflicts with the current state."


class StaleVersion(ApiError, status=412, slug="stale-version"):
    default_detail = "Someone else changed this in the meantime. Reload it and apply your change again."


class PayloadTooLarge(ApiError, status=413, slug="payload-too-large"):
    default_detail = "The request body is too large."


class UnsupportedMediaType(ApiError, status=415, slug="unsupported-media-type"):
    default_detail = "Send the body as application/json."


class PreconditionRequired(ApiError, status=428, slug="precondition-required"):
    default_detail = "Send the resource's ETag in an If-Match header, so no concurrent change is lost."


class TooManyRequests(ApiError, status=429, slug="too-many-requests"):
    default_detail = "Too many attempts. Wait and try again."


class DatabaseUnavailable(ApiError, status=503, slug="service-unavailable", code="database_unavailable"):
    default_detail = "The database cannot be reached just now. Try again in a few seconds."


RETRY_AFTER_SECONDS = 2


def problem_response(
    status: int,
    *,
    slug: str,
    detail: str,
    code: str,
    params: Mapping[str, Any] | None = None,
    errors: list[Mapping[str, Any]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": f"urn:leerkoers:problem:{slug}",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "code": code,
        "instance": f"urn:uuid:{current_request_id()}",
    }
    if params:
        body["params"] = dict(params)
    if errors:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, headers=dict(headers or {}), media_type=PROBLEM_MEDIA_TYPE)


def problem_of(exc: ApiError) -> JSONResponse:
    """The problem+json response that says `exc`."""
    return problem_response(exc.status, slug=exc.slug, detail=exc.detail, code=exc.code, params=exc.params,
                            errors=exc.errors, headers=exc.headers)


def _pointer(loc: tuple[Any, ...]) -> str:
    """`("body", "items", 0, "name")` → `/items/0/name`; `("query", "pageSize")` → `#/query/pageSize`."""
    where, *path = loc or ("body",)
    escaped = "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in path)
    return f"/{escaped}" if where == "body" else f"#/{where}/{escaped}"


def _validation_detail(error: Mapping[str, Any]) -> str:
    if error.get("type") == "json_invalid":
        return "The body is not valid JSON."
    if error.get("type") == "extra_forbidden":
        return "This field is not known."
    return str(error.get("msg", "Invalid value."))


async def _on_api_error(request: Request, exc: ApiError) -> JSONResponse:
    return problem_of(exc)


def _params(error: Mapping[str, Any]) -> dict[str, Any]:
    """The validation error's limits (min_length, ge, expected, ...), where they are plain values."""
    context = error.get("ctx") or {}
    return {k: v for k, v in context.items() if isinstance(v, (str, int, float, bool)) and k != "error"}


async def _on_validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = [
        field_error(_pointer(tuple(e.get("loc", ()))), _validation_detail(e), field_code(str(e.get("type", ""))),
                    **_params(e))
        for e in exc.errors()
    ]
    count = len(errors)
    detail = "The request has 1 invalid field." if count == 1 else f"The request has {count} invalid fields."
    return problem_response(400, slug="invalid-input", detail=detail, code="invalid_fields", params={"count": count},
                            errors=errors)


def _uuid_params(item: Mapping[str, Any]) -> frozenset[str]:
    return frozenset(parameter["name"] for operation in item.values() if isinstance(operation, dict)
                     for parameter in operation.get("parameters", [])
                     if parameter.get("in") == "path" and parameter.get("schema", {}).get("format") == "uuid")


def _allowed_methods(request: Request, starlette_allow: str | None) -> list[str]:
    """Every method documented on this path. Starlette reports only the first matching route's
    methods, and FastAPI's nested routers hide the rest, so the OpenAPI document is the reference
    (a UUID parameter matches UUIDs only, as the routes do)."""
    methods = {m.strip() for m in (starlette_allow or "").split(",") if m.strip()}
    route_path = get_route_path(request.scope)
    for template, item in request.app.openapi().get("paths", {}).items():
        if template_regex(template, _uuid_params(item)).match(route_path):
            methods |= {method.upper() for method in item if method in _HTTP_METHODS}
    return sorted(methods)


_TOO_LONG = object()


def _too_long_number(body: bytes) -> str | None:
    """The pointer to the first integer with more digits than Python converts (`sys.get_int_max_str_digits()`,
    4300): the JSON parser refuses the whole body for it, naming no field."""
    limit = sys.get_int_max_str_digits()
    try:
        document = json.loads(body, parse_int=lambda text: _TOO_LONG if len(text.lstrip("-")) > limit else int(text))
    except ValueError:
        return None

    def find(node: Any, path: tuple[Any, ...]) -> tuple[Any, ...] | None:
        if node is _TOO_LONG:
            return path
        children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, child in children:
            if (found := find(child, (*path, key))) is not None:
                return found
        return None

    path = find(document, ("body",))
    return None if path is None else _pointer(path)


async def _on_http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    headers = dict(exc.headers or {})
    if exc.status_code == 400 and isinstance(exc.__cause__, ValueError) and hasattr(request, "_body"):
        pointer = _too_long_number(request._body)  # the body was read (and kept) before it failed to parse
        if pointer is not None:
            limit = sys.get_int_max_str_digits()
            error = field_error(pointer, f"A number may have at most {limit} digits.", "number_too_long",
                                max_digits=limit)
            return problem_response(400, slug="invalid-input", detail="The request has 1 invalid field.",
                                    code="invalid_fields", params={"count": 1}, errors=[error])
    params: dict[str, Any] = {}
    if exc.status_code == 405:
        headers["Allow"] = ", ".join(_allowed_methods(request, headers.get("Allow")))
        detail = f"{request.method} is not allowed here. Allowed: {headers['Allow']}."
        code, params = "method_not_allowed", {"method": request.method, "allowed": headers["Allow"]}
    elif exc.status_code == 404:
        detail, code = NotFound.default_detail, NotFound.default_code
    else:
        detail = str(exc.detail) if exc.detail else HTTPStatus(exc.status_code).phrase
        code, params = "http_error", {"status": exc.status_code}
    return problem_response(exc.status_code, slug=HTTPStatus(exc.status_code).phrase.lower().replace(" ", "-"),
                            detail=detail, code=code, params=params, headers=headers)


async def _on_integrity_error(request: Request, exc: IntegrityError) -> JSONResponse:
    return problem_of(Conflict("The change conflicts with existing data."))


async def _on_stale_data(request: Request, exc: StaleDataError) -> JSONResponse:
    return problem_of(StaleVersion())


async def _on_database_unreachable(request: Request, exc: DBAPIError | PoolTimeout) -> JSONResponse:
    """The database went away (restarted, its connections terminated, SQLite locked past the timeout) or has no
    connection free within the pool's timeout: 503 with Retry-After, never a 500. The transaction was rolled back,
    so nothing of the request is kept; SQLAlchemy discards the pool's connections older than the failure (no ping
    on checkout: core.db), so the next request finds the database once it is back."""
    orig = getattr(exc, "orig", None)
    _log.warning("database unavailable: %s", type(orig or exc).__name__)
    return problem_of(DatabaseUnavailable(headers={"Retry-After": str(RETRY_AFTER_SECONDS)}))


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    # Starlette sends this and re-raises; the envelope middleware logs the trace with the request id.
    return problem_of(ApiError())


def install_error_handlers(app: Any) -> None:
    app.add_exception_handler(Exception, _on_unexpected)
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(IntegrityError, _on_integrity_error)
    app.add_exception_handler(StaleDataError, _on_stale_data)
    app.add_exception_handler(OperationalError, _on_database_unreachable)
    app.add_exception_handler(InterfaceError, _on_database_unreachable)
    app.add_exception_handler(PoolTimeout, _on_database_unreachable)
