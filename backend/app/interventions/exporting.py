"""The execution programme (uitvoeringsprogramma) of a year as XLSX or CSV, in Dutch throughout: the plan's table
columns, where each intervention sits in the plan (development and goal), when and how often it runs, its learning
time and cost. The workbook opens on a summary sheet (Overzicht: count, learning hours and cost per category,
funding stream and development, totals as formulas), then a sheet per category, ready to print."""

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from app.budgets import years
from app.core import spreadsheet
from app.core.dutch import long_date
from app.core.scope import Scope
from app.core.vocabulary import Category, FundingStream, LearningForm
from app.interventions import listing, service
from app.interventions.importing import SUMMARY_SHEETS
from app.interventions.models import Intervention, InterventionStatus
from app.organisations import service as organisations
from app.plans import service as plans

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
SUMMARY_SHEET = SUMMARY_SHEETS[0]

SHEET_NAMES = {
    Category.strategic_development: "Organisatieontwikkeling",
    Category.strategic_theme: "Strategische thema's",
    Category.basic_skill: "Basisvaardigheden",
    Category.management_development: "Management development",
    Category.functional: "Functioneel",
}
STATUS_NL = {InterventionStatus.new: "Nieuw", InterventionStatus.existing: "Bestaand",
             InterventionStatus.partly_existing: "Deels bestaand"}
STREAM_NL = {FundingStream.strategic: "Strategisch", FundingStream.functional: "Functioneel",
             FundingStream.personal: "Persoonlijk"}
FORM_NL = {
    LearningForm.training: "Training", LearningForm.workshop: "Workshop", LearningForm.e_learning: "E-learning",
    LearningForm.coaching: "Coaching", LearningForm.e_coaching: "E-coaching", LearningForm.intervision: "Intervisie",
    LearningForm.buddy_talk: "Buddygesprek", LearningForm.event: "Evenement",
    LearningForm.knowledge_session: "Kennissessie", LearningForm.simulation_game: "Spelsimulatie",
    LearningForm.assignment: "Opdracht", LearningForm.lecture: "Lezing", LearningForm.masterclass: "Masterclass",
    LearningForm.course: "Opleiding", LearningForm.webinar: "Webinar", LearningForm.other: "Anders",
}
# (header, column width) of a category sheet; the cost stays last (the import reads a sheet's total line by it).
COLUMNS = (("Leerinterventie", 32), ("Status", 14), ("Doel", 45), ("Inhoud", 55), ("Doelgroep", 30),
           ("Organisatieontwikkeling", 24), ("Doel in het plan", 34), ("Leervorm", 16), ("Startdatum", 14),
           ("Periode", 18), ("Frequentie", 16), ("Leeruren per deelnemer", 12), ("Deelnemers", 11),
           ("Budgetstroom", 15), ("Opmerkingen", 40), ("Kosten (€)", 14))
HEADERS = tuple(header for header, _ in COLUMNS)
NO_DEVELOPMENT = "Zonder organisatieontwikkeling"
AMOUNT_FORMAT = "#,##0.00"


@dataclass(frozen=True)
class Line:
    """One intervention of the programme with where it sits in the plan."""

    intervention: Intervention
    developments: tuple[str, ...]
    goals: tuple[str, ...]

    @property
    def cost(self) -> Decimal:
        return service.total_cost(self.intervention)

    @property
    def learning_hours(self) -> Decimal:
        return service.learning_hours_total(self.intervention) or Decimal("0.00")

    def cells(self) -> tuple[Any, ...]:
        i = self.intervention
        form = FORM_NL[LearningForm(i.learning_form)] if i.learning_form else ""
        return (i.title, STATUS_NL[InterventionStatus(i.status)], i.goal, i.content, i.target_group,
                "; ".join(self.developments), "; ".join(self.goals), form, i.starts_on, i.period, i.frequency,
                i.learning_hours_per_participant, i.expected_participants,
                STREAM_NL[FundingStream(i.funding_stream)], i.notes, self.cost)


def programme(db: Session, scope: Scope, *, year: int, filters: listing.Filters | None = None) -> list[Line]:
    """The interventions the year's execution programme offers (within the filters), by category and title, each
    with the developments and goals of its learning goals: a fixed number of queries."""
    statement = listing.filtered(scope, replace(filters or listing.Filters(), year=year))
    interventions = list(db.scalars(statement))
    links = service.load_links(db, [i.id for i in interventions])
    lineage = plans.lineage(db, scope, list({ref.id for i in interventions for ref in links[i.id].learning_goals}))
    order = list(Category)
    lines = []
    for i in sorted(interventions, key=lambda i: (order.index(Category(i.category)), i.title.lower(), str(i.id))):
        chain = [lineage[ref.id] for ref in links[i.id].learning_goals if ref.id in lineage]
        lines.append(Line(i, tuple(dict.fromkeys(d for d, _ in chain)), tuple(dict.fromkeys(g for _, g in chain))))
    return lines


def _csv_cell(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}".replace(".", ",")
    if isinstance(value, date):
        return long_date(value)
    return "" if value is None else value


