"""Budgets, lines, expenditures, teams and payroll: the rules and the queries (DESIGN §2.3)."""

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select, type_coerce
from sqlalchemy.sql import ColumnElement, Select
from sqlmodel import Session

from app.budgets.models import Budget, BudgetLine, Expenditure, ExpenditureStatus, LineKind, Payroll, Team
from app.budgets.schemas import (
    BudgetCreate,
    BudgetLineCreate,
    BudgetLineRead,
    BudgetLineUpdate,
    BudgetRead,
    BudgetUpdate,
    ExpenditureCreate,
    ExpenditureRead,
    ExpenditureUpdate,
    PayrollCreate,
    PayrollRead,
    PayrollUpdate,
    TeamCreate,
    TeamRead,
    TeamUpdate,
)
from app.core import audit
from app.core.concurrency import require_version
from app.core.errors import Conflict, InvalidInput, NotFound, field_error
from app.core.fixed_point import Money
from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Scope
from app.interventions.models import FundingStream, Intervention

ZERO = Decimal("0.00")


def money_sum(column: Any) -> ColumnElement[Decimal]:
    """SUM of a Money column in SQL, read back as an exact Decimal (0.00 when there is nothing)."""
    return type_coerce(func.coalesce(func.sum(column), 0), Money)


def _names(titles: list[str], total: int) -> str:
    shown = ", ".join(titles[:5])
    return shown + (f" and {total - 5} more" if total > 5 else "")


# --- budgets -------------------------------------------------------------------------------------

_BUDGET_FIELDS = ("year", "stream", "amount", "notes")
_BUDGET_SORT = {"year": Budget.year, "stream": Budget.stream, "amount": Budget.amount}


def _budgets(scope: Scope) -> Select[Any]:
    return select(Budget).where(Budget.organisation_id == scope.organisation_id)


def get_budget(db: Session, scope: Scope, *, budget_id: uuid.UUID) -> Budget:
    budget = db.scalar(_budgets(scope).where(Budget.id == budget_id))
    if budget is None:
        raise NotFound("There is no budget with this id.")
    return budget


def list_budgets(db: Session, scope: Scope, params: PageParams, *, year: int | None,
                 stream: FundingStream | None) -> Page[BudgetRead]:
    statement = _budgets(scope)
    if year is not None:
        statement = statement.where(Budget.year == year)
    if stream is not None:
        statement = statement.where(Budget.stream == stream)
    return paginate(db, statement, params, sortable=_BUDGET_SORT, default_sort=["year", "stream"],
                    tiebreaker=Budget.id, to_item=lambda row: BudgetRead.model_validate(row[0]))


def _ensure_budget_free(db: Session, scope: Scope, year: int, stream: str, own_id: uuid.UUID | None) -> None:
    statement = _budgets(scope).where(Budget.year == year, Budget.stream == stream)
    if own_id is not None:
        statement = statement.where(Budget.id != own_id)
    if db.scalar(statement) is not None:
        raise Conflict(f"There is a {stream} budget for {year} already; change that one.",
                       errors=[field_error("/stream", "This stream has a budget for this year already.", "taken")])


def create_budget(db: Session, scope: Scope, *, data: BudgetCreate) -> Budget:
    _ensure_budget_free(db, scope, data.year, data.stream, None)
    budget = Budget(organisation_id=scope.organisation_id, **data.model_dump())
    db.add(budget)
    audit.record_created(db, scope, budget, entity_type="budget", fields=_BUDGET_FIELDS)
    return budget


def update_budget(db: Session, scope: Scope, *, budget_id: uuid.UUID, data: BudgetUpdate,
                  if_match: str | None) -> Budget:
    budget = get_budget(db, scope, budget_id=budget_id)
    require_version(if_match, budget.version)
    values = data.model_dump(exclude_unset=True)
    _ensure_budget_free(db, scope, values.get("year", budget.year), values.get("stream", budget.stream), budget.id)
    audit.apply_update(db, scope, budget, values, entity_type="budget")
    return budget


