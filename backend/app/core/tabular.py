# Long: one flow (read the file, map its headers, convert its cells, decide what to write) that every import follows.
"""A tabular import for any domain: read a CSV or XLSX file, map its headers (Dutch and English) to the
domain's fields, turn every row into the domain's input model, and collect every row's errors (row number,
column, message, code) for the preview, the 400, or the "only the valid rows" write.

A domain describes its file once:

    PEOPLE = tabular.Spec(
        model=PersonCreate,                                 # the input model every row must pass
        headers={"name": ("name", "naam"),                  # field → the headers that fill it (any case)
                 "email": ("email", "e-mail", "e-mailadres")},
        required=("name", "email"),                         # columns the file must have
        convert={"active": cells.boolean},                  # text → value per field (`core.cells`)
    )

and imports in three steps, so the database is held only for the short last one (decision 0011):

    table = tabular.read(content, filename, max_rows=PEOPLE.max_rows)   # no database: a 400 if unreadable
    parsed = tabular.parse(table, PEOPLE)                               # no database: every row validated
    ... in the transaction: lookups by name (`Spec.deferred` + `Row.resolve`), then
    for row in tabular.to_write(parsed, dry_run=..., only_valid=...): write row.data

Limits: `max_rows` rows below the header (more is refused before the rest is read), `MAX_COLUMNS` columns;
of an XLSX only the cells that exist are read, whatever size the sheet declares. Every sheet of a workbook is
read; each has its own header row, and its rows are numbered on after the previous sheet's.
"""

import csv
import io
import re
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic.alias_generators import to_camel as _to_camel

from app.core.cells import ByConvention, CellError, normalise, number_format_of, text_of
from app.core.errors import InvalidInput, field_error
from app.core.problem_codes import field_code
from app.core.spreadsheet import unquote
from app.core.vocabulary import NumberFormat

MAX_COLUMNS = 200
to_camel = lru_cache(maxsize=1024)(_to_camel)
T = TypeVar("T")
XLSX_SUFFIXES = (".xlsx", ".xlsm")


def yielding(items: Iterable[T], every: int = 20) -> Iterator[T]:
    """`items`, giving up the GIL now and then: a parse in a worker thread keeps other requests' threads and
    the event loop from waiting out the interpreter's 5 ms switch interval at every step."""
    for index, item in enumerate(items):
        if index % every == 0:
            time.sleep(0)
        yield item


def unreadable(detail: str) -> InvalidInput:
    return InvalidInput("/file", detail, code="unreadable_file")


# --- reading ---------------------------------------------------------------------------------------------------


@dataclass
class Sheet:
    name: str | None  # None for a CSV file
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number, cells); empty rows are left out


@dataclass
class Table:
    sheets: list[Sheet]


def _too_many(max_rows: int, sheet: str | None) -> InvalidInput:
    where = f"The sheet '{sheet}'" if sheet else "The file"
    return InvalidInput("/file", f"{where} holds more than {max_rows} rows; a file may hold at most {max_rows}.",
                        code="too_many_rows", params={"max": max_rows})


def _sheet(name: str | None, lines: Iterator[tuple[int, list[str]]], max_rows: int, offset: int = 0) -> Sheet | None:
    headers: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    header_number = 0
    for number, cells in yielding(lines):
        if headers is not None and number - header_number > max_rows:
            raise _too_many(max_rows, name)
        if not any(cells):
            continue
        if headers is None:
            headers, header_number = cells, number
        else:
            rows.append((offset + number, cells))
    return None if headers is None else Sheet(name=name, headers=headers, rows=rows)


def _decode(content: bytes) -> str:
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        return content.decode("utf-16")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="strict")


def _read_csv(content: bytes, max_rows: int) -> Table:
    try:
        text = _decode(content)
    except UnicodeDecodeError as exc:
        raise unreadable("Save the CSV file as UTF-8.") from exc
    if "\x00" in text:
        raise unreadable("The file is neither CSV nor XLSX.")
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") and ";" in first_line else ","
    if "\t" in first_line and not (";" in first_line or "," in first_line):
        delimiter = "\t"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        lines = enumerate(([unquote(cell.strip()) for cell in line[:MAX_COLUMNS]] for line in reader), start=1)
        sheet = _sheet(None, lines, max_rows)
    except csv.Error as exc:
        raise unreadable(f"The CSV file cannot be read: {exc}.") from exc
    return Table(sheets=[sheet] if sheet else [])


