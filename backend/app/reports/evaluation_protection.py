"""Suppression across the partitions of an evaluation report (decision 0017, `app.reports.suppression`).

An evaluation report shows the same respondents grouped several ways side by side: the total, per session, per
trainer, per location (the year: per intervention, trainer and location, whose sums imply the year's total).
`suppression.reasons` protects each partition against its total: a lone suppressed group takes the smallest
shown one with it. Two more ways to work out a hidden group are closed here, repeating until nothing changes:

- **The total minus a partition's shown groups** must be nothing or at least the minimum: while the hidden groups
  of a partition together hold fewer respondents than the minimum, the smallest shown group is hidden too.
- **A group minus the groups of another partition inside it**: a trainer whose sessions are one shown session and
  one hidden one would give the hidden one away as the trainer minus the shown session; so a shown group whose
  respondents outside the shown groups of another partition (that lie wholly within it) number more than none and
  fewer than the minimum is hidden itself (`protects_another`). A partition's lone hidden group counts as shown
  here (it is the total minus the others): when it would give one away, the smallest shown group beside it is
  hidden too.

The same runs per aspect on the respondents who rated it, with the groups hidden above forced hidden. It is a
guard against the differences a reader can take, not a proof against every combination of them."""

from collections.abc import Sequence
from dataclasses import dataclass

from app.reports.suppression import SuppressionReason

Reasons = list[list[SuppressionReason | None]]


@dataclass(frozen=True)
class Cell:
    """A group of a partition: its sessions and how many respondents it holds."""

    sessions: frozenset[object]
    n: int


def protect(partitions: Sequence[Sequence[Cell]], reasons: Reasons, minimum: int, *, total: int | None) -> Reasons:
    """`reasons` (per partition, per group; None: shown) with the hiding above added. `total`: the respondents of
    the total shown beside the partitions, or None when no total is shown or implied."""
    result = [list(row) for row in reasons]

    def hide(p: int, g: int) -> None:
        result[p][g] = SuppressionReason.protects_another

    changed = True
    while changed:
        changed = False
        for p, cells in enumerate(partitions):
            shown = [g for g in range(len(cells)) if result[p][g] is None]
            if total is not None and shown and 0 < total - sum(cells[g].n for g in shown) < minimum:
                hide(p, min(shown, key=lambda g: (cells[g].n, g)))
                changed = True
        for p, cells in enumerate(partitions):
            hidden = [g for g in range(len(cells)) if result[p][g] is not None]
            # a partition's lone hidden group is the total minus the others: as good as shown
            known = [g for g in range(len(cells)) if result[p][g] is None
                     or (total is not None and hidden == [g])]
            for g in known:
                if _gives_away(partitions, result, p, cells[g], minimum):
                    if result[p][g] is None:
                        hide(p, g)
                    else:  # the lone hidden one: hide another beside it, so it is no longer the difference
                        shown = [k for k in range(len(cells)) if result[p][k] is None]
                        if not shown:
                            continue
                        hide(p, min(shown, key=lambda k: (cells[k].n, k)))
                    changed = True
                    break
    return result


def _gives_away(partitions: Sequence[Sequence[Cell]], result: Reasons, p: int, cell: Cell, minimum: int) -> bool:
    """Whether the cell minus the shown groups of another partition inside it leaves a few, but not none."""
    for q, others in enumerate(partitions):
        if q == p:
            continue
        inside = sum(o.n for k, o in enumerate(others) if result[q][k] is None and o.sessions <= cell.sessions)
        if 0 < cell.n - inside < minimum:
            return True
    return False
