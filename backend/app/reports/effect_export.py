"""A cohort's effect report as a file for the organisation (`app.reports.effect`, the same filters and the same
suppression: a withheld figure's cells are empty and the column "Niet getoond" says why, in Dutch).

- XLSX: the sheets Samenvatting (the cohort, the rounds with invited, completed and response rate, the
  comparisons, and how to read the figures), Vragen (the questions) and Groepen (levels, dimensions,
  competencies, levers). Numbers are numbers, shown with two decimals (p with three, response rates as %).
- CSV: one table of every row of Vragen and Groepen, a line per (row, round) and per (row, comparison), with
  `Soort` saying which row it is; `;`, UTF-8 with a BOM, CRLF and decimal commas, as Dutch Excel opens it.
Texts never run as a formula (`app.core.spreadsheet`). The name: `effectrapportage-<cohort>-<date>.<ext>`."""

import csv
import io
import uuid
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from sqlmodel import Session

from app.core import spreadsheet
from app.core.scope import Scope
from app.core.vocabulary import AnonymityMode, Dimension, MeasurementLevel, RoundMoment, TransferLever
from app.reports.effect import effect_report
from app.reports.schemas import ChangeFigure, ComparisonKind, EffectReport, EffectRow, MomentFigure, ReportRowKind
from app.reports.statistics import EffectSizeKind, Magnitude
from app.reports.suppression import SuppressionReason
from app.responses.export import filename

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")

MOMENT_NL = {RoundMoment.pre: "Voormeting", RoundMoment.after_week_1: "Na de eerste week",
             RoundMoment.midway: "Halverwege", RoundMoment.post: "Nameting", RoundMoment.evaluation: "Evaluatie",
             RoundMoment.custom: "Ander moment"}
ANONYMITY_NL = {AnonymityMode.named: "Op naam", AnonymityMode.pseudonymous: "Gepseudonimiseerd",
                AnonymityMode.anonymous: "Anoniem"}
KIND_NL = {ReportRowKind.question: "Vraag", ReportRowKind.level: "Niveau", ReportRowKind.dimension: "Dimensie",
           ReportRowKind.competency: "Competentie", ReportRowKind.transfer_lever: "Transferhefboom"}
LEVEL_NL = {MeasurementLevel.participant: "Deelnemer", MeasurementLevel.programme: "Programma",
            MeasurementLevel.organisation: "Organisatie"}
DIMENSION_NL = {Dimension.learning_effect: "Leereffect", Dimension.behaviour: "Gedrag",
                Dimension.motivation: "Motivatie", Dimension.attitude: "Houding", Dimension.quality: "Kwaliteit",
                Dimension.functioning: "Werking", Dimension.relevance: "Relevantie",
                Dimension.support: "Ondersteuning", Dimension.room_to_apply: "Ruimte voor toepassen"}
LEVER_NL = dict(zip(TransferLever, (
    "Transfermotivatie", "Geloof in eigen kunnen", "Transferwil", "Heldere verwachtingen", "Relevante inhoud",
    "Actief oefenen", "Transferplanning", "Mogelijkheden voor toepassing", "Persoonlijk transfervermogen",
    "Steun van leidinggevende", "Steun van collega's", "Transferverwachtingen van de organisatie"), strict=True))
PAIRING_NL = {ComparisonKind.paired: "Gepaard", ComparisonKind.unpaired: "Ongepaard"}
SIZE_NL = {EffectSizeKind.d_z: "Cohen's d_z", EffectSizeKind.hedges_g: "Hedges' g"}
MAGNITUDE_NL = {Magnitude.negligible: "verwaarloosbaar", Magnitude.small: "klein", Magnitude.medium: "middelgroot",
                Magnitude.large: "groot"}
HEADERS = ("Soort", "Omschrijving", "Nr", "Niveau", "Dimensie", "Schaal", "Meting of vergelijking",
           "Gepaard of ongepaard", "n", "Gemiddelde", "SD", "Verschil", "Effectgrootte", "Maat", "Betekenis",
           "95%-BI laag", "95%-BI hoog", "t", "df", "p", "Aantal vragen", "Niet getoond")
