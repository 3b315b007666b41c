"""Budgets, their lines and expenditures: the rules and the queries (DESIGN §2.3); teams and payroll are in
`budgets.teams`."""

import uuid
from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select, type_coerce
from sqlalchemy.sql import ColumnElement, Select
from sqlmodel import Session

from app.budgets import usage
from app.budgets.models import Budget, BudgetLine, Expenditure, ExpenditureStatus, LineKind
from app.budgets.schemas import (
    BudgetLineCreate,
    BudgetLineRead,
    BudgetLineUpdate,
    BudgetRead,
    ExpenditureCreate,
    ExpenditureRead,
    ExpenditureUpdate,
)
from app.core import audit
from app.core.errors import Conflict, InvalidInput, field_error
from app.core.fixed_point import Money
from app.core.pagination import PageParams, paginate
from app.core.records import Records, Unique
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import find, get_or_404, named_list, row_or_404, scoped, where_given
from app.core.vocabulary import FundingStream
from app.interventions import service as interventions
from app.interventions.models import Intervention

ZERO = Decimal("0.00")


def money_sum(column: Any) -> ColumnElement[Decimal]:
    """SUM of a Money column in SQL, read back as an exact Decimal (0.00 when there is nothing)."""
    return type_coerce(func.coalesce(func.sum(column), 0), Money)


def _expenditure_in_english(item: dict[str, str]) -> str:
    return f"{item['date']} € {item['amount']}" + (f" ({item['reference']})" if item.get("reference") else "")


# --- budgets -------------------------------------------------------------------------------------

_BUDGET_FIELDS = ("year", "stream", "amount", "notes")
_BUDGET_SORT = {"year": Budget.year, "stream": Budget.stream, "amount": Budget.amount}
BUDGETS = Records(Budget, entity_type="budget", fields=_BUDGET_FIELDS, noun="budget", rules=(Unique(
    Budget.stream, within=(Budget.year,), detail="There is a {stream} budget for {year} already; change that one.",
    message="This stream has a budget for this year already."),))
usage.register()


def list_budgets(db: Session, scope: Scope, params: PageParams, *, year: int | None,
                 stream: FundingStream | None) -> Page[BudgetRead]:
    statement = where_given(scoped(Budget, scope), (Budget.year, year), (Budget.stream, stream))
    return paginate(db, statement, params, sortable=_BUDGET_SORT, default_sort=["year", "stream"],
                    tiebreaker=Budget.id, to_item=lambda row: BudgetRead.model_validate(row[0]))


def delete_budget(db: Session, scope: Scope, *, budget_id: uuid.UUID) -> None:
    budget = BUDGETS.get(db, scope, budget_id=budget_id)
    titles = list(db.scalars(select(BudgetLine.title).where(BudgetLine.budget_id == budget.id)
                             .order_by(BudgetLine.title, BudgetLine.id)))
    if titles:
        names, params = named_list(titles)
        raise Conflict(f"This budget has {len(titles)} budget line(s): {names}. Delete or move them first.",
                       problem="budget_has_lines", problem_params=params)
    BUDGETS.remove(db, scope, budget)


def budgets_of_years(db: Session, scope: Scope, years: list[int]) -> dict[tuple[int, FundingStream], Budget]:
    return {(b.year, FundingStream(b.stream)): b
            for b in db.scalars(scoped(Budget, scope).where(Budget.year.in_(years)))}


def add_budget(db: Session, scope: Scope, *, year: int, stream: FundingStream, amount: Decimal, notes: str) -> Budget:
    """A budget made by another write (the yearly review), which records it in its own audit event."""
    budget = Budget(organisation_id=scope.organisation_id, year=year, stream=stream, amount=amount, notes=notes)
    db.add(budget)
    return budget


# --- budget lines --------------------------------------------------------------------------------

_LINE_FIELDS = ("budget_id", "kind", "title", "intervention_id", "planned_amount", "cap", "notes")
_COMMITTED = money_sum(case((Expenditure.status == ExpenditureStatus.committed, Expenditure.amount), else_=0))
_SPENT = money_sum(case((Expenditure.status == ExpenditureStatus.spent, Expenditure.amount), else_=0))


