"""The year's budget summary (begrotingsoverzicht): per stream and in total, with the team allocation,
payroll share, learning days and warnings. Every figure is summed in SQL; a fixed number of queries."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import Session

from app.budgets import service
from app.budgets.models import Budget, BudgetLine, Expenditure, ExpenditureStatus, LineKind, Payroll, Team
from app.budgets.programme_lines import Programmed, allocate, shares_of, split, stored_shares
from app.budgets.schemas import (
    BudgetSummary,
    BudgetWarning,
    CategoryHours,
    LearningDays,
    LineOutsideProgramme,
    PayrollFigures,
    ProgrammeFigures,
    ShareAmount,
    StreamFigures,
    StreamHours,
    TeamAllocation,
    UnbudgetedIntervention,
)
from app.budgets.service import money_sum
from app.core.scope import Scope
from app.core.tenancy import scoped
from app.core.vocabulary import FundingStream
from app.interventions import programme
from app.interventions import service as interventions
from app.organisations import service as organisations
from app.plans import service as plans

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
STREAMS = list(FundingStream)
ALLOCATED = (FundingStream.functional, FundingStream.personal)


@dataclass
class _Stream:
    budget_id: Any = None
    budget: Decimal = ZERO
    planned: Decimal = ZERO
    committed: Decimal = ZERO
    spent: Decimal = ZERO

    def figures(self, stream: FundingStream | None) -> StreamFigures:
        return StreamFigures(stream=stream, budget_id=self.budget_id, budget=self.budget, planned=self.planned,
                             committed=self.committed, spent=self.spent,
                             remaining=self.budget - self.committed - self.spent,
                             unplanned=self.budget - self.planned)


def _euro(value: Decimal) -> str:
    return f"€ {value:,.2f}"


def budget_summary(db: Session, scope: Scope, *, year: int) -> BudgetSummary:
    organisation = organisations.get_organisation(db, scope)
    streams = {stream: _Stream() for stream in STREAMS}
    present: set[str] = set()

    for budget_id, stream, amount in db.execute(
        scoped(Budget, scope, Budget.id, Budget.stream, Budget.amount).where(Budget.year == year)
    ):
        streams[FundingStream(stream)].budget_id = budget_id
        streams[FundingStream(stream)].budget = amount
        present.add(stream)

    for stream, planned in db.execute(
        scoped(BudgetLine, scope, Budget.stream, money_sum(BudgetLine.planned_amount))
        .join(Budget, Budget.id == BudgetLine.budget_id)
        .where(Budget.year == year)
        .group_by(Budget.stream)
    ):
        streams[FundingStream(stream)].planned = planned

    for stream, status, amount in db.execute(
        scoped(Expenditure, scope, Budget.stream, Expenditure.status, money_sum(Expenditure.amount))
        .join(BudgetLine, BudgetLine.id == Expenditure.budget_line_id)
        .join(Budget, Budget.id == BudgetLine.budget_id)
        .where(Budget.year == year)
        .group_by(Budget.stream, Expenditure.status)
    ):
        figures = streams[FundingStream(stream)]
        if status == ExpenditureStatus.committed:
            figures.committed = amount
        else:
            figures.spent = amount

    used = money_sum(Expenditure.amount)
    flagged_lines = db.execute(
        scoped(BudgetLine, scope, BudgetLine.id, BudgetLine.title, BudgetLine.kind, Budget.stream,
               BudgetLine.planned_amount, BudgetLine.cap, used)
        .join(Budget, Budget.id == BudgetLine.budget_id)
        .outerjoin(Expenditure, Expenditure.budget_line_id == BudgetLine.id)
        .where(Budget.year == year)
        .group_by(BudgetLine.id, BudgetLine.title, BudgetLine.kind, Budget.stream, BudgetLine.planned_amount,
                  BudgetLine.cap)
        .having(or_(BudgetLine.kind == LineKind.ring_fenced,
                    func.coalesce(func.sum(Expenditure.amount), 0) > BudgetLine.planned_amount))
        .order_by(Budget.stream, BudgetLine.title, BudgetLine.id)
    ).all()

    payroll = db.scalar(scoped(Payroll, scope, Payroll.amount).where(Payroll.year == year))
    teams = db.execute(scoped(Team, scope, Team.id, Team.name, Team.fte).where(Team.year == year)
                       .order_by(Team.name, Team.id)).all()

    total = _Stream(budget=sum((s.budget for s in streams.values()), ZERO),
                    planned=sum((s.planned for s in streams.values()), ZERO),
                    committed=sum((s.committed for s in streams.values()), ZERO),
                    spent=sum((s.spent for s in streams.values()), ZERO))

    warnings: list[BudgetWarning] = []
    for stream, figures in streams.items():
        if stream not in present:
            warnings.append(BudgetWarning(code="missing_budget", stream=stream,
                                          detail=f"There is no {stream.value} budget for {year}."))
        if figures.planned > figures.budget:
            warnings.append(BudgetWarning(
                code="over_planned", stream=stream,
                detail=f"The {stream.value} lines plan {_euro(figures.planned)}, "
                       f"{_euro(figures.planned - figures.budget)} more than the budget of {_euro(figures.budget)}."))
        if figures.committed + figures.spent > figures.budget:
            over = figures.committed + figures.spent - figures.budget
            warnings.append(BudgetWarning(
                code="over_committed", stream=stream,
                detail=f"Committed and spent on {stream.value} is {_euro(figures.committed + figures.spent)}, "
                       f"{_euro(over)} more than the budget of {_euro(figures.budget)}."))
    for line_id, title, kind, stream, planned, cap, line_used in flagged_lines:
        if kind == LineKind.ring_fenced and cap is not None and (planned > cap or line_used > cap):
            worst = max(planned, line_used)
            warnings.append(BudgetWarning(
                code="cap_exceeded", stream=FundingStream(stream), line_id=line_id,
                detail=f"The ring-fenced line '{title}' plans or uses {_euro(worst)}, above its cap of {_euro(cap)}."))
        if line_used > planned:
            warnings.append(BudgetWarning(
                code="line_overrun", stream=FundingStream(stream), line_id=line_id,
                detail=f"'{title}' has {_euro(line_used)} committed and spent, more than the {_euro(planned)} "
                       "planned."))

    percent = None
    if payroll is None:
        warnings.append(BudgetWarning(code="missing_payroll",
                                      detail=f"The payroll of {year} is not entered, so the training budget "
                                             "cannot be shown as a share of it."))
    elif payroll > 0:
        percent = _percent(total.budget, payroll)
    target = Decimal(organisation.training_budget_target_percent).quantize(CENT) \
        if organisation and organisation.training_budget_target_percent is not None else None
    target_year = organisation.training_budget_target_year if organisation else None
    path = _path(db, scope, year, target, target_year)
    on_path = None if percent is None or path is None else percent >= path
    if on_path is False and path == target:
        warnings.append(BudgetWarning(code="below_target",
                                      detail=f"The training budget is {percent} % of payroll, below the target of "
                                             f"{target} %."))
    elif on_path is False:
        warnings.append(BudgetWarning(code="below_path",
                                      detail=f"The training budget is {percent} % of payroll, below the {path} % "
                                             f"the path to {target} % in {target_year} asks for in {year}."))

    total_fte = sum((fte for _, _, fte in teams), ZERO)
    if not teams:
        warnings.append(BudgetWarning(code="missing_teams",
                                      detail=f"No teams with FTE are entered for {year}, so the functional and "
                                             "personal budgets cannot be shared out."))
    norm = organisation.learning_days_per_fte if organisation else None
    weights = [fte for _, _, fte in teams]
    shares = {stream: allocate(streams[stream].budget, weights) for stream in ALLOCATED}
    allocation = [
        TeamAllocation(team_id=team_id, name=name, fte=fte, functional=shares[FundingStream.functional][i],
                       personal=shares[FundingStream.personal][i],
                       total=shares[FundingStream.functional][i] + shares[FundingStream.personal][i])
        for i, (team_id, name, fte) in enumerate(teams)
    ] if total_fte > 0 else []

    return BudgetSummary(
        year=year,
        streams=[streams[stream].figures(stream) for stream in STREAMS],
        total=total.figures(None),
        payroll=PayrollFigures(amount=payroll, training_budget_percent=percent, target_percent=target,
                               target_year=target_year, path_percent=path, on_path=on_path),
        learning_days=learning_days(db, scope, year=year, norm=norm, total_fte=total_fte),
        allocation=allocation,
        warnings=warnings,
        **_programme_gaps(db, scope, year),
    )


def learning_days(db: Session, scope: Scope, *, year: int, norm: Decimal | None, total_fte: Decimal) -> LearningDays:
    """The norm (days per FTE x the teams' FTE) against the planned learning time of the year's programme."""
    available = (Decimal(norm) * total_fte).quantize(CENT) if norm is not None else None
    planned = programme.learning_time(db, scope, year)
    days = (planned.hours / programme.HOURS_PER_DAY).quantize(CENT)
    return LearningDays(
        norm_per_fte=Decimal(norm).quantize(CENT) if norm is not None else None, total_fte=total_fte,
        available_days=available, hours_per_day=programme.HOURS_PER_DAY, planned_hours=planned.hours,
        planned_days=days,
        planned_percent_of_norm=(days / available * 100).quantize(CENT, rounding=ROUND_HALF_UP) if available else None,
        planned_days_per_fte=(days / total_fte).quantize(CENT, rounding=ROUND_HALF_UP) if total_fte > 0 else None,
        by_stream=[StreamHours(stream=s, hours=h) for s, h in planned.by_stream.items()],
        by_category=[CategoryHours(category=c, hours=h) for c, h in planned.by_category.items()],
        programme_size=planned.interventions, without_hours=planned.without_hours)


def _percent(amount: Decimal, payroll: Decimal) -> Decimal:
    return (amount / payroll * 100).quantize(CENT, rounding=ROUND_HALF_UP)


def _path(db: Session, scope: Scope, year: int, target: Decimal | None, target_year: int | None) -> Decimal | None:
    """Where the path to the target stands in `year`: a straight line from the share of the adopted plan's
    first year to the target in the target year (decision 0013); the target itself from the target year on,
    without a target year, or when the first year's share is not known."""
    if target is None:
        return None
    plan = plans.adopted_plan(db, scope, year=year)
    if target_year is None or year >= target_year or plan is None or not plan.first_year <= year:
        return target
    first = plan.first_year
    if first >= target_year:
        return target
    payroll = db.scalar(scoped(Payroll, scope, Payroll.amount).where(Payroll.year == first))
    if not payroll:
        return target
    base = _percent(db.scalar(scoped(Budget, scope, money_sum(Budget.amount)).where(Budget.year == first)) or ZERO,
                    payroll)
    if base >= target:
        return target
    return (base + (target - base) * (year - first) / (target_year - first)).quantize(CENT, rounding=ROUND_HALF_UP)


def _programme_gaps(db: Session, scope: Scope, year: int) -> dict[str, Any]:
    """The year's programme (its size), its interventions without a budget line, and intervention lines whose
    intervention left the programme: three queries."""
    offered = {intervention.id: intervention for _, intervention in programme.programme(db, scope, year)}
    lines = db.execute(service.lines_statement(scope)
                       .where(Budget.year == year, BudgetLine.intervention_id.is_not(None))
                       .order_by(Budget.stream, BudgetLine.title, BudgetLine.id)).all()
    budgeted = {row[0].intervention_id for row in lines}
    missing = [Programmed(intervention_id=i.id, title=i.title, funding_stream=FundingStream(i.funding_stream),
                          total_cost=interventions.total_cost(i))
               for iid, i in offered.items() if iid not in budgeted]
    stored = stored_shares(db, [item.intervention_id for item in missing])
    return {
        "programme": ProgrammeFigures(interventions=len(offered), total_cost=sum(
            (interventions.total_cost(i) for i in offered.values()), ZERO)),
        "unbudgeted": [UnbudgetedIntervention(
            intervention_id=item.intervention_id, title=item.title, funding_stream=item.funding_stream,
            total_cost=item.total_cost,
            shares=[ShareAmount(stream=stream, amount=amount)
                    for stream, amount in split(item, shares_of(stored, item))],
        ) for item in missing],
        "outside_programme": [LineOutsideProgramme(
            line_id=line.id, title=line.title, stream=FundingStream(stream), intervention_id=line.intervention_id,
            intervention_title=title or "", planned_amount=line.planned_amount,
        ) for line, _, stream, title, _, _ in lines if line.intervention_id not in offered],
    }
