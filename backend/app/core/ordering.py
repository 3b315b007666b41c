"""Dense, unique positions among siblings (0, 1, 2, ...): an item placed at a position pushes the others along.

Every ordered collection (a plan's developments and themes, a development's goals, a framework's
competencies, and whatever comes next) declares itself as an `Ordered` and goes through `place`, `close_gap`,
`move` and `apply_patch`, which

- serialise writers per parent: the parent row is locked (`SELECT ... FOR UPDATE` on PostgreSQL; on SQLite
  requests take turns already) before the siblings are read, so two appends never see the same list;
- keep a unique (parent, position) constraint true at every row: the rows that move go to negative places
  first (a plain UPDATE, no version bump) and only then to their final ones, so no row ever collides, whatever
  order the database checks them in;
- never fail on a sibling's version: siblings are read after the lock, so their versions are current and a
  POST without If-Match is never a 412. The item itself keeps the version its caller checked."""

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from sqlalchemy import UniqueConstraint, case, inspect, select, update
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.sql import Select
from sqlmodel import Session

from app.core import audit
from app.core.pagination import PageParams, paginate
from app.core.records import Rule
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import get_or_404, reference, scoped, where_given


def unique_position(table: str, parent: str) -> UniqueConstraint:
    """The (parent, position) constraint every ordered table keeps true, named `uq_<table>_position`."""
    return UniqueConstraint(parent, "position", name=f"uq_{table}_position")

@dataclass(frozen=True)
class Ordered:
    """An ordered collection: `model`'s rows under a row of `parent` (called `parent_name` in errors), named by
    `parent_field`; e.g. `Ordered(Goal, Development, "development_id", "development", "goal", ("title", ...))`.
    Its model has an int `position`; its changes are audited as `entity_type` with the values of `fields`;
    creating and updating a child check its `rules` (`core.records`) after its parent."""

    model: Any
    parent: Any
    parent_field: str
    parent_name: str
    entity_type: str
    fields: tuple[str, ...]
    rules: tuple[Rule, ...] = ()

    @property
    def parent_pointer(self) -> str:
        """`development_id` → `/developmentId`, the field of a body that names the parent."""
        head, *tail = self.parent_field.split("_")
        return "/" + head + "".join(part.title() for part in tail)

    def reference_parent(self, db: Session, scope: Scope, parent_id: uuid.UUID) -> Any:
        """The parent a body names; unknown or another organisation's: 400 on that field."""
        return reference(db, scope, self.parent, parent_id, self.parent_pointer, self.parent_name)

    def get(self, db: Session, scope: Scope, **key: uuid.UUID) -> Any:
        """The caller's child with the id given as `<key>=` (`goal_id=`, as the routes call it), or 404 "There is
        no <entity type in words> with this id."."""
        (id_,) = key.values()
        return get_or_404(db, scope, self.model, id_, self.entity_type.replace("_", " "))

    def page(self, db: Session, scope: Scope, params: PageParams, read: type[BaseModel], *,
             parent_id: uuid.UUID | None, sortable: Mapping[str, Any],
             narrow: Callable[[Select[Any]], Select[Any]] | None = None) -> Page[Any]:
        """A page of the caller's children (of one parent when `parent_id` is given), in their order unless
        `params` sorts them on `sortable` (position and createdAt besides); `narrow` adds the list's other
        filters to the statement (and an order before the position, e.g. their parents')."""
        statement = where_given(scoped(self.model, scope), (getattr(self.model, self.parent_field), parent_id))
        if narrow is not None:
            statement = narrow(statement)
        model = self.model
        return paginate(db, statement, params, sortable={"position": model.position, **sortable,
                                                         "createdAt": model.created_at},
                        default_sort=["position"], tiebreaker=model.id, to_item=lambda row: read.model_validate(row[0]))

    def of(self, scope: Scope, parent_id: uuid.UUID) -> "Siblings":
        """The children of one parent, in the caller's organisation."""
        statement = scoped(self.model, scope).where(getattr(self.model, self.parent_field) == parent_id)
        return Siblings(self, statement, parent_id)


@dataclass(frozen=True)
class Siblings:
    collection: Ordered
    statement: Select[Any]
    parent_id: uuid.UUID


def create_placed(db: Session, scope: Scope, collection: Ordered, data: BaseModel) -> Any:
    """A new child of the caller's organisation from a create body (with its parent's id: unknown or another
    organisation's is a 400 on that field), placed at its `position` (None: at the end) and recorded as created."""
    values = data.model_dump()
    collection.reference_parent(db, scope, values[collection.parent_field])
    for rule in collection.rules:
        rule.check(db, scope, values)
    return add_placed(db, scope, collection, values)


def add_placed(db: Session, scope: Scope, collection: Ordered, values: dict[str, Any]) -> Any:
    """A new child of the caller's organisation from `values`, its parent's id among them (checked by the caller:
    a parent in the path is a 404 there), placed at `values["position"]` (None: at the end) and recorded as
    created."""
    position = values.pop("position")
    item = collection.model(organisation_id=scope.organisation_id, **values)
    db.add(item)
    place(db, collection.of(scope, values[collection.parent_field]), item, position)
    audit.record_created(db, scope, item, entity_type=collection.entity_type, fields=collection.fields)
    return item


