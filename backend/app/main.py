"""The application: the API at /api/v1 (its own sub-application, so its OpenAPI paths and server URL
carry the major version) and, when built, the SPA at /."""

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import fastapi_offline
from anyio import to_thread
from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Connection, Engine

from app import models  # noqa: F401  (registers every table)
from app.accounts.router import router as users_router
from app.api_tokens.router import router as api_tokens_router
from app.audit.router import router as audit_router
from app.auth.router import router as auth_router
from app.budgets.router import router as budgets_router
from app.cohorts import personal_data as _cohorts_personal_data  # noqa: F401  (registers its export sections)
from app.cohorts.router import router as cohorts_router
from app.competencies.router import router as competencies_router
from app.core.config import API_VERSION, Settings, get_settings
from app.core.db import get_engine
from app.core.errors import NotFound, install_error_handlers
from app.core.logging import configure_logging
from app.core.middleware import HttpEnvelopeMiddleware
from app.core.migrations import current_revision, head_revision
from app.core.openapi import build_openapi, operation_id
from app.core.routing import match_uuid_path_params
from app.health.router import router as health_router
from app.interventions.router import router as interventions_router
from app.organisations.router import router as organisation_router
from app.people.router import router as people_router
from app.plans.router import router as plans_router
from app.programmes.checks_router import router as principle_checks_router
from app.programmes.router import router as programmes_router
from app.questionnaires.router import router as questionnaires_router
from app.reports.effect_router import router as effect_report_router
from app.reports.evaluation_router import router as evaluation_report_router
from app.responses.respondent_router import router as respondent_router
from app.responses.staff_router import router as responses_staff_router
from app.reviews.router import router as annual_review_router
from app.rounds import personal_data as _rounds_personal_data  # noqa: F401  (registers its export sections)
from app.rounds.router import router as rounds_router
from app.sessions import personal_data as _sessions_personal_data  # noqa: F401  (registers its export sections)
from app.sessions.calendar_router import router as calendar_router
from app.sessions.hours_router import router as learning_time_router
from app.sessions.router import router as sessions_router
from app.stakeholders.router import router as stakeholders_router

API_DESCRIPTION = """
Leerkoers holds a municipality's learning & development: the strategic L&D plan and its budgets,
the catalogue of learning interventions, development programmes, cohorts and effect measurement.

Authenticate with `Authorization: Bearer <API token>` (created by an admin in the web UI), or with
the browser session from `POST /auth/login` plus the `X-CSRF-Token` header on every change.
Errors are RFC 9457 problem details. Lists take `page`, `pageSize` (at most 200) and `sort`.
Updates need `If-Match` with the ETag you read.
"""

# FastAPI matches a request against the routes in this order, at some microseconds per route passed over (about
# 2.5 ms to reach the last of these ~270): the probes and the public respondent path, the busiest by far when a
# whole municipality answers at once, come first. No two routers share a path, so the order changes nothing else.
api_router = APIRouter()
for router in (health_router, respondent_router, auth_router, organisation_router, users_router, api_tokens_router,
               audit_router, interventions_router,
               plans_router, competencies_router, budgets_router, annual_review_router, programmes_router,
               principle_checks_router, stakeholders_router, people_router, calendar_router, learning_time_router,
               questionnaires_router, cohorts_router, sessions_router, rounds_router, responses_staff_router,
               effect_report_router, evaluation_report_router):
    match_uuid_path_params(router.routes)
    api_router.include_router(router)


def create_api() -> FastAPI:
    api = FastAPI(
        title="Leerkoers API",
        version=API_VERSION,
        description=API_DESCRIPTION,
        openapi_url="/openapi.json",
        docs_url=None,
        redoc_url=None,
        redirect_slashes=False,
        generate_unique_id_function=operation_id,
    )
    api.include_router(api_router)
    install_error_handlers(api)
    api.openapi = lambda: build_openapi(api)  # type: ignore[method-assign]

    assets = Path(fastapi_offline.__file__).parent / "static"
    api.mount("/docs-assets", StaticFiles(directory=assets), name="docs-assets")

    @api.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/api/v1/openapi.json",
            title="Leerkoers API",
            swagger_js_url="/api/v1/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/api/v1/docs-assets/swagger-ui.css",
            swagger_favicon_url="/api/v1/docs-assets/favicon.png",
        )

    return api


def create_app(settings: Settings | None = None, *, bind: Engine | Connection | None = None) -> FastAPI:
    """The application on `bind` (default: the engine of DATABASE_URL; tests pass their connection)."""
    settings = settings or get_settings()
    bind = bind if bind is not None else get_engine()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Checked on the database the requests use (a test's connection, or the engine).
        revision = current_revision(app.state.bind)
        if revision != head_revision():
            raise RuntimeError(
                f"The database schema is at {revision or 'nothing'}, not at the current version ({head_revision()}). "
                "Run `python -m app migrate` (make run does this) before serving."
            )
        # What is alive now (modules, routes, models, schemas) lives as long as the process: frozen, the cycle
        # collector's full passes no longer walk it. Those passes doubled a catalogue page's p99 under load (bench d).
        gc.collect()
        gc.freeze()
        to_thread.current_default_thread_limiter().total_tokens = settings.threads_per_worker
        yield

    app = FastAPI(lifespan=lifespan, openapi_url=None, docs_url=None, redoc_url=None, redirect_slashes=False)
    install_error_handlers(app)
    api = create_api()
    app.state.api = api  # tests override the API's dependencies here
    app.state.bind = api.state.bind = bind
    app.mount("/api/v1", api)

    @app.api_route("/api/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], include_in_schema=False)
    def unknown_api_version(rest: str) -> None:
        raise NotFound("There is no API at this address; the API lives at /api/v1.")

    if settings.frontend_dist.is_dir():
        respondent_page = settings.frontend_dist / "antwoorden.html"
        if respondent_page.is_file():
            # The respondent's page is its own small bundle (frontend/antwoorden.html), not the staff SPA.
            @app.get("/antwoorden", include_in_schema=False)
            def antwoorden() -> FileResponse:
                return FileResponse(respondent_page, media_type="text/html", headers={"Cache-Control": "no-cache"})

        app.frontend("/", directory=settings.frontend_dist, fallback="index.html")
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_credentials=True,
                           allow_methods=["*"], allow_headers=["*"], expose_headers=["ETag", "Link", "API-Version"])
    app.add_middleware(HttpEnvelopeMiddleware, max_body_bytes=settings.max_body_bytes)
    return app


configure_logging(get_settings().log_level)
app = create_app()