def delete_budget(db: Session, scope: Scope, *, budget_id: uuid.UUID) -> None:
    budget = get_budget(db, scope, budget_id=budget_id)
    titles = list(db.scalars(select(BudgetLine.title).where(BudgetLine.budget_id == budget.id)
                             .order_by(BudgetLine.title, BudgetLine.id)))
    if titles:
        raise Conflict(f"This budget has {len(titles)} budget line(s): {_names(titles, len(titles))}. "
                       "Delete or move them first.")
    audit.delete_recorded(db, scope, budget, entity_type="budget", fields=_BUDGET_FIELDS)


# --- budget lines --------------------------------------------------------------------------------

_LINE_FIELDS = ("budget_id", "kind", "title", "intervention_id", "planned_amount", "cap", "notes")
_COMMITTED = money_sum(case((Expenditure.status == ExpenditureStatus.committed, Expenditure.amount), else_=0))
_SPENT = money_sum(case((Expenditure.status == ExpenditureStatus.spent, Expenditure.amount), else_=0))


def lines_statement(scope: Scope) -> Select[Any]:
    """Lines with their budget's year and stream, the intervention's title and the sums of their expenditures."""
    used = (
        select(Expenditure.budget_line_id.label("line_id"), _COMMITTED.label("committed"), _SPENT.label("spent"))
        .where(Expenditure.organisation_id == scope.organisation_id)
        .group_by(Expenditure.budget_line_id)
        .subquery()
    )
    return (
        select(BudgetLine, Budget.year, Budget.stream, Intervention.title,
               type_coerce(func.coalesce(used.c.committed, 0), Money),
               type_coerce(func.coalesce(used.c.spent, 0), Money))
        .join(Budget, Budget.id == BudgetLine.budget_id)
        .outerjoin(Intervention, Intervention.id == BudgetLine.intervention_id)
        .outerjoin(used, used.c.line_id == BudgetLine.id)
        .where(BudgetLine.organisation_id == scope.organisation_id)
    )


_LINE_SORT = {"title": BudgetLine.title, "kind": BudgetLine.kind, "plannedAmount": BudgetLine.planned_amount,
              "year": Budget.year, "stream": Budget.stream, "createdAt": BudgetLine.created_at}


def line_read(row: Any) -> BudgetLineRead:
    line, year, stream, intervention_title, committed, spent = row
    return BudgetLineRead(
        id=line.id, budget_id=line.budget_id, year=year, stream=stream, kind=line.kind, title=line.title,
        intervention_id=line.intervention_id, intervention_title=intervention_title,
        planned_amount=line.planned_amount, cap=line.cap, notes=line.notes, carried_from_id=line.carried_from_id,
        committed=committed, spent=spent, version=line.version,
    )


def get_line_read(db: Session, scope: Scope, *, line_id: uuid.UUID) -> BudgetLineRead:
    row = db.execute(lines_statement(scope).where(BudgetLine.id == line_id)).first()
    if row is None:
        raise NotFound("There is no budget line with this id.")
    return line_read(row)


def _get_line(db: Session, scope: Scope, line_id: uuid.UUID) -> BudgetLine:
    line = db.scalar(select(BudgetLine).where(BudgetLine.organisation_id == scope.organisation_id,
                                              BudgetLine.id == line_id))
    if line is None:
        raise NotFound("There is no budget line with this id.")
    return line


def list_lines(db: Session, scope: Scope, params: PageParams, *, budget_id: uuid.UUID | None, year: int | None,
               stream: FundingStream | None, kind: LineKind | None) -> Page[BudgetLineRead]:
    statement = lines_statement(scope)
    if budget_id is not None:
        statement = statement.where(BudgetLine.budget_id == budget_id)
    if year is not None:
        statement = statement.where(Budget.year == year)
    if stream is not None:
        statement = statement.where(Budget.stream == stream)
    if kind is not None:
        statement = statement.where(BudgetLine.kind == kind)
    return paginate(db, statement, params, sortable=_LINE_SORT, default_sort=["year", "stream", "title"],
                    tiebreaker=BudgetLine.id, to_item=line_read)


