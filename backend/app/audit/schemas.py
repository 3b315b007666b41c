import uuid
from datetime import datetime
from typing import Any

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
    changes: dict[str, Any] | None
    request_id: str
