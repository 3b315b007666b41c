"""Evaluation reports as files: an intervention's (`evaluatie-<interventie>-<jaar>.xlsx|csv`) and a year's
comparison (`evaluaties-<jaar>.xlsx|csv`), with the figures and the suppression of the API.

One row per group (the intervention, its sessions, trainers and locations; or the year's interventions, trainers
and locations, highest rated first) with the number invited and of evaluations, and per aspect n, mean and sd on
its scale (named in the header). A suppressed figure's cells are empty and the column "Niet getoond" says why, in
Dutch. XLSX: numbers are numbers (means and sd with two decimals), every text a string cell
(`app.core.spreadsheet`); the intervention's open answers on their own sheet "Open antwoorden". CSV (figures
only): `;`, UTF-8 with a BOM, CRLF and a decimal comma, as Dutch Excel opens it."""

import csv
import io
import re
import unicodedata
import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlmodel import Session

from app.core import spreadsheet
from app.core.scope import Scope
from app.core.vocabulary import EvaluationAspect
from app.reports import evaluations
from app.reports.schemas import AspectFigure, EvaluationGroup, EvaluationGroupKind
from app.reports.suppression import SuppressionReason

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
ASPECT_NL = {EvaluationAspect.trainer: "Trainer", EvaluationAspect.content: "Inhoud",
             EvaluationAspect.added_value: "Toegevoegde waarde", EvaluationAspect.location: "Locatie",
             EvaluationAspect.overall: "Rapportcijfer"}
KIND_NL = {EvaluationGroupKind.intervention: "Interventie", EvaluationGroupKind.session: "Bijeenkomst",
           EvaluationGroupKind.trainer: "Trainer", EvaluationGroupKind.location: "Locatie"}
TOTAL_NL = "Totaal"
_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
_DECIMALS = "0.00"


def reason_nl(reason: SuppressionReason, minimum: int, what: str = "evaluaties") -> str:
    if reason is SuppressionReason.too_few:
        return f"Minder dan {minimum} {what}"
    return "Verborgen zodat een kleine groep niet is terug te rekenen"


def _scale(figure: AspectFigure) -> str:
    return f"{figure.scale_min:g}-{figure.scale_max:g}"


def header(groups: Sequence[EvaluationGroup], *, ranked: bool) -> list[str]:
    aspects = groups[0].aspects if groups else []
    columns = ["Plaats"] if ranked else []
    columns += ["Soort", "Naam", "Datum", "Uitgenodigd", "Evaluaties"]
    for figure in aspects:
        name = f"{ASPECT_NL[figure.aspect]} ({_scale(figure)})"
        columns += [f"{name} n", f"{name} gemiddelde", f"{name} sd"]
    return [*columns, "Niet getoond"]


def _why(group: EvaluationGroup, minimum: int) -> str:
    if group.suppressed is not None:
        return reason_nl(group.suppressed, minimum)
    hidden = [f"{ASPECT_NL[a.aspect]}: {reason_nl(a.suppressed, minimum, 'beoordelingen').lower()}"
              for a in group.aspects if a.suppressed is not None]
    return "; ".join(hidden)


def row(group: EvaluationGroup, minimum: int, *, kind: str | None = None, ranked: bool = False,
        rank: int | None = None) -> list[Any]:
    values: list[Any] = [rank] if ranked else []
    values += [kind or KIND_NL[group.kind], group.label, group.day, group.invited, group.responses]
    for figure in group.aspects:
        values += [figure.n, figure.mean, figure.sd]
    return [*values, _why(group, minimum)]


def _sheet(sheet: Worksheet, columns: list[str], rows: list[list[Any]]) -> None:
    for c, name in enumerate(columns, start=1):
        cell = spreadsheet.write(sheet, 1, c, name)
        cell.font, cell.fill = _BOLD, _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            cell = spreadsheet.write(sheet, r, c, value)
            if isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(value, float):
                cell.number_format = _DECIMALS
    sheet.freeze_panes = "A2"
    for c, name in enumerate(columns, start=1):
        width = 40 if name in ("Naam", "Niet getoond", "Antwoord") else 14
        sheet.column_dimensions[get_column_letter(c)].width = width


def _workbook(sheets: list[tuple[str, list[str], list[list[Any]]]]) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, columns, rows in sheets:
        _sheet(workbook.create_sheet(title), columns, rows)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _csv(columns: list[str], rows: list[list[Any]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(spreadsheet.csv_row(columns))
    for values in rows:
        writer.writerow([_csv_value(value) for value in spreadsheet.csv_row(values)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def slug(title: str) -> str:
    """The title in lowercase ASCII letters, digits and dashes (every browser keeps it as a file name)."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:60].strip("-") or "interventie"


def export_report(db: Session, scope: Scope, intervention_id: uuid.UUID, *, year: int | None,
                  file_format: str) -> tuple[bytes, str, str]:
    """(content, media type, file name) of the intervention's evaluation report."""
    report = evaluations.evaluation_report(db, scope, intervention_id, year=year)
    minimum = report.minimum_group_size
    groups = [report.total, *report.sessions, *report.trainers, *report.locations]
    columns = header(groups, ranked=False)
    rows = [row(report.total, minimum, kind=TOTAL_NL)] + [row(g, minimum) for g in groups[1:]]
    name = f"evaluatie-{slug(report.title)}-{report.year}"
    if file_format == "csv":
        return _csv(columns, rows), CSV_MEDIA_TYPE, f"{name}.csv"
    if report.open_answers_suppressed is not None:
        answers = [[f"Niet getoond: {reason_nl(report.open_answers_suppressed, minimum).lower()}"]]
    else:
        answers = [[text] for text in report.open_answers]
    return (_workbook([("Evaluatie", columns, rows), ("Open antwoorden", ["Antwoord"], answers)]),
            XLSX_MEDIA_TYPE, f"{name}.xlsx")


def export_year(db: Session, scope: Scope, *, year: int | None, file_format: str) -> tuple[bytes, str, str]:
    """(content, media type, file name) of the year's comparison: interventions, trainers and locations ranked."""
    overview = evaluations.year_evaluations(db, scope, year=year)
    minimum = overview.minimum_group_size
    parts = [("Interventies", overview.interventions), ("Trainers", overview.trainers),
             ("Locaties", overview.locations)]
    every = [g for _, groups in parts for g in groups]
    columns = header(every, ranked=True)
    ranked_rows = [(title, [row(g, minimum, ranked=True, rank=i if g.suppressed is None
                                and evaluations.rating(g) is not None else None)
                            for i, g in enumerate(groups, start=1)]) for title, groups in parts]
    name = f"evaluaties-{overview.year}"
    if file_format == "csv":
        return _csv(columns, [r for _, rows in ranked_rows for r in rows]), CSV_MEDIA_TYPE, f"{name}.csv"
    return _workbook([(title, columns, rows) for title, rows in ranked_rows]), XLSX_MEDIA_TYPE, f"{name}.xlsx"