def _check_line(db: Session, scope: Scope, values: dict[str, Any]) -> None:
    """The rules a line obeys, checked on the values it will have; every problem is listed at once."""
    errors = []
    if db.scalar(_budgets(scope).where(Budget.id == values["budget_id"])) is None:
        errors.append(field_error("/budgetId", "There is no budget with this id.", "unknown"))
    intervention_id = values.get("intervention_id")
    if intervention_id is not None:
        found = db.scalar(select(Intervention.id).where(Intervention.organisation_id == scope.organisation_id,
                                                        Intervention.id == intervention_id))
        if found is None:
            errors.append(field_error("/interventionId", "There is no intervention with this id.", "unknown"))
    elif values["kind"] == LineKind.intervention:
        errors.append(field_error("/interventionId", "A line of kind intervention names its intervention.",
                                  "missing"))
    if values["kind"] == LineKind.ring_fenced and values.get("cap") is None:
        errors.append(field_error("/cap", "A ring-fenced line needs a cap: the most it may use.", "missing"))
    if values["kind"] != LineKind.ring_fenced and values.get("cap") is not None:
        errors.append(field_error("/cap", "Only a ring-fenced line has a cap.", "not_allowed"))
    if errors:
        raise InvalidInput("The budget line is not valid.", errors=errors)


def create_line(db: Session, scope: Scope, *, data: BudgetLineCreate) -> BudgetLine:
    values = data.model_dump()
    _check_line(db, scope, values)
    line = BudgetLine(organisation_id=scope.organisation_id, **values)
    db.add(line)
    audit.record_created(db, scope, line, entity_type="budget_line", fields=_LINE_FIELDS)
    return line


def update_line(db: Session, scope: Scope, *, line_id: uuid.UUID, data: BudgetLineUpdate,
                if_match: str | None) -> BudgetLine:
    line = _get_line(db, scope, line_id)
    require_version(if_match, line.version)
    values = data.model_dump(exclude_unset=True)
    _check_line(db, scope, {f: getattr(line, f) for f in _LINE_FIELDS} | values)
    audit.apply_update(db, scope, line, values, entity_type="budget_line")
    return line


def delete_line(db: Session, scope: Scope, *, line_id: uuid.UUID) -> None:
    line = _get_line(db, scope, line_id)
    rows = db.execute(select(Expenditure.date, Expenditure.amount, Expenditure.reference)
                      .where(Expenditure.budget_line_id == line.id)
                      .order_by(Expenditure.date, Expenditure.id)).all()
    if rows:
        named = [f"{r.date.isoformat()} € {r.amount}" + (f" ({r.reference})" if r.reference else "") for r in rows]
        raise Conflict(f"This line has {len(rows)} expenditure(s): {_names(named, len(rows))}. "
                       "Delete or move them first.")
    audit.delete_recorded(db, scope, line, entity_type="budget_line", fields=_LINE_FIELDS)


# --- expenditures --------------------------------------------------------------------------------

_EXPENDITURE_FIELDS = ("budget_line_id", "date", "amount", "status", "reference", "description")
_EXPENDITURE_SORT = {"date": Expenditure.date, "amount": Expenditure.amount, "status": Expenditure.status,
                     "reference": Expenditure.reference}


def _expenditures(scope: Scope) -> Select[Any]:
    return select(Expenditure).where(Expenditure.organisation_id == scope.organisation_id)


def get_expenditure(db: Session, scope: Scope, *, expenditure_id: uuid.UUID) -> Expenditure:
    found = db.scalar(_expenditures(scope).where(Expenditure.id == expenditure_id))
    if found is None:
        raise NotFound("There is no expenditure with this id.")
    return found


