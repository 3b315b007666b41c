"""The demo data set: the two source documents' organisations; Deventer with its plan 2014-2017 (`deventer.py`),
Rotterdam with users only (its guide is a later issue).

Loaded only into an empty database, so it never mixes with real data.
"""

import logging
import secrets
from dataclasses import dataclass
from decimal import Decimal

from sqlmodel import Session, select

from app.accounts.schemas import UserCreate
from app.accounts.service import create_user
from app.core import audit
from app.core.scope import Role
from app.demo.deventer import DEVENTER_PLAN
from app.demo.plan_data import PlanData
from app.demo.plan_loader import load_plan
from app.organisations.models import Organisation
from app.organisations.service import create_organisation

log = logging.getLogger("leerkoers.demo")


@dataclass(frozen=True)
class DemoOrganisation:
    name: str
    domain: str
    learning_days_per_fte: Decimal | None
    training_budget_target_percent: Decimal | None
    plan: PlanData | None = None


DEMO_ORGANISATIONS = (
    # Deventer's plan 2014-2017: 12 learning days per FTE a year; training budget ~2 % of payroll, aim 3 %.
    DemoOrganisation("Gemeente Deventer (demo)", "deventer.demo", Decimal("12"), Decimal("3.00"), DEVENTER_PLAN),
    DemoOrganisation("Gemeente Rotterdam (demo)", "rotterdam.demo", None, None),
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
            training_budget_target_percent=demo.training_budget_target_percent, actor_label="demo loader",
        )
        for local_part, title, role in DEMO_USERS:
            create_user(db, None, organisation_id=organisation.id, actor_label="demo loader", data=UserCreate(
                email=f"{local_part}@{demo.domain}", name=f"{title} {demo.name.split()[1]}", role=role,
                password=password,
            ))
        if demo.plan is not None:
            load_plan(db, organisation.id, demo.plan)
        else:
            audit.record(db, action="demo.loaded", entity_type="organisation", entity_id=organisation.id,
                         organisation_id=organisation.id, actor_label="demo loader")
        organisations.append(organisation)
    return organisations
