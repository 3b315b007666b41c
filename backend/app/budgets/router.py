import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.auth.deps import EditorScope, OrgScope
from app.budgets import export, funding, schemas, service, summary, teams, years
from app.budgets.models import ExpenditureStatus, LineKind
from app.core.db import DbSession
from app.core.resource import Calls, Doc, Item, Routes
from app.core.schemas import BoundedDate
from app.core.vocabulary import FundingStream

router = APIRouter(tags=["budgets"])
routes = Routes(router, reader=OrgScope, editor=EditorScope)

YearFilter = Annotated[int | None, Query(ge=1900, le=2200, description="Only this year.")]


SummaryYear = Annotated[int | None, Query(ge=1900, le=2200, description=f"The year. {years.RULE}")]


@router.get("/budget-years", response_model=schemas.BudgetYears,
            summary="The years to show budgets of (begrotingsjaren)")
def get_budget_years(scope: OrgScope, db: DbSession) -> schemas.BudgetYears:
    """The year every page and every defaulted `year` parameter opens on (`defaultYear`), and the years to pick
    from: the years with a budget or an execution programme first (the adopted plan's years before any others, each
    most recent first), then the plan's other years. The rule: the most recent year within the adopted plan's years
    that has a budget or an execution programme (at least one intervention offered in it); without such data the
    current year when the plan holds it, else the plan's first year; without an adopted plan the most recent year
    with data, else the current year."""
    return years.budget_years(db, scope)


# --- summary and export (before /budgets/{budget_id}) --------------------------------------------

@router.get("/budget-summary", response_model=schemas.BudgetSummary,
            summary="Budget summary of a year (begrotingsoverzicht)")
def get_budget_summary(scope: OrgScope, db: DbSession, year: SummaryYear = None) -> schemas.BudgetSummary:
    """Per stream (strategic, functional, personal) and in total: budget, planned (sum of the lines),
    committed, spent, remaining (budget - committed - spent) and unplanned (budget - planned); the total
    budget as % of payroll against the organisation's target; the learning days available (the norm per
    FTE x the FTE of the year's teams); the functional and personal budgets shared out to teams pro rata
    by FTE (adding up exactly, to the cent); and warnings (`over_planned`, `over_committed`, `cap_exceeded`,
    `line_overrun`, `missing_budget`, `missing_payroll`, `missing_teams`, `below_target`)."""
    return summary.budget_summary(db, scope, year=years.year_or_default(db, scope, year))


@router.get(
    "/budgets/export",
    summary="Export the budget of a year (begroting) as XLSX",
    response_class=Response,
    responses={200: {"description": "The workbook.", "content": {export.MEDIA_TYPE: {
        "schema": {"type": "string", "format": "binary"}}}}},
)
def export_budgets(scope: OrgScope, db: DbSession, year: SummaryYear = None) -> Response:
    """A summary sheet (streams, payroll share, learning days, team allocation, warnings) and a sheet per
    stream with its lines: planned, committed, spent, remaining and totals; formatted to print on A4."""
    chosen = years.year_or_default(db, scope, year)
    content = export.budget_workbook(db, scope, year=chosen)
    return Response(content, media_type=export.MEDIA_TYPE,
                    headers={"Content-Disposition": f'attachment; filename="begroting-{chosen}.xlsx"'})


# --- budgets -------------------------------------------------------------------------------------

@routes.listing("/budgets", schemas.BudgetRead, service.list_budgets, summary="List budgets (budgetten)")
class ListBudgets:
    """One budget per year and stream. Sortable on year, stream, amount."""

    year: YearFilter = None
    stream: FundingStream | None = None


routes.standard(
    Item("budgets", "budget", "budget_id", "a budget", schemas.BudgetRead, schemas.BudgetCreate, schemas.BudgetUpdate),
    Calls.recorded(service.BUDGETS, delete=service.delete_budget),
    create="A stream has one budget per year: a second one is a 409.",
    delete="Refused (409) while the budget has lines; the answer names them.",
)


# --- budget lines --------------------------------------------------------------------------------

@routes.listing("/budget-lines", schemas.BudgetLineRead, service.list_lines,
                summary="List budget lines (begrotingsregels)")
class ListBudgetLines:
    """Lines with their committed and spent sums. Sortable on title, kind, plannedAmount, year, stream, createdAt."""

    budget_id: Annotated[uuid.UUID | None, Query(alias="budgetId")] = None
    year: YearFilter = None
    stream: FundingStream | None = None
    kind: LineKind | None = None


routes.standard(
    Item("budget-lines", "budget_line", "line_id", "a budget line",
         schemas.BudgetLineRead, schemas.BudgetLineCreate, schemas.BudgetLineUpdate, to_read=service.read_line),
    Calls(service.create_line, service.get_line, service.update_line, service.delete_line),
    create="Kind `intervention` names one of your interventions; `ring_fenced` needs a cap, other kinds have none.",
    delete="Refused (409) while expenditures are booked on it; the answer names them.",
)


