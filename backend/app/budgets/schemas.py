"""Shapes of the budget API: money and FTE as exact decimals, strings with two decimals in JSON."""

import datetime
import uuid
from typing import Annotated

from pydantic import Field

from app.budgets.models import ExpenditureStatus, LineKind
from app.core.schemas import ApiInput, ApiModel, BoundedDate, Decimal2, NotNull, Year, decimal_input
from app.core.vocabulary import Category, FundingStream

MAX_AMOUNT = "999999999999.99"
Amount = decimal_input(MAX_AMOUNT, description='Euros, e.g. "314777.00".')
PositiveAmount = decimal_input(MAX_AMOUNT, positive=True, description="Euros.")
Fte = decimal_input("100000", description='FTE on 1 January, e.g. "12.50".')
Notes = Annotated[str, Field(max_length=5000)]


# --- budgets -------------------------------------------------------------------------------------

class BudgetRead(ApiModel):
    id: uuid.UUID
    year: int
    stream: FundingStream
    amount: Decimal2
    notes: str
    version: int


class BudgetCreate(ApiInput):
    year: Year
    stream: Annotated[FundingStream, Field(description="strategic, functional or personal.")]
    amount: Amount
    notes: Notes = ""


class BudgetUpdate(ApiInput):
    year: Annotated[Year | None, NotNull] = None
    stream: Annotated[FundingStream | None, NotNull] = None
    amount: Annotated[Amount | None, NotNull] = None
    notes: Annotated[Notes | None, NotNull] = None


# --- budget lines --------------------------------------------------------------------------------

class BudgetLineRead(ApiModel):
    id: uuid.UUID
    budget_id: uuid.UUID
    year: int
    stream: FundingStream
    kind: LineKind
    title: str
    intervention_id: uuid.UUID | None
    intervention_title: str | None
    planned_amount: Decimal2
    cap: Decimal2 | None
    notes: str
    carried_from_id: uuid.UUID | None
    committed: Annotated[Decimal2, Field(description="Sum of its committed expenditures (verplicht).")]
    spent: Annotated[Decimal2, Field(description="Sum of its spent expenditures (besteed).")]
    version: int


class BudgetLineCreate(ApiInput):
    budget_id: uuid.UUID
    kind: Annotated[LineKind, Field(description="intervention, contingency (onvoorzien), placeholder (stelpost), "
                                                "ring_fenced (geoormerkt, with a cap) or other.")]
    title: Annotated[str, Field(min_length=1, max_length=300)]
    intervention_id: Annotated[uuid.UUID | None, Field(description="Required for kind intervention.")] = None
    planned_amount: Amount
    cap: Annotated[Amount | None, Field(description="The most a ring-fenced line may use; ring_fenced only.")] = None
    notes: Notes = ""


class BudgetLineUpdate(ApiInput):
    budget_id: Annotated[uuid.UUID | None, NotNull] = None
    kind: Annotated[LineKind | None, NotNull] = None
    title: Annotated[str | None, Field(min_length=1, max_length=300), NotNull] = None
    intervention_id: uuid.UUID | None = None
    planned_amount: Annotated[Amount | None, NotNull] = None
    cap: Amount | None = None
    notes: Annotated[Notes | None, NotNull] = None


# --- expenditures --------------------------------------------------------------------------------

class ExpenditureRead(ApiModel):
    id: uuid.UUID
    budget_line_id: uuid.UUID
    date: datetime.date
    amount: Decimal2
    status: ExpenditureStatus
    reference: str
    description: str
    version: int


class ExpenditureCreate(ApiInput):
    budget_line_id: uuid.UUID
    date: Annotated[BoundedDate, Field(description="In the year of the line's budget.")]
    amount: PositiveAmount
    status: Annotated[ExpenditureStatus, Field(description="committed (verplicht) or spent (besteed).")] = (
        ExpenditureStatus.committed)
    reference: Annotated[str, Field(max_length=100, description="Invoice or order number.")] = ""
    description: Notes = ""


