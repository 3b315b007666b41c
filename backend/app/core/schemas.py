"""Base shapes of the API: camelCase JSON, strict input, exact decimals."""

from decimal import Decimal
from typing import Annotated, Any, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PlainSerializer, field_validator
from pydantic.alias_generators import to_camel


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
            raise ValueError("Text may not contain NUL (\\u0000) characters.")
        return value


def _two_places(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01')):f}"


# Exact amounts with two decimals, written as strings in JSON ("314777.00"), never as floats.
Decimal2 = Annotated[
    Decimal,
    Field(max_digits=14, decimal_places=2, json_schema_extra={"pattern": r"^-?\d+(\.\d{1,2})?$"}),
    PlainSerializer(_two_places, return_type=str, when_used="json"),
]


T = TypeVar("T")


class Page(ApiModel, Generic[T]):
    items: list[T]
    page: int
    page_size: int
    total: int


def _present_not_null(value: object) -> object:
    if value is None:
        raise ValueError("Leave this field out to keep it, or give a value; it cannot be null.")
    return value


# For update fields that may be left out but not cleared: `Annotated[str | None, NotNull] = None`.
NotNull = AfterValidator(_present_not_null)
