"""What an audit event is about, by name: "Interventie 'Het Nieuwe Werken'" rather than a type code and an id.

The audit trail is the one read model that spans every table by design, so it does not ask each domain: it finds
an entity type's table in the metadata (the mapped class `BudgetLine` records as `budget_line`) and reads the
row's title or name, one query per entity type on the page. Names are read now, not stored in the event: a person's
name never enters the trail (decision 0015), and an erased person shows no name. A deleted row's name comes from the
values its `.deleted` event recorded."""

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from sqlalchemy import Column, Table, select
from sqlmodel import Session, SQLModel

from app.core.audit import AuditEvent
from app.core.scope import Scope

# Entity types whose name differs from their class's.
_ALIASES = {"session": "learning_sessions", "client": None}
_LABEL_COLUMNS = ("title", "name", "text")
_LONGEST = 120  # a question's text can be a paragraph


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@lru_cache
def _tables() -> dict[str, Table]:
    found: dict[str, Table] = {}
    for mapper in SQLModel._sa_registry.mappers:  # the one registry of every mapped table
        table = mapper.local_table
        if isinstance(table, Table):
            found[_snake(mapper.class_.__name__)] = table
    for alias, table_name in _ALIASES.items():
        if table_name is not None:
            found[alias] = SQLModel.metadata.tables[table_name]
    return found


def _label_column(table: Table) -> Column | None:
    return next((table.c[name] for name in _LABEL_COLUMNS if name in table.c), None)


def _recorded_name(event: AuditEvent) -> str | None:
    for field in _LABEL_COLUMNS:
        change = (event.changes or {}).get(field)
        if isinstance(change, dict):
            value = change.get("to") or change.get("from")
            if isinstance(value, str) and value:
                return value
    return None


def names_of(db: Session, scope: Scope, events: Iterable[AuditEvent]) -> dict[uuid.UUID, str]:
    """entity id → its current name (or, once deleted, the name its events recorded), for the events' entities."""
    wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
    recorded: dict[uuid.UUID, str] = {}
    for event in events:
        if event.entity_id is None:
            continue
        wanted[event.entity_type].add(event.entity_id)
        if (name := _recorded_name(event)) is not None and event.entity_type != "person":
            recorded.setdefault(event.entity_id, name)
    names: dict[uuid.UUID, str] = {}
    tables = _tables()
    for entity_type, ids in wanted.items():
        table = tables.get(entity_type)
        label = _label_column(table) if table is not None else None
        if table is None or label is None:
            continue
        statement = select(table.c.id, label).where(table.c.id.in_(ids))
        if "organisation_id" in table.c:
            statement = statement.where(table.c.organisation_id == scope.organisation_id)
        elif table.name == "organisations":
            statement = statement.where(table.c.id == scope.organisation_id)
        else:
            continue
        names.update({row[0]: row[1] for row in db.execute(statement) if row[1]})
    return {id_: name if len(name) <= _LONGEST else name[:_LONGEST - 1] + "…"
            for id_, name in {**recorded, **names}.items()}
