"""Cells that every CSV and XLSX writer of Leerkoers uses, so no user text runs as a formula (OWASP "CSV
injection"): a text beginning with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, and
in a workbook every text is a string cell, never a formula. Numbers, amounts and dates stay what they are.

Importing reverses it: `unquote` drops the `'` that `cell_value` added, so an export imports back as it was.
"""

from collections.abc import Iterable
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell_value(value: Any) -> Any:
    """The value to write: a text that a spreadsheet would read as a formula is quoted; anything else as is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def unquote(text: str) -> str:
    """A text as it was before `cell_value` quoted it."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def set_cell(cell: Cell, value: Any) -> Cell:
    """Write `value` into an XLSX cell: a text is always a string cell (openpyxl reads `=...` as a formula)."""
    cell.value = cell_value(value)
    if isinstance(cell.value, str):
        cell.data_type = "s"
    return cell


def write(sheet: Worksheet, row: int, column: int, value: Any) -> Cell:
    return set_cell(sheet.cell(row=row, column=column), value)


def append(sheet: Worksheet, values: Iterable[Any]) -> None:
    """`sheet.append`, with the values of `cell_value` and every text a string cell."""
    sheet.append(csv_row(values))
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def csv_row(values: Iterable[Any]) -> list[Any]:
    return [cell_value(value) for value in values]
