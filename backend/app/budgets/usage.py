"""What budgets hold of other domains' rows, registered with `core.references` so that the catalogue refuses to
delete an intervention still on a budget line (409 naming the lines) without reading budgets' tables."""

from app.budgets.models import BudgetLine
from app.core import references

ON_LINES = references.Referrer("intervention_in_use", "budget line", "budget lines", "Remove or change them first.",
                               references.rows_holding(BudgetLine, BudgetLine.title, BudgetLine.intervention_id))


def register() -> None:
    references.register("intervention", ON_LINES)
