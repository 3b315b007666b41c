"""What budgets hold of other domains' rows, registered with `core.references` so that the catalogue refuses to
delete an intervention still on a budget line (409 naming the lines) without reading budgets' tables."""

import uuid
from typing import Any

from sqlmodel import Session

from app.budgets.models import BudgetLine
from app.core import references
from app.core.scope import Scope
from app.core.tenancy import scoped


def _lines_of(db: Session, scope: Scope, ids: Any) -> list[tuple[uuid.UUID, str]]:
    return [(row[0], row[1]) for row in db.execute(
        scoped(BudgetLine, scope, BudgetLine.id, BudgetLine.title).where(BudgetLine.intervention_id.in_(ids)))]


ON_LINES = references.Referrer("intervention_in_use", "budget line", "budget lines", "Remove or change them first.",
                               _lines_of)


def register() -> None:
    references.register("intervention", ON_LINES)
