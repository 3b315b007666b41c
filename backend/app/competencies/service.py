"""Competency frameworks and their competencies (DESIGN §2.4). A framework's name is unique in the
organisation, a competency's name in its framework; neither can be deleted while interventions train it.
A frameworkId in a body that is not the caller's organisation's is a 400 on that field."""

import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from app.competencies.models import Competency, CompetencyFramework, FrameworkKind
from app.competencies.schemas import CompetencyRead, CompetencyUpdate, FrameworkRead
from app.core import references
from app.core.ordering import Ordered, delete_placed, update_placed
from app.core.pagination import PageParams, paginate
from app.core.records import Records, Unique
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import labels, labels_of, refuse_if_used, scoped, where_given
from app.interventions import service as interventions

FRAMEWORK = "competency_framework"
COMPETENCY = "competency"
_FRAMEWORK_FIELDS = ("name", "kind", "description")
COMPETENCIES = Ordered(Competency, CompetencyFramework, "framework_id", "competency framework", COMPETENCY,
                       ("framework_id", "name", "description", "behavioural_indicators", "position"),
                       rules=(Unique(Competency.name, within=(Competency.framework_id,), ignore_case=True,
                                      detail="The framework already has a competency with this name.",
                                      message="Already in use in this framework."),))
FRAMEWORKS = Records(CompetencyFramework, entity_type=FRAMEWORK, fields=_FRAMEWORK_FIELDS, noun="competency framework",
                     rules=(Unique(CompetencyFramework.name, ignore_case=True, message="Already in use.",
                                    detail="The organisation already has a competency framework with this name."),))


def _refuse_if_trained(db: Session, scope: Scope, where: Any, subject: str) -> None:
    """409 naming the interventions that train the competencies under `where`."""
    trained = scoped(Competency, scope, Competency.id).where(where)
    refuse_if_used(interventions.users(db, scope, "competency", trained), subject, verb="is trained by")


# --- frameworks --------------------------------------------------------------------------------------------------

_FRAMEWORK_SORTABLE = {"name": CompetencyFramework.name, "kind": CompetencyFramework.kind,
                       "createdAt": CompetencyFramework.created_at}


def _framework_read(framework: CompetencyFramework, count: int) -> FrameworkRead:
    return FrameworkRead(id=framework.id, name=framework.name, kind=framework.kind,
                         description=framework.description, competency_count=count, created_at=framework.created_at,
                         updated_at=framework.updated_at, version=framework.version)


def _count_column() -> Any:
    return (select(func.count(Competency.id)).where(Competency.framework_id == CompetencyFramework.id)
            .correlate(CompetencyFramework).scalar_subquery())


def read_framework(db: Session, scope: Scope, framework: CompetencyFramework) -> FrameworkRead:
    count = db.scalar(scoped(Competency, scope).with_only_columns(func.count())
                      .where(Competency.framework_id == framework.id)) or 0
    return _framework_read(framework, count)


def list_frameworks(db: Session, scope: Scope, params: PageParams, *, kind: FrameworkKind | None,
                    q: str | None) -> Page[FrameworkRead]:
    statement = where_given(scoped(CompetencyFramework, scope).add_columns(_count_column()),
                            (CompetencyFramework.kind, kind))
    if q:
        statement = statement.where(func.lower(CompetencyFramework.name).contains(q.lower(), autoescape=True))
    return paginate(db, statement, params, sortable=_FRAMEWORK_SORTABLE, default_sort=["name"],
                    tiebreaker=CompetencyFramework.id, to_item=lambda row: _framework_read(row[0], row[1]))


def delete_framework(db: Session, scope: Scope, *, framework_id: uuid.UUID) -> None:
    """Deletes the framework with its competencies, unless interventions train any of them."""
    framework = FRAMEWORKS.get(db, scope, framework_id=framework_id)
    _refuse_if_trained(db, scope, Competency.framework_id == framework.id, "This framework (through its competencies)")
    references.refuse_if_referred(db, scope, FRAMEWORK, [framework.id], "This framework")
    references.refuse_if_referred(db, scope, COMPETENCY, scoped(Competency, scope, Competency.id)
                                  .where(Competency.framework_id == framework.id),
                                  "This framework (through its competencies)")
    FRAMEWORKS.remove(db, scope, framework)


# --- competencies ------------------------------------------------------------------------------------------------



def list_competencies(db: Session, scope: Scope, params: PageParams, *, framework_id: uuid.UUID | None,
                      q: str | None) -> Page[CompetencyRead]:
    def search(statement: Any) -> Any:
        return statement.where(func.lower(Competency.name).contains(q.lower(), autoescape=True)) if q else statement

    return COMPETENCIES.page(db, scope, params, CompetencyRead, parent_id=framework_id,
                             sortable={"name": Competency.name}, narrow=search)


def update_competency(db: Session, scope: Scope, *, competency_id: uuid.UUID, data: CompetencyUpdate,
                      if_match: str | None) -> Competency:
    competency = COMPETENCIES.get(db, scope, competency_id=competency_id)

    def check(values: dict[str, Any]) -> None:
        if "behavioural_indicators" in values:  # a list of its own, not the body's
            values["behavioural_indicators"] = list(values["behavioural_indicators"])

    # the indicators as they were: the entity's list is changed in place
    before = {"behavioural_indicators": list(competency.behavioural_indicators)}
    return update_placed(db, scope, COMPETENCIES, competency, data, if_match, check=check, before=before)


def delete_competency(db: Session, scope: Scope, *, competency_id: uuid.UUID) -> None:
    competency = COMPETENCIES.get(db, scope, competency_id=competency_id)
    _refuse_if_trained(db, scope, Competency.id == competency.id, "This competency")
    references.refuse_if_referred(db, scope, COMPETENCY, [competency.id], "This competency")
    delete_placed(db, scope, COMPETENCIES, competency)


def competency_names(db: Session, scope: Scope) -> list[tuple[uuid.UUID, str]]:
    """Every competency of the organisation as (id, name), for an import that names them."""
    return labels(db, scope, Competency, Competency.name)


def competency_names_of(db: Session, scope: Scope, ids: Collection[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The names of these competencies of the organisation, by id (one query); an id not in it is not yours."""
    return labels_of(db, scope, Competency, Competency.name, ids)


def framework_kind(db: Session, scope: Scope, framework_id: uuid.UUID) -> FrameworkKind | None:
    """The kind of this framework of the organisation; None when it is not one of yours."""
    return db.scalar(scoped(CompetencyFramework, scope, CompetencyFramework.kind)
                     .where(CompetencyFramework.id == framework_id))
