"""Budgets in three streams, their lines and expenditures, teams with FTE, and payroll (DESIGN §2.3).

Amounts are exact decimals (FixedPoint: integer cents in the database)."""

import datetime
import uuid
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.db import TenantEntity, link_key
from app.core.fixed_point import FixedPoint, Money
from app.core.vocabulary import FundingStream


class LineKind(StrEnum):
    intervention = "intervention"
    contingency = "contingency"  # onvoorzien
    placeholder = "placeholder"  # stelpost
    ring_fenced = "ring_fenced"  # geoormerkt, with a cap (basic skills: no more than last year)
    other = "other"


class ExpenditureStatus(StrEnum):
    committed = "committed"  # verplicht (ordered, not yet paid)
    spent = "spent"  # besteed


class Budget(TenantEntity, table=True):
    """The amount one stream has in one year (e.g. strategic 2014: 314,777.00)."""

    __tablename__ = "budgets"
    __table_args__ = (UniqueConstraint("organisation_id", "year", "stream"),)

    year: int = Field(index=True)
    stream: FundingStream = Field(sa_type=String(16))
    amount: Decimal = Field(sa_type=Money)
    notes: str = Field(default="", sa_type=Text)


class BudgetLine(TenantEntity, table=True):
    """A planned use of a budget: an intervention, contingency, placeholder, ring-fenced amount or other."""

    __tablename__ = "budget_lines"

    budget_id: uuid.UUID = Field(foreign_key="budgets.id", index=True, ondelete="RESTRICT")
    kind: LineKind = Field(sa_type=String(16))
    title: str = Field(max_length=300)
    intervention_id: uuid.UUID | None = Field(default=None, foreign_key="interventions.id", index=True,
                                              ondelete="RESTRICT")
    planned_amount: Decimal = Field(sa_type=Money)
    cap: Decimal | None = Field(default=None, sa_type=Money)  # the most a ring-fenced line may use
    notes: str = Field(default="", sa_type=Text)
    carried_from_id: uuid.UUID | None = Field(default=None, foreign_key="budget_lines.id", ondelete="SET NULL")


class Expenditure(TenantEntity, table=True):
    __tablename__ = "expenditures"

    budget_line_id: uuid.UUID = Field(foreign_key="budget_lines.id", index=True, ondelete="RESTRICT")
    date: datetime.date
    amount: Decimal = Field(sa_type=Money)
    status: ExpenditureStatus = Field(default=ExpenditureStatus.committed, sa_type=String(16))
    reference: str = Field(default="", max_length=100)  # invoice or order number
    description: str = Field(default="", sa_type=Text)


class Team(TenantEntity, table=True):
    """A team's size on 1 January of a year; functional and personal budgets are shared out by it."""

    __tablename__ = "teams"
    __table_args__ = (UniqueConstraint("organisation_id", "year", "name"),)

    year: int = Field(index=True)
    name: str = Field(max_length=200)
    fte: Decimal = Field(sa_type=FixedPoint(2))
    notes: str = Field(default="", sa_type=Text)  # opmerkingen, e.g. the team's learning question


class Payroll(TenantEntity, table=True):
    """The organisation's total payroll (loonsom) in a year, to show training budget as a % of it."""

    __tablename__ = "payrolls"
    __table_args__ = (UniqueConstraint("organisation_id", "year"),)

    year: int
    amount: Decimal = Field(sa_type=Money)
    notes: str = Field(default="", sa_type=Text)


class FundingShare(SQLModel, table=True):
    """The part of an intervention's cost one stream pays, in percent (the Deventer plan pays some from the
    individual career budget). An intervention without shares is paid wholly from its `funding_stream`;
    its shares, when it has them, add up to 100 %. Gone with the intervention."""

    __tablename__ = "funding_shares"

    intervention_id: uuid.UUID = link_key("interventions.id")
    stream: FundingStream = Field(sa_type=String(16), primary_key=True)
    percent: Decimal = Field(sa_type=FixedPoint(2))
