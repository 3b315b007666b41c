"""Every operation of the API, as (method, path, required role), read from the app itself so that
routes added later are covered by the walks in test_isolation.py without being listed anywhere."""

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts

from app.core.scope import Role


@dataclass(frozen=True)
class Operation:
    method: str
    path: str  # relative to /api/v1, with {placeholders}
    required_role: Role | None  # None: public
    # path parameters that are not ids but one of an enum's values (a checklist item): a valid value of each, so
    # the walks reach the operation with the id they put in the others
    fixed: tuple[tuple[str, str], ...] = ()

    def url(self, value: uuid.UUID | str | None = None) -> str:
        default, fixed = str(value or uuid.uuid4()), dict(self.fixed)
        return "/api/v1" + re.sub(r"\{([^}:]+)[^}]*\}", lambda m: fixed.get(m.group(1), default), self.path)

    @property
    def has_path_params(self) -> bool:
        return "{" in self.path


def _required_role(dependant: Dependant) -> Role | None:
    role = getattr(dependant.call, "required_role", None)
    if role is not None:
        return role
    for sub in dependant.dependencies:
        found = _required_role(sub)
        if found is not None:
            return found
    return None


def _fixed(dependant: Dependant) -> tuple[tuple[str, str], ...]:
    enums = [(param.alias, param.field_info.annotation) for param in dependant.path_params]
    return tuple((name, next(iter(kind)).value) for name, kind in enums
                 if isinstance(kind, type) and issubclass(kind, Enum))


def operations(api: FastAPI) -> Iterator[Operation]:
    for context in iter_route_contexts(api.routes):
        route = context.original_route
        if not isinstance(route, APIRoute) or not route.include_in_schema:
            continue
        for method in sorted(route.methods):
            yield Operation(method=method, path=context.path or route.path,
                            required_role=_required_role(route.dependant), fixed=_fixed(route.dependant))
