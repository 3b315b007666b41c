"""What another domain shows of the interventions it places (a programme's framework grid), in one query."""

import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy import Row
from sqlmodel import Session

from app.core.scope import Scope
from app.core.tenancy import scoped
from app.interventions.models import Intervention


def summaries(db: Session, scope: Scope, ids: Collection[uuid.UUID]) -> dict[uuid.UUID, Row[Any]]:
    """(id, title, learning_form, learning_mix, duration_hours) of these interventions of the organisation, by id."""
    if not ids:
        return {}
    rows = db.execute(scoped(Intervention, scope, Intervention.id, Intervention.title, Intervention.learning_form,
                             Intervention.learning_mix, Intervention.duration_hours)
                      .where(Intervention.id.in_(list(ids)))).all()
    return {row.id: row for row in rows}
