"""How a Dutch reader writes a date: month names, and a date written out ("1 mei 2014") where the date is the point
of the sentence. Reading dates from files is `core.cells.read_date`."""

from datetime import date

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")


def long_date(value: date) -> str:
    """`1 mei 2014`."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
