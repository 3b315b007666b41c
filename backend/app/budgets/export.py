"""The year's budget (begroting) as an XLSX workbook: a summary sheet and a sheet per stream with its
lines, formatted to print (landscape, fit to width, repeated header row)."""

from decimal import Decimal
from io import BytesIO
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import case
from sqlmodel import Session

from app.budgets.models import Budget, BudgetLine
from app.budgets.schemas import BudgetLineRead, BudgetSummary, BudgetWarning
from app.budgets.service import line_read, lines_statement
from app.budgets.summary import budget_summary
from app.core.scope import Scope
from app.core.spreadsheet import set_cell, write
from app.core.vocabulary import FundingStream

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
STREAM_NAMES = {FundingStream.strategic: "Strategisch", FundingStream.functional: "Functioneel",
                FundingStream.personal: "Persoonlijk"}
# In the order a begroting lists them.
KIND_NAMES = {"intervention": "Interventie", "ring_fenced": "Geoormerkt", "placeholder": "Stelpost",
              "contingency": "Onvoorzien", "other": "Overig"}
# The summary's warnings in Dutch (the API's `detail` is English, for API clients), as the SPA words them.
WARNINGS_NL = {
    "over_planned": "{stream}: er is meer gepland dan het budget.",
    "over_committed": "{stream}: er is meer verplicht en besteed dan het budget.",
    "cap_exceeded": "{stream}: de geoormerkte regel '{line}' komt boven het plafond.",
    "line_overrun": "{stream}: op '{line}' is meer verplicht en besteed dan gepland.",
    "missing_budget": "{stream}: er is nog geen budget voor dit jaar.",
    "missing_payroll": "De loonsom van dit jaar is nog niet ingevoerd.",
    "missing_teams": "Er zijn nog geen teams met fte voor dit jaar: de verdeling over teams ontbreekt.",
    "below_target": "Het opleidingsbudget blijft onder het doel als percentage van de loonsom.",
    "below_path": "Het opleidingsbudget blijft onder het pad naar het doel als percentage van de loonsom.",
}
MONEY_FORMAT = '#,##0.00'
_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
_TOP_LINE = Border(top=Side(style="thin"))


def _print_setup(sheet: Worksheet, title: str, widths: list[int]) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "3:3"
    sheet.oddHeader.center.text = title
    sheet.oddFooter.right.text = "Pagina &P van &N"
    sheet.freeze_panes = "A4"
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width


def _header(sheet: Worksheet, title: str, columns: list[str]) -> None:
    set_cell(sheet["A1"], title)
    sheet["A1"].font = Font(bold=True, size=14)
    for i, name in enumerate(columns, start=1):
        cell = write(sheet, 3, i, name)
        cell.font, cell.fill = _BOLD, _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def _money(sheet: Worksheet, row: int, column: int, value: Decimal | None, bold: bool = False) -> None:
    cell = write(sheet, row, column, value)
    cell.number_format = MONEY_FORMAT
    if bold:
        cell.font, cell.border = _BOLD, _TOP_LINE


LINE_COLUMNS = ["Soort", "Omschrijving", "Interventie", "Gepland", "Verplicht", "Besteed", "Resterend", "Plafond",
                "Toelichting"]


def _stream_sheet(sheet: Worksheet, year: int, stream: FundingStream, lines: list[BudgetLineRead],
                  budget: Decimal) -> None:
    title = f"Begroting {year} - {STREAM_NAMES[stream]} budget"
    _header(sheet, title, LINE_COLUMNS)
    set_cell(sheet["A2"], "Budget")
    _money(sheet, 2, 2, budget)
    row = 4
    for line in lines:
        write(sheet, row, 1, KIND_NAMES[line.kind])
        write(sheet, row, 2, line.title).alignment = Alignment(wrap_text=True, vertical="top")
        write(sheet, row, 3, line.intervention_title or "")
        _money(sheet, row, 4, line.planned_amount)
        _money(sheet, row, 5, line.committed)
        _money(sheet, row, 6, line.spent)
        _money(sheet, row, 7, line.planned_amount - line.committed - line.spent)
        _money(sheet, row, 8, line.cap)
        write(sheet, row, 9, line.notes).alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    write(sheet, row, 1, "Totaal").font = _BOLD
    planned = sum((line.planned_amount for line in lines), Decimal("0.00"))
    committed = sum((line.committed for line in lines), Decimal("0.00"))
    spent = sum((line.spent for line in lines), Decimal("0.00"))
    for column, value in ((4, planned), (5, committed), (6, spent), (7, planned - committed - spent)):
        _money(sheet, row, column, value, bold=True)
    _print_setup(sheet, title, [14, 44, 30, 14, 14, 14, 14, 14, 40])


