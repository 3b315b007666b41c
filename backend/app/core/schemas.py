"""Base shapes of the API: camelCase JSON, strict input, exact decimals, dates within reason.

Each input type documents exactly what it accepts, so the OpenAPI document tells the truth to clients
and to the fuzzer: a value the schema allows is accepted unless a business rule refuses it."""

import datetime
import re
from decimal import Decimal
from functools import partial
from typing import Annotated, Any, Generic, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    PlainSerializer,
    StrictInt,
    WithJsonSchema,
    field_validator,
)
from pydantic.alias_generators import to_camel
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

FIRST_YEAR, LAST_YEAR = 1900, 2200


class ApiModel(BaseModel):
    """Response shape: snake_case in Python, camelCase on the wire."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, from_attributes=True)


class ApiInput(ApiModel):
    """Request shape: unknown fields are an error, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul_characters(cls, value: Any) -> Any:
        # PostgreSQL text cannot hold NUL; refuse it here rather than fail on one database only.
        texts = value if isinstance(value, list) else [value]
        if any(isinstance(text, str) and "\x00" in text for text in texts):
            # its own code (as a query parameter's), so clients word it and it is not a generic value_error
            raise PydanticCustomError("nul_character", "Text may not contain NUL (\\u0000) characters.")
        return value


# --- whole numbers -------------------------------------------------------------------------------

def listed_once(values: list[Any]) -> list[Any]:
    """An `AfterValidator` for a list whose items must differ (with `uniqueItems` in its schema): a repeat is an
    error naming it."""
    seen: list[Any] = []
    for value in values:
        if value in seen:
            raise ValueError(f"'{value}' is listed twice.")
        seen.append(value)
    return seen


def _integral_float(value: Any) -> Any:
    # JSON Schema counts 2019.0 as an integer, so it is one; 2019.5, "2019" and true are still refused.
    return int(value) if isinstance(value, float) and value.is_integer() else value


# After an integer's bounds: `Annotated[StrictInt, Field(ge=0), IntegralFloat]` takes 3 and 3.0, never "3" or true.
# (Placed last, so the bounds stay `minimum`/`maximum` in the document.)
IntegralFloat = BeforeValidator(_integral_float)
WholeNumber = Annotated[StrictInt, IntegralFloat]


def whole_number(ge: int, le: int, description: str | None = None) -> Any:
    return Annotated[StrictInt, Field(ge=ge, le=le, description=description), IntegralFloat]


Year = whole_number(FIRST_YEAR, LAST_YEAR, f"Year, {FIRST_YEAR}-{LAST_YEAR}.")


# --- exact decimals ------------------------------------------------------------------------------

