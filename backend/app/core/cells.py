"""A spreadsheet cell's text to a value, for `core.tabular`'s imports: numbers written the Dutch or English
way, ja/nee, lists, and a domain's choices with their Dutch words. Each raises `CellError` with a stable code."""

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from app.core.spreadsheet import unquote


class CellError(Exception):
    """A cell's text cannot be the field's value; `at` points inside the field (a list item's index)."""

    def __init__(self, code: str, detail: str, at: str = "") -> None:
        super().__init__(detail)
        self.code, self.detail, self.at = code, detail, at


def text_of(value: Any) -> str:
    """A cell as text: whole numbers without `.0`, dates as ISO dates, booleans as ja/nee."""
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
    return unquote(str(value).strip())


def normalise(text: str) -> str:
    """Case, accents of punctuation and spacing do not matter: `Doel-groep ` → `doel groep`."""
    text = str(text).strip().lower().replace("_", " ").replace("-", " ").replace("'", "").replace("\u2019", "")
    text = re.sub(r"[^\w€/ ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def decimal(text: str) -> Decimal:
    """`1.500,00`, `1,500.00`, `1500,5` and `€ 12` are numbers."""
    cleaned = text.replace("€", "").replace(" ", "").replace("\u00a0", "")
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".") if cleaned.rfind(",") > cleaned.rfind(".") \
            else cleaned.replace(",", "")
    elif "," in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise CellError("not_a_number", f"'{text}' is not a number.") from None
    if not value.is_finite():
        raise CellError("not_a_number", f"'{text}' is not a number.")
    return value


def integer(text: str) -> int:
    value = decimal(text)
    if value != value.to_integral_value() or abs(value) > 10**12:
        raise CellError("not_a_whole_number", f"'{text}' is not a whole number.")
    return int(value)


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
