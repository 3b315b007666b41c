"""The intervention catalogue: rules and queries for interventions, their links to the plan, and the years
whose execution programme offers them. Links for a list page are loaded with one `IN` query."""

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from types import SimpleNamespace
from typing import Any, Literal

from pydantic.alias_generators import to_camel
from sqlalchemy import Integer, Row, String, Uuid, cast, delete, literal_column, null, select, union, union_all
from sqlalchemy.orm.attributes import flag_modified
from sqlmodel import Session

from app.budgets import programme_lines
from app.competencies.models import Competency
from app.core import audit, references
from app.core.concurrency import claimed_changes
from app.core.errors import InvalidInput, field_error
from app.core.scope import Scope
from app.core.tenancy import find, get_or_404, scoped
from app.core.vocabulary import Category, FundingStream, KolbPhase
from app.interventions.models import (
    ExecutionEntry,
    Intervention,
    InterventionCompetency,
    InterventionKolbPhase,
    InterventionLearningGoal,
    InterventionTheme,
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
from app.plans.models import LearningGoal, Theme

ENTITY = "intervention"
LINK_FIELDS = ("learning_goal_ids", "theme_ids", "competency_ids", "kolb_phases", "years")
ATTRIBUTES = tuple(f for f in InterventionCreate.model_fields if f not in LINK_FIELDS)

@dataclass
class Links:
    learning_goals: list[TitleRef] = field(default_factory=list)
    themes: list[TitleRef] = field(default_factory=list)
    competencies: list[NameRef] = field(default_factory=list)
    kolb_phases: list[KolbPhase] = field(default_factory=list)
    years: list[int] = field(default_factory=list)

    def fields(self) -> dict[str, list[Any]]:
        """The links as the link fields (LINK_FIELDS) hold them: ids, Kolb phases and years."""
        return {"learning_goal_ids": [ref.id for ref in self.learning_goals],
                "theme_ids": [ref.id for ref in self.themes],
                "competency_ids": [ref.id for ref in self.competencies],
                "kolb_phases": self.kolb_phases, "years": self.years}


# The link fields kept in a link table (the years are execution entries): the table and its column, by field.
LINK_TABLES: dict[str, tuple[Any, Any]] = {
    "learning_goal_ids": (InterventionLearningGoal, InterventionLearningGoal.learning_goal_id),
    "theme_ids": (InterventionTheme, InterventionTheme.theme_id),
    "competency_ids": (InterventionCompetency, InterventionCompetency.competency_id),
    "kolb_phases": (InterventionKolbPhase, InterventionKolbPhase.phase),
}
# What refers to the plan's and the frameworks' rows, by the kind of row; a kind's link field is `<kind>_ids`.
LinkKind = Literal["learning_goal", "theme", "competency"]


def linked_to(db: Session, scope: Scope, kind: LinkKind, ids: Any) -> Sequence[Row[Any]]:
    """The interventions linked to any of `ids` (a list or a subquery of ids of `kind`), by title: rows of
    (linked_id, id, title, status, category), one per link."""
    table, column = LINK_TABLES[f"{kind}_ids"]
    return db.execute(
        scoped(Intervention, scope, column.label("linked_id"), Intervention.id, Intervention.title,
               Intervention.status, Intervention.category)
        .join(table, table.intervention_id == Intervention.id)
        .where(column.in_(ids)).order_by(Intervention.title, Intervention.id)
    ).all()


def users(db: Session, scope: Scope, kind: LinkKind, ids: Any) -> list[tuple[uuid.UUID, str]]:
    """(id, title) of the interventions that use any of `ids`: what a delete of them must name."""
    return [(row.id, row.title) for row in linked_to(db, scope, kind, ids)]


def strategic_unlinked(db: Session, scope: Scope, ids: Mapping[LinkKind, Any]) -> Sequence[Row[Any]]:
    """The strategic interventions linked to none of `ids` (per kind): rows of (id, title, status, category)."""
    tables = [(LINK_TABLES[f"{kind}_ids"], kind_ids) for kind, kind_ids in ids.items()]
    linked = union(*(select(table.intervention_id).where(column.in_(kind_ids))
                     for (table, column), kind_ids in tables))
    return db.execute(
        scoped(Intervention, scope, Intervention.id, Intervention.title, Intervention.status, Intervention.category)
        .where(Intervention.category.in_([Category.strategic_development, Category.strategic_theme]),
               Intervention.id.not_in(linked))
        .order_by(Intervention.title, Intervention.id)
    ).all()


def total_cost(intervention: Intervention) -> Decimal:
    return (intervention.cost_fixed
            + intervention.cost_per_participant * (intervention.expected_participants or 0)).quantize(Decimal("0.01"))


def learning_hours_total(intervention: Intervention) -> Decimal | None:
    """The planned learning time: hours per participant x expected participants (None without hours)."""
    hours = intervention.learning_hours_per_participant
    if hours is None:
        return None
    return (hours * (intervention.expected_participants or 0)).quantize(Decimal("0.01"))


def needs_evaluation(intervention: Intervention) -> bool:
    return ((intervention.duration_days or 0) >= EVALUATION_MIN_DAYS
            or (intervention.duration_hours or 0) >= EVALUATION_MIN_HOURS)


def _link_rows() -> Any:
    """Every link of every intervention as rows of (intervention_id, kind, ref_id, label, year): a learning goal,
    theme or competency with its id and title or name, a Kolb phase as its label, a year as its year."""
    no_id, no_label, no_year = cast(null(), Uuid), cast(null(), String), cast(null(), Integer)
    return union_all(
        select(InterventionLearningGoal.intervention_id, literal_column("'learning_goal'").label("kind"),
               LearningGoal.id.label("ref_id"), LearningGoal.title.label("label"), no_year.label("year"))
        .join(LearningGoal, LearningGoal.id == InterventionLearningGoal.learning_goal_id),
        select(InterventionTheme.intervention_id, literal_column("'theme'"), Theme.id, Theme.title, no_year)
        .join(Theme, Theme.id == InterventionTheme.theme_id),
        select(InterventionCompetency.intervention_id, literal_column("'competency'"), Competency.id,
               Competency.name, no_year)
        .join(Competency, Competency.id == InterventionCompetency.competency_id),
        select(InterventionKolbPhase.intervention_id, literal_column("'kolb_phase'"), no_id,
               InterventionKolbPhase.phase, no_year),
        select(ExecutionEntry.intervention_id, literal_column("'year'"), no_id, no_label, ExecutionEntry.year),
    ).subquery("links")


_LINKS = _link_rows()
_KOLB_ORDER = {phase.value: index for index, phase in enumerate(KolbPhase)}


def load_links(db: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Links]:
    """Every link of these interventions in one query, however many interventions: the refs by title (name)
    and id, the Kolb phases in the cycle's order, the years ascending."""
    links: dict[uuid.UUID, Links] = defaultdict(Links)
    if not ids:
        return links
    for iid, kind, ref_id, label, year in db.execute(
        select(_LINKS).where(_LINKS.c.intervention_id.in_(list(ids)))
        .order_by(_LINKS.c.label, _LINKS.c.ref_id, _LINKS.c.year)
    ):
        found = links[iid]
        if kind == "learning_goal":
            found.learning_goals.append(TitleRef.model_construct(id=ref_id, title=label))
        elif kind == "theme":
            found.themes.append(TitleRef.model_construct(id=ref_id, title=label))
        elif kind == "competency":
            found.competencies.append(NameRef.model_construct(id=ref_id, name=label))
        elif kind == "kolb_phase":
            found.kolb_phases.append(KolbPhase(label))
        else:
            found.years.append(year)
    for value in links.values():
        value.kolb_phases.sort(key=_KOLB_ORDER.__getitem__)
    return links


# What an InterventionRead takes from the row as it is stored (the rest is derived or linked).
STORED = ("id", *ATTRIBUTES, "created_at", "updated_at", "version")


def read_values(intervention: Any, links: Links) -> dict[str, Any]:
    """An InterventionRead's fields from an intervention, or a tuple of the STORED columns in their order (a list's
    row: zipped, not looked up column by column), and its links."""
    if isinstance(intervention, Intervention):
        values = {name: getattr(intervention, name) for name in STORED}
    else:
        values = dict(zip(STORED, intervention, strict=True))
        intervention = SimpleNamespace(**values)  # for the derived fields' attribute access
    values.update(
        total_cost=total_cost(intervention), learning_hours_total=learning_hours_total(intervention),
        needs_evaluation=needs_evaluation(intervention),
        learning_goals=links.learning_goals, themes=links.themes, competencies=links.competencies,
        **links.fields(),
    )
    return values


def to_read(intervention: Intervention, links: Links) -> InterventionRead:
    return InterventionRead.model_validate(read_values(intervention, links))


def read(db: Session, intervention: Intervention) -> InterventionRead:
    return to_read(intervention, load_links(db, [intervention.id])[intervention.id])


def get_intervention(db: Session, scope: Scope, *, intervention_id: uuid.UUID) -> Intervention:
    return get_or_404(db, scope, Intervention, intervention_id, "intervention")


def is_known(db: Session, scope: Scope, intervention_id: uuid.UUID) -> bool:
    return find(db, scope, Intervention, intervention_id) is not None


def missing(db: Session, scope: Scope, model: Any, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    if not ids:
        return set()
    found = set(db.scalars(scoped(model, scope, model.id).where(model.id.in_(ids))))
    return set(ids) - found


# The link fields that refer to another domain's rows: the model and how a message names one.
LINKED: dict[str, tuple[Any, str]] = {"learning_goal_ids": (LearningGoal, "learning goal"),
                                      "theme_ids": (Theme, "theme"), "competency_ids": (Competency, "competency")}


def check_links(db: Session, scope: Scope, values: dict[str, Any], *, prefix: str = "") -> list[dict[str, Any]]:
    """Errors for linked ids that do not exist in the caller's organisation, each pointing at its list entry."""
    errors: list[dict[str, Any]] = []
    for name, (model, label) in LINKED.items():
        ids = values.get(name)
        if not ids:
            continue
        gone = missing(db, scope, model, ids)
        pointer = f"{prefix}/{to_camel(name)}"
        errors += [field_error(f"{pointer}/{index}", f"There is no {label} with id {value}.", "unknown_id")
                   for index, value in enumerate(ids) if value in gone]
    return errors


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
    held = current.fields()
    for name, (table, column) in LINK_TABLES.items():
        if name in values:
            _replace_rows(db, table, iid, column, values[name], held[name])
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
    def audited(links: Iterable[Any]) -> list[Any]:
        return sorted(str(v) if isinstance(v, uuid.UUID) else v for v in links)

    created = before is None
    old = {name: audited(links) for name, links in (before or Links()).fields().items()}
    new = {name: audited(values[name]) for name in LINK_FIELDS if name in values}
    return audit.diff({k: old[k] for k in new} if created is False else {}, new)


def create_intervention(db: Session, scope: Scope, *, data: InterventionCreate, prefix: str = "",
                        checked: bool = False, action: str = "intervention.created") -> Intervention:
    values = data.model_dump()
    if not checked and (errors := check_links(db, scope, values, prefix=prefix)):
        raise InvalidInput(detail="A linked item does not exist in this organisation.", errors=errors)
    intervention = Intervention(organisation_id=scope.organisation_id,
                                **{name: values[name] for name in ATTRIBUTES})
    db.add(intervention)
    db.flush()
    _write_links(db, scope, intervention, values, Links())
    audit.record(db, scope=scope, action=action, entity_type=ENTITY, entity_id=intervention.id,
                 changes=created_changes(values))
    _budget_years(db, scope, intervention, values.get("years") or [])
    return intervention


def _budget_years(db: Session, scope: Scope, intervention: Intervention, years: Iterable[int]) -> None:
    """Budgets follow the catalogue: a year the intervention joins gets its budget lines (decision 0013)."""
    item = programme_lines.Programmed(intervention.id, intervention.title, FundingStream(intervention.funding_stream),
                                      total_cost(intervention))
    for year in sorted(years):
        programme_lines.add_programme_lines(db, scope, year=year, items=[item])


def set_funding_stream(db: Session, scope: Scope, intervention: Intervention, stream: FundingStream) -> None:
    """The stream that pays the largest share (written by the budgets' funding shares, which audit it)."""
    intervention.funding_stream = stream


def created_changes(values: dict[str, Any]) -> dict[str, Any]:
    changes = audit.snapshot({name: values[name] for name in ATTRIBUTES})
    changes.update(_link_changes(None, {k: v for k, v in values.items() if k not in LINK_FIELDS or v}))
    return changes


def update_intervention(db: Session, scope: Scope, *, intervention_id: uuid.UUID, data: InterventionUpdate,
                        if_match: str | None) -> Intervention:
    intervention = get_intervention(db, scope, intervention_id=intervention_id)
    values = claimed_changes(db, intervention, data, if_match)
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
    if "fundingStream" in changes:
        programme_lines.clear_shares(db, intervention.id)  # paid wholly from the stream it is set to
    db.flush()
    audit.record(db, scope=scope, action="intervention.updated", entity_type=ENTITY, entity_id=intervention.id,
                 changes=changes)
    if "years" in values:
        _budget_years(db, scope, intervention, set(values["years"]) - set(current.years))
    return intervention


def delete_intervention(db: Session, scope: Scope, *, intervention_id: uuid.UUID) -> None:
    intervention = get_intervention(db, scope, intervention_id=intervention_id)
    references.refuse_if_referred(db, scope, ENTITY, [intervention.id], "This intervention")
    audit.delete_recorded(db, scope, intervention, entity_type=ENTITY, fields=ATTRIBUTES)
