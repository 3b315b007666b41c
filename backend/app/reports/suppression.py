"""Small groups are never shown (DESIGN §2.7): a figure about fewer respondents than the organisation's minimum
report group size (default 5) is suppressed, with its reason, in every output (API, UI and files).

Two rules keep a suppressed figure from being worked out from the others (decision 0017):
- **Below the minimum** (`too_few`): the group's n, mean, sd and comparisons are withheld.
- **Complementary** (`protects_another`): where the groups of a partition are shown beside their total (an
  intervention's sessions, trainers or locations beside the intervention), one suppressed group could be worked
  out as the total minus the others; so when exactly one group of a partition is suppressed, the smallest shown
  group is suppressed too.
The effect report needs the second rule nowhere else: a suppressed question is left out of every aggregate above
it (dimension, level, competency, lever), so no aggregate carries it."""

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import TypeVar


class SuppressionReason(StrEnum):
    too_few = "too_few"  # minder respondenten dan de minimale groepsgrootte
    protects_another = "protects_another"  # verborgen zodat een kleine groep niet is terug te rekenen


T = TypeVar("T")


def shown(n: int, minimum: int) -> bool:
    """Whether a group of `n` respondents may be shown."""
    return n >= minimum


def reasons(groups: Sequence[T], n_of: Callable[[T], int], minimum: int, *,
            with_total: bool = True) -> list[SuppressionReason | None]:
    """Per group of one partition, why it is suppressed (None: shown). With `with_total` (the partition's total is
    shown too) a lone suppressed group takes the smallest shown group with it."""
    result: list[SuppressionReason | None] = [
        None if shown(n_of(group), minimum) else SuppressionReason.too_few for group in groups]
    suppressed = [index for index, reason in enumerate(result) if reason]
    visible = [index for index, reason in enumerate(result) if reason is None]
    if with_total and len(suppressed) == 1 and visible:
        smallest = min(visible, key=lambda index: (n_of(groups[index]), index))
        result[smallest] = SuppressionReason.protects_another
    return result
