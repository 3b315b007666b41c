"""The intervention catalogue: rules and queries for interventions, their links to the plan, and the years
whose execution programme offers them. Links for a list page are loaded with one `IN` query per link table."""

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Dialect, and_, delete, exists, func, or_, select
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.sql import ColumnElement, Select
from sqlmodel import Session

from app.budgets.models import BudgetLine
from app.competencies.models import Competency
from app.core import audit
from app.core.concurrency import require_version
from app.core.db import BulkInsert, with_defaults
from app.core.errors import Conflict, InvalidInput, NotFound, field_error
from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tabular import yielding
from app.interventions.models import (
    Category,
    ExecutionEntry,
    FundingStream,
    Intervention,
    InterventionCompetency,
    InterventionKolbPhase,
    InterventionLearningGoal,
    InterventionStatus,
    InterventionTheme,
    KolbPhase,
    LearningForm,
    LearningLevel,
    LearningMix,
)
from app.interventions.schemas import (
    EVALUATION_MIN_DAYS,
    EVALUATION_MIN_HOURS,
    InterventionCreate,
    InterventionRead,
    InterventionUpdate,
    NameRef,
    TitleRef,
)
from app.plans.models import Audience, LearningGoal, Theme

ENTITY = "intervention"
LINK_FIELDS = ("learning_goal_ids", "theme_ids", "competency_ids", "kolb_phases", "years")
_ATTRIBUTES = tuple(f for f in InterventionCreate.model_fields if f not in LINK_FIELDS)

_TOTAL_COST = Intervention.cost_fixed + Intervention.cost_per_participant * func.coalesce(
    Intervention.expected_participants, 0)
SORTABLE: dict[str, ColumnElement[Any]] = {
    "title": func.lower(Intervention.title), "category": Intervention.category, "status": Intervention.status,
    "totalCost": _TOTAL_COST, "createdAt": Intervention.created_at,
}


@dataclass
class Links:
    learning_goals: list[TitleRef] = field(default_factory=list)
    themes: list[TitleRef] = field(default_factory=list)
    competencies: list[NameRef] = field(default_factory=list)
    kolb_phases: list[KolbPhase] = field(default_factory=list)
    years: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Filters:
    q: str | None = None
    status: InterventionStatus | None = None
    category: Category | None = None
    funding_stream: FundingStream | None = None
    learning_form: LearningForm | None = None
    kolb_phase: KolbPhase | None = None
    learning_level: LearningLevel | None = None
    learning_mix: LearningMix | None = None
    audience: Audience | None = None
    competency_id: uuid.UUID | None = None
    theme_id: uuid.UUID | None = None
    learning_goal_id: uuid.UUID | None = None
    mandatory: bool | None = None
    year: int | None = None
    needs_evaluation: bool | None = None


def _scoped(scope: Scope) -> Select[Any]:
    return select(Intervention).where(Intervention.organisation_id == scope.organisation_id)


def total_cost(intervention: Intervention) -> Decimal:
    return (intervention.cost_fixed
            + intervention.cost_per_participant * (intervention.expected_participants or 0)).quantize(Decimal("0.01"))


def needs_evaluation(intervention: Intervention) -> bool:
    return ((intervention.duration_days or 0) >= EVALUATION_MIN_DAYS
            or (intervention.duration_hours or 0) >= EVALUATION_MIN_HOURS)


def _needs_evaluation_clause() -> ColumnElement[bool]:
    return or_(Intervention.duration_days >= EVALUATION_MIN_DAYS, Intervention.duration_hours >= EVALUATION_MIN_HOURS)


def load_links(db: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Links]:
    """Every link of these interventions: five queries, however many interventions."""
    links: dict[uuid.UUID, Links] = defaultdict(Links)
    if not ids:
        return links
    ids = list(ids)
    for iid, ref_id, title in db.execute(
        select(InterventionLearningGoal.intervention_id, LearningGoal.id, LearningGoal.title)
        .join(LearningGoal, LearningGoal.id == InterventionLearningGoal.learning_goal_id)
        .where(InterventionLearningGoal.intervention_id.in_(ids)).order_by(LearningGoal.title, LearningGoal.id)
    ):
        links[iid].learning_goals.append(TitleRef(id=ref_id, title=title))
    for iid, ref_id, title in db.execute(
        select(InterventionTheme.intervention_id, Theme.id, Theme.title)
        .join(Theme, Theme.id == InterventionTheme.theme_id)
        .where(InterventionTheme.intervention_id.in_(ids)).order_by(Theme.title, Theme.id)
    ):
        links[iid].themes.append(TitleRef(id=ref_id, title=title))
    for iid, ref_id, name in db.execute(
        select(InterventionCompetency.intervention_id, Competency.id, Competency.name)
        .join(Competency, Competency.id == InterventionCompetency.competency_id)
        .where(InterventionCompetency.intervention_id.in_(ids)).order_by(Competency.name, Competency.id)
    ):
        links[iid].competencies.append(NameRef(id=ref_id, name=name))
    order = list(KolbPhase)
    for iid, phase in db.execute(
        select(InterventionKolbPhase.intervention_id, InterventionKolbPhase.phase)
        .where(InterventionKolbPhase.intervention_id.in_(ids))
    ):
        links[iid].kolb_phases.append(KolbPhase(phase))
    for value in links.values():
        value.kolb_phases.sort(key=order.index)
    for iid, year in db.execute(
        select(ExecutionEntry.intervention_id, ExecutionEntry.year)
        .where(ExecutionEntry.intervention_id.in_(ids)).order_by(ExecutionEntry.year)
    ):
        links[iid].years.append(year)
    return links


