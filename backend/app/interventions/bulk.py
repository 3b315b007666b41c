"""New interventions in bulk (an import): their rows, links and audit events built without the database, so
that the transaction only sends them — one INSERT per table (decision 0011)."""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Dialect
from sqlmodel import Session

from app.core import audit
from app.core.db import BulkInsert, with_defaults
from app.core.errors import Conflict
from app.core.scope import Scope
from app.core.tabular import yielding
from app.interventions import service
from app.interventions.models import ExecutionEntry, Intervention
from app.interventions.schemas import InterventionCreate


@dataclass
class NewRows:
    """New interventions as one INSERT per table, built without the database (`new_rows`)."""

    ids: list[uuid.UUID]
    linked: dict[str, set[uuid.UUID]]  # link field (service.LINKED) → the ids the rows link to
    inserts: list[BulkInsert]


def new_rows(dialect: Dialect, scope: Scope, items: Sequence[InterventionCreate], *, action: str) -> NewRows:
    """New interventions, their links and audit events as rows for one INSERT per table, without the database."""
    ids: list[uuid.UUID] = []
    tables: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    org = {"organisation_id": scope.organisation_id}
    for data in yielding(items):
        values = data.model_dump()
        intervention = with_defaults(Intervention, {**org, **{name: values[name] for name in service.ATTRIBUTES}})
        iid = intervention["id"]
        ids.append(iid)
        tables[Intervention].append(intervention)
        for name, (table, column) in service.LINK_TABLES.items():
            tables[table] += [{"intervention_id": iid, column.key: value} for value in values[name]]
        tables[ExecutionEntry] += [with_defaults(ExecutionEntry, {**org, "intervention_id": iid, "year": year})
                                   for year in values["years"]]
        tables[audit.AuditEvent].append(audit.event_row(scope=scope, action=action, entity_type=service.ENTITY,
                                                        entity_id=iid, changes=service.created_changes(values)))
    linked = {name: {row[column.key] for row in tables[table]}
              for name, (table, column) in service.LINK_TABLES.items() if name in service.LINKED}
    order = (Intervention, *(table for table, _ in service.LINK_TABLES.values()), ExecutionEntry, audit.AuditEvent)
    return NewRows(ids=ids, linked=linked,
                   inserts=[BulkInsert.of(dialect, model, tables[model]) for model in order if tables[model]])


def insert_rows(db: Session, scope: Scope, rows: NewRows) -> None:
    """Write `new_rows`: refused when a linked item is gone since the caller looked it up."""
    for name, ids in rows.linked.items():
        if service.missing(db, scope, service.LINKED[name][0], list(ids)):
            raise Conflict("A linked theme, competency or learning goal was deleted meanwhile; import again.",
                           problem="import_links_changed")
    for statement in rows.inserts:
        statement.execute(db)


