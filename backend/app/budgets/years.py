"""Which year a page opens on: one rule for every API parameter `year` that may be left out, and the years the
SPA's year picker offers (decision 0013).

The rule: the most recent year, within the adopted plan's years, that has data — a budget or an execution
programme (uitvoeringsprogramma: at least one intervention offered in that year). Without data in the plan's
years: the current year when the plan holds it, else the plan's first year. Without an adopted plan: the most
recent year with data, else the current year."""

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from app.budgets.models import Budget
from app.budgets.schemas import BudgetYear, BudgetYears, PlanYears
from app.core.scope import Scope
from app.core.tenancy import scoped
from app.interventions import programme
from app.plans import service as plans

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

RULE = ("Left out: the most recent year within the adopted plan's years that has a budget or an execution "
        "programme; without such data the current year when the plan holds it, else the plan's first year; "
        "without an adopted plan the most recent year with data, else the current year (see `GET /budget-years`).")


def this_year() -> int:
    return datetime.now(AMSTERDAM).year


def _budget_years(db: Session, scope: Scope) -> set[int]:
    return set(db.scalars(scoped(Budget, scope, Budget.year).distinct()))


def budget_years(db: Session, scope: Scope) -> BudgetYears:
    """The default year and the years to pick from: years with data first (those of the plan before the others,
    each most recent first), then the plan's other years; three queries."""
    now = this_year()
    plan = plans.adopted_plan(db, scope, year=now)
    with_budget = _budget_years(db, scope)
    with_programme = programme.years_with_entries(db, scope)
    with_data = with_budget | with_programme
    in_plan = set(range(plan.first_year, plan.last_year + 1)) if plan else set()

    if plan is None:
        default = max(with_data) if with_data else now
    elif with_data & in_plan:
        default = max(with_data & in_plan)
    else:
        default = now if now in in_plan else plan.first_year

    def row(year: int) -> BudgetYear:
        return BudgetYear(year=year, has_budget=year in with_budget, has_programme=year in with_programme,
                          in_plan=year in in_plan)

    # The plan's years with data, then other years with data (most recent first), then the plan's empty years.
    listed = (sorted(with_data & in_plan, reverse=True) + sorted(with_data - in_plan, reverse=True)
              + sorted((in_plan | {default}) - with_data))
    return BudgetYears(
        default_year=default, years=[row(year) for year in listed],
        plan=PlanYears(id=plan.id, title=plan.title, first_year=plan.first_year, last_year=plan.last_year)
        if plan else None,
    )


def default_year(db: Session, scope: Scope) -> int:
    return budget_years(db, scope).default_year


def year_or_default(db: Session, scope: Scope, year: int | None) -> int:
    return year if year is not None else default_year(db, scope)