class ExpenditureUpdate(ApiInput):
    budget_line_id: Annotated[uuid.UUID | None, NotNull] = None
    date: Annotated[BoundedDate | None, Field(description="In the year of the line's budget."), NotNull] = None
    amount: Annotated[PositiveAmount | None, NotNull] = None
    status: Annotated[ExpenditureStatus | None, NotNull] = None
    reference: Annotated[str | None, Field(max_length=100), NotNull] = None
    description: Annotated[Notes | None, NotNull] = None


# --- teams and payroll ---------------------------------------------------------------------------

class TeamRead(ApiModel):
    id: uuid.UUID
    year: int
    name: str
    fte: Decimal2
    notes: str = Field(description="Free notes (opmerkingen), e.g. the team's learning question.")
    version: int


class TeamCreate(ApiInput):
    year: Year
    name: Annotated[str, Field(min_length=1, max_length=200)]
    fte: Fte
    notes: Notes = ""


class TeamUpdate(ApiInput):
    year: Annotated[Year | None, NotNull] = None
    name: Annotated[str | None, Field(min_length=1, max_length=200), NotNull] = None
    fte: Annotated[Fte | None, NotNull] = None
    notes: Annotated[Notes | None, NotNull] = None


class PayrollRead(ApiModel):
    id: uuid.UUID
    year: int
    amount: Decimal2
    notes: str
    version: int


class PayrollCreate(ApiInput):
    year: Year
    amount: Amount
    notes: Notes = ""


class PayrollUpdate(ApiInput):
    year: Annotated[Year | None, NotNull] = None
    amount: Annotated[Amount | None, NotNull] = None
    notes: Annotated[Notes | None, NotNull] = None


# --- the summary ---------------------------------------------------------------------------------

class StreamFigures(ApiModel):
    stream: Annotated[FundingStream | None, Field(description="Empty for the total.")] = None
    budget_id: uuid.UUID | None = None
    budget: Decimal2
    planned: Annotated[Decimal2, Field(description="Sum of the lines' planned amounts.")]
    committed: Decimal2
    spent: Decimal2
    remaining: Annotated[Decimal2, Field(description="budget - committed - spent.")]
    unplanned: Annotated[Decimal2, Field(description="budget - planned.")]


class PayrollFigures(ApiModel):
    amount: Annotated[Decimal2 | None, Field(description="The year's payroll (loonsom); empty when not entered.")]
    training_budget_percent: Annotated[Decimal2 | None, Field(
        description="Total budget as % of payroll, two decimals.")]
    target_percent: Annotated[Decimal2 | None, Field(description="The organisation's target.")]
    target_year: Annotated[int | None, Field(description="The year the target is to be reached (Deventer: 2020).")]
    path_percent: Annotated[Decimal2 | None, Field(description=(
        "Where the path to the target stands in this year: a straight line from the share of the plan's first "
        "year (its payroll and budgets) to the target in the target year; the target itself from the target "
        "year on, or when no target year is set."))]
    on_path: Annotated[bool | None, Field(description="Whether the year's share is at or above the path.")]


class StreamHours(ApiModel):
    stream: FundingStream
    hours: Decimal2


class CategoryHours(ApiModel):
    category: Category
    hours: Decimal2


class LearningDays(ApiModel):
    """The learning-time norm (leertijdnorm) and the planned learning time of the year's execution programme."""

    norm_per_fte: Annotated[Decimal2 | None, Field(description="The organisation's learning days per FTE.")]
    total_fte: Decimal2
    available_days: Annotated[Decimal2 | None, Field(description="norm x total FTE of the year's teams.")]
    hours_per_day: Decimal2 = Field(description="Hours in a learning day, to compare hours with days (8).")
    planned_hours: Decimal2 = Field(description="The programme's planned learning time (geplande leertijd): per "
                                                "intervention learningHoursPerParticipant x expectedParticipants, "
                                                "summed.")
    planned_days: Decimal2 = Field(description="plannedHours / hoursPerDay.")
    planned_percent_of_norm: Decimal2 | None = Field(description="plannedDays / availableDays x 100; null without "
                                                                 "a norm or teams.")
    planned_days_per_fte: Decimal2 | None = Field(description="plannedDays / totalFte; null without teams.")
    by_stream: list[StreamHours] = Field(description="plannedHours per funding stream.")
    by_category: list[CategoryHours] = Field(description="plannedHours per category.")
    programme_size: int = Field(description="Interventions in the year's execution programme.")
    without_hours: list[str] = Field(description="Titles of the programme's interventions without learning hours "
                                                 "per participant (not counted).")


