"""Routes match only what their path parameters can be.

`/budgets/{budget_id}` with `budget_id: uuid.UUID` would otherwise also match `/budgets/export`, so a
PATCH there answered 400 (not a UUID) instead of 405. With the UUID convertor the template matches
UUIDs only: another word is a 404 (nothing here) or, where another route has that path, a 405.
"""

import re
import uuid
from collections.abc import Iterable, Set
from functools import lru_cache

from fastapi.routing import APIRoute
from starlette.routing import BaseRoute, compile_path


def _typed_path(path: str, uuids: Set[str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: f"{{{m[1]}:uuid}}" if m[1] in uuids else m[0], path)


@lru_cache(maxsize=512)
def template_regex(template: str, uuids: frozenset[str]) -> re.Pattern[str]:
    """What a documented path template matches, with its UUID parameters as the routes match them."""
    return compile_path(_typed_path(template, uuids))[0]


def match_uuid_path_params(routes: Iterable[BaseRoute]) -> None:
    for route in routes:
        if isinstance(route, APIRoute):
            uuids = {field.alias for field in route.dependant.path_params if field.field_info.annotation is uuid.UUID}
            if uuids:  # before the router is included: the included route is built from this path
                route.path = _typed_path(route.path, uuids)
                route.path_regex, route.path_format, route.param_convertors = compile_path(route.path)