def to_read(intervention: Intervention, links: Links) -> InterventionRead:
    values = {name: getattr(intervention, name) for name in _ATTRIBUTES}
    return InterventionRead(
        id=intervention.id, created_at=intervention.created_at, updated_at=intervention.updated_at,
        version=intervention.version, **values,
        total_cost=total_cost(intervention), needs_evaluation=needs_evaluation(intervention),
        learning_goal_ids=[ref.id for ref in links.learning_goals], learning_goals=links.learning_goals,
        theme_ids=[ref.id for ref in links.themes], themes=links.themes,
        competency_ids=[ref.id for ref in links.competencies], competencies=links.competencies,
        kolb_phases=links.kolb_phases, years=links.years,
    )


def read(db: Session, intervention: Intervention) -> InterventionRead:
    return to_read(intervention, load_links(db, [intervention.id])[intervention.id])


def get_intervention(db: Session, scope: Scope, *, intervention_id: uuid.UUID) -> Intervention:
    intervention = db.scalar(_scoped(scope).where(Intervention.id == intervention_id))
    if intervention is None:
        raise NotFound("There is no intervention with this id.")
    return intervention


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filtered(scope: Scope, filters: Filters) -> Select[Any]:
    statement = _scoped(scope)
    if filters.q:
        pattern = f"%{_escape_like(filters.q.lower())}%"
        statement = statement.where(or_(*(func.lower(column).like(pattern, escape="\\") for column in (
            Intervention.title, Intervention.goal, Intervention.content, Intervention.target_group))))
    for column, value in ((Intervention.status, filters.status), (Intervention.category, filters.category),
                          (Intervention.funding_stream, filters.funding_stream),
                          (Intervention.learning_form, filters.learning_form),
                          (Intervention.learning_level, filters.learning_level),
                          (Intervention.learning_mix, filters.learning_mix),
                          (Intervention.audience, filters.audience), (Intervention.mandatory, filters.mandatory)):
        if value is not None:
            statement = statement.where(column == value)
    for link_column, key_column, value in (
        (InterventionKolbPhase.intervention_id, InterventionKolbPhase.phase, filters.kolb_phase),
        (InterventionCompetency.intervention_id, InterventionCompetency.competency_id, filters.competency_id),
        (InterventionTheme.intervention_id, InterventionTheme.theme_id, filters.theme_id),
        (InterventionLearningGoal.intervention_id, InterventionLearningGoal.learning_goal_id, filters.learning_goal_id),
        (ExecutionEntry.intervention_id, ExecutionEntry.year, filters.year),
    ):
        if value is not None:
            statement = statement.where(exists().where(link_column == Intervention.id, key_column == value))
    if filters.needs_evaluation is True:
        statement = statement.where(_needs_evaluation_clause())
    elif filters.needs_evaluation is False:
        statement = statement.where(
            and_(or_(Intervention.duration_days.is_(None), Intervention.duration_days < EVALUATION_MIN_DAYS),
                 or_(Intervention.duration_hours.is_(None), Intervention.duration_hours < EVALUATION_MIN_HOURS)))
    return statement


def list_interventions(db: Session, scope: Scope, params: PageParams, *, filters: Filters) -> Page[InterventionRead]:
    page = paginate(db, _filtered(scope, filters), params, sortable=SORTABLE, default_sort=["title"],
                    tiebreaker=Intervention.id)
    links = load_links(db, [item.id for item in page.items])
    page.items = [to_read(item, links[item.id]) for item in page.items]
    return page