def _two_places(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01')):f}"


# Exact amounts with two decimals, written as strings in JSON ("314777.00"), never as floats.
Decimal2 = Annotated[
    Decimal,
    Field(max_digits=14, decimal_places=2, json_schema_extra={"pattern": r"^-?\d+\.\d{2}$"}),
    PlainSerializer(_two_places, return_type=str, when_used="json"),
]


def _digits_upto(limit: str) -> str:
    """A regex for the whole numbers 1..limit, written without leading zeros."""
    width = len(limit)
    options = [rf"[1-9]\d{{0,{width - 2}}}"] if width > 1 else []
    for i, digit in enumerate(limit):
        low = 1 if i == 0 else 0
        if int(digit) > low:
            rest = width - i - 1
            options.append(f"{limit[:i]}[{low}-{int(digit) - 1}]" + (rf"\d{{{rest}}}" if rest else ""))
    options.append(limit)
    return "|".join(options)


def decimal_pattern(maximum: Decimal, places: int, *, positive: bool) -> str:
    """The exact strings a non-negative decimal input accepts: no sign, exponent or leading zeros, at most
    `places` decimals, up to `maximum` (a whole number, or one whose decimals are all nines)."""
    whole, _, fraction = f"{maximum:f}".partition(".")
    decimals = rf"(\.\d{{1,{places}}})?"
    if fraction and fraction != "9" * places:
        raise ValueError(f"{maximum}: give a whole maximum, or one ending in .{'9' * places}")
    if fraction:  # every decimal up to whole.99 is below the maximum
        below = f"({_digits_upto(whole)}){decimals}"
    else:
        below = f"({_digits_upto(str(int(whole) - 1))}){decimals}|{whole}(\\.0{{1,{places}}})?" if whole != "1" \
            else rf"1(\.0{{1,{places}}})?"
    zero_fractions = "|".join(rf"{'0' * i}[1-9]\d{{0,{places - i - 1}}}" for i in range(places))
    small = rf"0\.({zero_fractions})" if positive else rf"0(\.\d{{1,{places}}})?"
    return f"^({small}|{below})$"


_DECIMAL_SHAPE = re.compile(r"(0|[1-9]\d*)(?:\.(\d+))?")


def _decimal_text(value: Any, *, places: int) -> Any:
    if isinstance(value, Decimal):  # from Python (the importer); JSON gives strings or numbers
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("decimal_type", 'Give the number as a string, e.g. "12.50".')
    if value.startswith("-"):
        raise PydanticCustomError("greater_than_equal", "Input should be greater than or equal to {ge}", {"ge": 0})
    match = _DECIMAL_SHAPE.fullmatch(value)
    if match is None:
        raise PydanticCustomError("decimal_parsing", 'Give a number like "12.50": digits, a point and decimals.')
    if match[2] and len(match[2]) > places:
        raise PydanticCustomError("decimal_max_places", "Decimal input should have no more than {decimal_places} "
                                  "decimal places", {"decimal_places": places})
    return value


def decimal_input(maximum: str, places: int = 2, *, positive: bool = False, description: str = "") -> Any:
    """A non-negative decimal a client sends, as a string: its pattern documents exactly what is accepted."""
    top = Decimal(maximum)
    low = "more than 0" if positive else "0 or more"
    bounds = f"{low}, at most {maximum}, with at most {places} decimals"
    return Annotated[
        Decimal,
        BeforeValidator(partial(_decimal_text, places=places)),
        Field(gt=0, le=top) if positive else Field(ge=0, le=top),
        WithJsonSchema({"type": "string", "pattern": decimal_pattern(top, places, positive=positive),
                        "description": f"{description} {bounds[0].upper()}{bounds[1:]}.".strip()}),
        PlainSerializer(lambda value: f"{value.quantize(Decimal(1).scaleb(-places)):f}", return_type=str,
                        when_used="json"),
    ]


# --- dates ---------------------------------------------------------------------------------------

FIRST_DAY, LAST_DAY = datetime.date(FIRST_YEAR, 1, 1), datetime.date(LAST_YEAR, 12, 31)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date_text(value: Any) -> Any:
    # Pydantic would also take 0 or "0" as a Unix time; the API takes ISO 8601 dates only.
    if isinstance(value, str) and not _ISO_DATE.fullmatch(value):
        raise PydanticCustomError("date_parsing", "Give the date as YYYY-MM-DD.")
    if not isinstance(value, (str, datetime.date)) or isinstance(value, datetime.datetime):
        raise PydanticCustomError("date_type", "Give the date as a string, YYYY-MM-DD.")
    return value


def _date_in_range(value: datetime.date) -> datetime.date:
    if not FIRST_DAY <= value <= LAST_DAY:
        raise PydanticCustomError("date_out_of_range", "Give a date from {first} to {last}.",
                                  {"first": FIRST_DAY.isoformat(), "last": LAST_DAY.isoformat()})
    return value


_DATE_DESCRIPTION = f"A date (YYYY-MM-DD) from {FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()}."
_DATE_PATTERN = r"^(19\d\d|2[01]\d\d|2200)-"  # the years FIRST_YEAR..LAST_YEAR

# Every date a client sends: ISO 8601, within FIRST_DAY..LAST_DAY.
BoundedDate = Annotated[
    datetime.date,
    BeforeValidator(_iso_date_text),
    AfterValidator(_date_in_range),
    WithJsonSchema({"type": "string", "format": "date", "pattern": _DATE_PATTERN,
                    "description": _DATE_DESCRIPTION}, mode="validation"),
]


_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def _iso_moment_text(value: Any) -> Any:
    # Pydantic would read "0.5" as a Unix time; the API takes ISO 8601 moments only.
    if isinstance(value, (int, float)) or (isinstance(value, str) and _NUMBER.fullmatch(value.strip())):
        raise PydanticCustomError("datetime_parsing", "Give the moment in ISO 8601, e.g. 2014-02-03T09:00:00Z.")
    return value


# A moment a client sends (a filter): ISO 8601, never a number.
IsoDateTime = Annotated[datetime.datetime, BeforeValidator(_iso_moment_text)]


# --- pages ---------------------------------------------------------------------------------------

T = TypeVar("T")


class Page(ApiModel, Generic[T]):
    items: list[T]
    page: int
    page_size: int
    total: int

    @classmethod
    def model_parametrized_name(cls, params: tuple[type[Any], ...]) -> str:
        # `Page[InterventionRead]` is `InterventionPage` in the document: schema names are UpperCamelCase.
        (item,) = params
        return f"{getattr(item, '__name__', 'Item').removesuffix('Read')}Page"


# --- update fields -------------------------------------------------------------------------------

class _NotNull:
    """`Annotated[str | None, NotNull] = None`: the field may be left out (None in Python) but not sent
    as null; the document shows it without null."""

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(_present_not_null, handler(source))

    def __get_pydantic_json_schema__(self, schema: core_schema.CoreSchema,
                                     handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return _without_null(handler(schema))


def _present_not_null(value: object) -> object:
    if value is None:
        raise ValueError("Leave this field out to keep it, or give a value; it cannot be null.")
    return value


def _without_null(schema: JsonSchemaValue) -> JsonSchemaValue:
    options = [option for option in schema.get("anyOf", []) if option != {"type": "null"}]
    if not options:
        return schema
    rest = {key: value for key, value in schema.items() if key != "anyOf"}
    return {**options[0], **rest} if len(options) == 1 else {**rest, "anyOf": options}


NotNull = _NotNull()
