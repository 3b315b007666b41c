"""The report statistics from sums, against SciPy and NumPy on the raw values they summarise."""

import math

import numpy as np
import pytest
from scipy import stats

from app.reports.statistics import EffectSizeKind, Magnitude, Sums, describe, magnitude, paired, welch


def sums(values) -> Sums:
    array = np.asarray(values, dtype=float)
    return Sums(int(array.size), float(array.sum()), float((array * array).sum()))


@pytest.mark.parametrize("seed", range(5))
def test_description_matches_numpy(seed):
    values = np.random.default_rng(seed).integers(1, 6, size=40)
    description = describe(sums(values))
    assert description.n == 40
    assert description.mean == pytest.approx(values.mean())
    assert description.sd == pytest.approx(values.std(ddof=1))


def test_one_value_has_no_spread_and_none_has_no_mean():
    assert describe(sums([4])).sd is None
    assert describe(Sums(0, 0, 0)).mean is None


@pytest.mark.parametrize("seed", range(5))
def test_paired_matches_scipy(seed):
    rng = np.random.default_rng(seed)
    before = rng.integers(1, 6, size=30).astype(float)
    after = np.clip(before + rng.integers(-1, 3, size=30), 1, 5)
    difference = after - before
    result = paired(sums(difference))
    reference = stats.ttest_rel(after, before)
    assert result.effect_size_kind is EffectSizeKind.d_z
    assert result.n == 30
    assert result.mean_difference == pytest.approx(difference.mean())
    assert result.effect_size == pytest.approx(difference.mean() / difference.std(ddof=1))
    assert result.t == pytest.approx(reference.statistic)
    assert result.p == pytest.approx(reference.pvalue)
    assert result.df == reference.df
    low, high = reference.confidence_interval(0.95)
    assert (result.ci_low, result.ci_high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize("seed", range(5))
def test_welch_and_hedges_match_scipy(seed):
    rng = np.random.default_rng(seed)
    before = rng.normal(3.0, 0.8, size=25)
    after = rng.normal(3.6, 1.1, size=18)
    result = welch(sums(before), sums(after))
    reference = stats.ttest_ind(after, before, equal_var=False)
    assert result.effect_size_kind is EffectSizeKind.hedges_g
    assert result.n == 43
    assert result.mean_difference == pytest.approx(after.mean() - before.mean())
    assert result.t == pytest.approx(reference.statistic)
    assert result.p == pytest.approx(reference.pvalue)
    assert result.df == pytest.approx(reference.df)
    low, high = reference.confidence_interval(0.95)
    assert (result.ci_low, result.ci_high) == (pytest.approx(low), pytest.approx(high))
    n1, n2 = before.size, after.size
    pooled = math.sqrt(((n1 - 1) * before.var(ddof=1) + (n2 - 1) * after.var(ddof=1)) / (n1 + n2 - 2))
    hedges = (after.mean() - before.mean()) / pooled * (1 - 3 / (4 * (n1 + n2) - 9))
    assert result.effect_size == pytest.approx(hedges)


def test_no_variation_gives_no_effect_size_or_p_value():
    same = paired(sums([1.0] * 8))
    assert (same.mean_difference, same.effect_size, same.p, same.ci_low, same.ci_high) == (1.0, None, None, 1.0, 1.0)
    assert welch(sums([3, 3, 3]), sums([4, 4, 4])).p is None
    assert paired(sums([2.0])).effect_size is None  # one pair: no spread
    assert welch(sums([3]), sums([4, 5])).t is None


@pytest.mark.parametrize(("size", "expected"), [
    (None, None), (0.0, Magnitude.negligible), (-0.19, Magnitude.negligible), (0.2, Magnitude.small),
    (-0.49, Magnitude.small), (0.5, Magnitude.medium), (0.79, Magnitude.medium), (-0.8, Magnitude.large),
    (2.4, Magnitude.large)])
def test_cohens_reading(size, expected):
    assert magnitude(size) is expected
