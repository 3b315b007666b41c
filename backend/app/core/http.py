"""The lines every router writes around a service call: the ETag of what it answers, and for a 201 its Location."""

from typing import Any

from fastapi import Response

from app.core.concurrency import set_etag

API_PREFIX = "/api/v1"


def tagged(response: Response, entity: Any) -> Any:
    """Set the entity's ETag on the response; returns the entity."""
    set_etag(response, entity.version)
    return entity


def created(response: Response, entity: Any, collection: str) -> Any:
    """ETag and `Location: /api/v1/<collection>/<id>` of a created entity; returns the entity."""
    response.headers["Location"] = f"{API_PREFIX}/{collection}/{entity.id}"
    return tagged(response, entity)
