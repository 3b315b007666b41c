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