class _Damaged(Exception):
    pass


def _xlsx_problem(exc: Exception) -> str:
    if isinstance(exc, _Damaged):
        return str(exc)
    if isinstance(exc, IndexError):
        return "a cell refers to a shared text that the workbook does not hold"
    text = str(exc) or type(exc).__name__
    if number := re.search(r"(?:could not convert string to float|invalid literal for int\(\)[^:]*): ('.*')", text):
        return f"a number cell holds {number.group(1)[:50]}"
    return text[:200].rstrip(".")


def _xlsx_lines(workbook: Any, worksheet: Any, max_rows: int) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) of the rows that exist, each as wide as its last cell: the declared size may be a
    lie (A1:XFD1048576 over empty rows). openpyxl's own row iterator pads rows to that size and silently drops
    rows numbered out of order, so its parser is read directly."""
    from openpyxl.worksheet._reader import WorkSheetParser

    declared = worksheet.max_row
    if declared is not None and declared > max_rows + 1:
        raise _too_many(max_rows, worksheet.title)
    previous = 0
    with worksheet._get_source() as source:
        parser = WorkSheetParser(source, worksheet._shared_strings, data_only=True, epoch=workbook.epoch,
                                 date_formats=workbook._date_formats, timedelta_formats=workbook._timedelta_formats)
        rows = parser.parse()
        while True:
            try:
                number, cells = next(rows)
            except StopIteration:
                return
            except Exception as exc:  # the parser's own: a bad cell reference, number or shared text
                raise _Damaged(f"after row {previous}, {_xlsx_problem(exc)}") from exc
            if number <= previous:
                raise _Damaged(f"row {number} comes after row {previous}; rows are numbered 1, 2, 3 and so on")
            previous = number
            line = [""] * min(max((cell["column"] for cell in cells), default=0), MAX_COLUMNS)
            for cell in cells:
                if 1 <= cell["column"] <= MAX_COLUMNS:
                    line[cell["column"] - 1] = text_of(cell["value"])
            yield number, line


def _read_xlsx(content: bytes, max_rows: int) -> Table:
    from openpyxl import load_workbook  # imported here: only imports and exports need it

    if not zipfile.is_zipfile(io.BytesIO(content)):
        raise unreadable("The file is not a readable XLSX workbook.")
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as exc:  # a damaged or foreign zip: openpyxl raises many kinds
        raise unreadable(f"The file is not a readable XLSX workbook ({_xlsx_problem(exc)}).") from exc
    sheets: list[Sheet] = []
    try:
        offset = 0
        for worksheet in workbook.worksheets:
            if not hasattr(worksheet, "iter_rows"):
                continue  # a chart sheet
            try:
                sheet = _sheet(worksheet.title, _xlsx_lines(workbook, worksheet, max_rows), max_rows, offset)
            except InvalidInput:
                raise
            except Exception as exc:  # malformed sheet XML: a bad cell reference, number or shared text
                raise unreadable(f"The sheet '{worksheet.title}' cannot be read: {_xlsx_problem(exc)}.") from exc
            if sheet is not None:
                sheets.append(sheet)
                offset = sheet.rows[-1][0] if sheet.rows else offset
    finally:
        workbook.close()
    return Table(sheets=sheets)


def read(content: bytes, filename: str | None, *, max_rows: int) -> Table:
    """The file's sheets (a CSV is one), each with its header row and non-empty rows, as text."""
    if content[:4] == b"PK\x03\x04" or (filename or "").lower().endswith(XLSX_SUFFIXES):
        table = _read_xlsx(content, max_rows)
    else:
        table = _read_csv(content, max_rows)
    if not table.sheets:
        raise InvalidInput("/file", "The file is empty: the first row must hold the column names.", code="empty_file")
    if sum(len(sheet.rows) for sheet in table.sheets) > max_rows:
        raise _too_many(max_rows, None)
    return table


