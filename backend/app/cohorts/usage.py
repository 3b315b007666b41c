"""What cohorts hold of other domains' rows, registered with `core.references`: a programme that cohorts run is
refused deletion (409 `programme_has_cohorts`, naming them) instead of failing on the foreign key."""

import uuid
from typing import Any

from sqlmodel import Session

from app.cohorts.models import Cohort
from app.core import references
from app.core.scope import Scope
from app.core.tenancy import scoped


def _running(db: Session, scope: Scope, ids: Any) -> list[tuple[uuid.UUID, str]]:
    return [(row[0], row[1]) for row in db.execute(
        scoped(Cohort, scope, Cohort.id, Cohort.name).where(Cohort.programme_id.in_(ids)))]


RUNNING = references.Referrer("programme_has_cohorts", "cohort", "cohorts", "Delete those cohorts first.",
                              _running)


def register() -> None:
    references.register("programme", RUNNING)
