"""Importing interventions from CSV or XLSX: the columns of the plan's tables (name, status, goal, content,
target group) plus any other attribute, with Dutch or English headers and values.

Every row is validated before anything is written. With errors nothing is written, unless the caller asks
for only the valid rows; a dry run writes nothing and shows what would happen.
"""

import csv
import io
import re
import uuid
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlmodel import Session

from app.competencies.models import Competency
from app.core.errors import InvalidInput, field_error
from app.core.scope import Scope
from app.interventions import service
from app.interventions.models import (
    Category,
    FundingStream,
    InterventionStatus,
    KolbPhase,
    LearningForm,
    LearningLevel,
    LearningMix,
)
from app.interventions.schemas import (
    MAX_LINKS,
    ImportColumn,
    ImportProblem,
    ImportResult,
    ImportRow,
    InterventionCreate,
)
from app.plans.models import Audience, LearningGoal, Theme

MAX_ROWS = 5000
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def normalise(text: str) -> str:
    """Case, accents of punctuation and spacing do not matter: `Doel-groep ` → `doel groep`."""
    text = str(text).strip().lower().replace("_", " ").replace("-", " ").replace("'", "").replace("\u2019", "")
    text = re.sub(r"[^\w€/ ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


# Field (snake_case) → accepted headers, English and Dutch.
HEADERS: dict[str, tuple[str, ...]] = {
    "title": ("title", "name", "naam", "titel", "leerinterventie", "interventie", "intervention"),
    "status": ("status",),
    "goal": ("goal", "doel"),
    "content": ("content", "inhoud"),
    "target_group": ("target group", "doelgroep"),
    "audience": ("audience", "publiek", "doelgroep type", "voor wie"),
    "category": ("category", "categorie"),
    "learning_form": ("learning form", "leervorm", "vorm"),
    "learning_mix": ("learning mix", "70 20 10", "702010", "leermix", "70/20/10"),
    "learning_level": ("learning level", "leerniveau", "niveau"),
    "duration_hours": ("duration hours", "hours", "duur uren", "uren", "duur in uren"),
    "duration_days": ("duration days", "days", "duur dagen", "dagen", "duur in dagen"),
    "mandatory": ("mandatory", "verplicht"),
    "provider": ("provider", "aanbieder", "leverancier"),
    "trainer": ("trainer", "docent"),
    "location": ("location", "locatie"),
    "capacity": ("capacity", "capaciteit", "max deelnemers", "maximum aantal deelnemers"),
    "cost_fixed": ("cost fixed", "fixed cost", "fixed costs", "vaste kosten", "kosten vast", "kosten"),
    "cost_per_participant": ("cost per participant", "kosten per deelnemer"),
    "expected_participants": ("expected participants", "participants", "verwacht aantal deelnemers",
                              "aantal deelnemers", "deelnemers"),
    "funding_stream": ("funding stream", "budgetstroom", "budget", "financiering"),
    "personal_budget_contribution": ("personal budget contribution", "ilb", "ilb bijdrage",
                                     "bijdrage persoonlijk budget", "eigen bijdrage"),
    "published": ("published", "gepubliceerd"),
    "kolb_phases": ("kolb phases", "kolb", "kolbfasen", "kolb fasen", "kolbfase", "kolb fase"),
    "years": ("years", "year", "jaren", "jaar", "uitvoeringsjaren"),
    "theme_ids": ("themes", "theme", "themas", "thema", "strategische themas"),
    "competency_ids": ("competencies", "competency", "competenties", "competentie"),
    "learning_goal_ids": ("learning goals", "learning goal", "leerdoelen", "leerdoel"),
}
_HEADER_FIELD = {normalise(header): name for name, headers in HEADERS.items() for header in headers}
_HEADER_FIELD |= {normalise(service._camel(name)): name for name in HEADERS}  # `targetGroup`, `costFixed`, ...

# Dutch words (and English ones) for enum values; every enum value itself is accepted too.
_WORDS: dict[type[StrEnum], dict[str, str]] = {
    InterventionStatus: {"nieuw": "new", "bestaand": "existing", "deels bestaand": "partly_existing",
                         "gedeeltelijk bestaand": "partly_existing", "deels nieuw": "partly_existing"},
    Category: {"organisatieontwikkeling": "strategic_development", "opgave": "strategic_development",
               "strategische ontwikkeling": "strategic_development", "strategisch thema": "strategic_theme",
               "strategische themas": "strategic_theme", "thema": "strategic_theme",
               "basisvaardigheden": "basic_skill", "basisvaardigheid": "basic_skill",
               "managementontwikkeling": "management_development", "md": "management_development",
               "functioneel": "functional", "vakinhoudelijk": "functional"},
    LearningForm: {"elearning": "e_learning", "ecoaching": "e_coaching", "intervisie": "intervision",
                   "buddygesprek": "buddy_talk", "buddy": "buddy_talk", "evenement": "event",
                   "bijeenkomst": "event", "kennissessie": "knowledge_session", "spelsimulatie": "simulation_game",
                   "simulatie": "simulation_game", "opdracht": "assignment", "lezing": "lecture",
                   "opleiding": "course", "cursus": "course", "anders": "other", "overig": "other"},
    LearningMix: {"70": "workplace", "werkplek": "workplace", "on the job": "workplace", "20": "social",
                  "sociaal": "social", "10": "formal", "formeel": "formal"},
    LearningLevel: {"ik": "self", "ik en de ander": "self_and_others", "ik en de organisatie": "self_and_organisation",
                    "ik en de stad": "self_and_organisation", "ik en de gemeente": "self_and_organisation"},
    Audience: {"medewerkers": "employees", "leidinggevenden": "managers", "iedereen": "all", "allen": "all",
               "alle medewerkers": "all"},
    FundingStream: {"strategisch": "strategic", "functioneel": "functional", "persoonlijk": "personal",
                    "individueel": "personal"},
    KolbPhase: {"concrete ervaring": "concrete_experience", "ervaren": "concrete_experience",
                "reflectie": "reflective_observation", "reflecteren": "reflective_observation",
                "reflectieve observatie": "reflective_observation",
                "abstracte begripsvorming": "abstract_conceptualisation",
                "abstract conceptualization": "abstract_conceptualisation",
                "begripsvorming": "abstract_conceptualisation",
                "actief experimenteren": "active_experimentation", "experimenteren": "active_experimentation"},
}
_ENUM_FIELDS: dict[str, type[StrEnum]] = {
    "status": InterventionStatus, "category": Category, "learning_form": LearningForm,
    "learning_mix": LearningMix, "learning_level": LearningLevel, "audience": Audience,
    "funding_stream": FundingStream,
}
_DECIMAL_FIELDS = {"duration_hours", "duration_days", "cost_fixed", "cost_per_participant",
                   "personal_budget_contribution"}
_INT_FIELDS = {"capacity", "expected_participants"}
_BOOL_FIELDS = {"mandatory", "published"}
_TRUE = {"ja", "yes", "true", "waar", "1", "x", "j", "y"}
_FALSE = {"nee", "no", "false", "onwaar", "0", "n", ""}
_LIST_SPLIT = re.compile(r"\s*[;|\n,]\s*")


class RowError(Exception):
    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code, self.detail = code, detail


@dataclass
class Sheet:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number in the file, cells)


