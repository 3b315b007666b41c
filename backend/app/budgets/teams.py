"""Teams with their FTE and the payroll of a year: what the functional and personal budgets are shared out by,
and what the training budget is a share of (DESIGN §2.3)."""

import uuid
from decimal import Decimal

from sqlmodel import Session

from app.budgets.models import Payroll, Team
from app.budgets.schemas import PayrollRead, TeamRead
from app.core.pagination import PageParams, paginate
from app.core.records import Records, Unique
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import scoped, where_given

# --- teams ---------------------------------------------------------------------------------------

_TEAM_FIELDS = ("year", "name", "fte", "notes")
TEAMS = Records(Team, entity_type="team", fields=_TEAM_FIELDS, noun="team", rules=(Unique(
    Team.name, within=(Team.year,), ignore_case=True, detail="There is a team named '{name}' in {year} already.",
    message="A team of this year has this name already."),))
_TEAM_SORT = {"name": Team.name, "year": Team.year, "fte": Team.fte}


def list_teams(db: Session, scope: Scope, params: PageParams, *, year: int | None) -> Page[TeamRead]:
    statement = where_given(scoped(Team, scope), (Team.year, year))
    return paginate(db, statement, params, sortable=_TEAM_SORT, default_sort=["year", "name"], tiebreaker=Team.id,
                    to_item=lambda row: TeamRead.model_validate(row[0]))


def teams_of_year(db: Session, scope: Scope, year: int) -> list[tuple[uuid.UUID, str, Decimal]]:
    """(id, name, FTE) of every team of the year, by name: what other domains compare a team's figures with."""
    statement = scoped(Team, scope, Team.id, Team.name, Team.fte).where(Team.year == year).order_by(Team.name, Team.id)
    return [(row[0], row[1], row[2]) for row in db.execute(statement)]


def teams_of_years(db: Session, scope: Scope, years: list[int]) -> list[Team]:
    return list(db.scalars(scoped(Team, scope).where(Team.year.in_(years)).order_by(Team.year, Team.name, Team.id)))


def copy_team(db: Session, scope: Scope, team: Team, year: int) -> Team:
    """The team in another year with the same FTE and notes (made by the yearly review, which records it)."""
    copy = Team(organisation_id=scope.organisation_id, year=year, name=team.name, fte=team.fte, notes=team.notes)
    db.add(copy)
    return copy


# --- payroll -------------------------------------------------------------------------------------

_PAYROLL_FIELDS = ("year", "amount", "notes")
PAYROLLS = Records(Payroll, entity_type="payroll", fields=_PAYROLL_FIELDS, noun="payroll", rules=(Unique(
    Payroll.year, detail="The payroll of {year} is entered already; change that one.",
    message="This year has a payroll already."),))


def list_payrolls(db: Session, scope: Scope, params: PageParams, *, year: int | None) -> Page[PayrollRead]:
    statement = where_given(scoped(Payroll, scope), (Payroll.year, year))
    return paginate(db, statement, params, sortable={"year": Payroll.year, "amount": Payroll.amount},
                    default_sort=["year"], tiebreaker=Payroll.id,
                    to_item=lambda row: PayrollRead.model_validate(row[0]))