def lines_statement(scope: Scope) -> Select[Any]:
    """Lines with their budget's year and stream, the intervention's title and the sums of their expenditures."""
    used = (
        scoped(Expenditure, scope, Expenditure.budget_line_id.label("line_id"), _COMMITTED.label("committed"),
               _SPENT.label("spent"))
        .group_by(Expenditure.budget_line_id)
        .subquery()
    )
    return (
        scoped(BudgetLine, scope, BudgetLine, Budget.year, Budget.stream, Intervention.title,
               type_coerce(func.coalesce(used.c.committed, 0), Money),
               type_coerce(func.coalesce(used.c.spent, 0), Money))
        .join(Budget, Budget.id == BudgetLine.budget_id)
        .outerjoin(Intervention, Intervention.id == BudgetLine.intervention_id)
        .outerjoin(used, used.c.line_id == BudgetLine.id)
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
    return line_read(row_or_404(db, lines_statement(scope).where(BudgetLine.id == line_id), "budget line"))


def read_line(db: Session, scope: Scope, line: BudgetLine) -> BudgetLineRead:
    return get_line_read(db, scope, line_id=line.id)


def get_line(db: Session, scope: Scope, *, line_id: uuid.UUID) -> BudgetLine:
    return get_or_404(db, scope, BudgetLine, line_id, "budget line")


def lines_by_intervention(db: Session, scope: Scope, year: int,
                          intervention_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Any]]:
    """The `lines_statement` rows of the year's lines of these interventions, per intervention."""
    found: dict[uuid.UUID, list[Any]] = defaultdict(list)
    if not intervention_ids:
        return found
    for row in db.execute(lines_statement(scope)
                          .where(Budget.year == year, BudgetLine.intervention_id.in_(intervention_ids))
                          .order_by(Budget.stream, BudgetLine.title, BudgetLine.id)):
        found[row[0].intervention_id].append(row)
    return found


