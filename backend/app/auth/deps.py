"""Who is calling: a browser session (cookie + CSRF header) or a system's API token (Bearer).

Routes ask for a scope by the least role they need: `OrgScope` (any role), `EditorScope`, `AdminScope`.
API tokens act as viewer (scope `read`) or editor (scope `write`), never as admin.
"""

from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from app.api_tokens import service as api_tokens
from app.auth import service as auth
from app.auth.models import LoginSession
from app.core.db import DbSession, transaction
from app.core.errors import Forbidden, Unauthenticated
from app.core.scope import Role, Scope
from app.core.security import same

SESSION_COOKIE = "leerkoers_session"
CSRF_HEADER = "X-CSRF-Token"
_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}

session_cookie = APIKeyCookie(
    name=SESSION_COOKIE,
    scheme_name="session",
    description=f"Browser session from POST /auth/login; state-changing requests also send {CSRF_HEADER}.",
    auto_error=False,
)
bearer = HTTPBearer(scheme_name="apiToken", description="An API token created by an admin.", auto_error=False)


def _authenticate(
    request: Request,
    db: DbSession,
    cookie: Annotated[str | None, Security(session_cookie)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)],
) -> Scope:
    if credentials is not None:
        token = api_tokens.authenticate(db, credentials.credentials)
        if token is None:
            raise Unauthenticated("The API token is not valid, has expired or was revoked.", problem="token_invalid",
                                  headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
        return Scope(
            organisation_id=token.organisation_id,
            role=Role.editor if api_tokens.WRITE in token.scopes else Role.viewer,
            actor_label=f"API token '{token.name}'",
            api_token_id=token.id,
        )
    if cookie:
        found = auth.session_for(db, cookie)
        if found is not None:
            session, user = found
            if request.method not in _SAFE_METHODS:
                _check_csrf(request, session)
            request.state.login_session = session
            return Scope(organisation_id=user.organisation_id, role=Role(user.role), actor_label=user.email,
                         user_id=user.id)
    raise Unauthenticated(headers={"WWW-Authenticate": "Bearer"})


async def _authenticate_briefly(
    request: Request,
    cookie: Annotated[str | None, Security(session_cookie)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)],
) -> Scope:
    """`_authenticate` in a short transaction of its own, for a route that takes the database later (`Later`)."""
    async with transaction(request.app.state) as db:
        return await run_in_threadpool(_authenticate, request, db, cookie, credentials)


def _check_csrf(request: Request, session: LoginSession) -> None:
    sent = request.headers.get(CSRF_HEADER, "")
    if not sent or not same(sent, session.csrf_token):
        raise Forbidden(f"Send the {CSRF_HEADER} header from GET /auth/me with every change.", problem="csrf_missing")


def _ensure_role(scope: Scope, minimum: Role) -> Scope:
    if not scope.role.includes(minimum):
        raise Forbidden(f"This needs the {minimum.value} role; you have {scope.role.value}.",
                        problem="role_required", problem_params={"required": minimum.value, "role": scope.role.value})
    return scope


def requires(minimum: Role, authenticate: Callable[..., Any] = _authenticate) -> Callable[[Scope], Awaitable[Scope]]:
    # async: a comparison, so it runs in the event loop and not in a worker thread of its own
    async def dependency(scope: Annotated[Scope, Depends(authenticate)]) -> Scope:
        return _ensure_role(scope, minimum)

    dependency.required_role = minimum  # type: ignore[attr-defined]  # read by the role tests
    return dependency


class Caller:
    """Who calls, checked only in the route's one worker-thread call (`core.db.Later`): `scope(db)` authenticates
    and checks the role there, in the same transaction as the work. For the busiest reads (the catalogue page),
    where a `DbSession` route's three hops (authenticating, the handler, the commit) cost more than the work."""

    def __init__(self, request: Request, cookie: str | None, credentials: HTTPAuthorizationCredentials | None,
                 minimum: Role) -> None:
        self._request, self._cookie, self._credentials, self._minimum = request, cookie, credentials, minimum

    def scope(self, db: Any) -> Scope:
        return _ensure_role(_authenticate(self._request, db, self._cookie, self._credentials), self._minimum)


def caller(minimum: Role) -> Callable[..., Awaitable[Caller]]:
    async def dependency(
        request: Request,
        cookie: Annotated[str | None, Security(session_cookie)],
        credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)],
    ) -> Caller:
        return Caller(request, cookie, credentials, minimum)

    dependency.required_role = minimum  # type: ignore[attr-defined]  # read by the role tests
    return dependency


OrgScope = Annotated[Scope, Depends(requires(Role.viewer))]
OrgCaller = Annotated[Caller, Depends(caller(Role.viewer))]
EditorScope = Annotated[Scope, Depends(requires(Role.editor))]
AdminScope = Annotated[Scope, Depends(requires(Role.admin))]
# An editor, authenticated in its own short transaction: for a route whose database is `core.db.LaterDb`.
BriefEditorScope = Annotated[Scope, Depends(requires(Role.editor, _authenticate_briefly))]
