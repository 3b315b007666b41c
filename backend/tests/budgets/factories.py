"""Builders for budgets, their lines and expenditures, teams and payroll. Amounts are given as text
("100.00") and stored as exact decimals."""

import datetime
from decimal import Decimal

from sqlmodel import Session

from app.budgets.models import Budget, BudgetLine, Expenditure, Payroll, Team
from tests.factories import save


def make_budget(db: Session, org, *, year: int = 2014, stream: str = "strategic", amount: str = "1000.00",
                **values) -> Budget:
    return save(db, Budget(organisation_id=org.id, year=year, stream=stream, amount=Decimal(amount), **values))


def make_line(db: Session, budget: Budget, *, title: str = "Regel", planned: str = "100.00", kind: str = "other",
              cap: str | None = None, intervention_id=None, **values) -> BudgetLine:
    return save(db, BudgetLine(organisation_id=budget.organisation_id, budget_id=budget.id, kind=kind, title=title,
                               planned_amount=Decimal(planned), cap=Decimal(cap) if cap else None,
                               intervention_id=intervention_id, **values))


def make_expenditure(db: Session, line: BudgetLine, *, amount: str = "100.00", status: str = "spent",
                     date: datetime.date = datetime.date(2014, 3, 1), **values) -> Expenditure:
    return save(db, Expenditure(organisation_id=line.organisation_id, budget_line_id=line.id, date=date,
                                amount=Decimal(amount), status=status, **values))


def make_team(db: Session, org, *, name: str = "Team", fte: str = "10.0", year: int = 2014) -> Team:
    return save(db, Team(organisation_id=org.id, year=year, name=name, fte=Decimal(fte)))


def make_payroll(db: Session, org, *, amount: str = "1000000.00", year: int = 2014) -> Payroll:
    return save(db, Payroll(organisation_id=org.id, year=year, amount=Decimal(amount)))
