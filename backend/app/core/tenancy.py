"""The organisation's share of every table, and the lookups each domain service makes on it.

Every domain query starts from `scoped`; an id in the path that is not the caller's is `get_or_404`'s 404,
a parent id in a body `reference`'s 400 on that field. Nothing here knows about a domain."""

import uuid
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy import Row, select
from sqlalchemy.sql import Select
from sqlmodel import Session

from app.core.errors import Conflict, InvalidInput, NotFound, field_error
from app.core.scope import Scope

T = TypeVar("T")
NAMES_SHOWN = 10


def named_list(items: Sequence[Any], *, count: int | None = None,
               english: Callable[[Any], str] = str) -> tuple[str, dict[str, Any]]:
    """What a 409 says of the rows in the way: the English words for its `detail` ("A, B and 3 more") and the
    params from which the SPA writes the same in the user's language — `count`, `items` (the first NAMES_SHOWN,
    as strings, or as objects with `date`/`amount`/`reference` that the SPA formats), `more` and `names`."""
    count = len(items) if count is None else count
    shown = list(items[:NAMES_SHOWN])
    more = max(0, count - len(shown))
    names = ", ".join(english(item) for item in shown) + (f" and {more} more" if more else "")
    return names, {"count": count, "names": names, "items": shown, "more": more}


def scoped(model: Any, scope: Scope, *columns: Any) -> Select[Any]:
    """`SELECT model (or columns) WHERE model.organisation_id = the caller's organisation`."""
    return select(*(columns or (model,))).where(model.organisation_id == scope.organisation_id)


def where_given(statement: Select[Any], *filters: tuple[Any, Any]) -> Select[Any]:
    """`statement` narrowed to `column == value` for each (column, value) whose value is given (not None): a
    list's optional filters."""
    for column, value in filters:
        if value is not None:
            statement = statement.where(column == value)
    return statement


def find(db: Session, scope: Scope, model: type[T], id_: uuid.UUID) -> T | None:
    return db.scalar(scoped(model, scope).where(model.id == id_))  # type: ignore[attr-defined]


def get_or_404(db: Session, scope: Scope, model: type[T], id_: uuid.UUID, what: str) -> T:
    """The caller's `model` with this id, or 404 "There is no <what> with this id."."""
    found = find(db, scope, model, id_)
    if found is None:
        raise NotFound(f"There is no {what} with this id.")
    return found


def row_or_404(db: Session, statement: Select[Any], what: str) -> Row[Any]:
    """The first row of a (scoped) statement of several columns, or the same 404."""
    row = db.execute(statement).first()
    if row is None:
        raise NotFound(f"There is no {what} with this id.")
    return row


def reference(db: Session, scope: Scope, model: type[T], id_: uuid.UUID, pointer: str, what: str, *,
              detail: str | None = None, code: str = "unknown_reference") -> T:
    """The parent a body names by id; unknown or another organisation's: 400 on that field."""
    found = find(db, scope, model, id_)
    if found is None:
        raise InvalidInput(pointer, detail or f"There is no {what} with this id in your organisation.", code=code)
    return found


def labels(db: Session, scope: Scope, model: Any, label: Any) -> list[tuple[uuid.UUID, str]]:
    """Every row of the caller's `model` as (id, label), e.g. for an import that names them."""
    return [(row[0], row[1]) for row in db.execute(scoped(model, scope, model.id, label))]


def labels_of(db: Session, scope: Scope, model: Any, label: Any, ids: Collection[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The labels of these rows of the caller's `model`, by id (one query); an id not in it is not the caller's."""
    if not ids:
        return {}
    return {row[0]: row[1] for row in db.execute(scoped(model, scope, model.id, label).where(model.id.in_(ids)))}


def ensure_unique(db: Session, statement: Select[Any], *, pointer: str, detail: str, message: str,
                  excluding: uuid.UUID | None = None) -> None:
    """409 with the field error `taken` when the statement finds a row (other than `excluding`)."""
    if excluding is not None:
        model = statement.column_descriptions[0]["entity"]
        statement = statement.where(model.id != excluding)
    if db.scalar(statement.limit(1)) is not None:
        raise Conflict(detail, errors=[field_error(pointer, message, "taken")], problem="already_exists")



def refuse_if_used(users: Iterable[tuple[uuid.UUID, str]], subject: str, *, verb: str = "is used by") -> None:
    """409 naming the interventions that still refer to what is being deleted: "<subject> <verb> 2
    interventions: A, B. Unlink them from the interventions first."."""
    users = list(users)
    if not users:
        return
    titles = sorted({title for _id, title in users}, key=str.lower)
    count = len({id_ for id_, _title in users})
    noun = "intervention" if count == 1 else "interventions"
    names, params = named_list(titles, count=count)
    raise Conflict(f"{subject} {verb} {count} {noun}: {names}. Unlink them from the interventions first.",
                   problem="in_use", problem_params=params)
