import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.auth.deps import EditorScope, OrgScope
from app.budgets import export, service, summary, teams
from app.budgets.models import ExpenditureStatus, LineKind
from app.budgets.schemas import (
    BudgetCreate,
    BudgetLineCreate,
    BudgetLineRead,
    BudgetLineUpdate,
    BudgetRead,
    BudgetSummary,
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
from app.core.concurrency import IfMatch
from app.core.db import DbSession, utcnow
from app.core.http import created, tagged
from app.core.pagination import Paging
from app.core.schemas import BoundedDate, Page
from app.core.vocabulary import FundingStream

router = APIRouter(tags=["budgets"])

YearFilter = Annotated[int | None, Query(ge=1900, le=2200, description="Only this year.")]


def _this_year() -> int:
    return utcnow().year


SummaryYear = Annotated[int | None, Query(ge=1900, le=2200, description="The year; the current year when left out.")]


# --- summary and export (before /budgets/{budget_id}) --------------------------------------------

@router.get("/budget-summary", response_model=BudgetSummary, summary="Budget summary of a year (begrotingsoverzicht)")
def get_budget_summary(scope: OrgScope, db: DbSession, year: SummaryYear = None) -> BudgetSummary:
    """Per stream (strategic, functional, personal) and in total: budget, planned (sum of the lines),
    committed, spent, remaining (budget - committed - spent) and unplanned (budget - planned); the total
    budget as % of payroll against the organisation's target; the learning days available (the norm per
    FTE x the FTE of the year's teams); the functional and personal budgets shared out to teams pro rata
    by FTE (adding up exactly, to the cent); and warnings (`over_planned`, `over_committed`, `cap_exceeded`,
    `line_overrun`, `missing_budget`, `missing_payroll`, `missing_teams`, `below_target`)."""
    return summary.budget_summary(db, scope, year=year or _this_year())


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
    chosen = year or _this_year()
    content = export.budget_workbook(db, scope, year=chosen)
    return Response(content, media_type=export.MEDIA_TYPE,
                    headers={"Content-Disposition": f'attachment; filename="begroting-{chosen}.xlsx"'})


# --- budgets -------------------------------------------------------------------------------------

@router.get("/budgets", response_model=Page[BudgetRead], summary="List budgets (budgetten)")
def list_budgets(scope: OrgScope, db: DbSession, paging: Paging, year: YearFilter = None,
                 stream: FundingStream | None = None) -> Page[BudgetRead]:
    """One budget per year and stream. Sortable on year, stream, amount."""
    return service.list_budgets(db, scope, paging, year=year, stream=stream)


@router.post("/budgets", response_model=BudgetRead, status_code=status.HTTP_201_CREATED, summary="Create a budget")
def create_budget(data: BudgetCreate, scope: EditorScope, db: DbSession, response: Response) -> BudgetRead:
    """A stream has one budget per year: a second one is a 409."""
    budget = service.create_budget(db, scope, data=data)
    created(response, budget, "budgets")
    return BudgetRead.model_validate(budget)


@router.get("/budgets/{budget_id}", response_model=BudgetRead, summary="Get a budget")
def get_budget(budget_id: uuid.UUID, scope: OrgScope, db: DbSession, response: Response) -> BudgetRead:
    budget = service.get_budget(db, scope, budget_id=budget_id)
    tagged(response, budget)
    return BudgetRead.model_validate(budget)


@router.patch("/budgets/{budget_id}", response_model=BudgetRead, summary="Change a budget")
def update_budget(budget_id: uuid.UUID, data: BudgetUpdate, scope: EditorScope, db: DbSession, response: Response,
                  if_match: IfMatch = None) -> BudgetRead:
    budget = service.update_budget(db, scope, budget_id=budget_id, data=data, if_match=if_match)
    tagged(response, budget)
    return BudgetRead.model_validate(budget)


@router.delete("/budgets/{budget_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a budget")
def delete_budget(budget_id: uuid.UUID, scope: EditorScope, db: DbSession) -> None:
    """Refused (409) while the budget has lines; the answer names them."""
    service.delete_budget(db, scope, budget_id=budget_id)


# --- budget lines --------------------------------------------------------------------------------

@router.get("/budget-lines", response_model=Page[BudgetLineRead], summary="List budget lines (begrotingsregels)")
def list_budget_lines(
    scope: OrgScope, db: DbSession, paging: Paging,
    budget_id: Annotated[uuid.UUID | None, Query(alias="budgetId")] = None,
    year: YearFilter = None, stream: FundingStream | None = None, kind: LineKind | None = None,
) -> Page[BudgetLineRead]:
    """Lines with their committed and spent sums. Sortable on title, kind, plannedAmount, year, stream, createdAt."""
    return service.list_lines(db, scope, paging, budget_id=budget_id, year=year, stream=stream, kind=kind)


@router.post("/budget-lines", response_model=BudgetLineRead, status_code=status.HTTP_201_CREATED,
             summary="Create a budget line")
def create_budget_line(data: BudgetLineCreate, scope: EditorScope, db: DbSession,
                       response: Response) -> BudgetLineRead:
    """Kind `intervention` names one of your interventions; `ring_fenced` needs a cap, other kinds have none."""
    line = service.create_line(db, scope, data=data)
    created(response, line, "budget-lines")
    return service.get_line_read(db, scope, line_id=line.id)


@router.get("/budget-lines/{line_id}", response_model=BudgetLineRead, summary="Get a budget line")
def get_budget_line(line_id: uuid.UUID, scope: OrgScope, db: DbSession, response: Response) -> BudgetLineRead:
    line = service.get_line_read(db, scope, line_id=line_id)
    tagged(response, line)
    return line


@router.patch("/budget-lines/{line_id}", response_model=BudgetLineRead, summary="Change a budget line")
def update_budget_line(line_id: uuid.UUID, data: BudgetLineUpdate, scope: EditorScope, db: DbSession,
                       response: Response, if_match: IfMatch = None) -> BudgetLineRead:
    line = service.update_line(db, scope, line_id=line_id, data=data, if_match=if_match)
    tagged(response, line)
    return service.get_line_read(db, scope, line_id=line.id)


@router.delete("/budget-lines/{line_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a budget line")
def delete_budget_line(line_id: uuid.UUID, scope: EditorScope, db: DbSession) -> None:
    """Refused (409) while expenditures are booked on it; the answer names them."""
    service.delete_line(db, scope, line_id=line_id)


# --- expenditures --------------------------------------------------------------------------------

@router.get("/expenditures", response_model=Page[ExpenditureRead], summary="List expenditures (uitgaven)")
def list_expenditures(
    scope: OrgScope, db: DbSession, paging: Paging,
    budget_line_id: Annotated[uuid.UUID | None, Query(alias="budgetLineId")] = None,
    status_: Annotated[ExpenditureStatus | None, Query(alias="status")] = None,
    date_from: Annotated[BoundedDate | None, Query(alias="from", description="On or after this date.")] = None,
    date_to: Annotated[BoundedDate | None, Query(alias="to", description="On or before this date.")] = None,
) -> Page[ExpenditureRead]:
    """Sortable on date, amount, status, reference."""
    return service.list_expenditures(db, scope, paging, budget_line_id=budget_line_id, status=status_,
                                     date_from=date_from, date_to=date_to)


@router.post("/expenditures", response_model=ExpenditureRead, status_code=status.HTTP_201_CREATED,
             summary="Record an expenditure")
def create_expenditure(data: ExpenditureCreate, scope: EditorScope, db: DbSession,
                       response: Response) -> ExpenditureRead:
    """An amount committed (verplicht: ordered) or spent (besteed: paid) against a budget line."""
    expenditure = service.create_expenditure(db, scope, data=data)
    created(response, expenditure, "expenditures")
    return ExpenditureRead.model_validate(expenditure)


@router.get("/expenditures/{expenditure_id}", response_model=ExpenditureRead, summary="Get an expenditure")
def get_expenditure(expenditure_id: uuid.UUID, scope: OrgScope, db: DbSession, response: Response) -> ExpenditureRead:
    expenditure = service.get_expenditure(db, scope, expenditure_id=expenditure_id)
    tagged(response, expenditure)
    return ExpenditureRead.model_validate(expenditure)


@router.patch("/expenditures/{expenditure_id}", response_model=ExpenditureRead, summary="Change an expenditure")
def update_expenditure(expenditure_id: uuid.UUID, data: ExpenditureUpdate, scope: EditorScope, db: DbSession,
                       response: Response, if_match: IfMatch = None) -> ExpenditureRead:
    expenditure = service.update_expenditure(db, scope, expenditure_id=expenditure_id, data=data, if_match=if_match)
    tagged(response, expenditure)
    return ExpenditureRead.model_validate(expenditure)


@router.delete("/expenditures/{expenditure_id}", status_code=status.HTTP_204_NO_CONTENT,
               summary="Delete an expenditure")
def delete_expenditure(expenditure_id: uuid.UUID, scope: EditorScope, db: DbSession) -> None:
    service.delete_expenditure(db, scope, expenditure_id=expenditure_id)


# --- teams ---------------------------------------------------------------------------------------

@router.get("/teams", response_model=Page[TeamRead], summary="List teams with their FTE (teams)")
def list_teams(scope: OrgScope, db: DbSession, paging: Paging, year: YearFilter = None) -> Page[TeamRead]:
    """Teams with their FTE on 1 January of a year. Sortable on name, year, fte."""
    return teams.list_teams(db, scope, paging, year=year)


@router.post("/teams", response_model=TeamRead, status_code=status.HTTP_201_CREATED, summary="Create a team")
def create_team(data: TeamCreate, scope: EditorScope, db: DbSession, response: Response) -> TeamRead:
    """A team's name is unique within a year (409 otherwise)."""
    team = teams.create_team(db, scope, data=data)
    created(response, team, "teams")
    return TeamRead.model_validate(team)


@router.get("/teams/{team_id}", response_model=TeamRead, summary="Get a team")
def get_team(team_id: uuid.UUID, scope: OrgScope, db: DbSession, response: Response) -> TeamRead:
    team = teams.get_team(db, scope, team_id=team_id)
    tagged(response, team)
    return TeamRead.model_validate(team)


@router.patch("/teams/{team_id}", response_model=TeamRead, summary="Change a team")
def update_team(team_id: uuid.UUID, data: TeamUpdate, scope: EditorScope, db: DbSession, response: Response,
                if_match: IfMatch = None) -> TeamRead:
    team = teams.update_team(db, scope, team_id=team_id, data=data, if_match=if_match)
    tagged(response, team)
    return TeamRead.model_validate(team)


@router.delete("/teams/{team_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a team")
def delete_team(team_id: uuid.UUID, scope: EditorScope, db: DbSession) -> None:
    teams.delete_team(db, scope, team_id=team_id)


# --- payroll -------------------------------------------------------------------------------------

@router.get("/payrolls", response_model=Page[PayrollRead], summary="List payrolls (loonsommen)")
def list_payrolls(scope: OrgScope, db: DbSession, paging: Paging, year: YearFilter = None) -> Page[PayrollRead]:
    """The organisation's payroll per year. Sortable on year, amount."""
    return teams.list_payrolls(db, scope, paging, year=year)


@router.post("/payrolls", response_model=PayrollRead, status_code=status.HTTP_201_CREATED,
             summary="Enter a year's payroll")
def create_payroll(data: PayrollCreate, scope: EditorScope, db: DbSession, response: Response) -> PayrollRead:
    """One payroll per year (409 otherwise)."""
    payroll = teams.create_payroll(db, scope, data=data)
    created(response, payroll, "payrolls")
    return PayrollRead.model_validate(payroll)


@router.get("/payrolls/{payroll_id}", response_model=PayrollRead, summary="Get a payroll")
def get_payroll(payroll_id: uuid.UUID, scope: OrgScope, db: DbSession, response: Response) -> PayrollRead:
    payroll = teams.get_payroll(db, scope, payroll_id=payroll_id)
    tagged(response, payroll)
    return PayrollRead.model_validate(payroll)


@router.patch("/payrolls/{payroll_id}", response_model=PayrollRead, summary="Change a payroll")
def update_payroll(payroll_id: uuid.UUID, data: PayrollUpdate, scope: EditorScope, db: DbSession,
                   response: Response, if_match: IfMatch = None) -> PayrollRead:
    payroll = teams.update_payroll(db, scope, payroll_id=payroll_id, data=data, if_match=if_match)
    tagged(response, payroll)
    return PayrollRead.model_validate(payroll)


@router.delete("/payrolls/{payroll_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a payroll")
def delete_payroll(payroll_id: uuid.UUID, scope: EditorScope, db: DbSession) -> None:
    teams.delete_payroll(db, scope, payroll_id=payroll_id)
