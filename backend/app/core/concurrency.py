"""ETag / If-Match: every resource carries a version; an update must name the version it changes."""

import re
from typing import Annotated

from fastapi import Header, Response

from app.core.errors import PreconditionRequired, StaleVersion

_ETAG = re.compile(r'^\s*(?:W/)?"(\d{1,18})"\s*$')

IfMatch = Annotated[
    str | None,
    Header(alias="If-Match", description='The ETag of the version you change, e.g. `"3"`.', max_length=100),
]


def etag(version: int) -> str:
    return f'"{version}"'


def set_etag(response: Response, version: int) -> None:
    response.headers["ETag"] = etag(version)


def require_version(if_match: str | None, current: int) -> None:
    """Raise 428 without If-Match and 412 when it names another version than the stored one."""
    if not if_match:
        raise PreconditionRequired()
    if if_match.strip() == "*":
        return
    match = _ETAG.match(if_match)
    if match is None or int(match.group(1)) != current:
        raise StaleVersion()
