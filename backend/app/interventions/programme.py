"""A year's execution programme (uitvoeringsprogramma): which interventions it offers, and what the yearly
review decided about each. The entries are written with the intervention's `years`; these are the reads
and the one write the yearly review needs."""

import uuid

from sqlalchemy import func
from sqlmodel import Session

from app.core.scope import Scope
from app.core.tenancy import scoped
from app.interventions.models import ExecutionEntry, Intervention, Origin


def programme(db: Session, scope: Scope, year: int) -> list[tuple[ExecutionEntry, Intervention]]:
    """The year's execution programme: its entries with their interventions, by category and title."""
    return [(row[0], row[1]) for row in db.execute(
        scoped(ExecutionEntry, scope, ExecutionEntry, Intervention)
        .join(Intervention, Intervention.id == ExecutionEntry.intervention_id)
        .where(ExecutionEntry.year == year)
        .order_by(Intervention.category, Intervention.title, Intervention.id)
    )]


def entries_of(db: Session, scope: Scope, year: int,
               intervention_ids: list[uuid.UUID]) -> dict[uuid.UUID, ExecutionEntry]:
    """The year's programme entries of these interventions, by intervention."""
    if not intervention_ids:
        return {}
    return {entry.intervention_id: entry for entry in db.scalars(
        scoped(ExecutionEntry, scope).where(ExecutionEntry.year == year,
                                            ExecutionEntry.intervention_id.in_(intervention_ids)))}


def first_unreviewed_year(db: Session, scope: Scope, first_year: int, before_year: int) -> int | None:
    """The earliest year from `first_year` and before `before_year` with an entry that awaits its review."""
    return db.scalar(scoped(ExecutionEntry, scope, func.min(ExecutionEntry.year)).where(
        ExecutionEntry.review_decision.is_(None), ExecutionEntry.year >= first_year,
        ExecutionEntry.year < before_year))


def years_with_entries(db: Session, scope: Scope) -> set[int]:
    """The years whose execution programme offers at least one intervention."""
    return set(db.scalars(scoped(ExecutionEntry, scope, ExecutionEntry.year).distinct()))


def add_entry(db: Session, scope: Scope, *, intervention_id: uuid.UUID, year: int, origin: Origin) -> ExecutionEntry:
    entry = ExecutionEntry(organisation_id=scope.organisation_id, intervention_id=intervention_id, year=year,
                           origin=origin)
    db.add(entry)
    return entry