# --- rows ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Upload:
    """A file to import, and how: `dry_run` validates and previews, writing nothing; `only_valid` writes the valid
    rows even when other rows have errors."""

    content: bytes
    filename: str | None
    dry_run: bool = False
    only_valid: bool = False


@dataclass(frozen=True)
class Spec:
    model: type[BaseModel]
    headers: Mapping[str, Sequence[str]]
    required: Sequence[str] = ()
    convert: Mapping[str, Callable[[str], Any]] = field(default_factory=dict)
    # Fields resolved later, in the transaction (a lookup by name): parse keeps their text.
    deferred: frozenset[str] = frozenset()
    # A field that a sheet's name fills when the sheet has no column for it (a sheet per category).
    sheet_field: str | None = None
    # Rows that are not data (an export's total line): skipped.
    skip: Callable[[dict[str, str]], bool] | None = None
    # Sheets that are not data (an export's summary sheet), by name: skipped whole.
    skip_sheets: frozenset[str] = frozenset()
    max_rows: int = 5000
    english: frozenset[str] = frozenset()  # English headers, normalised; the rest are Dutch (`number_format_of`)
    neutral: frozenset[str] = frozenset()  # ... but these, the same in both languages

    def field_of(self) -> dict[str, str]:
        found = {normalise(header): name for name, headers in self.headers.items() for header in headers}
        return found | {normalise(to_camel(name)): name for name in self.headers}  # `targetGroup`


@dataclass
class Column:
    header: str
    field: str | None  # camelCase; None: not known, ignored


@dataclass
class Row:
    number: int
    sheet: str | None
    cells: dict[str, str]  # camelCase field → the text read
    errors: list[dict[str, Any]] = field(default_factory=list)
    data: Any = None  # the validated input model; None while the row has errors
    values: dict[str, Any] = field(default_factory=dict)  # field → the value its cell was read as
    pending: dict[str, str] = field(default_factory=dict)  # deferred field → text

    @property
    def valid(self) -> bool:
        return not self.errors

    def fail(self, field_name: str, problem: CellError) -> None:
        self.errors.append(field_error(f"/rows/{self.number}/{to_camel(field_name)}{problem.at}", problem.detail,
                                       problem.code, **problem.params))
        self.data = None

    def resolve(self, field_name: str, convert: Callable[[str], Any]) -> None:
        """Fill a deferred field from its text, or record why it cannot be filled."""
        text = self.pending.get(field_name)
        if text is None:
            return
        try:
            value = convert(text)
        except CellError as problem:
            self.fail(field_name, problem)
            return
        if self.data is not None:
            self.data = self.data.model_copy(update={field_name: value})


@dataclass
class Parsed:
    columns: list[Column]
    rows: list[Row]
    number_format: NumberFormat = NumberFormat.nl
    number_format_source: str = "headers"  # "parameter": the caller chose it; "headers": the header language

    @property
    def errors(self) -> list[dict[str, Any]]:
        return [error for row in self.rows for error in row.errors]


def map_columns(headers: list[str], spec: Spec, sheet: str | None = None) -> list[Column]:
    field_of = spec.field_of()
    columns = [Column(header=header, field=None) for header in headers]
    seen: dict[str, str] = {}
    for column in columns:
        name = field_of.get(normalise(column.header)) if column.header else None
        if name is None:
            continue
        if name in seen:
            raise InvalidInput("/file", f"The columns '{seen[name]}' and '{column.header}' both give "
                               f"{to_camel(name)}; keep one.", code="duplicate_column")
        seen[name] = column.header
        column.field = name
    for name in spec.required:
        if name not in seen:
            where = f" The sheet '{sheet}' has" if sheet else " The file has"
            known = ", ".join(spec.headers[name])
            raise InvalidInput("/file", f"{where.strip()} no column for {to_camel(name)} ({known}).",
                               code="missing_column", params={"field": to_camel(name)})
    return columns


