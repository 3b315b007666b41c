"""Dense positions among siblings (0, 1, 2, ...): an item placed at a position pushes the others along.

Shared by the plan's tree and the competency frameworks; each caller passes the siblings' statement
(already scoped to the organisation and the parent)."""

from typing import Any

from sqlalchemy.sql import Select
from sqlmodel import Session


def place(db: Session, siblings: Select[Any], item: Any, position: int | None) -> None:
    """Put `item` at `position` (None: at the end) among `siblings` (which may or may not include it)."""
    others = [row for row in db.scalars(siblings) if row.id != item.id]
    others.sort(key=lambda row: (row.position, str(row.id)))
    index = len(others) if position is None else min(position, len(others))
    others.insert(index, item)
    _renumber(others)


def close_gap(db: Session, siblings: Select[Any], removed: Any) -> None:
    """Renumber the siblings after `removed` left them."""
    rest = [row for row in db.scalars(siblings) if row.id != removed.id]
    rest.sort(key=lambda row: (row.position, str(row.id)))
    _renumber(rest)


def _renumber(rows: list[Any]) -> None:
    for index, row in enumerate(rows):
        if row.position != index:
            row.position = index