def to_csv(lines: Sequence[Line]) -> bytes:
    """Semicolon-separated, UTF-8 with a BOM, decimal commas and dates written out: how Dutch Excel opens it."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(("Categorie", *HEADERS))
    for line in lines:
        category = SHEET_NAMES[Category(line.intervention.category)]
        writer.writerow([_csv_cell(value) for value in spreadsheet.csv_row((category, *line.cells()))])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _groups(lines: Sequence[Line]) -> list[tuple[str, list[tuple[str, list[Line]]], bool]]:
    """The summary's sections: (title, [(label, its lines)], whether a total adds up)."""
    developments: dict[str, list[Line]] = {}
    for line in lines:
        for name in line.developments or (NO_DEVELOPMENT,):
            developments.setdefault(name, []).append(line)
    ordered = sorted((name for name in developments if name != NO_DEVELOPMENT), key=str.lower)
    if NO_DEVELOPMENT in developments:
        ordered.append(NO_DEVELOPMENT)
    return [
        ("Per categorie", [(SHEET_NAMES[c], [x for x in lines if x.intervention.category == c]) for c in Category],
         True),
        ("Per budgetstroom", [(STREAM_NL[s], [x for x in lines if x.intervention.funding_stream == s])
                              for s in FundingStream], True),
        ("Per organisatieontwikkeling", [(name, developments[name]) for name in ordered], False),
    ]


def _summary(workbook: Any, lines: Sequence[Line], *, year: int, organisation: str) -> None:
    from openpyxl.styles import Font

    sheet = workbook.create_sheet(SUMMARY_SHEET, 0)
    bold = Font(bold=True)
    spreadsheet.write(sheet, 1, 1, f"Uitvoeringsprogramma {year} — {organisation}").font = Font(bold=True, size=14)
    spreadsheet.write(sheet, 2, 1, f"{len(lines)} leerinterventies; kosten en leeruren zoals gepland.")
    row = 4
    for title, groups, adds_up in _groups(lines):
        spreadsheet.write(sheet, row, 1, title).font = bold
        for column, header in enumerate(("Aantal", "Leeruren", "Kosten (€)"), start=2):
            spreadsheet.write(sheet, row, column, header).font = bold
        first = row + 1
        for label, members in groups:
            row += 1
            spreadsheet.write(sheet, row, 1, label)
            sheet.cell(row=row, column=2, value=len(members))
            sheet.cell(row=row, column=3, value=sum((m.learning_hours for m in members), Decimal("0.00")))
            sheet.cell(row=row, column=4, value=sum((m.cost for m in members), Decimal("0.00")))
        row += 1
        if adds_up:
            spreadsheet.write(sheet, row, 1, "Totaal").font = bold
            for column in (2, 3, 4):
                letter = "BCD"[column - 2]
                cell = sheet.cell(row=row, column=column, value=f"=SUM({letter}{first}:{letter}{row - 1})")
                cell.font = bold
        else:
            spreadsheet.write(sheet, row, 1, "Een leerinterventie voor meer organisatieontwikkelingen telt bij "
                                             "elk ervan mee; deze regels tellen daarom niet op.")
        for number in range(first, row + 1):
            sheet.cell(row=number, column=3).number_format = AMOUNT_FORMAT
            sheet.cell(row=number, column=4).number_format = AMOUNT_FORMAT
        row += 2
    sheet.column_dimensions["A"].width = 42
    for letter in "BCD":
        sheet.column_dimensions[letter].width = 14
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.oddFooter.left.text = organisation


def _category_sheet(workbook: Any, category: Category, items: Sequence[Line], *, year: int,
                    organisation: str) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    sheet = workbook.create_sheet(SHEET_NAMES[category])
    spreadsheet.append(sheet, HEADERS)
    for cell in sheet[1]:
        cell.font, cell.alignment, cell.border = bold, wrap, Border(bottom=Side(style="thin"))
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
    for line in items:
        spreadsheet.append(sheet, line.cells())
    cost = get_column_letter(len(COLUMNS))
    spreadsheet.append(sheet, ("Totaal", *([""] * (len(COLUMNS) - 2)), None))
    last = sheet.max_row
    sheet[f"{cost}{last}"] = f"=SUM({cost}2:{cost}{last - 1})"
    start = HEADERS.index("Startdatum")
    for row in sheet.iter_rows(min_row=2, max_row=last):
        for cell in row:
            cell.alignment = wrap
        row[start].number_format = "d mmmm yyyy"
        row[HEADERS.index("Leeruren per deelnemer")].number_format = "0.0#"
        row[-1].number_format = AMOUNT_FORMAT
    for cell in sheet[last]:
        cell.font = bold
    for index, (_, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.oddHeader.center.text = f"Uitvoeringsprogramma {year} — {SHEET_NAMES[category]}"
    sheet.oddFooter.left.text = organisation
    sheet.oddFooter.right.text = "Pagina &P van &N"


def to_xlsx(lines: Sequence[Line], *, year: int, organisation: str) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    by_category: dict[Category, list[Line]] = {}
    for line in lines:
        by_category.setdefault(Category(line.intervention.category), []).append(line)
    if not by_category:
        by_category = {Category.strategic_development: []}  # an empty programme still opens with its columns
    _summary(workbook, lines, year=year, organisation=organisation)
    for category, items in by_category.items():
        _category_sheet(workbook, category, items, year=year, organisation=organisation)
    workbook.properties.title = f"Uitvoeringsprogramma {year}"
    workbook.properties.language = "nl-NL"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_programme(db: Session, scope: Scope, *, year: int | None, file_format: str,
                     filters: listing.Filters | None = None) -> tuple[bytes, str, str]:
    """(content, media type, file name) of the year's execution programme (this year's when none is given)."""
    year = years.year_or_default(db, scope, year)
    lines = programme(db, scope, year=year, filters=filters)
    if file_format == "csv":
        return to_csv(lines), CSV_MEDIA_TYPE, f"uitvoeringsprogramma-{year}.csv"
    organisation = organisations.get_organisation(db, scope).name
    return (to_xlsx(lines, year=year, organisation=organisation), XLSX_MEDIA_TYPE,
            f"uitvoeringsprogramma-{year}.xlsx")
