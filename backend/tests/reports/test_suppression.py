"""Suppression: below the minimum a group is withheld, and a lone withheld group takes the smallest shown one of
its partition with it, so the total minus the others does not give it away."""

from app.reports.suppression import SuppressionReason, reasons, shown

TOO_FEW, PROTECTS = SuppressionReason.too_few, SuppressionReason.protects_another


def test_the_minimum_itself_is_shown():
    assert not shown(4, 5)
    assert shown(5, 5)


def test_a_lone_small_group_takes_the_smallest_shown_one_with_it():
    assert reasons([12, 4, 7, 9], lambda n: n, 5) == [None, TOO_FEW, PROTECTS, None]


def test_at_the_minimum_nothing_is_withheld():
    assert reasons([12, 5, 7], lambda n: n, 5) == [None, None, None]


def test_two_small_groups_protect_each_other():
    assert reasons([12, 4, 3, 9], lambda n: n, 5) == [None, TOO_FEW, TOO_FEW, None]


def test_without_a_total_one_small_group_is_enough():
    assert reasons([12, 4, 9], lambda n: n, 5, with_total=False) == [None, TOO_FEW, None]


def test_ties_take_the_first_smallest():
    assert reasons([6, 6, 2], lambda n: n, 5) == [PROTECTS, None, TOO_FEW]
