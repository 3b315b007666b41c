"""A spreadsheet cell's text to a value, for `core.tabular`'s imports: numbers written the Dutch or English way
(by the file's convention, `read_number`), ja/nee, lists, and a domain's choices with their Dutch words. Each
raises `CellError` with a stable code."""

import re
from collections.abc import Callable, Iterable, Mapping, Set
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import lru_cache
from types import UnionType
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel

from app.core.dutch import MONTHS
from app.core.spreadsheet import unquote
from app.core.vocabulary import NumberFormat


class CellError(Exception):
    """A cell's text cannot be the field's value; `at` points inside the field (a list item's index)."""

    def __init__(self, code: str, detail: str, at: str = "", params: dict[str, Any] | None = None) -> None:
        super().__init__(detail)
        self.code, self.detail, self.at, self.params = code, detail, at, dict(params or {})


def text_of(value: Any) -> str:
    """A cell as text: whole numbers without `.0`, dates as ISO dates, booleans as ja/nee."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float):
        return Number(str(int(value)) if value.is_integer() else repr(value))
    if isinstance(value, int):
        return Number(str(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return unquote(str(value).strip())


def normalise(text: str) -> str:
    """Case, accents of punctuation and spacing do not matter: `Doel-groep ` → `doel groep`."""
    text = str(text).strip().lower().replace("_", " ").replace("-", " ").replace("'", "").replace("\u2019", "")
    text = re.sub(r"[^\w€/ ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


class Number(str):
    """A cell the file stored as a number (an XLSX numeric cell), as text: read as it is, whatever the file's
    number convention, since no person typed its separators."""


_SEPARATORS = {NumberFormat.nl: (".", ","), NumberFormat.en: (",", ".")}  # (groups thousands, starts decimals)
_NAMES = {NumberFormat.nl: "Dutch", NumberFormat.en: "English"}
_CURRENCY = re.compile(r"^(€|eur)\s*|\s*(€|eur)$", re.IGNORECASE)


@lru_cache(maxsize=32)
def _pattern(convention: NumberFormat, max_decimals: int) -> re.Pattern[str]:
    group, point = (re.escape(char) for char in _SEPARATORS[convention])
    return re.compile(rf"(\d+|\d{{1,3}}(?:{group}\d{{3}})+)(?:{point}(\d{{1,{max_decimals}}}|-))?")


def _strict(body: str, convention: NumberFormat, max_decimals: int) -> Decimal | None:
    """The number in one convention, or None: plain digits or 1-3 digits then groups of exactly three (a
    space groups too), optionally the decimal separator and 1..max_decimals digits (`,-`: whole euros, Dutch)."""
    group = _SEPARATORS[convention][0]
    match = _pattern(convention, max_decimals).fullmatch(body.replace(" ", group))
    if match is None or (match.group(2) == "-" and convention is not NumberFormat.nl):
        return None
    cents = match.group(2) if match.group(2) not in (None, "-") else ""
    return Decimal(f"{match.group(1).replace(group, '')}.{cents or '0'}")


def read_number(text: str, convention: NumberFormat, max_decimals: int = 2) -> Decimal:
    """A number as a person writes it, in `convention` (the same rules as the SPA's `readMoney`): nl `4.800`,
    `4.800,50`, `€ 4.800`, `4800`, `4.800,-`; en `4,800.50`. A text that is no number in `convention` but is
    one in the other (nl `4.80`, `1,234`; en `4.800`, `4,80`) is ambiguous and refused, never guessed; more
    than `max_decimals` decimals is refused, not rounded."""
    if isinstance(text, Number):
        try:
            return Decimal(str(text))
        except InvalidOperation:
            raise CellError("not_a_number", f"'{text}' is not a number.") from None
    body = re.sub(r"[\s\u00a0\u202f]+", " ", text).strip()
    body = _CURRENCY.sub("", body).strip()
    negative = body[:1] in ("-", "\u2212")
    if negative:
        body = _CURRENCY.sub("", body[1:].strip()).strip()
    sign = -1 if negative else 1
    own = _strict(body, convention, max_decimals)
    if own is not None:
        return sign * own
    other = NumberFormat.en if convention is NumberFormat.nl else NumberFormat.nl
    theirs = _strict(body, other, max_decimals)
    if theirs is not None:
        raise CellError("ambiguous_number", f"'{text}' can be read two ways: written the {_NAMES[other]} way it is "
                        f"{sign * theirs}, but this file is read the {_NAMES[convention]} way. Write it so.",
                        params={"text": text, "other": str(sign * theirs), "numberFormat": convention.value})
    if _strict(body, convention, 99) is not None:
        raise CellError("too_many_decimals", f"'{text}' has more than {max_decimals} decimals.",
                        params={"max_decimals": max_decimals})
    raise CellError("not_a_number", f"'{text}' is not a number.")


class ByConvention:
    """A converter that reads the file's number convention: `tabular.parse` calls it with the text and the
    convention chosen for the file."""

    def __init__(self, convert: Callable[[str, NumberFormat], Any]) -> None:
        self.convert = convert

    def __call__(self, text: str, convention: NumberFormat = NumberFormat.nl) -> Any:
        return self.convert(text, convention)


decimal = ByConvention(read_number)


def number_format_of(headers: Iterable[tuple[str, str]], english: Set[str], neutral: Set[str]) -> NumberFormat:
    """How a file writes numbers, from the language of its known headers ((header, camelCase field) pairs):
    English when more are English words (or the field's own name) than Dutch ones, else Dutch, the default
    (a file of only neutral headers, such as `status`, is Dutch)."""
    counts = {NumberFormat.nl: 0, NumberFormat.en: 0}
    for header, field_name in headers:
        text = normalise(header)
        if text in neutral:
            continue
        counts[NumberFormat.en if text in english or text == normalise(field_name) else NumberFormat.nl] += 1
    return NumberFormat.en if counts[NumberFormat.en] > counts[NumberFormat.nl] else NumberFormat.nl


def _integer(text: str, convention: NumberFormat) -> int:
    try:
        value = read_number(text, convention)
    except CellError as problem:
        if problem.code == "ambiguous_number":
            raise
        raise CellError("not_a_whole_number", f"'{text}' is not a whole number.") from None
    if value != value.to_integral_value() or abs(value) > 10**12:
        raise CellError("not_a_whole_number", f"'{text}' is not a whole number.")
    return int(value)


integer = ByConvention(_integer)


def read_date(text: str) -> date:
    """`2014-05-01`, `1-5-2014`, `01/05/2014` or `1 mei 2014`: day first, as Dutch people and HR systems write it
    (a spreadsheet's date cell arrives as `2014-05-01 00:00:00`)."""
    cleaned = text.strip().lower()
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[ t]00:00(?::00)?)?", cleaned)
    numeric = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", cleaned)
    written = re.fullmatch(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})", cleaned)
    month_of = {name[:3]: number for number, name in enumerate(MONTHS, start=1)}
    if iso:
        year, month, day = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
    elif numeric:
        day, month, year = int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3))
    elif written and written.group(2)[:3] in month_of:
        day, month, year = int(written.group(1)), month_of[written.group(2)[:3]], int(written.group(3))
    else:
        raise CellError("invalid_date", f"'{text}' is not a date (write e.g. 1-5-2014 or 2014-05-01).")
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError("invalid_date", f"'{text}' is not a date of the calendar.") from None