def list_expenditures(db: Session, scope: Scope, params: PageParams, *, budget_line_id: uuid.UUID | None,
                      status: ExpenditureStatus | None, date_from: date | None,
                      date_to: date | None) -> Page[ExpenditureRead]:
    statement = _expenditures(scope)
    if budget_line_id is not None:
        statement = statement.where(Expenditure.budget_line_id == budget_line_id)
    if status is not None:
        statement = statement.where(Expenditure.status == status)
    if date_from is not None:
        statement = statement.where(Expenditure.date >= date_from)
    if date_to is not None:
        statement = statement.where(Expenditure.date <= date_to)
    return paginate(db, statement, params, sortable=_EXPENDITURE_SORT, default_sort=["date"],
                    tiebreaker=Expenditure.id, to_item=lambda row: ExpenditureRead.model_validate(row[0]))


def _check_in_budget_year(db: Session, scope: Scope, line_id: uuid.UUID, day: date) -> None:
    """The line exists, and the expenditure's date falls in the year of the line's budget."""
    year = db.scalar(select(Budget.year).join(BudgetLine, BudgetLine.budget_id == Budget.id)
                     .where(BudgetLine.organisation_id == scope.organisation_id, BudgetLine.id == line_id))
    if year is None:
        raise InvalidInput("/budgetLineId", "There is no budget line with this id.", code="unknown")
    if day.year != year:
        raise InvalidInput("/date", f"The date must fall in {year}, the year of the line's budget.",
                           code="outside_budget_year", params={"year": year})


def create_expenditure(db: Session, scope: Scope, *, data: ExpenditureCreate) -> Expenditure:
    _check_in_budget_year(db, scope, data.budget_line_id, data.date)
    expenditure = Expenditure(organisation_id=scope.organisation_id, **data.model_dump())
    db.add(expenditure)
    audit.record_created(db, scope, expenditure, entity_type="expenditure", fields=_EXPENDITURE_FIELDS)
    return expenditure


def update_expenditure(db: Session, scope: Scope, *, expenditure_id: uuid.UUID, data: ExpenditureUpdate,
                       if_match: str | None) -> Expenditure:
    expenditure = get_expenditure(db, scope, expenditure_id=expenditure_id)
    require_version(if_match, expenditure.version)
    values = data.model_dump(exclude_unset=True)
    if "budget_line_id" in values or "date" in values:
        _check_in_budget_year(db, scope, values.get("budget_line_id", expenditure.budget_line_id),
                              values.get("date", expenditure.date))
    audit.apply_update(db, scope, expenditure, values, entity_type="expenditure")
    return expenditure


def delete_expenditure(db: Session, scope: Scope, *, expenditure_id: uuid.UUID) -> None:
    expenditure = get_expenditure(db, scope, expenditure_id=expenditure_id)
    audit.delete_recorded(db, scope, expenditure, entity_type="expenditure", fields=_EXPENDITURE_FIELDS)


# --- teams ---------------------------------------------------------------------------------------

_TEAM_FIELDS = ("year", "name", "fte")
_TEAM_SORT = {"name": Team.name, "year": Team.year, "fte": Team.fte}


def _teams(scope: Scope) -> Select[Any]:
    return select(Team).where(Team.organisation_id == scope.organisation_id)


def get_team(db: Session, scope: Scope, *, team_id: uuid.UUID) -> Team:
    team = db.scalar(_teams(scope).where(Team.id == team_id))
    if team is None:
        raise NotFound("There is no team with this id.")
    return team


def list_teams(db: Session, scope: Scope, params: PageParams, *, year: int | None) -> Page[TeamRead]:
    statement = _teams(scope)
    if year is not None:
        statement = statement.where(Team.year == year)
    return paginate(db, statement, params, sortable=_TEAM_SORT, default_sort=["year", "name"], tiebreaker=Team.id,
                    to_item=lambda row: TeamRead.model_validate(row[0]))