# --- reading the file -------------------------------------------------------------------------------------


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _read_xlsx(content: bytes) -> Sheet:
    from openpyxl import load_workbook  # imported here: only imports and exports need it

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as exc:  # a damaged or foreign zip: openpyxl raises many kinds
        raise InvalidInput("/file", f"The file is not a readable XLSX workbook ({type(exc).__name__}).",
                           code="unreadable_file") from exc
    try:
        worksheet = workbook.worksheets[0]
        lines = ([_cell_text(value) for value in row] for row in worksheet.iter_rows(values_only=True))
        return _sheet(lines)
    finally:
        workbook.close()


def _read_csv(content: bytes) -> Sheet:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = content.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise InvalidInput("/file", "Save the CSV file as UTF-8.", code="unreadable_file") from exc
    if "\x00" in text:
        raise InvalidInput("/file", "The file is neither CSV nor XLSX.", code="unreadable_file")
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") and ";" in first_line else ","
    if "\t" in first_line and not (";" in first_line or "," in first_line):
        delimiter = "\t"
    try:
        lines = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise InvalidInput("/file", f"The CSV file cannot be read: {exc}.", code="unreadable_file") from exc
    return _sheet(iter([cell.strip() for cell in line] for line in lines))


def _sheet(lines: Iterator[list[str]]) -> Sheet:
    headers: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    for number, cells in enumerate(lines, start=1):
        if not any(cells):
            continue
        if headers is None:
            headers = cells
            continue
        rows.append((number, cells))
        if len(rows) > MAX_ROWS:
            raise InvalidInput("/file", f"A file may hold at most {MAX_ROWS} rows.", code="too_many_rows",
                               params={"max": MAX_ROWS})
    if headers is None:
        raise InvalidInput("/file", "The file is empty: the first row must hold the column names.", code="empty_file")
    return Sheet(headers=headers, rows=rows)


