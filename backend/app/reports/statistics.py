"""The statistics of the reports, from the sums the database returns (decision 0017).

SQL aggregates the answers into, per group, the count, the sum and the sum of squares (`Sums`); everything here
works on those three numbers, never on answer rows. The t distribution comes from SciPy (`scipy.special`): its
survival function for p-values and its inverse for the 95 % intervals.

- `describe`: n, mean and sample standard deviation.
- `paired`: a paired comparison from the sums of the differences (after - before) of the pairs: the mean
  difference, Cohen's d_z (mean difference / sd of the differences), the paired t-test and its 95 % interval.
- `welch`: an unpaired comparison of two independent groups: Welch's t-test (unequal variances, Welch-Satterthwaite
  degrees of freedom), Hedges' g (Cohen's d on the pooled sd, times the small-sample correction
  J = 1 - 3 / (4 (n1 + n2) - 9)) and the 95 % interval of the difference of the means.
- `magnitude`: Cohen's reading of an effect size: below 0.2 negligible, 0.2 small, 0.5 medium, 0.8 large.

A group of one has no standard deviation, and a comparison without variation has no effect size or p-value: those
figures are `None`, never a division by zero."""

import math
from dataclasses import dataclass
from enum import StrEnum

from scipy import special

CONFIDENCE = 0.95


@dataclass(frozen=True)
class Sums:
    """What SQL returns for a group: the count of values, their sum and the sum of their squares."""

    n: int
    total: float
    squares: float

    def __add__(self, other: "Sums") -> "Sums":
        return Sums(self.n + other.n, self.total + other.total, self.squares + other.squares)


@dataclass(frozen=True)
class Description:
    n: int
    mean: float | None
    sd: float | None


class Magnitude(StrEnum):
    negligible = "negligible"  # verwaarloosbaar
    small = "small"  # klein
    medium = "medium"  # middelgroot
    large = "large"  # groot


class EffectSizeKind(StrEnum):
    d_z = "d_z"  # Cohen's d_z: paired
    hedges_g = "hedges_g"  # Hedges' g: unpaired


@dataclass(frozen=True)
class Comparison:
    n: int  # the pairs (paired) or both groups together (unpaired)
    mean_difference: float | None
    effect_size: float | None
    effect_size_kind: EffectSizeKind
    ci_low: float | None
    ci_high: float | None
    t: float | None
    df: float | None
    p: float | None

    @property
    def magnitude(self) -> Magnitude | None:
        return magnitude(self.effect_size)


def _variance(sums: Sums) -> float | None:
    if sums.n < 2:
        return None
    # the sum of squared deviations; rounding can leave a tiny negative for identical values
    return max(sums.squares - sums.total * sums.total / sums.n, 0.0) / (sums.n - 1)


def describe(sums: Sums) -> Description:
    if sums.n == 0:
        return Description(0, None, None)
    variance = _variance(sums)
    return Description(sums.n, sums.total / sums.n, None if variance is None else math.sqrt(variance))


def _two_sided_p(t: float, df: float) -> float:
    return float(2 * special.stdtr(df, -abs(t)))


def _critical_t(df: float) -> float:
    return float(special.stdtrit(df, 1 - (1 - CONFIDENCE) / 2))


def paired(differences: Sums) -> Comparison:
    """The paired comparison from the sums of the pairs' differences (after - before)."""
    n = differences.n
    mean = differences.total / n if n else None
    variance = _variance(differences)
    if mean is None or variance is None:
        return Comparison(n, mean, None, EffectSizeKind.d_z, None, None, None, None, None)
    sd = math.sqrt(variance)
    df = n - 1
    if sd == 0:  # every pair moved by the same amount: no spread to judge it by
        return Comparison(n, mean, None, EffectSizeKind.d_z, mean, mean, None, df, None)
    se = sd / math.sqrt(n)
    t = mean / se
    margin = _critical_t(df) * se
    return Comparison(n, mean, mean / sd, EffectSizeKind.d_z, mean - margin, mean + margin, t, df,
                      _two_sided_p(t, df))


def welch(before: Sums, after: Sums) -> Comparison:
    """The unpaired comparison of two independent groups (after - before)."""
    n1, n2 = before.n, after.n
    v1, v2 = _variance(before), _variance(after)
    mean = after.total / n2 - before.total / n1 if n1 and n2 else None
    if mean is None or v1 is None or v2 is None:
        return Comparison(n1 + n2, mean, None, EffectSizeKind.hedges_g, None, None, None, None, None)
    pooled = math.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2))
    g = mean / pooled * (1 - 3 / (4 * (n1 + n2) - 9)) if pooled else None
    se_squared = v1 / n1 + v2 / n2
    if se_squared == 0:
        return Comparison(n1 + n2, mean, g, EffectSizeKind.hedges_g, mean, mean, None, None, None)
    se = math.sqrt(se_squared)
    df = se_squared ** 2 / ((v1 / n1) ** 2 / (n1 - 1) + (v2 / n2) ** 2 / (n2 - 1))
    t = mean / se
    margin = _critical_t(df) * se
    return Comparison(n1 + n2, mean, g, EffectSizeKind.hedges_g, mean - margin, mean + margin, t, df,
                      _two_sided_p(t, df))


def magnitude(effect_size: float | None) -> Magnitude | None:
    if effect_size is None:
        return None
    size = abs(effect_size)
    if size < 0.2:
        return Magnitude.negligible
    if size < 0.5:
        return Magnitude.small
    if size < 0.8:
        return Magnitude.medium
    return Magnitude.large
