"""The HTTP envelope every response shares, as one plain ASGI middleware.

It gives each request an id, limits the body size, adds the API-Version and security headers,
logs one line per request, and turns an unexpected exception into a problem+json 500 with no
stack trace (the trace goes to the log, under the same request id).
"""

import logging
import re
import time
import uuid
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.config import API_VERSION
from app.core.context import request_id_var
from app.core.errors import ApiError, InvalidInput, PayloadTooLarge, UnsupportedMediaType, problem_of
from app.core.logging import masked

log = logging.getLogger("leerkoers.http")

API_PREFIX = "/api/"
DOCS_PATH = "/api/v1/docs"
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
_BODY_METHODS = {"POST", "PUT", "PATCH"}
# What a body may be sent as; anything else is a 415 before a handler sees it.
_ACCEPTED_BODY_TYPES = ("application/json", "application/merge-patch+json", "multipart/form-data")

_API_CSP = "default-src 'none'; frame-ancestors 'none'"
_DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; frame-ancestors 'none'"
)
_SPA_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"
)


def _security_headers(path: str) -> list[tuple[bytes, bytes]]:
    if path.startswith(DOCS_PATH):
        csp, cache = _DOCS_CSP, None
    elif path.startswith(API_PREFIX):
        csp, cache = _API_CSP, "no-store"
    else:
        csp, cache = _SPA_CSP, None
    headers = [
        (b"api-version", API_VERSION.encode()),
        (b"content-security-policy", csp.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"no-referrer"),
        (b"cross-origin-opener-policy", b"same-origin"),
        (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    ]
    if cache:
        headers.append((b"cache-control", cache.encode()))
    return headers


class HttpEnvelopeMiddleware:
    def __init__(self, app: ASGIApp, *, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        incoming = headers.get("x-request-id", "")
        request_id = incoming if _REQUEST_ID.match(incoming) else str(uuid.uuid4())
        token = request_id_var.set(request_id)
        path: str = scope["path"]
        started = time.perf_counter()
        status = {"code": 500, "started": False}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"], status["started"] = message["status"], True
                existing = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in _security_headers(path) if k not in existing]
                message["headers"] = [*message.get("headers", []), *extra, (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            self._check_query(scope.get("query_string", b""))
            self._check_body_headers(scope["method"], path, headers)
            await self.app(scope, await self._bounded(receive, headers), send_with_headers)
        except ApiError as exc:
            await self._send_problem(exc, scope, receive, send_with_headers, status)
        except Exception:
            log.exception("unhandled error", extra={"fields": {"method": scope["method"], "path": masked(path)}})
            await self._send_problem(ApiError(), scope, receive, send_with_headers, status)
        finally:
            log.info(
                "request",
                extra={"fields": {
                    "method": scope["method"],
                    "path": masked(path),
                    "status": status["code"],
                    "durationMs": round((time.perf_counter() - started) * 1000, 1),
                }},
            )
            request_id_var.reset(token)

    @staticmethod
    def _check_query(query_string: bytes) -> None:
        """PostgreSQL text cannot hold NUL: refuse it in any query parameter, on every database alike."""
        if b"%00" not in query_string and b"\x00" not in query_string:
            return
        for key, value in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True):
            if "\x00" in key or "\x00" in value:
                raise InvalidInput(f"#/query/{key.replace(chr(0), '')}", "Text may not contain NUL characters.",
                                   code="nul_character")

    def _check_body_headers(self, method: str, path: str, headers: dict[str, str]) -> None:
        if method not in _BODY_METHODS or not path.startswith(API_PREFIX):
            return
        length = headers.get("content-length")
        if length and length.isdigit() and int(length) > self.max_body_bytes:
            raise PayloadTooLarge(f"The request body may be at most {self.max_body_bytes} bytes.",
                                      problem_params={"max_bytes": self.max_body_bytes})
        has_body = (length and length != "0") or "transfer-encoding" in headers
        media_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if has_body and media_type not in _ACCEPTED_BODY_TYPES:
            raise UnsupportedMediaType(f"Send the body as application/json, not '{media_type or 'nothing'}'.",
                                       problem_params={"media_type": media_type or ""})

    async def _bounded(self, receive: Receive, headers: dict[str, str]) -> Receive:
        """A declared Content-Length was checked already; a chunked body is read here, up to the limit,
        so an oversized one is refused with 413 before any handler starts reading it."""
        if "content-length" in headers or "transfer-encoding" not in headers:
            return receive
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return receive
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                raise PayloadTooLarge(f"The request body may be at most {self.max_body_bytes} bytes.",
                                      problem_params={"max_bytes": self.max_body_bytes})
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        return replay

    @staticmethod
    async def _send_problem(exc: ApiError, scope: Scope, receive: Receive, send: Send, status: dict[str, Any]) -> None:
        if status["started"]:
            return  # too late to change the answer; the log has the error
        response = problem_of(exc)
        await response(scope, receive, send)
