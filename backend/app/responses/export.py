"""A round's responses as a file for analysis (SPSS, R, Excel): one row per response, one column per question in
position order, named `V1`, `V2`, ... (a multiple choice question one 0/1 column per option, `V5_trainer`), and a
codebook that says what each column holds: the question, its type and what its values mean, so a variable can be
labelled. Scales and choices are numbers (a single choice: its option's number, 1 for the first); open answers are
text and never run as a formula. Who answered follows the round's anonymity mode: a named round adds the
employee number and name, a pseudonymous one a code per response (R001, R002, ... in the order they came in; not
the pseudonym), an anonymous one nothing.

XLSX: the sheets Antwoorden and Codeboek. CSV: `;`, UTF-8 with a BOM, CRLF (how Dutch Excel opens it); the
codebook as its own CSV."""

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from sqlmodel import Session

from app.core import spreadsheet
from app.core.scope import Scope
from app.core.vocabulary import AnonymityMode, QuestionType
from app.questionnaires import questions as questionnaire_questions
from app.questionnaires.models import Question
from app.responses import staff
from app.responses.models import Answer
from app.rounds.models import Round

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
TYPE_NL = {QuestionType.likert_5: "Vijfpuntsschaal", QuestionType.likert_7: "Zevenpuntsschaal",
           QuestionType.scale_0_10: "Schaal van 0 tot 10", QuestionType.single_choice: "Eén keuze",
           QuestionType.multiple_choice: "Meerdere keuzes (deze optie)", QuestionType.open_text: "Open vraag"}
SCALE_RANGE = {QuestionType.likert_5: (1, 5), QuestionType.likert_7: (1, 7), QuestionType.scale_0_10: (0, 10)}
CODEBOOK_HEADERS = ("Kolom", "Vraag", "Soort", "Waarden")
_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")


@dataclass(frozen=True)
class Column:
    name: str  # V1, V5_trainer
    question: Question | None  # None: a column about the respondent
    option: str | None = None  # the option key of a multiple choice column
    text: str = ""  # the codebook's description of the column
    kind: str = ""
    values: str = ""


def _scale_values(question: Question) -> str:
    low, high = SCALE_RANGE[QuestionType(question.type)]
    ends = [f"{low} = {question.scale_min_label}" if question.scale_min_label else "",
            f"{high} = {question.scale_max_label}" if question.scale_max_label else ""]
    return "; ".join([f"geheel getal van {low} tot en met {high}", *(end for end in ends if end)])


def columns_of(round_: Round, questions: list[Question]) -> list[Column]:
    mode = AnonymityMode(round_.anonymity)
    columns: list[Column] = []
    if mode is AnonymityMode.named:
        columns += [Column("Personeelsnummer", None, text="Personeelsnummer van wie antwoordde", kind="Tekst"),
                    Column("Naam", None, text="Naam van wie antwoordde (leeg als de persoon is gewist)", kind="Tekst")]
    elif mode is AnonymityMode.pseudonymous:
        columns.append(Column("Respondent", None, kind="Tekst",
                              text="Code per antwoord in volgorde van binnenkomst (R001, R002, ...); zegt niet wie"))
    columns.append(Column("Ingevuld", None, text="Datum van invullen", kind="Datum", values="jjjj-mm-dd"))
    for number, question in enumerate(questions, start=1):
        kind = QuestionType(question.type)
        if kind is QuestionType.multiple_choice:
            for option in question.options:
                columns.append(Column(f"V{number}_{option['key']}", question, option=option["key"],
                                      text=f"{question.text}: {option['label']}", kind=TYPE_NL[kind],
                                      values="1 = gekozen; 0 = niet gekozen; leeg = niet beantwoord"))
        elif kind is QuestionType.single_choice:
            values = "; ".join(f"{i} = {option['label']} ({option['key']})"
                               for i, option in enumerate(question.options, start=1))
            columns.append(Column(f"V{number}", question, text=question.text, kind=TYPE_NL[kind], values=values))
        elif kind is QuestionType.open_text:
            columns.append(Column(f"V{number}", question, text=question.text, kind=TYPE_NL[kind], values="tekst"))
        else:
            columns.append(Column(f"V{number}", question, text=question.text, kind=TYPE_NL[kind],
                                  values=_scale_values(question)))
    return columns