def update_placed(db: Session, scope: Scope, collection: Ordered, item: Any, data: BaseModel, if_match: str | None,
                  *, check: Callable[[dict[str, Any]], None] | None = None, before: dict[str, Any] | None = None
                  ) -> Any:
    """Carry out a PATCH on `item` at the version If-Match names: a new parent is checked, then `check(values)`
    (the domain's own rules), then the move and the changes, recorded with the values before (`before` adds to
    them, e.g. copies of mutable ones)."""
    def check_and_move(values: dict[str, Any]) -> None:
        if values.get(collection.parent_field) is not None:
            collection.reference_parent(db, scope, values[collection.parent_field])
        for rule in collection.rules:
            rule.check(db, scope, values, item)
        if check is not None:
            check(values)
        apply_patch(db, scope, collection, item, values)

    # the values before the move: apply_patch has changed them by the time the update is recorded
    before = audit.fields_of(item, collection.fields) | (before or {})
    return audit.update_claimed(db, scope, item, data, if_match, entity_type=collection.entity_type,
                                fields=collection.fields, check=check_and_move, before=before)


def delete_placed(db: Session, scope: Scope, collection: Ordered, item: Any) -> None:
    """Delete `item`, closing the gap among its siblings, and record it as deleted."""
    close_gap(db, collection.of(scope, getattr(item, collection.parent_field)), item)
    audit.delete_recorded(db, scope, item, entity_type=collection.entity_type, fields=collection.fields)


def place(db: Session, siblings: Siblings, item: Any, position: int | None) -> None:
    """Put `item` (new and added to the session, or one of the siblings) at `position` (None: the end)."""
    lock(db, siblings)
    _place(db, siblings, item, position)


def close_gap(db: Session, siblings: Siblings, removed: Any) -> None:
    """Renumber the siblings before `removed` is deleted from them."""
    lock(db, siblings)
    _arrange(db, siblings, _others(db, siblings, removed), moving=removed)


def move(db: Session, source: Siblings, target: Siblings, item: Any, position: int | None) -> None:
    """Move `item` from `source` to `target` (another parent) at `position` (None: the end). Both parents are
    locked in the same order by every writer, so two moves cannot deadlock."""
    for siblings in sorted((source, target), key=lambda s: str(s.parent_id)):
        lock(db, siblings)
    _arrange(db, source, _others(db, source, item), moving=item)
    setattr(item, source.collection.parent_field, target.parent_id)
    _place(db, target, item, position)


def apply_patch(db: Session, scope: Scope, collection: Ordered, item: Any, values: dict[str, Any]) -> None:
    """Carry out a PATCH's `position` and new parent (`values[parent_field]`, already checked) on `item`;
    `values` then holds the resulting position (and parent) for the audit trail, or neither if unchanged."""
    position = values.pop("position", None)
    parent_id = getattr(item, collection.parent_field)
    new_parent_id = values.pop(collection.parent_field, None)
    if new_parent_id is not None and new_parent_id != parent_id:
        move(db, collection.of(scope, parent_id), collection.of(scope, new_parent_id), item, position)
        values[collection.parent_field] = new_parent_id
    elif position is not None:
        place(db, collection.of(scope, parent_id), item, position)
    else:
        return
    values["position"] = item.position


def lock(db: Session, siblings: Siblings) -> None:
    """Hold the parent row until the transaction ends (a no-op on SQLite, where requests take turns)."""
    with db.no_autoflush:
        parent = siblings.collection.parent
        db.execute(select(parent.id).where(parent.id == siblings.parent_id).with_for_update())


def _others(db: Session, siblings: Siblings, item: Any) -> list[Any]:
    # Read fresh (populate_existing): another request may have renumbered them while we waited for the lock.
    model = siblings.collection.model
    statement = siblings.statement.where(model.id != item.id).execution_options(populate_existing=True)
    with db.no_autoflush:
        rows = list(db.scalars(statement))
    return sorted(rows, key=lambda row: (row.position, str(row.id)))


def _place(db: Session, siblings: Siblings, item: Any, position: int | None) -> None:
    others = _others(db, siblings, item)
    others.insert(len(others) if position is None else min(position, len(others)), item)
    _arrange(db, siblings, others, moving=item)


def _arrange(db: Session, siblings: Siblings, rows: list[Any], *, moving: Any) -> None:
    """Give `rows` the positions 0..n-1 in their order; `moving` is the item placed among them or leaving them."""
    targets = {row.id: index for index, row in enumerate(rows)}
    aside = [row for row in rows if row is not moving and row.position != targets[row.id]]
    if inspect(moving).persistent:
        aside.append(moving)
    if aside:
        # Phase 1: out of the way, to -1, -2, ... (no version bump: phase 2 writes them with their version check).
        ids = [row.id for row in aside]
        model = siblings.collection.model
        with db.no_autoflush:
            db.execute(update(model).where(model.id.in_(ids))
                       .values(position=-1 - case({id_: i for i, id_ in enumerate(ids)}, value=model.id))
                       .execution_options(synchronize_session=False))
        for row in aside:
            if row.id in targets:  # one that leaves stays aside until it is deleted or placed elsewhere
                flag_modified(row, "position")
    # Phase 2: each to its final place; the ORM writes the updates before it inserts a new item.
    for row in rows:
        row.position = targets[row.id]
    db.flush()