def _missing(db: Session, scope: Scope, model: Any, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    if not ids:
        return set()
    found = set(db.scalars(select(model.id).where(model.organisation_id == scope.organisation_id,
                                                  model.id.in_(ids))))
    return set(ids) - found


def check_links(db: Session, scope: Scope, values: dict[str, Any], *, prefix: str = "") -> list[dict[str, Any]]:
    """Errors for linked ids that do not exist in the caller's organisation, each pointing at its list entry."""
    errors: list[dict[str, Any]] = []
    for name, model, label in (("learning_goal_ids", LearningGoal, "learning goal"), ("theme_ids", Theme, "theme"),
                               ("competency_ids", Competency, "competency")):
        ids = values.get(name)
        if not ids:
            continue
        missing = _missing(db, scope, model, ids)
        pointer = f"{prefix}/{_camel(name)}"
        errors += [field_error(f"{pointer}/{index}", f"There is no {label} with id {value}.", "unknown_id")
                   for index, value in enumerate(ids) if value in missing]
    return errors


def _camel(name: str) -> str:
    head, *tail = name.split("_")
    return head + "".join(part.title() for part in tail)


def _replace_rows(db: Session, table: Any, intervention_id: uuid.UUID, column: Any, new: Iterable[Any],
                  current: Iterable[Any]) -> None:
    new, current = list(new), set(current)
    gone = current - set(new)
    if gone:
        db.execute(delete(table).where(table.intervention_id == intervention_id, column.in_(gone)))
    for value in new:
        if value not in current:
            db.add(table(intervention_id=intervention_id, **{column.key: value}))


def _write_links(db: Session, scope: Scope, intervention: Intervention, values: dict[str, Any],
                 current: Links) -> None:
    iid = intervention.id
    if "learning_goal_ids" in values:
        _replace_rows(db, InterventionLearningGoal, iid, InterventionLearningGoal.learning_goal_id,
                      values["learning_goal_ids"], [r.id for r in current.learning_goals])
    if "theme_ids" in values:
        _replace_rows(db, InterventionTheme, iid, InterventionTheme.theme_id, values["theme_ids"],
                      [r.id for r in current.themes])
    if "competency_ids" in values:
        _replace_rows(db, InterventionCompetency, iid, InterventionCompetency.competency_id,
                      values["competency_ids"], [r.id for r in current.competencies])
    if "kolb_phases" in values:
        _replace_rows(db, InterventionKolbPhase, iid, InterventionKolbPhase.phase, values["kolb_phases"],
                      current.kolb_phases)
    if "years" in values:
        # Entries of years that stay keep their origin and review decision.
        years, kept = values["years"], set(current.years)
        gone = kept - set(years)
        if gone:
            db.execute(delete(ExecutionEntry).where(ExecutionEntry.intervention_id == iid,
                                                    ExecutionEntry.year.in_(gone)))
        for year in years:
            if year not in kept:
                db.add(ExecutionEntry(organisation_id=scope.organisation_id, intervention_id=iid, year=year))
    db.flush()


def _link_changes(before: Links | None, values: dict[str, Any]) -> dict[str, Any]:
    """Changed link lists for the audit trail; `before=None` for a new intervention."""
    created = before is None
    before = before or Links()
    old = {"learning_goal_ids": sorted(str(r.id) for r in before.learning_goals),
           "theme_ids": sorted(str(r.id) for r in before.themes),
           "competency_ids": sorted(str(r.id) for r in before.competencies),
           "kolb_phases": sorted(before.kolb_phases), "years": sorted(before.years)}
    new = {name: sorted(str(v) if isinstance(v, uuid.UUID) else v for v in values[name])
           for name in LINK_FIELDS if name in values}
    return audit.diff({k: old[k] for k in new} if created is False else {}, new)


def create_intervention(db: Session, scope: Scope, *, data: InterventionCreate, prefix: str = "",
                        checked: bool = False, action: str = "intervention.created") -> Intervention:
    values = data.model_dump()
    if not checked and (errors := check_links(db, scope, values, prefix=prefix)):
        raise InvalidInput(detail="A linked item does not exist in this organisation.", errors=errors)
    intervention = Intervention(organisation_id=scope.organisation_id,
                                **{name: values[name] for name in _ATTRIBUTES})
    db.add(intervention)
    db.flush()
    _write_links(db, scope, intervention, values, Links())
    audit.record(db, scope=scope, action=action, entity_type=ENTITY, entity_id=intervention.id,
                 changes=_created_changes(values))
    return intervention


def _created_changes(values: dict[str, Any]) -> dict[str, Any]:
    changes = audit.snapshot({name: values[name] for name in _ATTRIBUTES})
    changes.update(_link_changes(None, {k: v for k, v in values.items() if k not in LINK_FIELDS or v}))
    return changes


_LINK_TABLES = (("learning_goal_ids", InterventionLearningGoal, "learning_goal_id"),
                ("theme_ids", InterventionTheme, "theme_id"),
                ("competency_ids", InterventionCompetency, "competency_id"),
                ("kolb_phases", InterventionKolbPhase, "phase"))


@dataclass
class NewRows:
    """New interventions as one INSERT per table, built without the database (`new_rows`)."""

    ids: list[uuid.UUID]
    linked: dict[Any, set[uuid.UUID]]  # model → the ids the rows link to
    inserts: list[BulkInsert]


def new_rows(dialect: Dialect, scope: Scope, items: Sequence[InterventionCreate], *, action: str) -> NewRows:
    """New interventions, their links and audit events as rows for one INSERT per table, without the database."""
    ids: list[uuid.UUID] = []
    tables: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    org = {"organisation_id": scope.organisation_id}
    for data in yielding(items):
        values = data.model_dump()
        intervention = with_defaults(Intervention, {**org, **{name: values[name] for name in _ATTRIBUTES}})
        iid = intervention["id"]
        ids.append(iid)
        tables[Intervention].append(intervention)
        for name, table, column in _LINK_TABLES:
            tables[table] += [{"intervention_id": iid, column: value} for value in values[name]]
        tables[ExecutionEntry] += [with_defaults(ExecutionEntry, {**org, "intervention_id": iid, "year": year})
                                   for year in values["years"]]
        tables[audit.AuditEvent].append(audit.event_row(scope=scope, action=action, entity_type=ENTITY,
                                                        entity_id=iid, changes=_created_changes(values)))
    linked = {model: {row[column] for row in tables[table]} for model, table, column in (
        (LearningGoal, InterventionLearningGoal, "learning_goal_id"), (Theme, InterventionTheme, "theme_id"),
        (Competency, InterventionCompetency, "competency_id"))}
    order = (Intervention, *(table for _, table, _ in _LINK_TABLES), ExecutionEntry, audit.AuditEvent)
    return NewRows(ids=ids, linked=linked,
                   inserts=[BulkInsert.of(dialect, model, tables[model]) for model in order if tables[model]])


def insert_rows(db: Session, scope: Scope, rows: NewRows) -> None:
    """Write `new_rows`: refused when a linked item is gone since the caller looked it up."""
    for model, ids in rows.linked.items():
        if _missing(db, scope, model, list(ids)):
            raise Conflict("A linked theme, competency or learning goal was deleted meanwhile; import again.")
    for statement in rows.inserts:
        statement.execute(db)


def update_intervention(db: Session, scope: Scope, *, intervention_id: uuid.UUID, data: InterventionUpdate,
                        if_match: str | None) -> Intervention:
    intervention = get_intervention(db, scope, intervention_id=intervention_id)
    require_version(if_match, intervention.version)
    values = data.model_dump(exclude_unset=True)
    if errors := check_links(db, scope, values):
        raise InvalidInput(detail="A linked item does not exist in this organisation.", errors=errors)
    current = load_links(db, [intervention.id])[intervention.id]
    attributes = {name: value for name, value in values.items() if name not in LINK_FIELDS}
    before = {name: getattr(intervention, name) for name in attributes}
    for name, value in attributes.items():
        setattr(intervention, name, value)
    changes = audit.diff(before, attributes) | _link_changes(current, values)
    if changes and not attributes:
        flag_modified(intervention, "title")  # only links changed: still a new version, so the ETag moves on
    _write_links(db, scope, intervention, values, current)
    db.flush()
    audit.record(db, scope=scope, action="intervention.updated", entity_type=ENTITY, entity_id=intervention.id,
                 changes=changes)
    return intervention


def delete_intervention(db: Session, scope: Scope, *, intervention_id: uuid.UUID) -> None:
    intervention = get_intervention(db, scope, intervention_id=intervention_id)
    lines = db.scalars(select(BudgetLine.title).where(BudgetLine.intervention_id == intervention.id)
                       .order_by(BudgetLine.title).limit(6)).all()
    if lines:
        count = db.scalar(select(func.count()).where(BudgetLine.intervention_id == intervention.id)) or 0
        names = ", ".join(lines[:5]) + (", ..." if count > 5 else "")
        noun = "budget line" if count == 1 else "budget lines"
        raise Conflict(f"This intervention is used by {count} {noun}: {names}. Remove or change them first.")
    audit.delete_recorded(db, scope, intervention, entity_type=ENTITY, fields=_ATTRIBUTES)
