"""Builders for budget tests: rows made directly, flushed so the app (same connection) sees them."""

from decimal import Decimal

from sqlmodel import Session

from app.budgets.models import Budget, BudgetLine, Expenditure, Payroll, Team
from app.interventions.models import Intervention


def intervention(db: Session, org, title: str = "Hostmanship-training", **values) -> Intervention:
    row = Intervention(organisation_id=org.id, title=title, **values)
    db.add(row)
    db.flush()
    return row


def budget(db: Session, org, year: int = 2014, stream: str = "strategic", amount: str = "1000.00") -> Budget:
    row = Budget(organisation_id=org.id, year=year, stream=stream, amount=Decimal(amount))
    db.add(row)
    db.flush()
    return row


def line(db: Session, org, budget_row: Budget, *, title: str = "Regel", planned: str = "100.00", kind: str = "other",
         cap: str | None = None, intervention_id=None) -> BudgetLine:
    row = BudgetLine(organisation_id=org.id, budget_id=budget_row.id, kind=kind, title=title,
                     planned_amount=Decimal(planned), cap=Decimal(cap) if cap else None,
                     intervention_id=intervention_id)
    db.add(row)
    db.flush()
    return row


def expenditure(db: Session, org, line_row: BudgetLine, amount: str, status: str = "spent",
                reference: str = "") -> Expenditure:
    import datetime
    row = Expenditure(organisation_id=org.id, budget_line_id=line_row.id, date=datetime.date(2014, 3, 1),
                      amount=Decimal(amount), status=status, reference=reference)
    db.add(row)
    db.flush()
    return row


def team(db: Session, org, name: str, fte: str, year: int = 2014) -> Team:
    row = Team(organisation_id=org.id, year=year, name=name, fte=Decimal(fte))
    db.add(row)
    db.flush()
    return row


def payroll(db: Session, org, amount: str, year: int = 2014) -> Payroll:
    row = Payroll(organisation_id=org.id, year=year, amount=Decimal(amount))
    db.add(row)
    db.flush()
    return row