NUMBERS = {"n": "0", "Aantal vragen": "0", "p": "0.000", "Nr": "0"}  # the others: two decimals
HOW_TO_READ = (
    "Per vraag: n (respondenten met een antwoord), gemiddelde en standaarddeviatie op de schaal van de vraag.",
    "Per niveau, dimensie, competentie en transferhefboom: per respondent het gemiddelde van zijn antwoorden op "
    "de vragen ervan, elk als percentage van de schaal (0-100); daarover n, gemiddelde en SD.",
    "Vergelijking: de eerste voormeting met elke latere meting. Verschil = later min eerder.",
    "Gepaard (dezelfde respondenten, op naam of gepseudonimiseerd): Cohen's d_z en de gepaarde t-toets. "
    "Ongepaard (een anonieme meting, of twee soorten): Hedges' g en de t-toets van Welch.",
    "Effectgrootte: onder 0,2 verwaarloosbaar, vanaf 0,2 klein, 0,5 middelgroot, 0,8 groot. "
    "95%-BI: het betrouwbaarheidsinterval van het verschil; p: tweezijdig.",
    "Kleine groepen worden niet getoond: een cijfer over minder respondenten dan de minimale groepsgrootte blijft "
    "leeg, met de reden in 'Niet getoond'. Een vraag die bij een meting niet getoond wordt, telt daar in geen groep "
    "mee.",
)
_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")


def _today() -> date:
    return datetime.now(AMSTERDAM).date()


def _reason(reason: SuppressionReason | None, minimum: int) -> str:
    if reason is SuppressionReason.too_few:
        return f"Minder dan {minimum} respondenten"
    if reason is SuppressionReason.protects_another:
        return "Verborgen zodat een kleine groep niet is terug te rekenen"
    return ""


def _label(row: EffectRow) -> str:
    if row.kind is ReportRowKind.level:
        return LEVEL_NL[MeasurementLevel(row.key)]
    if row.kind is ReportRowKind.dimension:
        return DIMENSION_NL[Dimension(row.key)]
    if row.kind is ReportRowKind.transfer_lever:
        return LEVER_NL[TransferLever(row.key)]
    return row.label


def _scale(row: EffectRow) -> str:
    return f"{row.scale_min:g}-{row.scale_max:g}" if row.kind is ReportRowKind.question else "0-100 (%)"


def lines(report: EffectReport) -> list[list[Any]]:
    """The table: per row a line per round and per comparison, in the headers' order."""
    names = {r.id: f"{MOMENT_NL[r.moment]}: {r.title}" for r in report.rounds}
    moments = {r.id: MOMENT_NL[r.moment] for r in report.rounds}
    found: list[list[Any]] = []
    for row in report.rows:
        start = [KIND_NL[row.kind], _label(row), row.position,
                 LEVEL_NL[MeasurementLevel(row.level)] if row.level else None,
                 DIMENSION_NL[Dimension(row.dimension)] if row.dimension else None, _scale(row)]
        for figure in row.moments:
            found.append([*start, names[figure.round_id], None, *_moment(figure), *[None] * 9, row.question_count,
                          _reason(figure.suppressed, report.minimum_group_size)])
        for change in row.changes:
            found.append([*start, f"{moments[change.from_round_id]} → {moments[change.to_round_id]}",
                          PAIRING_NL[change.kind], change.n, None, None, *_change(change), row.question_count,
                          _reason(change.suppressed, report.minimum_group_size)])
    return found


def _moment(figure: MomentFigure) -> list[Any]:
    return [figure.n, figure.mean, figure.sd]


def _change(change: ChangeFigure) -> list[Any]:
    return [change.mean_difference, change.effect_size, SIZE_NL[change.effect_size_kind],
            MAGNITUDE_NL[change.magnitude] if change.magnitude else None, change.ci_low, change.ci_high, change.t,
            change.df, change.p]


def _filters(level: MeasurementLevel | None, dimension: Dimension | None, competency: str | None) -> str:
    parts = [f"niveau {LEVEL_NL[level]}" if level else "", f"dimensie {DIMENSION_NL[dimension]}" if dimension else "",
             f"competentie {competency}" if competency else ""]
    return ", ".join(part for part in parts if part) or "geen (alle vragen)"