_TRUE = {"ja", "yes", "true", "waar", "1", "x", "j", "y"}
_FALSE = {"nee", "no", "false", "onwaar", "0", "n", ""}


def boolean(text: str) -> bool:
    key = normalise(text)
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise CellError("not_yes_or_no", f"'{text}' is not ja or nee.")


_LIST_SPLIT = re.compile(r"\s*[;|\n,]\s*")


def items(text: str) -> list[str]:
    """`a; b, c` → the items."""
    return [item for item in _LIST_SPLIT.split(text) if item.strip()]


def choice(kind: type[StrEnum], words: Mapping[str, str] | None = None) -> Callable[[str], str]:
    """A converter to a member of `kind`: its value, or one of `words` (normalised word → value)."""
    known = {**(words or {}), **{normalise(member.value): member.value for member in kind}}
    named = {value: word for word, value in reversed(list((words or {}).items()))}
    allowed = ", ".join(sorted({named.get(member.value, member.value) for member in kind}))

    def convert(text: str) -> str:
        value = known.get(normalise(text))
        if value is None:
            raise CellError("unknown_value", f"'{text}' is not known here; use one of: {allowed}.")
        return value

    return convert


def choices(model: type[BaseModel],
            words: Mapping[type[StrEnum], Mapping[str, str]]) -> dict[str, Callable[[str], Any]]:
    """A converter per field of `model` that holds a choice (`choice`) or a list of them (`a; b`, each once), with
    the `words` for its kind."""
    found: dict[str, Callable[[str], Any]] = {}
    for name, info in model.model_fields.items():
        if chosen := _choice_in(info.annotation):
            kind, listed = chosen
            one = choice(kind, words.get(kind))
            found[name] = _listed(one) if listed else one
    return found


def _choice_in(annotation: Any, listed: bool = False) -> tuple[type[StrEnum], bool] | None:
    """The StrEnum of `X`, `X | None` or `list[X]`, and whether it is a list."""
    if isinstance(annotation, type) and issubclass(annotation, StrEnum):
        return annotation, listed
    if get_origin(annotation) is list and not listed:
        return _choice_in(get_args(annotation)[0], True)
    if get_origin(annotation) in (Union, UnionType):
        return next(filter(None, (_choice_in(arg, listed) for arg in get_args(annotation))), None)
    return None


def _listed(one: Callable[[str], str]) -> Callable[[str], list[str]]:
    def convert(text: str) -> list[str]:
        return list(dict.fromkeys(one(item) for item in items(text)))

    return convert
