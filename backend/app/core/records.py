"""The writes of a tenant table whose rules are of two kinds, `Unique` and `Refers`: create, get, update and
delete, each recorded in the audit trail (`core.audit`), stated once per table as a `Records` instead of four
functions per domain. A rule checks a new row's values, or a PATCH's with the row it changes.

A table with rules of its own keeps functions of its own and calls these rules in them."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from pydantic import BaseModel
from pydantic.alias_generators import to_camel
from sqlalchemy import func
from sqlmodel import Session

from app.core import audit
from app.core.scope import Scope
from app.core.tenancy import ensure_unique, get_or_404, reference, scoped

T = TypeVar("T")


class Rule(Protocol):
    def check(self, db: Session, scope: Scope, values: Mapping[str, Any], row: Any = None) -> None: ...


def _pointer(field: Any) -> str:
    return f"/{to_camel(field.key)}"


@dataclass(frozen=True)
class Unique:
    """A rule of a tenant table: no two of the organisation's rows have the same `field` (text compared without
    case with `ignore_case`) and the same `within` fields. Broken: `ensure_unique`'s 409 at the field's pointer;
    `detail` may name the values (`{year}`: the fields' names)."""

    field: Any  # a model's column attribute, e.g. Theme.title
    detail: str
    message: str
    within: tuple[Any, ...] = ()  # e.g. (Theme.plan_id,): unique within a plan
    ignore_case: bool = False

    def check(self, db: Session, scope: Scope, values: Mapping[str, Any], row: Any = None) -> None:
        """A new row's `values`; or, with the `row` a PATCH changes, the fields it sets, checked with the row's
        other fields (nothing to check when it changes none of the rule's)."""
        names = [self.field.key, *(column.key for column in self.within)]
        if row is not None:
            if not any(name in values and values[name] != getattr(row, name) for name in names):
                return
            values = {name: values.get(name, getattr(row, name)) for name in names}
        value = values[self.field.key]
        same = func.lower(self.field) == value.lower() if self.ignore_case else self.field == value
        statement = scoped(self.field.class_, scope).where(same, *(column == values[column.key]
                                                                    for column in self.within))
        ensure_unique(db, statement, pointer=_pointer(self.field), detail=self.detail.format_map(values),
                      message=self.message, excluding=None if row is None else row.id)


@dataclass(frozen=True)
class Refers:
    """A rule of a tenant table: `field` names a row of `parent` (a `noun`) of the caller's organisation; unknown
    or another organisation's: 400 on the field (`tenancy.reference`). Null, or left out of a PATCH: nothing to
    check."""

    field: Any  # e.g. Insight.programme_id
    parent: Any
    noun: str

    def check(self, db: Session, scope: Scope, values: Mapping[str, Any], row: Any = None) -> None:
        if values.get(self.field.key) is not None:
            reference(db, scope, self.parent, values[self.field.key], _pointer(self.field), self.noun)


class Records(Generic[T]):
    """The caller's rows of `model`, as the routes call them: the row's id comes as `<key>=` (`trainer_id=`), a
    body as `data=`. Creating and updating check the `rules`, in order; every write is recorded as `entity_type`
    with the values of `fields`."""

    def __init__(self, model: type[T], *, entity_type: str, fields: tuple[str, ...], noun: str,
                 rules: tuple[Rule, ...] = ()) -> None:
        self.model, self.entity_type, self.fields, self.noun, self.rules = model, entity_type, fields, noun, rules

    def get(self, db: Session, scope: Scope, **key: uuid.UUID) -> T:
        """The row, or 404 "There is no <noun> with this id."."""
        (id_,) = key.values()
        return get_or_404(db, scope, self.model, id_, self.noun)

    def create(self, db: Session, scope: Scope, *, data: BaseModel) -> T:
        values = data.model_dump()
        for rule in self.rules:
            rule.check(db, scope, values)
        return audit.create_recorded(db, scope, self.model, values, entity_type=self.entity_type, fields=self.fields)

    def update(self, db: Session, scope: Scope, *, data: BaseModel, if_match: str | None, **key: uuid.UUID) -> T:
        row = self.get(db, scope, **key)

        def check(values: dict[str, Any]) -> None:
            for rule in self.rules:
                rule.check(db, scope, values, row)

        return audit.update_claimed(db, scope, row, data, if_match, entity_type=self.entity_type, fields=self.fields,
                                    check=check)

    def delete(self, db: Session, scope: Scope, **key: uuid.UUID) -> None:
        self.remove(db, scope, self.get(db, scope, **key))

    def remove(self, db: Session, scope: Scope, row: T) -> None:
        """Deletes a row found already (a domain's delete, after its own checks) and records it."""
        audit.delete_recorded(db, scope, row, entity_type=self.entity_type, fields=self.fields)
