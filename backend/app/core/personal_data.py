"""Everything stored about one person, gathered from the domains that hold it (AVG art. 15), without this module
or the people domain importing them: a domain that keeps rows about a person (enrolments, attendance,
invitations, answers) registers a section at import, and the people export asks every section.

Erasure (art. 17) needs no registry: those rows refer to the person with ON DELETE CASCADE (or SET NULL where the
row must outlive the link, as an answer in a named round does), so deleting the person removes them in the same
transaction.

Retention (how long a person's rows are kept after their last activity) asks the same domains a second thing:
each registers, per person, the latest day it saw them (`activity`), as SQL over every person at once."""

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Select, select, union_all
from sqlmodel import Session

from app.core.scope import Scope

# (db, scope, person id) -> the section's rows as JSON-ready dicts (camelCase keys, ISO dates)
Section = Callable[[Session, Scope, uuid.UUID], list[dict[str, Any]]]

_SECTIONS: dict[str, Section] = {}


def section(name: str) -> Callable[[Section], Section]:
    """Register `name` ("enrolments", "attendance", ...) as a part of every person's export."""

    def register(function: Section) -> Section:
        _SECTIONS[name] = function
        return function

    return register


def collect(db: Session, scope: Scope, person_id: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
    """Every registered section about the person, in name order (an empty list where a section holds nothing)."""
    return {name: _SECTIONS[name](db, scope, person_id) for name in sorted(_SECTIONS)}


# --- last activity (the retention period runs from it) --------------------------------------------------------

# organisation id -> a SELECT of (person_id, day) rows: the latest day the domain saw each of the organisation's
# people (a person may appear more than once; the latest counts). One statement for every person at once.
Activity = Callable[[uuid.UUID], Select[Any]]

_ACTIVITIES: dict[str, Activity] = {}


def activity(name: str) -> Callable[[Activity], Activity]:
    """Register `name` ("sessions", "cohorts") as a source of people's last activity."""

    def register(function: Activity) -> Activity:
        _ACTIVITIES[name] = function
        return function

    return register


def activities(organisation_id: uuid.UUID) -> Select[Any] | None:
    """(person_id, day) of every registered domain, as one UNION ALL (None when no domain registered one)."""
    statements = [_ACTIVITIES[name](organisation_id) for name in sorted(_ACTIVITIES)]
    if not statements:
        return None
    return select(union_all(*statements).subquery())
