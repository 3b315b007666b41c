import uuid
from datetime import datetime
from typing import Any

from pydantic import Field

from app.core.schemas import ApiModel


class ActorRef(ApiModel):
    id: uuid.UUID
    name: str


class AuditEventRead(ApiModel):
    id: uuid.UUID
    occurred_at: datetime
    actor: ActorRef | None
    actor_label: str
    action: str
    entity_type: str
    entity_id: uuid.UUID | None
    entity_name: str | None = Field(description="The entity's title or name now (a deleted one's as recorded); "
                                               "empty for a person who was erased and for events about no row.")
    changes: dict[str, Any] | None
    request_id: str


class AuditFacets(ApiModel):
    """What the organisation's trail holds to filter by: each value once, actions and types sorted by code."""

    actions: list[str] = Field(description="Every action recorded, e.g. `intervention.updated`.")
    entity_types: list[str] = Field(description="Every entity type recorded, e.g. `intervention`.")
    actors: list[ActorRef] = Field(description="Every user who acted, by name.")
