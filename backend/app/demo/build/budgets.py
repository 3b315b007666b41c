"""A year's budgets per funding stream with their lines and expenditures, the teams' FTE and the payroll.
An intervention's line is named by the intervention's title and planned at its cost in the catalogue."""

import datetime
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlmodel import Session

from app.budgets.models import Budget, BudgetLine, Expenditure, ExpenditureStatus, LineKind, Payroll, Team
from app.core.vocabulary import FundingStream
from app.interventions.models import Intervention


@dataclass(frozen=True)
class ExpenditureData:
    date: datetime.date
    amount: Decimal
    status: ExpenditureStatus
    reference: str
    description: str


@dataclass(frozen=True)
class InterventionLineData:
    """The budget line of one intervention, in the budget of `BudgetsData.intervention_stream`."""

    title: str  # the intervention's
    notes: str = ""  # said after BudgetsData.intervention_line_note
    expenditures: tuple[ExpenditureData, ...] = ()


@dataclass(frozen=True)
class BudgetLineData:
    """A line that is not one intervention's: contingency, placeholder, ring-fenced."""

    kind: LineKind
    title: str
    planned_amount: Decimal
    notes: str
    cap: Decimal | None = None
    expenditures: tuple[ExpenditureData, ...] = ()


@dataclass(frozen=True)
class BudgetData:
    stream: FundingStream
    amount: Decimal
    notes: str
    lines: tuple[BudgetLineData, ...] = ()


@dataclass(frozen=True)
class TeamData:
    name: str
    fte: Decimal
    notes: str = ""


@dataclass(frozen=True)
class BudgetsData:
    year: int
    budgets: tuple[BudgetData, ...]
    teams: tuple[TeamData, ...]
    payroll: Decimal
    payroll_notes: str
    intervention_lines: tuple[InterventionLineData, ...] = ()
    intervention_line_note: str = ""  # said on every intervention's line
    intervention_stream: FundingStream = FundingStream.strategic


def load_budgets(db: Session, organisation_id: uuid.UUID, data: BudgetsData,
                 interventions: Mapping[str, Intervention]) -> dict[str, int]:
    org = {"organisation_id": organisation_id}
    budgets = {b.stream: Budget(year=data.year, stream=b.stream, amount=b.amount, notes=b.notes, **org)
               for b in data.budgets}
    teams = [Team(year=data.year, name=t.name, fte=t.fte, notes=t.notes, **org) for t in data.teams]
    payroll = Payroll(year=data.year, amount=data.payroll, notes=data.payroll_notes, **org)
    db.add_all([*budgets.values(), *teams, payroll])
    db.flush()

    lines: list[tuple[BudgetLine, tuple[ExpenditureData, ...]]] = []
    for line in data.intervention_lines:
        intervention = interventions[line.title]
        planned = intervention.cost_fixed + intervention.cost_per_participant * (
            intervention.expected_participants or 0)
        lines.append((BudgetLine(
            budget_id=budgets[data.intervention_stream].id, kind=LineKind.intervention, title=line.title,
            intervention_id=intervention.id, planned_amount=planned,
            notes=f"{data.intervention_line_note} {line.notes}".strip(), **org), line.expenditures))
    for b in data.budgets:
        lines += [(BudgetLine(budget_id=budgets[b.stream].id, kind=line.kind, title=line.title,
                              planned_amount=line.planned_amount, cap=line.cap, notes=line.notes, **org),
                   line.expenditures) for line in b.lines]
    db.add_all([line for line, _ in lines])
    db.flush()

    expenditures = [Expenditure(budget_line_id=line.id, date=e.date, amount=e.amount, status=e.status,
                                reference=e.reference, description=e.description, **org)
                    for line, spent in lines for e in spent]
    db.add_all(expenditures)
    db.flush()
    return {"budgets": len(budgets), "budget_lines": len(lines), "expenditures": len(expenditures),
            "teams": len(teams)}
