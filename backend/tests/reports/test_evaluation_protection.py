"""Suppression across an evaluation report's partitions (`app.reports.evaluation_protection`): what the total, or
one grouping minus another, would give away is hidden too."""

from app.reports.evaluation_protection import Cell, protect
from app.reports.suppression import SuppressionReason

TOO_FEW, PROTECTS = SuppressionReason.too_few, SuppressionReason.protects_another


def cells(*groups: tuple[set[str], int]) -> list[Cell]:
    return [Cell(frozenset(sessions), n) for sessions, n in groups]


def test_two_small_hidden_groups_that_together_are_too_few_take_a_third_with_them():
    sessions = cells(({"a"}, 2), ({"b"}, 2), ({"c"}, 6), ({"d"}, 9))
    assert protect([sessions], [[TOO_FEW, TOO_FEW, None, None]], 5, total=19) == [[TOO_FEW, TOO_FEW, PROTECTS, None]]
    # together at the minimum they may stay as they are
    enough = cells(({"a"}, 2), ({"b"}, 3), ({"c"}, 6))
    assert protect([enough], [[TOO_FEW, TOO_FEW, None]], 5, total=11) == [[TOO_FEW, TOO_FEW, None]]


def test_a_group_minus_the_shown_groups_of_another_partition_inside_it_is_never_a_few():
    sessions = cells(({"a"}, 9), ({"b"}, 3), ({"c"}, 8), ({"d"}, 7))
    trainers = cells(({"a", "b"}, 12), ({"c", "d"}, 15))
    first = [[None, TOO_FEW, PROTECTS, None], [None, None]]
    # trainer 1 minus session a is session b (3): trainer 1 goes; then trainer 1 is the total minus trainer 2, so
    # trainer 2 goes too
    assert protect([sessions, trainers], first, 5, total=27) == [[None, TOO_FEW, PROTECTS, None], [PROTECTS, PROTECTS]]


def test_nothing_changes_where_nothing_can_be_worked_out():
    sessions = cells(({"a"}, 6), ({"b"}, 7))
    trainers = cells(({"a", "b"}, 13),)
    reasons = [[None, None], [None]]
    assert protect([sessions, trainers], reasons, 5, total=13) == reasons
    assert protect([], [], 5, total=None) == []