def read_file(content: bytes, filename: str | None) -> Sheet:
    if content[:4] == b"PK\x03\x04" or (filename or "").lower().endswith((".xlsx", ".xlsm")):
        if not zipfile.is_zipfile(io.BytesIO(content)):
            raise InvalidInput("/file", "The file is not a readable XLSX workbook.", code="unreadable_file")
        return _read_xlsx(content)
    return _read_csv(content)


def map_columns(headers: list[str]) -> list[ImportColumn]:
    columns = [ImportColumn(header=header, field=None) for header in headers]
    seen: dict[str, str] = {}
    for column in columns:
        name = _HEADER_FIELD.get(normalise(column.header)) if column.header else None
        if name is None:
            continue
        if name in seen:
            raise InvalidInput("/file", f"The columns '{seen[name]}' and '{column.header}' both give "
                               f"{service._camel(name)}; keep one.", code="duplicate_column")
        seen[name] = column.header
        column.field = service._camel(name)
    if "title" not in seen:
        raise InvalidInput("/file", "The file has no column with the intervention's name (naam, name, "
                           "titel, title or leerinterventie).", code="missing_column")
    return columns


# --- turning cells into values ----------------------------------------------------------------------------


def _enum(kind: type[StrEnum], text: str) -> str:
    key = normalise(text)
    for member in kind:
        if key == normalise(member.value):
            return member.value
    if key in _WORDS.get(kind, {}):
        return _WORDS[kind][key]
    allowed = ", ".join(sorted({*(_dutch(kind, m) for m in kind)}))
    raise RowError("unknown_value", f"'{text}' is not known here; use one of: {allowed}.")


def _dutch(kind: type[StrEnum], member: StrEnum) -> str:
    words = [word for word, value in _WORDS.get(kind, {}).items() if value == member.value]
    return words[0] if words else member.value


def _decimal(text: str) -> Decimal:
    cleaned = text.replace("€", "").replace(" ", "").replace("\u00a0", "")
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".") if cleaned.rfind(",") > cleaned.rfind(".") \
            else cleaned.replace(",", "")
    elif "," in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise RowError("not_a_number", f"'{text}' is not a number.") from None
    if not value.is_finite():
        raise RowError("not_a_number", f"'{text}' is not a number.")
    return value


def _integer(text: str) -> int:
    value = _decimal(text)
    if value != value.to_integral_value() or abs(value) > 10**12:
        raise RowError("not_a_whole_number", f"'{text}' is not a whole number.")
    return int(value)


def _boolean(text: str) -> bool:
    key = normalise(text)
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise RowError("not_yes_or_no", f"'{text}' is not ja or nee.")


def _items(text: str) -> list[str]:
    return [item for item in _LIST_SPLIT.split(text) if item.strip()]


def _years(text: str) -> list[int]:
    """`2014, 2015`, `2014-2017` or `2014 t/m 2017`."""
    years: list[int] = []
    joined = re.sub(r"\s*(?:-|\u2013|t/m|tot en met)\s*", "-", text.strip())
    for part in (p for p in re.split(r"[;,|\s]+", joined) if p):
        span = re.fullmatch(r"(\d{4})-(\d{4})", part)
        if span:
            first, last = int(span.group(1)), int(span.group(2))
            if last < first or last - first > 100:
                raise RowError("invalid_years", f"'{part}' is not a range of years.")
            candidates = range(first, last + 1)
        elif re.fullmatch(r"\d{4}", part):
            candidates = range(int(part), int(part) + 1)
        else:
            raise RowError("invalid_years", f"'{part}' is not a year (write e.g. 2014, 2015 or 2014-2017).")
        years += [year for year in candidates if year not in years]
    return years


class Names:
    """The organisation's themes, competencies and learning goals by name, loaded once per import."""

    def __init__(self, db: Session, scope: Scope) -> None:
        self.by_field: dict[str, dict[str, list[uuid.UUID]]] = {}
        for name, model, column in (("theme_ids", Theme, Theme.title), ("competency_ids", Competency, Competency.name),
                                    ("learning_goal_ids", LearningGoal, LearningGoal.title)):
            found: dict[str, list[uuid.UUID]] = defaultdict(list)
            rows = db.execute(select(model.id, column).where(model.organisation_id == scope.organisation_id))
            for ref_id, text in rows:
                found[normalise(text)].append(ref_id)
            self.by_field[name] = found

    def ids(self, field_name: str, text: str) -> list[uuid.UUID]:
        known = self.by_field[field_name]
        ids: list[uuid.UUID] = []
        for item in _items(text):
            try:
                ids.append(uuid.UUID(item))
                continue
            except ValueError:
                pass
            matches = known.get(normalise(item), [])
            if not matches:
                raise RowError("unknown_name", f"There is no '{item}' in this organisation.")
            if len(matches) > 1:
                raise RowError("ambiguous_name", f"'{item}' is the name of {len(matches)} items; give its id.")
            if matches[0] not in ids:
                ids.append(matches[0])
        if len(ids) > MAX_LINKS:
            raise RowError("too_many", f"At most {MAX_LINKS} links.")
        return ids