@router.post("/budget-lines/from-programme", response_model=list[schemas.BudgetLineRead], status_code=201,
             summary="Budget lines for a year's programme (begrotingsregels uit het uitvoeringsprogramma)")
def create_lines_from_programme(
    scope: EditorScope, db: DbSession,
    year: Annotated[int, Query(ge=1900, le=2200, description="The year of the execution programme.")],
) -> list[schemas.BudgetLineRead]:
    """For every intervention of the year's execution programme without a budget line in the year: a line of
    kind `intervention` per stream that pays it (its funding shares, or 100 % of its funding stream), planned
    at that share of its total cost, in the stream's budget of the year. A stream without a budget that year
    gets no line. Putting an intervention in a year's programme does the same by itself; this catches up
    interventions added before a budget existed. Returns the lines made (none when all had one)."""
    made = funding.lines_for_programme(db, scope, year=year)
    return [service.read_line(db, scope, line) for line in made]


# --- funding shares ------------------------------------------------------------------------------

@router.get("/interventions/{intervention_id}/funding-shares", response_model=schemas.FundingShares,
            summary="Which streams pay an intervention (financiering per stroom)")
def get_funding_shares(intervention_id: uuid.UUID, scope: OrgScope, db: DbSession) -> schemas.FundingShares:
    """The share of its total cost each stream pays, in percent; 100 % of its funding stream unless it is
    shared."""
    return funding.get_shares(db, scope, intervention_id=intervention_id)


@router.put("/interventions/{intervention_id}/funding-shares", response_model=schemas.FundingShares,
            summary="Share an intervention's cost over streams (financiering per stroom)")
def replace_funding_shares(intervention_id: uuid.UUID, data: schemas.FundingSharesUpdate, scope: EditorScope,
                           db: DbSession) -> schemas.FundingShares:
    """Replaces the shares: one per stream, each above 0, together exactly 100 (else 400 on `/shares`, code
    `shares_total`). The intervention's `fundingStream` becomes the stream with the largest share; setting
    `fundingStream` on the intervention later makes it paid wholly from that stream again. Budget lines made
    earlier keep their amounts; new lines (a year it joins, `POST /budget-lines/from-programme`) follow the
    shares, and the summary lists the shared amounts of programme interventions still without a line."""
    return funding.replace_shares(db, scope, intervention_id=intervention_id, data=data)


# --- expenditures --------------------------------------------------------------------------------

@routes.listing("/expenditures", schemas.ExpenditureRead, service.list_expenditures,
                summary="List expenditures (uitgaven)")
class ListExpenditures:
    """Sortable on date, amount, status, reference."""

    budget_line_id: Annotated[uuid.UUID | None, Query(alias="budgetLineId")] = None
    status: ExpenditureStatus | None = None
    date_from: Annotated[BoundedDate | None, Query(alias="from", description="On or after this date.")] = None
    date_to: Annotated[BoundedDate | None, Query(alias="to", description="On or before this date.")] = None


routes.standard(
    Item("expenditures", "expenditure", "expenditure_id", "an expenditure",
         schemas.ExpenditureRead, schemas.ExpenditureCreate, schemas.ExpenditureUpdate),
    Calls(service.create_expenditure, service.get_expenditure, service.update_expenditure, service.delete_expenditure),
    create=Doc("An amount committed (verplicht: ordered) or spent (besteed: paid) against a budget line.",
               summary="Record an expenditure"),
)


# --- teams ---------------------------------------------------------------------------------------

@routes.listing("/teams", schemas.TeamRead, teams.list_teams, summary="List teams with their FTE (teams)")
class ListTeams:
    """Teams with their FTE on 1 January of a year. Sortable on name, year, fte."""

    year: YearFilter = None


routes.standard(
    Item("teams", "team", "team_id", "a team", schemas.TeamRead, schemas.TeamCreate, schemas.TeamUpdate),
    Calls.recorded(teams.TEAMS),
    create="A team's name is unique within a year (409 otherwise).",
)


# --- payroll -------------------------------------------------------------------------------------

@routes.listing("/payrolls", schemas.PayrollRead, teams.list_payrolls, summary="List payrolls (loonsommen)")
class ListPayrolls:
    """The organisation's payroll per year. Sortable on year, amount."""

    year: YearFilter = None


routes.standard(
    Item("payrolls", "payroll", "payroll_id", "a payroll",
         schemas.PayrollRead, schemas.PayrollCreate, schemas.PayrollUpdate),
    Calls.recorded(teams.PAYROLLS),
    create=Doc("One payroll per year (409 otherwise).", summary="Enter a year's payroll"),
)