def _cell(column: Column, answer: Answer | None) -> Any:
    assert column.question is not None
    if answer is None:
        return None
    kind = QuestionType(column.question.type)
    if kind is QuestionType.multiple_choice:
        return 1 if column.option in (answer.options or []) else 0
    if kind is QuestionType.single_choice:
        keys = [option["key"] for option in column.question.options]
        return keys.index(answer.option) + 1 if answer.option in keys else None
    if kind is QuestionType.open_text:
        return answer.text
    return answer.number


def rows_of(db: Session, scope: Scope, round_: Round, columns: list[Column]) -> list[list[Any]]:
    rows = []
    for index, (response, number, name, answers) in enumerate(staff.all_responses(db, scope, round_), start=1):
        by_question = {answer.question_id: answer for answer in answers}
        row: list[Any] = []
        for column in columns:
            if column.name == "Personeelsnummer":
                row.append(number)
            elif column.name == "Naam":
                row.append(name)
            elif column.name == "Respondent":
                row.append(f"R{index:03d}")
            elif column.name == "Ingevuld":
                row.append(response.submitted_on)
            else:
                assert column.question is not None
                row.append(_cell(column, by_question.get(column.question.id)))
        rows.append(row)
    return rows


def filename(round_title: str, day: date, suffix: str, prefix: str = "antwoorden") -> str:
    """`<prefix>-<title>-<date>.<suffix>`, the title in lowercase letters, digits and dashes (ASCII, so every
    browser keeps it)."""
    plain = unicodedata.normalize("NFKD", round_title).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:60].strip("-") or "ronde"
    return f"{prefix}-{slug}-{day.isoformat()}.{suffix}"


def _csv(header: list[str], rows: list[list[Any]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(spreadsheet.csv_row(header))
    for row in rows:
        writer.writerow(["" if value is None else value.isoformat() if isinstance(value, date) else value
                         for value in spreadsheet.csv_row(row)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _codebook_rows(columns: list[Column]) -> list[list[Any]]:
    return [[column.name, column.text, column.kind, column.values] for column in columns]


def _sheet(sheet: Any, header: list[str], rows: list[list[Any]], widths: list[int]) -> None:
    for i, name in enumerate(header, start=1):
        cell = spreadsheet.write(sheet, 1, i, name)
        cell.font, cell.fill = _BOLD, _HEADER_FILL
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = spreadsheet.write(sheet, r, c, value)
            if isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(value, str) and len(value) > 40:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width


def _xlsx(columns: list[Column], rows: list[list[Any]]) -> bytes:
    workbook = Workbook()
    answers = workbook.active
    answers.title = "Antwoorden"
    _sheet(answers, [column.name for column in columns], rows,
           [14 if column.question is None else (40 if column.kind == TYPE_NL[QuestionType.open_text] else 10)
            for column in columns])
    _sheet(workbook.create_sheet("Codeboek"), list(CODEBOOK_HEADERS), _codebook_rows(columns), [16, 60, 26, 60])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export(db: Session, scope: Scope, *, round_id: Any, file_format: str, today: date,
           codebook: bool = False) -> tuple[bytes, str, str]:
    """(content, media type, file name) of the round's responses, or of its codebook alone (CSV)."""
    round_ = staff.get_round(db, scope, round_id)
    questions = questionnaire_questions.instrument_questions(db, scope, instrument_id=round_.instrument_id)
    columns = columns_of(round_, questions)
    title = round_.title or staff.instrument_title(db, scope, round_)
    if codebook:
        return (_csv(list(CODEBOOK_HEADERS), _codebook_rows(columns)), CSV_MEDIA_TYPE,
                filename(title, today, "csv", prefix="codeboek"))
    rows = rows_of(db, scope, round_, columns)
    if file_format == "csv":
        return _csv([column.name for column in columns], rows), CSV_MEDIA_TYPE, filename(title, today, "csv")
    return _xlsx(columns, rows), XLSX_MEDIA_TYPE, filename(title, today, "xlsx")