def _value(field_name: str, text: str, names: Names) -> Any:
    if field_name in _ENUM_FIELDS:
        return _enum(_ENUM_FIELDS[field_name], text)
    if field_name in _DECIMAL_FIELDS:
        return _decimal(text)
    if field_name in _INT_FIELDS:
        return _integer(text)
    if field_name in _BOOL_FIELDS:
        return _boolean(text)
    if field_name == "kolb_phases":
        phases: list[str] = []
        for item in _items(text):
            phase = _enum(KolbPhase, item)
            if phase not in phases:
                phases.append(phase)
        return phases
    if field_name == "years":
        return _years(text)
    if field_name in names.by_field:
        return names.ids(field_name, text)
    return text


def _validation_problems(row: int, exc: ValidationError) -> list[dict[str, Any]]:
    problems = []
    for error in exc.errors():
        loc = [str(part) for part in error.get("loc", ())]
        field_name = service._camel(loc[0]) if loc else "row"
        detail = "This field is required." if error.get("type") == "missing" else str(error.get("msg"))
        problems.append(field_error(f"/rows/{row}/{field_name}", detail, str(error.get("type", "invalid"))))
    return problems


def parse_row(db: Session, scope: Scope, number: int, cells: list[str], columns: list[ImportColumn],
              names: Names) -> tuple[ImportRow, InterventionCreate | None]:
    texts = {column.field: (cells[index] if index < len(cells) else "")
             for index, column in enumerate(columns) if column.field}
    errors: list[dict[str, Any]] = []
    values: dict[str, Any] = {}
    for api_name, text in texts.items():
        field_name = re.sub(r"(?<!^)(?=[A-Z])", "_", api_name).lower()
        if text == "":
            continue  # an empty cell keeps the default
        try:
            values[field_name] = _value(field_name, text, names)
        except RowError as problem:
            errors.append(field_error(f"/rows/{number}/{api_name}", problem.detail, problem.code))
    data: InterventionCreate | None = None
    try:
        data = InterventionCreate.model_validate(values)
    except ValidationError as exc:
        failed = {error["pointer"] for error in errors}
        errors += [error for error in _validation_problems(number, exc) if error["pointer"] not in failed]
    if errors:
        data = None
    if data is not None and (link_errors := service.check_links(db, scope, data.model_dump(),
                                                               prefix=f"/rows/{number}")):
        errors += link_errors
        data = None
    row = ImportRow(row=number, valid=not errors, title=texts.get("title", ""), cells=texts,
                    errors=[ImportProblem(**{k: e[k] for k in ("pointer", "detail", "code")}) for e in errors])
    return row, (data if not errors else None)


def import_interventions(db: Session, scope: Scope, *, content: bytes, filename: str | None, dry_run: bool,
                         only_valid: bool) -> ImportResult:
    """Validate every row; then write all of them, or only the valid ones when asked, or nothing at all."""
    sheet = read_file(content, filename)
    columns = map_columns(sheet.headers)
    names = Names(db, scope)
    parsed = [parse_row(db, scope, number, cells, columns, names) for number, cells in sheet.rows]
    if not parsed:
        raise InvalidInput("/file", "The file has column names but no rows.", code="empty_file")
    problems = [problem for row, _ in parsed for problem in row.errors]
    if problems and not dry_run and not only_valid:
        invalid = sum(1 for row, _ in parsed if not row.valid)
        raise InvalidInput(detail=f"{invalid} of {len(parsed)} rows have errors; nothing was imported. Correct "
                           "them, or import only the valid rows with onlyValid=true.",
                           errors=[problem.model_dump() for problem in problems])
    created = 0
    if not dry_run:
        for row, data in parsed:
            if data is not None:
                row.id = service.create_intervention(db, scope, data=data, checked=True,
                                                     action="intervention.imported").id
                created += 1
    valid = sum(1 for row, _ in parsed if row.valid)
    return ImportResult(dry_run=dry_run, only_valid=only_valid, total=len(parsed), valid=valid,
                        invalid=len(parsed) - valid, created=created, columns=columns,
                        rows=[row for row, _ in parsed], errors=problems)
