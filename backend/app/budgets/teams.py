"""Teams with their FTE and the payroll of a year: what the functional and personal budgets are shared out by,
and what the training budget is a share of (DESIGN §2.3)."""

import uuid
from decimal import Decimal

from sqlalchemy import func
from sqlmodel import Session

from app.budgets.models import Payroll, Team
from app.budgets.schemas import PayrollCreate, PayrollRead, PayrollUpdate, TeamCreate, TeamRead, TeamUpdate
from app.core import audit
from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import ensure_unique, get_or_404, scoped, where_given

# --- teams ---------------------------------------------------------------------------------------

_TEAM_FIELDS = ("year", "name", "fte", "notes")
_TEAM_SORT = {"name": Team.name, "year": Team.year, "fte": Team.fte}


def get_team(db: Session, scope: Scope, *, team_id: uuid.UUID) -> Team:
    return get_or_404(db, scope, Team, team_id, "team")


def list_teams(db: Session, scope: Scope, params: PageParams, *, year: int | None) -> Page[TeamRead]:
    statement = where_given(scoped(Team, scope), (Team.year, year))
    return paginate(db, statement, params, sortable=_TEAM_SORT, default_sort=["year", "name"], tiebreaker=Team.id,
                    to_item=lambda row: TeamRead.model_validate(row[0]))


def teams_of_year(db: Session, scope: Scope, year: int) -> list[tuple[uuid.UUID, str, Decimal]]:
    """(id, name, FTE) of every team of the year, by name: what other domains compare a team's figures with."""
    statement = scoped(Team, scope, Team.id, Team.name, Team.fte).where(Team.year == year).order_by(Team.name, Team.id)
    return [(row[0], row[1], row[2]) for row in db.execute(statement)]


def _ensure_team_free(db: Session, scope: Scope, year: int, name: str, own_id: uuid.UUID | None) -> None:
    ensure_unique(db, scoped(Team, scope).where(Team.year == year, func.lower(Team.name) == name.lower()),
                  pointer="/name", detail=f"There is a team named '{name}' in {year} already.",
                  message="A team of this year has this name already.", excluding=own_id)


def create_team(db: Session, scope: Scope, *, data: TeamCreate) -> Team:
    _ensure_team_free(db, scope, data.year, data.name, None)
    return audit.create_recorded(db, scope, Team, data.model_dump(), entity_type="team", fields=_TEAM_FIELDS)


def update_team(db: Session, scope: Scope, *, team_id: uuid.UUID, data: TeamUpdate, if_match: str | None) -> Team:
    team = get_team(db, scope, team_id=team_id)
    return audit.update_claimed(
        db, scope, team, data, if_match, entity_type="team",
        check=lambda v: _ensure_team_free(db, scope, v.get("year", team.year), v.get("name", team.name), team.id))


def delete_team(db: Session, scope: Scope, *, team_id: uuid.UUID) -> None:
    team = get_team(db, scope, team_id=team_id)
    audit.delete_recorded(db, scope, team, entity_type="team", fields=_TEAM_FIELDS)


def teams_of_years(db: Session, scope: Scope, years: list[int]) -> list[Team]:
    return list(db.scalars(scoped(Team, scope).where(Team.year.in_(years)).order_by(Team.year, Team.name, Team.id)))


def copy_team(db: Session, scope: Scope, team: Team, year: int) -> Team:
    """The team in another year with the same FTE and notes (made by the yearly review, which records it)."""
    copy = Team(organisation_id=scope.organisation_id, year=year, name=team.name, fte=team.fte, notes=team.notes)
    db.add(copy)
    return copy


# --- payroll -------------------------------------------------------------------------------------

_PAYROLL_FIELDS = ("year", "amount", "notes")


def get_payroll(db: Session, scope: Scope, *, payroll_id: uuid.UUID) -> Payroll:
    return get_or_404(db, scope, Payroll, payroll_id, "payroll")


def list_payrolls(db: Session, scope: Scope, params: PageParams, *, year: int | None) -> Page[PayrollRead]:
    statement = where_given(scoped(Payroll, scope), (Payroll.year, year))
    return paginate(db, statement, params, sortable={"year": Payroll.year, "amount": Payroll.amount},
                    default_sort=["year"], tiebreaker=Payroll.id,
                    to_item=lambda row: PayrollRead.model_validate(row[0]))


def _ensure_payroll_free(db: Session, scope: Scope, year: int, own_id: uuid.UUID | None) -> None:
    ensure_unique(db, scoped(Payroll, scope).where(Payroll.year == year), pointer="/year",
                  detail=f"The payroll of {year} is entered already; change that one.",
                  message="This year has a payroll already.", excluding=own_id)


def create_payroll(db: Session, scope: Scope, *, data: PayrollCreate) -> Payroll:
    _ensure_payroll_free(db, scope, data.year, None)
    return audit.create_recorded(db, scope, Payroll, data.model_dump(), entity_type="payroll", fields=_PAYROLL_FIELDS)


def update_payroll(db: Session, scope: Scope, *, payroll_id: uuid.UUID, data: PayrollUpdate,
                   if_match: str | None) -> Payroll:
    payroll = get_payroll(db, scope, payroll_id=payroll_id)
    return audit.update_claimed(db, scope, payroll, data, if_match, entity_type="payroll", check=lambda v:
                                _ensure_payroll_free(db, scope, v.get("year", payroll.year), payroll.id))


def delete_payroll(db: Session, scope: Scope, *, payroll_id: uuid.UUID) -> None:
    payroll = get_payroll(db, scope, payroll_id=payroll_id)
    audit.delete_recorded(db, scope, payroll, entity_type="payroll", fields=_PAYROLL_FIELDS)
