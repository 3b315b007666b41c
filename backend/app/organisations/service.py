import uuid
from decimal import Decimal
from typing import Any

from sqlmodel import Session, select

from app.core import audit
from app.core.errors import Conflict, NotFound
from app.core.scope import Scope
from app.organisations.models import Organisation
from app.organisations.schemas import OrganisationUpdate

ENTITY = "organisation"


def get_organisation(db: Session, scope: Scope) -> Organisation:
    organisation = db.get(Organisation, scope.organisation_id)
    if organisation is None:
        raise NotFound()
    return organisation


def get_by_name(db: Session, name: str) -> Organisation | None:
    return db.exec(select(Organisation).where(Organisation.name == name)).first()


def create_organisation(
    db: Session,
    *,
    name: str,
    learning_days_per_fte: Decimal | None = None,
    training_budget_target_percent: Decimal | None = None,
    training_budget_target_year: int | None = None,
    actor_label: str = "system",
) -> Organisation:
    if get_by_name(db, name) is not None:
        raise Conflict(f"An organisation named '{name}' already exists.", problem="organisation_name_taken",
                       problem_params={"name": name})
    organisation = Organisation(
        name=name,
        learning_days_per_fte=learning_days_per_fte,
        training_budget_target_percent=training_budget_target_percent,
        training_budget_target_year=training_budget_target_year,
    )
    db.add(organisation)
    db.flush()
    audit.record(db, action="organisation.created", entity_type=ENTITY, entity_id=organisation.id,
                 organisation_id=organisation.id, actor_label=actor_label, changes=audit.snapshot({"name": name}))
    return organisation


def update_organisation(db: Session, scope: Scope, *, data: OrganisationUpdate, if_match: str | None) -> Organisation:
    organisation = get_organisation(db, scope)

    def check(values: dict[str, Any]) -> None:
        if "name" in values and values["name"] != organisation.name:
            clash = get_by_name(db, values["name"])
            if clash is not None and clash.id != organisation.id:
                raise Conflict(f"An organisation named '{values['name']}' already exists.",
                               problem="organisation_name_taken", problem_params={"name": values["name"]})

    return audit.update_claimed(db, scope, organisation, data, if_match, entity_type=ENTITY, check=check)


def organisation_ids(db: Session) -> list[uuid.UUID]:
    return list(db.exec(select(Organisation.id)).all())