SUMMARY_COLUMNS = ["Stroom", "Budget", "Gepland", "Verplicht", "Besteed", "Resterend", "Niet gepland"]


def warning_nl(warning: BudgetWarning, titles: dict[Any, str]) -> str:
    """A warning of the summary in Dutch; one without a Dutch text (a new code) keeps its English detail."""
    text = WARNINGS_NL.get(warning.code)
    if text is None:
        return warning.detail
    return text.format(stream=STREAM_NAMES[warning.stream] if warning.stream else "",
                       line=titles.get(warning.line_id, ""))


def _summary_sheet(sheet: Worksheet, summary: BudgetSummary, titles: dict[Any, str]) -> None:
    title = f"Begroting {summary.year} - overzicht"
    _header(sheet, title, SUMMARY_COLUMNS)
    row = 4
    for figures in [*summary.streams, summary.total]:
        is_total = figures.stream is None
        cell = write(sheet, row, 1, STREAM_NAMES[figures.stream] if figures.stream else "Totaal")
        if is_total:
            cell.font = _BOLD
        for column, value in enumerate((figures.budget, figures.planned, figures.committed, figures.spent,
                                        figures.remaining, figures.unplanned), start=2):
            _money(sheet, row, column, value, bold=is_total)
        row += 1
    row += 1
    facts: list[tuple[str, Any]] = [
        ("Loonsom", summary.payroll.amount),
        ("Opleidingsbudget als % van de loonsom", summary.payroll.training_budget_percent),
        ("Doel (% van de loonsom)", summary.payroll.target_percent),
        ("Totaal fte", summary.learning_days.total_fte),
        ("Leerdagen per fte (norm)", summary.learning_days.norm_per_fte),
        ("Beschikbare leerdagen", summary.learning_days.available_days),
    ]
    for label, value in facts:
        write(sheet, row, 1, label)
        _money(sheet, row, 2, value)
        row += 1
    if summary.allocation:
        row += 1
        for column, name in enumerate(("Team", "Fte", "Functioneel", "Persoonlijk", "Totaal"), start=1):
            cell = write(sheet, row, column, name)
            cell.font, cell.fill = _BOLD, _HEADER_FILL
        row += 1
        for team in summary.allocation:
            write(sheet, row, 1, team.name)
            for column, value in enumerate((team.fte, team.functional, team.personal, team.total), start=2):
                _money(sheet, row, column, value)
            row += 1
    if summary.warnings:
        row += 1
        write(sheet, row, 1, "Waarschuwingen").font = _BOLD
        for warning in summary.warnings:
            row += 1
            write(sheet, row, 1, warning_nl(warning, titles))
    _print_setup(sheet, title, [40, 16, 16, 16, 16, 16, 16])


def budget_workbook(db: Session, scope: Scope, *, year: int) -> bytes:
    summary = budget_summary(db, scope, year=year)
    kind_order = case({kind: i for i, kind in enumerate(KIND_NAMES)}, value=BudgetLine.kind, else_=len(KIND_NAMES))
    rows = db.execute(lines_statement(scope).where(Budget.year == year)
                      .order_by(Budget.stream, kind_order, BudgetLine.title, BudgetLine.id)).all()
    lines = [line_read(row) for row in rows]
    workbook = Workbook()
    _summary_sheet(workbook.active, summary, {line.id: line.title for line in lines})
    workbook.active.title = "Overzicht"
    for figures in summary.streams:
        assert figures.stream is not None
        sheet = workbook.create_sheet(STREAM_NAMES[figures.stream])
        _stream_sheet(sheet, year, figures.stream, [line for line in lines if line.stream == figures.stream],
                      figures.budget)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
