"""The schedule's day rules, without HTTP: weekends, Dutch public holidays (from the `holidays` library, with
their Dutch names), closing days, week offsets and months."""

import uuid
from datetime import date
from decimal import Decimal

import pytest

from app.cohorts.schedule import next_working_day, planned_on, public_holiday, times_for
from app.cohorts.service import add_months
from app.programmes.schedule_view import SchedulePlacement


def _open(_day: date) -> None:
    return None


def _reasons(moves):
    return [(m.reason, m.name) for m in moves]


def test_a_working_day_stays():
    assert next_working_day(date(2026, 9, 1), _open) == (date(2026, 9, 1), [])


def test_a_weekend_moves_to_monday_once_said():
    day, moves = next_working_day(date(2026, 9, 5), _open)  # a Saturday
    assert day == date(2026, 9, 7) and _reasons(moves) == [("weekend", "")]
    assert moves[0].day == date(2026, 9, 6)  # the weekend as one move, ending on its last day


@pytest.mark.parametrize(("day", "name"), [
    (date(2026, 4, 27), "Koningsdag"),  # a Monday
    (date(2025, 4, 26), "Koningsdag"),  # 27 April 2025 is a Sunday: Koningsdag is on the Saturday
    (date(2014, 4, 26), "Koningsdag"),
    (date(2026, 5, 14), "Hemelvaartsdag"),
    (date(2026, 5, 25), "Tweede pinksterdag"),
    (date(2026, 12, 25), "Eerste kerstdag"),
    (date(2027, 1, 1), "Nieuwjaarsdag"),
])
def test_dutch_public_holidays_have_their_dutch_names(day, name):
    assert public_holiday(day) == name


def test_koningsdag_on_a_sunday_is_the_saturday_before():
    assert public_holiday(date(2025, 4, 27)) is None
    assert public_holiday(date(2014, 4, 27)) is None


def test_koningsdag_moves_to_the_next_day():
    day, moves = next_working_day(date(2026, 4, 27), _open)
    assert day == date(2026, 4, 28) and _reasons(moves) == [("public_holiday", "Koningsdag")]


def test_hemelvaartsdag_moves_to_the_friday():
    day, moves = next_working_day(date(2026, 5, 14), _open)  # a Thursday
    assert day == date(2026, 5, 15) and _reasons(moves) == [("public_holiday", "Hemelvaartsdag")]


def test_pinksteren_weekend_and_monday_move_to_tuesday():
    day, moves = next_working_day(date(2026, 5, 23), _open)  # Saturday before Pinksteren
    assert day == date(2026, 5, 26)
    assert _reasons(moves) == [("weekend", ""), ("public_holiday", "Eerste pinksterdag"),
                               ("public_holiday", "Tweede pinksterdag")]


def test_closing_days_are_skipped_with_their_label():
    closed = {date(2026, 12, 28): "Kerstsluiting", date(2026, 12, 29): "Kerstsluiting"}
    day, moves = next_working_day(date(2026, 12, 28), closed.get)
    assert day == date(2026, 12, 30)
    assert _reasons(moves) == [("closing_day", "Kerstsluiting"), ("closing_day", "Kerstsluiting")]


def test_a_phase_that_starts_in_the_christmas_week_runs_into_the_new_year():
    closed = {date(2026, 12, d): "Kerstsluiting" for d in (28, 29, 30, 31)}
    day, moves = next_working_day(date(2026, 12, 25), closed.get)  # Friday, Eerste kerstdag
    assert day == date(2027, 1, 4)
    assert _reasons(moves) == [("public_holiday", "Eerste kerstdag"), ("public_holiday", "Tweede kerstdag"),
                               ("weekend", ""), *[("closing_day", "Kerstsluiting")] * 4,
                               ("public_holiday", "Nieuwjaarsdag"), ("weekend", "")]


def _placement(month: int, week: int, hours: Decimal | None = None) -> SchedulePlacement:
    return SchedulePlacement(uuid.uuid4(), uuid.uuid4(), "Fase", 0, month, uuid.uuid4(), "Ik", "self", week, hours,
                             uuid.uuid4(), "Training", "")


@pytest.mark.parametrize(("month", "week", "expected"), [
    (1, 0, date(2026, 9, 1)),
    (1, 2, date(2026, 9, 15)),
    (7, 0, date(2027, 3, 1)),
    (7, 8, date(2027, 4, 26)),
    (13, 4, date(2027, 9, 29)),
])
def test_planned_on_is_start_plus_months_plus_weeks(month, week, expected):
    assert planned_on(date(2026, 9, 1), _placement(month, week)) == expected


def test_months_keep_the_day_or_end_of_month():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert add_months(date(2026, 9, 1), 18) == date(2028, 3, 1)


def test_times_come_from_the_hours_or_the_default():
    assert [t.strftime("%H:%M") for t in times_for(None)] == ["09:00", "12:00"]
    assert [t.strftime("%H:%M") for t in times_for(Decimal("1.5"))] == ["09:00", "10:30"]
    assert [t.strftime("%H:%M") for t in times_for(Decimal("8"))] == ["09:00", "17:00"]
