"""The demo data set: the two source documents' organisations, each a package with one data module per domain
(`deventer/`: the plan 2014-2017; `rotterdam/`: the traineeship guide), written by the domain loaders in `build/`.

Loaded only into an empty database, so it never mixes with real data.
"""

import logging
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlmodel import Session, select

from app.accounts.schemas import UserCreate
from app.accounts.service import create_user
from app.core.scope import Role
from app.demo import deventer, rotterdam
from app.organisations.models import Organisation
from app.organisations.service import create_organisation

log = logging.getLogger("leerkoers.demo")


@dataclass(frozen=True)
class DemoOrganisation:
    name: str
    domain: str
    learning_days_per_fte: Decimal | None
    training_budget_target_percent: Decimal | None
    load: Callable[[Session, uuid.UUID], object]  # the organisation's data, after its users
    training_budget_target_year: int | None = None


DEMO_ORGANISATIONS = (
    # Deventer's plan 2014-2017: 12 learning days per FTE a year; training budget ~2 % of payroll, aim 3 % by 2020.
    DemoOrganisation("Gemeente Deventer (demo)", "deventer.demo", Decimal("12"), Decimal("3.00"), deventer.load,
                     training_budget_target_year=2020),
    DemoOrganisation("Gemeente Rotterdam (demo)", "rotterdam.demo", None, None, rotterdam.load),
)
DEMO_USERS = (("admin", "Beheerder", Role.admin), ("adviseur", "Opleidingsadviseur", Role.editor),
              ("lezer", "Meelezer", Role.viewer))


@dataclass(frozen=True)
class DemoResult:
    loaded: bool
    password: str | None = None
    password_generated: bool = False


def database_is_empty(db: Session) -> bool:
    return db.exec(select(Organisation.id).limit(1)).first() is None


def load_demo(db: Session, *, password: str | None) -> DemoResult:
    """The demo organisations, only into an empty database; a password is generated when none is given."""
    if not database_is_empty(db):
        return DemoResult(loaded=False)
    generated = not password
    password = password or secrets.token_urlsafe(12)
    add_demo_organisations(db, password=password)
    return DemoResult(loaded=True, password=password, password_generated=generated)


def add_demo_organisations(db: Session, *, password: str) -> list[Organisation]:
    organisations = []
    for demo in DEMO_ORGANISATIONS:
        organisation = create_organisation(
            db, name=demo.name, learning_days_per_fte=demo.learning_days_per_fte,
            training_budget_target_percent=demo.training_budget_target_percent,
            training_budget_target_year=demo.training_budget_target_year, actor_label="demo loader",
        )
        for local_part, title, role in DEMO_USERS:
            create_user(db, None, organisation_id=organisation.id, actor_label="demo loader", data=UserCreate(
                email=f"{local_part}@{demo.domain}", name=f"{title} {demo.name.split()[1]}", role=role,
                password=password,
            ))
        demo.load(db, organisation.id)
        organisations.append(organisation)
    return organisations
