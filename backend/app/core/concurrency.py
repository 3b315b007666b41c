"""ETag / If-Match: every resource carries a version; an update must name the version it changes."""

import re
from typing import Annotated, Any

from fastapi import Header, Response
from pydantic import BaseModel
from sqlalchemy import ColumnElement, inspect, select, update
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session

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


def claim_version(db: Session, entity: Any, if_match: str | None) -> None:
    """`require_version`, then hold the entity's row for this transaction and check it is still that version.

    Two changes of one version are then decided here: the loser waits for the winner's row lock and is told
    412. Without the lock it would go on to write, and on PostgreSQL a write that meets the winner's (a
    unique key of a link row, say) fails as a 409 before its own version-checked UPDATE runs. On SQLite the
    lock is a plain read: requests take turns."""
    require_version(if_match, entity.version)
    table = inspect(entity).mapper.local_table
    with db.no_autoflush:
        stored = db.scalar(select(table.c.version).where(table.c.id == entity.id).with_for_update())
    if stored != entity.version:
        raise StaleVersion()


def claimed_changes(db: Session, entity: Any, data: BaseModel, if_match: str | None) -> dict[str, Any]:
    """The fields a PATCH sets, once `claim_version` holds the entity at the version If-Match names."""
    claim_version(db, entity, if_match)
    return data.model_dump(exclude_unset=True)


def record_use(db: Session, row: Any, *conditions: ColumnElement[bool], **values: Any) -> None:
    """A use of a row (a login, a session's extension, a token's last use) as a plain UPDATE, not the ORM's: a
    use is no change of the row, so it keeps the row's version and ETag, and parallel requests never fail on
    each other's use of it, nor on a delete meanwhile (the ORM's UPDATE of a changed or deleted row is a 412).
    `conditions` narrow the UPDATE further (e.g. at most once a minute)."""
    model = type(row)
    db.execute(update(model).where(model.id == row.id, *conditions).values(**values)
               .execution_options(synchronize_session=False))
    for name, value in values.items():
        set_committed_value(row, name, value)