def _model_errors(number: int, exc: ValidationError) -> list[dict[str, Any]]:
    problems = []
    for error in exc.errors():
        loc = [str(part) for part in error.get("loc", ())]
        name = to_camel(loc[0]) if loc else "row"
        detail = "This field is required." if error.get("type") == "missing" else str(error.get("msg"))
        problems.append(field_error(f"/rows/{number}/{name}", detail, field_code(str(error.get("type", "")))))
    return problems


def _parse_row(number: int, sheet: Sheet, cells: list[str], columns: list[Column], spec: Spec,
               convention: NumberFormat) -> Row | None:
    texts = {column.field: (cells[index] if index < len(cells) else "")
             for index, column in enumerate(columns) if column.field}
    if spec.skip and spec.skip(texts):
        return None
    if spec.sheet_field and spec.sheet_field not in texts and sheet.name and _converts(spec, sheet.name):
        texts[spec.sheet_field] = sheet.name
    row = Row(number=number, sheet=sheet.name, cells={to_camel(k): v for k, v in texts.items()})
    values: dict[str, Any] = {}
    for name, text in texts.items():
        if text == "":
            continue  # an empty cell keeps the default
        if name in spec.deferred:
            row.pending[name] = text
            continue
        convert = spec.convert.get(name)
        try:
            if isinstance(convert, ByConvention):
                values[name] = convert(text, convention)
            else:
                values[name] = convert(text) if convert else text
        except CellError as problem:
            row.fail(name, problem)
    row.values = values
    try:
        data = spec.model.model_validate(values)
    except ValidationError as exc:
        failed = {error["pointer"] for error in row.errors}
        row.errors += [error for error in _model_errors(number, exc) if error["pointer"] not in failed]
    else:
        row.data = None if row.errors else data
    return row


def _converts(spec: Spec, text: str) -> bool:
    """Whether a sheet's name is a value of the sheet field ("Blad1" is not a category)."""
    try:
        spec.convert[spec.sheet_field or ""](text)  # a choice, not a number: no convention
    except (CellError, KeyError):
        return False
    return True


def parse(table: Table, spec: Spec, number_format: NumberFormat | None = None) -> Parsed:
    """Every row of every sheet converted and validated; the errors of each kept with it. Numbers are read the
    `number_format` way, else the headers' way (`cells.number_format_of`): Dutch headers, Dutch numbers."""
    columns: list[Column] = []
    skipped = {normalise(name) for name in spec.skip_sheets}
    mapped = [(sheet, map_columns(sheet.headers, spec, sheet.name if len(table.sheets) > 1 else None))
              for sheet in table.sheets if not (sheet.name and normalise(sheet.name) in skipped)]
    convention = number_format or number_format_of(
        ((c.header, to_camel(c.field)) for _, cs in mapped for c in cs if c.field), spec.english, spec.neutral)
    rows: list[Row] = []
    for sheet, sheet_columns in mapped:
        columns += [c for c in sheet_columns if (c.header, c.field) not in {(k.header, k.field) for k in columns}]
        rows += [row for number, cells in yielding(sheet.rows)
                 if (row := _parse_row(number, sheet, cells, sheet_columns, spec, convention)) is not None]
    if not rows:
        raise InvalidInput("/file", "The file has column names but no rows.", code="empty_file")
    for column in columns:
        column.field = to_camel(column.field) if column.field else None
    return Parsed(columns=columns, rows=rows, number_format=convention,
                  number_format_source="headers" if number_format is None else "parameter")


def to_write(parsed: Parsed, *, dry_run: bool, only_valid: bool) -> list[Row]:
    """The rows to write: none on a dry run, the valid ones when asked; a 400 listing every error when a row
    has one and the caller did not ask for only the valid rows."""
    errors = parsed.errors
    if errors and not dry_run and not only_valid:
        counts = {"invalid": sum(1 for row in parsed.rows if not row.valid), "total": len(parsed.rows)}
        raise InvalidInput(detail="{invalid} of {total} rows have errors; nothing was imported. Correct them, or "
                           "import only the valid rows with onlyValid=true.".format(**counts), errors=errors,
                           problem="import_rows_invalid", problem_params=counts)
    return [] if dry_run else [row for row in parsed.rows if row.valid]
