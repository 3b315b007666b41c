"""A year's execution programme (uitvoeringsprogramma): which interventions it offers, and what the yearly
review decided about each. The entries are written with the intervention's `years`; these are the reads
and the one write the yearly review needs."""

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func
from sqlmodel import Session

from app.core.scope import Scope
from app.core.tenancy import scoped
from app.core.vocabulary import Category, FundingStream
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


HOURS_PER_DAY = Decimal("8")  # a learning day, as the evaluation rule counts it (8 hours = 1 day)


@dataclass(frozen=True)
class LearningTime:
    """The planned learning time of a year's programme: hours per participant x expected participants, summed."""

    hours: Decimal
    by_stream: dict[FundingStream, Decimal]
    by_category: dict[Category, Decimal]
    interventions: int  # in the programme
    without_hours: list[str]  # titles of those without learning hours (not counted)


def learning_time(db: Session, scope: Scope, year: int) -> LearningTime:
    """The year's planned learning time in one query, however large the programme."""
    rows = db.execute(
        scoped(Intervention, scope, Intervention.title, Intervention.funding_stream, Intervention.category,
               Intervention.learning_hours_per_participant, Intervention.expected_participants)
        .join(ExecutionEntry, ExecutionEntry.intervention_id == Intervention.id)
        .where(ExecutionEntry.year == year).order_by(Intervention.title, Intervention.id)
    ).all()
    by_stream = dict.fromkeys(FundingStream, Decimal("0.00"))
    by_category = dict.fromkeys(Category, Decimal("0.00"))
    without: list[str] = []
    for title, stream, category, per_participant, participants in rows:
        if per_participant is None:
            without.append(title)
            continue
        value = (per_participant * (participants or 0)).quantize(Decimal("0.01"))
        by_stream[FundingStream(stream)] += value
        by_category[Category(category)] += value
    return LearningTime(hours=sum(by_stream.values(), Decimal("0.00")), by_stream=by_stream,
                        by_category=by_category, interventions=len(rows), without_hours=without)
