"""Everything stored about one person, gathered from the domains that hold it (AVG art. 15), without this module
or the people domain importing them: a domain that keeps rows about a person (enrolments, attendance,
invitations, answers) registers a section at import, and the people export asks every section.

Erasure (art. 17) needs no registry: those rows refer to the person with ON DELETE CASCADE (or SET NULL where the
row must outlive the link, as an answer in a named round does), so deleting the person removes them in the same
transaction."""

import uuid
from collections.abc import Callable
from typing import Any

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