def _ensure_team_free(db: Session, scope: Scope, year: int, name: str, own_id: uuid.UUID | None) -> None:
    statement = _teams(scope).where(Team.year == year, func.lower(Team.name) == name.lower())
    if own_id is not None:
        statement = statement.where(Team.id != own_id)
    if db.scalar(statement) is not None:
        raise Conflict(f"There is a team named '{name}' in {year} already.",
                       errors=[field_error("/name", "A team of this year has this name already.", "taken")])


def create_team(db: Session, scope: Scope, *, data: TeamCreate) -> Team:
    _ensure_team_free(db, scope, data.year, data.name, None)
    team = Team(organisation_id=scope.organisation_id, **data.model_dump())
    db.add(team)
    audit.record_created(db, scope, team, entity_type="team", fields=_TEAM_FIELDS)
    return team


def update_team(db: Session, scope: Scope, *, team_id: uuid.UUID, data: TeamUpdate, if_match: str | None) -> Team:
    team = get_team(db, scope, team_id=team_id)
    require_version(if_match, team.version)
    values = data.model_dump(exclude_unset=True)
    _ensure_team_free(db, scope, values.get("year", team.year), values.get("name", team.name), team.id)
    audit.apply_update(db, scope, team, values, entity_type="team")
    return team


def delete_team(db: Session, scope: Scope, *, team_id: uuid.UUID) -> None:
    team = get_team(db, scope, team_id=team_id)
    audit.delete_recorded(db, scope, team, entity_type="team", fields=_TEAM_FIELDS)


# --- payroll -------------------------------------------------------------------------------------

_PAYROLL_FIELDS = ("year", "amount", "notes")


def _payrolls(scope: Scope) -> Select[Any]:
    return select(Payroll).where(Payroll.organisation_id == scope.organisation_id)


def get_payroll(db: Session, scope: Scope, *, payroll_id: uuid.UUID) -> Payroll:
    payroll = db.scalar(_payrolls(scope).where(Payroll.id == payroll_id))
    if payroll is None:
        raise NotFound("There is no payroll with this id.")
    return payroll


def list_payrolls(db: Session, scope: Scope, params: PageParams, *, year: int | None) -> Page[PayrollRead]:
    statement = _payrolls(scope)
    if year is not None:
        statement = statement.where(Payroll.year == year)
    return paginate(db, statement, params, sortable={"year": Payroll.year, "amount": Payroll.amount},
                    default_sort=["year"], tiebreaker=Payroll.id,
                    to_item=lambda row: PayrollRead.model_validate(row[0]))


def _ensure_payroll_free(db: Session, scope: Scope, year: int, own_id: uuid.UUID | None) -> None:
    statement = _payrolls(scope).where(Payroll.year == year)
    if own_id is not None:
        statement = statement.where(Payroll.id != own_id)
    if db.scalar(statement) is not None:
        raise Conflict(f"The payroll of {year} is entered already; change that one.",
                       errors=[field_error("/year", "This year has a payroll already.", "taken")])


def create_payroll(db: Session, scope: Scope, *, data: PayrollCreate) -> Payroll:
    _ensure_payroll_free(db, scope, data.year, None)
    payroll = Payroll(organisation_id=scope.organisation_id, **data.model_dump())
    db.add(payroll)
    audit.record_created(db, scope, payroll, entity_type="payroll", fields=_PAYROLL_FIELDS)
    return payroll


def update_payroll(db: Session, scope: Scope, *, payroll_id: uuid.UUID, data: PayrollUpdate,
                   if_match: str | None) -> Payroll:
    payroll = get_payroll(db, scope, payroll_id=payroll_id)
    require_version(if_match, payroll.version)
    values = data.model_dump(exclude_unset=True)
    _ensure_payroll_free(db, scope, values.get("year", payroll.year), payroll.id)
    audit.apply_update(db, scope, payroll, values, entity_type="payroll")
    return payroll


def delete_payroll(db: Session, scope: Scope, *, payroll_id: uuid.UUID) -> None:
    payroll = get_payroll(db, scope, payroll_id=payroll_id)
    audit.delete_recorded(db, scope, payroll, entity_type="payroll", fields=_PAYROLL_FIELDS)