def _number(value: Any, header: str) -> Any:
    """A CSV cell: numbers with a decimal comma (p with six decimals, the others four), texts as they are."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else value
    if isinstance(value, int):
        return str(value)
    return f"{value:.{6 if header == 'p' else 4}f}".replace(".", ",")


def _csv(report: EffectReport) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(spreadsheet.csv_row(HEADERS))
    for line in lines(report):
        writer.writerow(spreadsheet.csv_row([_number(value, header) for value, header in zip(line, HEADERS,
                                                                                              strict=True)]))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _header(sheet: Any, row: int, names: Any) -> None:
    for column, name in enumerate(names, start=1):
        cell = spreadsheet.write(sheet, row, column, name)
        cell.font, cell.fill = _BOLD, _HEADER_FILL


def _table(sheet: Any, table: list[list[Any]]) -> None:
    _header(sheet, 1, HEADERS)
    for r, line in enumerate(table, start=2):
        for c, (value, header) in enumerate(zip(line, HEADERS, strict=True), start=1):
            cell = spreadsheet.write(sheet, r, c, value)
            if isinstance(value, int | float) and not isinstance(value, bool):
                cell.number_format = NUMBERS.get(header, "0.00")
            elif isinstance(value, str) and len(value) > 40:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "C2"
    for i, width in enumerate((12, 48, 5, 12, 20, 10, 30, 12, *[10] * 13, 28), start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width


def _summary(sheet: Any, report: EffectReport, filters: str, today: date) -> None:
    facts = [("Effectrapportage", report.cohort_name), ("Gemaakt op", today), ("Filter", filters),
             ("Minimale groepsgrootte", report.minimum_group_size)]
    for r, (name, value) in enumerate(facts, start=1):
        spreadsheet.write(sheet, r, 1, name).font = _BOLD
        cell = spreadsheet.write(sheet, r, 2, value)
        if isinstance(value, date):
            cell.number_format = "yyyy-mm-dd"
    r = len(facts) + 2
    _header(sheet, r, ("Meting", "Titel", "Anonimiteit", "Opent", "Sluit", "Uitgenodigd", "Ingevuld", "Respons"))
    for round_ in report.rounds:
        r += 1
        values = [MOMENT_NL[round_.moment], round_.title, ANONYMITY_NL[round_.anonymity],
                  round_.opens_at.astimezone(AMSTERDAM).date(), round_.closes_at.astimezone(AMSTERDAM).date(),
                  round_.invited, round_.completed, round_.response_rate]
        for c, value in enumerate(values, start=1):
            cell = spreadsheet.write(sheet, r, c, value)
            cell.number_format = {4: "yyyy-mm-dd", 5: "yyyy-mm-dd", 8: "0%"}.get(c, cell.number_format)
    r += 2
    _header(sheet, r, ("Vergelijking", "Van", "Naar", "Soort"))
    titles = {round_.id: round_ for round_ in report.rounds}
    for number, comparison in enumerate(report.comparisons, start=1):
        r += 1
        before, after = titles[comparison.from_round_id], titles[comparison.to_round_id]
        for c, value in enumerate((number, f"{MOMENT_NL[before.moment]}: {before.title}",
                                   f"{MOMENT_NL[after.moment]}: {after.title}", PAIRING_NL[comparison.kind]),
                                  start=1):
            spreadsheet.write(sheet, r, c, value)
    r += 2
    spreadsheet.write(sheet, r, 1, "Zo lees je dit").font = _BOLD
    for text in HOW_TO_READ:
        r += 1
        spreadsheet.write(sheet, r, 1, text)
    for i, width in enumerate((24, 40, 18, 12, 12, 12, 10, 10), start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width


def _xlsx(report: EffectReport, filters: str, today: date) -> bytes:
    workbook = Workbook()
    summary = workbook.active
    summary.title = "Samenvatting"
    _summary(summary, report, filters, today)
    table = lines(report)
    questions = KIND_NL[ReportRowKind.question]
    _table(workbook.create_sheet("Vragen"), [line for line in table if line[0] == questions])
    _table(workbook.create_sheet("Groepen"), [line for line in table if line[0] != questions])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export(db: Session, scope: Scope, cohort_id: uuid.UUID, *, file_format: str, level: MeasurementLevel | None,
           dimension: Dimension | None, competency_id: uuid.UUID | None,
           today: date | None = None) -> tuple[bytes, str, str]:
    """(content, media type, file name) of the cohort's effect report."""
    report = effect_report(db, scope, cohort_id, level=level, dimension=dimension, competency_id=competency_id)
    day = today or _today()
    if file_format == "csv":
        return _csv(report), CSV_MEDIA_TYPE, filename(report.cohort_name, day, "csv", prefix="effectrapportage")
    competency = next((row.label for row in report.rows if row.kind is ReportRowKind.competency
                       and row.key == str(competency_id)), str(competency_id) if competency_id else None)
    return (_xlsx(report, _filters(level, dimension, competency), day), XLSX_MEDIA_TYPE,
            filename(report.cohort_name, day, "xlsx", prefix="effectrapportage"))
