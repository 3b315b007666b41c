"""The execution programme (uitvoeringsprogramma) of a year as XLSX (a sheet per category, ready to print)
or CSV: the plan's table columns plus cost, funding stream and learning form."""

import csv
import io
from collections.abc import Sequence
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlmodel import Session

from app.budgets import years
from app.core import spreadsheet
from app.core.scope import Scope
from app.core.tenancy import scoped
from app.core.vocabulary import Category, FundingStream, LearningForm
from app.interventions import service
from app.interventions.models import ExecutionEntry, Intervention, InterventionStatus
from app.organisations import service as organisations

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"

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
COLUMNS = ("Leerinterventie", "Status", "Doel", "Inhoud", "Doelgroep", "Leervorm", "Budgetstroom", "Kosten (€)")
WIDTHS = (32, 14, 45, 55, 30, 16, 15, 14)


def programme(db: Session, scope: Scope, *, year: int) -> list[Intervention]:
    """The interventions the year's execution programme offers, by category and title."""
    statement = (scoped(Intervention, scope)
                 .join(ExecutionEntry, ExecutionEntry.intervention_id == Intervention.id)
                 .where(ExecutionEntry.year == year))
    rows = list(db.scalars(statement))
    order = list(Category)
    return sorted(rows, key=lambda i: (order.index(Category(i.category)), i.title.lower(), str(i.id)))


def _cells(intervention: Intervention) -> tuple[str, str, str, str, str, str, str, Decimal]:
    form = FORM_NL[LearningForm(intervention.learning_form)] if intervention.learning_form else ""
    return (intervention.title, STATUS_NL[InterventionStatus(intervention.status)], intervention.goal,
            intervention.content, intervention.target_group, form,
            STREAM_NL[FundingStream(intervention.funding_stream)], service.total_cost(intervention))


def to_csv(interventions: Sequence[Intervention]) -> bytes:
    """Semicolon-separated, UTF-8 with a BOM and amounts with a decimal comma: how Dutch Excel opens it."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(("Categorie", *COLUMNS))
    for intervention in interventions:
        *texts, cost = _cells(intervention)
        category = SHEET_NAMES[Category(intervention.category)]
        writer.writerow([*spreadsheet.csv_row((category, *texts)), f"{cost:.2f}".replace(".", ",")])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(interventions: Sequence[Intervention], *, year: int, organisation: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    workbook = Workbook()
    workbook.remove(workbook.active)
    by_category: dict[Category, list[Intervention]] = {}
    for intervention in interventions:
        by_category.setdefault(Category(intervention.category), []).append(intervention)
    if not by_category:
        by_category = {Category.strategic_development: []}  # an empty programme still opens with its columns

    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    header_fill = PatternFill("solid", fgColor="DDDDDD")
    rule = Border(bottom=Side(style="thin"))
    for category, items in by_category.items():
        sheet = workbook.create_sheet(SHEET_NAMES[category])
        spreadsheet.append(sheet, COLUMNS)
        for cell in sheet[1]:
            cell.font, cell.alignment, cell.fill, cell.border = bold, wrap, header_fill, rule
        for intervention in items:
            spreadsheet.append(sheet, _cells(intervention))
        total = sum((service.total_cost(i) for i in items), Decimal("0.00"))
        spreadsheet.append(sheet, ("Totaal", "", "", "", "", "", "", total))
        last = sheet.max_row
        for row in sheet.iter_rows(min_row=2, max_row=last):
            for cell in row:
                cell.alignment = wrap
            row[-1].number_format = "#,##0.00"
        for cell in sheet[last]:
            cell.font = bold
        for index, width in enumerate(WIDTHS, start=1):
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
    workbook.properties.title = f"Uitvoeringsprogramma {year}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_programme(db: Session, scope: Scope, *, year: int | None, file_format: str) -> tuple[bytes, str, str]:
    """(content, media type, file name) of the year's execution programme (this year's when none is given)."""
    year = years.year_or_default(db, scope, year)
    interventions = programme(db, scope, year=year)
    if file_format == "csv":
        return to_csv(interventions), CSV_MEDIA_TYPE, f"uitvoeringsprogramma-{year}.csv"
    organisation = organisations.get_organisation(db, scope).name
    return (to_xlsx(interventions, year=year, organisation=organisation), XLSX_MEDIA_TYPE,
            f"uitvoeringsprogramma-{year}.xlsx")
