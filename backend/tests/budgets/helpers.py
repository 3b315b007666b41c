"""The old names of `factories.py`, kept for test_export.py (another branch's file): switch its calls to
`tests.budgets.factories` (`make_line(db, budget, ...)`, `make_expenditure(db, line, amount=...)`,
`make_team(db, org, name=..., fte=...)`) and delete this module."""

from tests.budgets.factories import make_budget, make_expenditure, make_line, make_team
from tests.interventions.factories import make_intervention

budget = make_budget
intervention = make_intervention


def line(db, _org, budget_row, **values):
    return make_line(db, budget_row, **values)


def expenditure(db, _org, line_row, amount, status="spent"):
    return make_expenditure(db, line_row, amount=amount, status=status)


def team(db, org, name, fte):
    return make_team(db, org, name=name, fte=fte)
