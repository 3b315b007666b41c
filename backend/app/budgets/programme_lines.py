"""Budgets follow the catalogue: an intervention put in a year's execution programme gets a budget line in
that year, in each stream that pays for it, with its share of the total cost (decision 0013). The catalogue
calls this when it writes an intervention's years; the budget page calls it for interventions still without
a line. Batched: a fixed number of queries however many interventions."""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, select
from sqlmodel import Session

from app.budgets.models import Budget, BudgetLine, FundingShare, LineKind
from app.core import audit
from app.core.scope import Scope
from app.core.tenancy import scoped
from app.core.vocabulary import FundingStream

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
HUNDRED = Decimal("100")
LINE_FIELDS = ("budget_id", "kind", "title", "intervention_id", "planned_amount", "cap", "notes")


def allocate(amount: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """Share `amount` out pro rata by `weights` in whole cents that add up exactly to it: each share is
    rounded down and the cents left over go to the largest remainders (ties: the earlier weight)."""
    total_weight = sum((int(w * 100) for w in weights), 0)
    cents = int(amount * 100)
    if total_weight == 0 or not weights:
        return [ZERO for _ in weights]
    parts = [divmod(cents * int(w * 100), total_weight) for w in weights]
    shares = [share for share, _ in parts]
    left = cents - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: (-parts[i][1], i))
    for i in order[:left]:
        shares[i] += 1
    return [(Decimal(share) / 100).quantize(CENT) for share in shares]


@dataclass(frozen=True)
class Programmed:
    """An intervention as the budget sees it: what it is called, which stream pays it and what it costs."""

    intervention_id: uuid.UUID
    title: str
    funding_stream: FundingStream
    total_cost: Decimal


def stored_shares(db: Session, intervention_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[tuple[FundingStream,
                                                                                                     Decimal]]]:
    """The stored shares of these interventions (by stream order); interventions without any are absent."""
    found: dict[uuid.UUID, list[tuple[FundingStream, Decimal]]] = defaultdict(list)
    if not intervention_ids:
        return found
    order = list(FundingStream)
    for iid, stream, percent in db.execute(select(FundingShare.intervention_id, FundingShare.stream,
                                                  FundingShare.percent)
                                           .where(FundingShare.intervention_id.in_(list(intervention_ids)))):
        found[iid].append((FundingStream(stream), percent))
    for shares in found.values():
        shares.sort(key=lambda share: order.index(share[0]))
    return found


def shares_of(stored: dict[uuid.UUID, list[tuple[FundingStream, Decimal]]],
              item: Programmed) -> list[tuple[FundingStream, Decimal]]:
    return stored.get(item.intervention_id) or [(item.funding_stream, HUNDRED)]


def split(item: Programmed, shares: list[tuple[FundingStream, Decimal]]) -> list[tuple[FundingStream, Decimal]]:
    """The total cost per paying stream, in cents that add up to it."""
    amounts = allocate(item.total_cost, [percent for _, percent in shares])
    return [(stream, amount) for (stream, _), amount in zip(shares, amounts, strict=True)]


def clear_shares(db: Session, intervention_id: uuid.UUID) -> None:
    """The intervention is paid wholly from its funding stream again."""
    db.execute(delete(FundingShare).where(FundingShare.intervention_id == intervention_id))


def add_programme_lines(db: Session, scope: Scope, *, year: int, items: Sequence[Programmed]) -> list[BudgetLine]:
    """A line per paying stream for each of `items` that has no line in `year` yet, in that stream's budget of
    the year (a stream without a budget gets none: the budget page lists the intervention as without a line).
    Each line is audited as created."""
    if not items:
        return []
    ids = [item.intervention_id for item in items]
    budgeted = set(db.scalars(scoped(BudgetLine, scope, BudgetLine.intervention_id)
                              .join(Budget, Budget.id == BudgetLine.budget_id)
                              .where(Budget.year == year, BudgetLine.intervention_id.in_(ids))))
    budgets = {FundingStream(stream): budget_id for budget_id, stream in
               db.execute(scoped(Budget, scope, Budget.id, Budget.stream).where(Budget.year == year))}
    stored = stored_shares(db, ids)
    created = []
    for item in items:
        if item.intervention_id in budgeted:
            continue
        for stream, amount in split(item, shares_of(stored, item)):
            if stream not in budgets:
                continue
            created.append(audit.create_recorded(db, scope, BudgetLine, {
                "budget_id": budgets[stream], "kind": LineKind.intervention, "title": item.title[:300],
                "intervention_id": item.intervention_id, "planned_amount": amount, "cap": None,
                "notes": f"Aangemaakt toen de interventie in het uitvoeringsprogramma van {year} kwam.",
            }, entity_type="budget_line", fields=LINE_FIELDS))
    return created
