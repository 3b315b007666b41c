"""Who still refers to a row that is about to be deleted, when the referrer is a domain the row's own domain may
not import (it imports the row's domain: programmes place interventions and focus on competencies).

The referring domain registers a lookup for a kind of row (`register("intervention", ...)`, at import); the
deleting domain asks `refuse_if_referred` before it deletes, and a reference answers 409 naming its holders
instead of failing on the foreign key (RESTRICT). Nothing here knows about a domain."""

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from app.core.errors import Conflict
from app.core.scope import Scope
from app.core.tenancy import named_list, scoped

# (db, scope, ids: a list or a subquery of ids of the kind) -> (id, title) of what refers to any of them
Lookup = Callable[[Session, Scope, Any], Iterable[tuple[uuid.UUID, str]]]


@dataclass(frozen=True)
class Referrer:
    code: str  # the problem's stable code, e.g. "placed_in_programmes" (the SPA words it; params count, names)
    one: str  # "programme"
    many: str  # "programmes"
    advice: str  # "Take it out of their frameworks first."
    lookup: Lookup



def rows_holding(model: Any, title: Any, reference: Any) -> Lookup:
    """The lookup of a referrer that holds the ids in a column of its own: the rows of `model` whose `reference`
    is one of them, each with its `title` (e.g. the budget lines on an intervention)."""
    def lookup(db: Session, scope: Scope, ids: Any) -> list[tuple[uuid.UUID, str]]:
        return [(row[0], row[1]) for row in db.execute(
            scoped(model, scope, model.id, title).where(reference.in_(ids)))]

    return lookup

_REGISTRY: dict[str, list[Referrer]] = {}


def register(kind: str, referrer: Referrer) -> None:
    """Add what refers to rows of `kind` (once per referrer; registering it again replaces nothing twice)."""
    referrers = _REGISTRY.setdefault(kind, [])
    if referrer not in referrers:
        referrers.append(referrer)


def refuse_if_referred(db: Session, scope: Scope, kind: str, ids: Any, subject: str) -> None:
    """409 "<subject> is used by 2 programmes: A, B. <advice>" (with the referrer's code, and `count` and
    `names` as params) when a registered referrer holds any of `ids`; nothing when none does."""
    for referrer in _REGISTRY.get(kind, []):
        holders = list(referrer.lookup(db, scope, ids))
        if not holders:
            continue
        titles = sorted({title for _id, title in holders}, key=str.lower)
        count = len({id_ for id_, _title in holders})
        names, params = named_list(titles, count=count)
        noun = referrer.one if count == 1 else referrer.many
        raise Conflict(f"{subject} is used by {count} {noun}: {names}. {referrer.advice}",
                       problem=referrer.code, problem_params=params)
