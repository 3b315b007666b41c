from fastapi import APIRouter, Request, Response, status

from app.accounts.service import get_user
from app.auth import service
from app.auth.deps import SESSION_COOKIE, OrgScope
from app.auth.schemas import LoginRequest, Me, OrganisationRef
from app.core.config import get_settings
from app.core.db import DbSession
from app.core.errors import Forbidden
from app.core.scope import Scope
from app.organisations.service import get_organisation

router = APIRouter(prefix="/auth", tags=["auth"])


def _me(db: DbSession, scope: Scope, csrf_token: str) -> Me:
    user = get_user(db, scope, user_id=scope.user_id)  # type: ignore[arg-type]
    organisation = get_organisation(db, scope)
    return Me(id=user.id, email=user.email, name=user.name, role=user.role,
              organisation=OrganisationRef(id=organisation.id, name=organisation.name), csrf_token=csrf_token)


@router.post("/login", response_model=Me, summary="Log in (inloggen)",
             responses={401: {"description": "The e-mail address or password is not correct."},
                        429: {"description": "Too many failed logins; see Retry-After."}})
def login(data: LoginRequest, request: Request, db: DbSession, response: Response) -> Me:
    """Starts a browser session: an HttpOnly cookie, plus the CSRF token to send on every change.

    A wrong e-mail address or password is a 401. After too many failures for the account from this client,
    from this client, or (slowed down, a short wait) for the account from anywhere, a 429 with Retry-After.
    """
    settings = get_settings()
    # The client's address as uvicorn gives it: from X-Forwarded-For only behind FORWARDED_ALLOW_IPS.
    client = request.client.host if request.client else "unknown"
    new = service.login(db, email=data.email, password=data.password, client=client)
    response.set_cookie(SESSION_COOKIE, new.cookie_value, httponly=True, secure=settings.cookie_secure,
                        samesite="strict", path="/api")
    user = new.user
    scope = Scope(organisation_id=user.organisation_id, role=user.role, actor_label=user.email, user_id=user.id)
    return _me(db, scope, new.session.csrf_token)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, summary="Log out (uitloggen)")
def logout(request: Request, scope: OrgScope, db: DbSession, response: Response) -> None:
    """Ends this browser session on the server and clears its cookie."""
    session = getattr(request.state, "login_session", None)
    if session is None:
        raise Forbidden("API tokens have no session to end; revoke the token instead.", problem="token_has_no_session")
    service.logout(db, session=session, actor_label=scope.actor_label)
    response.delete_cookie(SESSION_COOKIE, path="/api", secure=get_settings().cookie_secure, httponly=True,
                           samesite="strict")


@router.get("/me", response_model=Me, summary="The logged-in user (ik)")
def read_me(request: Request, scope: OrgScope, db: DbSession) -> Me:
    """Who is logged in, in which organisation, and the CSRF token for this session."""
    session = getattr(request.state, "login_session", None)
    if session is None:
        raise Forbidden("An API token has no user; this is for browser sessions.", problem="token_has_no_user")
    return _me(db, scope, session.csrf_token)
