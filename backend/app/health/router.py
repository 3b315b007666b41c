from typing import Literal

from fastapi import APIRouter

from app.core.db import DbSession
from app.core.errors import ApiError
from app.core.migrations import head_revision
from app.core.schemas import ApiModel
from app.health import service

router = APIRouter(prefix="/health", tags=["health"])


class NotReady(ApiError, status=503, slug="not-ready", code="internal_error"):
    """The readiness probe's 503: no database, or its schema is not current."""


class Health(ApiModel):
    status: Literal["ok"]


class Readiness(ApiModel):
    status: Literal["ready"]
    database: Literal["ok"]
    schema_revision: str | None


@router.get("", response_model=Health, summary="Liveness")
async def health() -> Health:  # async: nothing to wait for, so no worker thread (the load balancer's probe)
    """The process answers. Says nothing about the database."""
    return Health(status="ok")


@router.get("/ready", response_model=Readiness, summary="Readiness", responses={503: {"description": "Not ready"}})
def ready(db: DbSession) -> Readiness:
    """The database answers and its schema is at the migrations' head: safe to send traffic."""
    try:
        revision = service.schema_revision(db)
    except Exception as exc:
        raise NotReady("The database cannot be reached.") from exc
    if revision != head_revision():
        raise NotReady(f"The database schema is at {revision or 'nothing'}, not {head_revision()}: run migrations.")
    return Readiness(status="ready", database="ok", schema_revision=revision)
