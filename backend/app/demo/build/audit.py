import uuid

from sqlmodel import Session

from app.core import audit
from app.plans.models import Plan


def record_loaded(db: Session, organisation_id: uuid.UUID, plan: Plan, counts: dict[str, int]) -> None:
    """One `demo.loaded` event says what was loaded into the organisation."""
    audit.record(db, action="demo.loaded", entity_type="plan", entity_id=plan.id, organisation_id=organisation_id,
                 actor_label="demo loader", changes=audit.snapshot({"title": plan.title, **counts}))
