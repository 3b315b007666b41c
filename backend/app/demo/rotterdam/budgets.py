"""Gemeente Rotterdam: a budget for the traineeship's first year. The guide names no amounts, teams or payroll:
every figure here is a demo choice ("demowaarde"), there so that each part of the application has a Rotterdam
row to show (and to keep from Deventer)."""

import datetime
from decimal import Decimal

from app.budgets.models import ExpenditureStatus, LineKind
from app.core.vocabulary import FundingStream
from app.demo.build.budgets import (
    BudgetData,
    BudgetLineData,
    BudgetsData,
    ExpenditureData,
    InterventionLineData,
    TeamData,
)
from app.demo.rotterdam.plan import PROGRAMME_YEAR

DEMO = "Demowaarde: de handreiking noemt geen bedragen."

BUDGETS = BudgetsData(
    year=PROGRAMME_YEAR,
    budgets=(BudgetData(
        FundingStream.strategic, Decimal("25000.00"), f"Budget van het traineeship. {DEMO}",
        lines=(BudgetLineData(LineKind.contingency, "Onvoorzien", Decimal("2500.00"), DEMO),),
    ),),
    teams=(TeamData("Traineeship", Decimal("20.00")),),
    payroll=Decimal("1200000.00"),
    payroll_notes="Demowaarde: de loonsom van de trainees; de handreiking noemt er geen.",
    intervention_lines=(
        InterventionLineData("Ervaringsgerichte training: perspectieven verruimen", expenditures=(
            ExpenditureData(datetime.date(PROGRAMME_YEAR, 3, 12), Decimal("3000.00"), ExpenditureStatus.spent,
                            "DEMO-ROT-001", "Eerste trainingsdag (demowaarde)"),
        )),
        InterventionLineData("Kennis- en inspiratiesessies"),
    ),
    intervention_line_note=DEMO,
)