class TeamAllocation(ApiModel):
    team_id: uuid.UUID
    name: str
    fte: Decimal2
    functional: Decimal2
    personal: Decimal2
    total: Decimal2


class BudgetWarning(ApiModel):
    code: Annotated[str, Field(description="over_planned, over_committed, cap_exceeded, line_overrun, "
                                           "missing_budget, missing_payroll, missing_teams, below_target.")]
    stream: FundingStream | None = None
    line_id: uuid.UUID | None = None
    detail: str


class ShareAmount(ApiModel):
    stream: FundingStream
    amount: Decimal2


class UnbudgetedIntervention(ApiModel):
    intervention_id: uuid.UUID
    title: str
    funding_stream: FundingStream
    total_cost: Decimal2
    shares: Annotated[list[ShareAmount], Field(description="Its total cost shared out by its funding shares.")]


class LineOutsideProgramme(ApiModel):
    line_id: uuid.UUID
    title: str
    stream: FundingStream
    intervention_id: uuid.UUID
    intervention_title: str
    planned_amount: Decimal2


class ProgrammeFigures(ApiModel):
    interventions: Annotated[int, Field(description="How many interventions the year's execution programme offers.")]
    total_cost: Annotated[Decimal2, Field(description="Their total cost together.")]


class BudgetSummary(ApiModel):
    year: int
    streams: list[StreamFigures]
    total: StreamFigures
    payroll: PayrollFigures
    learning_days: LearningDays
    allocation: Annotated[list[TeamAllocation], Field(
        description="Functional and personal budgets shared out to teams pro rata by FTE; each column adds up "
                    "exactly to its budget (rounding cents go to the largest remainders).")]
    warnings: list[BudgetWarning]
    programme: Annotated[ProgrammeFigures, Field(description="The year's execution programme (uitvoeringsprogramma).")]
    unbudgeted: Annotated[list[UnbudgetedIntervention], Field(description=(
        "Interventions of the year's execution programme without a budget line in the year (e.g. because "
        "the stream had no budget when they were added)."))]
    outside_programme: Annotated[list[LineOutsideProgramme], Field(description=(
        "The year's intervention lines whose intervention is no longer in the year's execution programme."))]


# --- the years a page opens on -------------------------------------------------------------------

class BudgetYear(ApiModel):
    year: int
    has_budget: bool
    has_programme: Annotated[bool, Field(description="The year's execution programme offers interventions.")]
    in_plan: Annotated[bool, Field(description="Within the adopted plan's years.")]


class PlanYears(ApiModel):
    id: uuid.UUID
    title: str
    first_year: int
    last_year: int


class BudgetYears(ApiModel):
    default_year: Annotated[int, Field(description="The year every defaulted `year` parameter takes.")]
    years: Annotated[list[BudgetYear], Field(description=(
        "Years with data first (the adopted plan's before any others, each most recent first), then the plan's "
        "other years."))]
    plan: Annotated[PlanYears | None, Field(description="The adopted plan the rule went by.")]


# --- funding shares ------------------------------------------------------------------------------

Percent = decimal_input("100", positive=True, description='Percent of the total cost, e.g. "75.00".')


class FundingShareItem(ApiModel):
    stream: FundingStream
    percent: Decimal2


class FundingShareInput(ApiInput):
    stream: FundingStream
    percent: Percent


class FundingShares(ApiModel):
    intervention_id: uuid.UUID
    shares: Annotated[list[FundingShareItem], Field(description=(
        "What each stream pays, in percent; adds up to 100. Without stored shares: 100 % of the "
        "intervention's funding stream."))]


class FundingSharesUpdate(ApiInput):
    shares: Annotated[list[FundingShareInput], Field(min_length=1, max_length=3, description=(
        "One entry per stream, each above 0, together exactly 100. The intervention's funding stream becomes "
        "the stream with the largest share."))]