def budgeted_interventions(db: Session, scope: Scope, year: int, intervention_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """The interventions among `intervention_ids` with budget lines in `year`."""
    if not intervention_ids:
        return set()
    return set(db.scalars(scoped(BudgetLine, scope, BudgetLine.intervention_id)
                          .join(Budget, Budget.id == BudgetLine.budget_id)
                          .where(Budget.year == year, BudgetLine.intervention_id.in_(intervention_ids))))


def lines_of_year(db: Session, scope: Scope, year: int) -> list[Any]:
    """The `lines_statement` rows of every line of the year's budgets, by stream, kind and title."""
    return list(db.execute(lines_statement(scope).where(Budget.year == year)
                           .order_by(Budget.stream, BudgetLine.kind, BudgetLine.title, BudgetLine.id)))


def line_marks(db: Session, scope: Scope,
               year: int) -> tuple[set[uuid.UUID], set[uuid.UUID], set[tuple[str, str, str]]]:
    """What the year's lines are, to tell whether another year's line is there already: the interventions with
    lines, the lines they were carried from, and (stream, kind, lowercased title) of the lines of no intervention."""
    interventions_with_lines: set[uuid.UUID] = set()
    carried_from: set[uuid.UUID] = set()
    titled: set[tuple[str, str, str]] = set()
    for intervention_id, from_id, stream, kind, title in db.execute(
        scoped(BudgetLine, scope, BudgetLine.intervention_id, BudgetLine.carried_from_id, Budget.stream,
               BudgetLine.kind, BudgetLine.title)
        .join(Budget, Budget.id == BudgetLine.budget_id).where(Budget.year == year)
    ):
        if intervention_id is not None:
            interventions_with_lines.add(intervention_id)
        else:
            titled.add((str(stream), str(kind), title.lower()))
        if from_id is not None:
            carried_from.add(from_id)
    return interventions_with_lines, carried_from, titled


def carry_line(db: Session, scope: Scope, line: BudgetLine, budget: Budget, *, planned_amount: Decimal | None = None,
               cap: Decimal | None = None) -> BudgetLine:
    """A copy of `line` in `budget` that remembers where it came from (with another amount or cap when given)."""
    copy = BudgetLine(organisation_id=scope.organisation_id, budget_id=budget.id, kind=line.kind, title=line.title,
                      intervention_id=line.intervention_id,
                      planned_amount=line.planned_amount if planned_amount is None else planned_amount,
                      cap=line.cap if cap is None else cap, notes=line.notes, carried_from_id=line.id)
    db.add(copy)
    return copy


def list_lines(db: Session, scope: Scope, params: PageParams, *, budget_id: uuid.UUID | None, year: int | None,
               stream: FundingStream | None, kind: LineKind | None) -> Page[BudgetLineRead]:
    statement = lines_statement(scope)
    statement = where_given(statement, (BudgetLine.budget_id, budget_id), (Budget.year, year),
                            (Budget.stream, stream), (BudgetLine.kind, kind))
    return paginate(db, statement, params, sortable=_LINE_SORT, default_sort=["year", "stream", "title"],
                    tiebreaker=BudgetLine.id, to_item=line_read)


def _check_line(db: Session, scope: Scope, values: dict[str, Any]) -> None:
    """The rules a line obeys, checked on the values it will have; every problem is listed at once."""
    errors = []
    if find(db, scope, Budget, values["budget_id"]) is None:
        errors.append(field_error("/budgetId", "There is no budget with this id.", "unknown"))
    intervention_id = values.get("intervention_id")
    if intervention_id is not None:
        if not interventions.is_known(db, scope, intervention_id):
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
    return audit.create_recorded(db, scope, BudgetLine, values, entity_type="budget_line", fields=_LINE_FIELDS)


def update_line(db: Session, scope: Scope, *, line_id: uuid.UUID, data: BudgetLineUpdate,
                if_match: str | None) -> BudgetLine:
    line = get_line(db, scope, line_id=line_id)
    return audit.update_claimed(db, scope, line, data, if_match, entity_type="budget_line", check=lambda v:
                                _check_line(db, scope, audit.fields_of(line, _LINE_FIELDS) | v))


def delete_line(db: Session, scope: Scope, *, line_id: uuid.UUID) -> None:
    line = get_line(db, scope, line_id=line_id)
    rows = db.execute(select(Expenditure.date, Expenditure.amount, Expenditure.reference)
                      .where(Expenditure.budget_line_id == line.id)
                      .order_by(Expenditure.date, Expenditure.id)).all()
    if rows:
        items = [{"date": r.date.isoformat(), "amount": str(r.amount), "reference": r.reference or ""} for r in rows]
        names, params = named_list(items, english=_expenditure_in_english)
        raise Conflict(f"This line has {len(rows)} expenditure(s): {names}. Delete or move them first.",
                       problem="line_has_expenditures", problem_params=params)
    audit.delete_recorded(db, scope, line, entity_type="budget_line", fields=_LINE_FIELDS)


# --- expenditures --------------------------------------------------------------------------------

_EXPENDITURE_FIELDS = ("budget_line_id", "date", "amount", "status", "reference", "description")
_EXPENDITURE_SORT = {"date": Expenditure.date, "amount": Expenditure.amount, "status": Expenditure.status,
                     "reference": Expenditure.reference}


def get_expenditure(db: Session, scope: Scope, *, expenditure_id: uuid.UUID) -> Expenditure:
    return get_or_404(db, scope, Expenditure, expenditure_id, "expenditure")


def list_expenditures(db: Session, scope: Scope, params: PageParams, *, budget_line_id: uuid.UUID | None,
                      status: ExpenditureStatus | None, date_from: date | None,
                      date_to: date | None) -> Page[ExpenditureRead]:
    statement = where_given(scoped(Expenditure, scope), (Expenditure.budget_line_id, budget_line_id),
                            (Expenditure.status, status))
    if date_from is not None:
        statement = statement.where(Expenditure.date >= date_from)
    if date_to is not None:
        statement = statement.where(Expenditure.date <= date_to)
    return paginate(db, statement, params, sortable=_EXPENDITURE_SORT, default_sort=["date"],
                    tiebreaker=Expenditure.id, to_item=lambda row: ExpenditureRead.model_validate(row[0]))


def _check_in_budget_year(db: Session, scope: Scope, line_id: uuid.UUID, day: date) -> None:
    """The line exists, and the expenditure's date falls in the year of the line's budget."""
    year = db.scalar(scoped(Budget, scope, Budget.year).join(BudgetLine, BudgetLine.budget_id == Budget.id)
                     .where(BudgetLine.id == line_id))
    if year is None:
        raise InvalidInput("/budgetLineId", "There is no budget line with this id.", code="unknown")
    if day.year != year:
        raise InvalidInput("/date", f"The date must fall in {year}, the year of the line's budget.",
                           code="outside_budget_year", params={"year": year})


def create_expenditure(db: Session, scope: Scope, *, data: ExpenditureCreate) -> Expenditure:
    _check_in_budget_year(db, scope, data.budget_line_id, data.date)
    return audit.create_recorded(db, scope, Expenditure, data.model_dump(), entity_type="expenditure",
                                  fields=_EXPENDITURE_FIELDS)


def update_expenditure(db: Session, scope: Scope, *, expenditure_id: uuid.UUID, data: ExpenditureUpdate,
                       if_match: str | None) -> Expenditure:
    expenditure = get_expenditure(db, scope, expenditure_id=expenditure_id)

    def check(values: dict[str, Any]) -> None:
        if "budget_line_id" in values or "date" in values:
            _check_in_budget_year(db, scope, values.get("budget_line_id", expenditure.budget_line_id),
                                  values.get("date", expenditure.date))

    return audit.update_claimed(db, scope, expenditure, data, if_match, entity_type="expenditure", check=check)


def delete_expenditure(db: Session, scope: Scope, *, expenditure_id: uuid.UUID) -> None:
    expenditure = get_expenditure(db, scope, expenditure_id=expenditure_id)
    audit.delete_recorded(db, scope, expenditure, entity_type="expenditure", fields=_EXPENDITURE_FIELDS)
