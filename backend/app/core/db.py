"""Engine, the per-request transaction, and the columns every table shares."""

import contextlib
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Annotated, Any, TypeVar

import anyio
from fastapi import Depends, Request
from sqlalchemy import Connection, Dialect, Engine, Text, create_engine, event, insert
from sqlalchemy.orm import declared_attr
from sqlalchemy.pool import QueuePool
from sqlmodel import Field, Session, SQLModel
from starlette.concurrency import run_in_threadpool

from app.core.config import get_settings

T = TypeVar("T")


def utcnow() -> datetime:
    return datetime.now(UTC)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        # One connection per process, lent to one request at a time: SQLite has one writer, and several
        # writers only queue on the file lock (1.4-2 s p99 in our measurements). Concurrent requests wait
        # their turn for the connection (the pool), never share it mid-transaction.
        engine = create_engine(url, poolclass=QueuePool, pool_size=1, max_overflow=0, pool_timeout=30,
                               connect_args={"check_same_thread": False})
        _configure_sqlite(engine)
        return engine
    # No ping before each checkout (a round trip on every request, ~10 % of a catalogue page's throughput): a
    # connection PostgreSQL dropped fails its request with a 503 (core.errors) and SQLAlchemy then discards every
    # pooled connection older than it, so the next request reconnects (tests/durability).
    return create_engine(url, pool_size=10, max_overflow=10)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy issue BEGIN itself (pysqlite's own transaction handling breaks savepoints).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


@lru_cache
def get_engine() -> Engine:
    return make_engine(get_settings().resolved_database_url)


def open_session(bind: Engine | Connection) -> Session:
    """A session on the engine, or (tests) inside a connection's transaction: its commits become savepoints."""
    if isinstance(bind, Connection):
        return Session(bind=bind, join_transaction_mode="create_savepoint", expire_on_commit=False)
    return Session(bind, expire_on_commit=False)


def _gate(state: Any) -> anyio.Lock | contextlib.nullcontext[None]:
    """SQLite has one writer, so requests take turns for its connection, waiting in the event loop rather
    than in worker threads (threads blocked on a connection would starve the request that holds it)."""
    if state.bind.dialect.name != "sqlite":
        return contextlib.nullcontext()
    gate = getattr(state, "db_gate", None)
    if gate is None:
        gate = state.db_gate = anyio.Lock()
    return gate


@contextlib.asynccontextmanager
async def transaction(state: Any) -> AsyncIterator[Session]:
    """A session in one transaction on `state.bind` (the engine; a test's connection): committed when the
    block ends, rolled back when it raises. On SQLite the block holds the gate."""
    async with _gate(state):
        session = open_session(state.bind)
        try:
            yield session
        except BaseException:
            await run_in_threadpool(_end, session, commit=False)
            raise
        await run_in_threadpool(_end, session, commit=True)


def _end(session: Session, *, commit: bool) -> None:
    """Commit (or roll back) and close in one worker-thread call: a request's end is one hop, not two."""
    try:
        if commit:
            session.commit()
        else:
            session.rollback()
    except BaseException:
        if commit:
            session.rollback()
        raise
    finally:
        session.close()


async def get_db(request: Request) -> AsyncIterator[Session]:
    """One transaction per request: committed when the handler returns, rolled back when it raises."""
    async with transaction(request.app.state) as session:
        yield session


# scope="function": the commit runs before the response is sent, so a failed commit is an error
# answer, never a 200 for a change that was lost.
DbSession = Annotated[Session, Depends(get_db, scope="function")]


def _in_transaction(bind: Engine | Connection, function: Callable[..., T], args: Any, kwargs: Any,
                    autocommit: bool = False) -> T:
    session = open_session(bind)
    if autocommit:
        session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})  # the pool resets it on return
    try:
        result = function(session, *args, **kwargs)
    except BaseException:
        _end(session, commit=False)
        raise
    _end(session, commit=True)
    return result


class Later:
    """The database as one call: the transaction, the work and the commit in one worker-thread hop.

    For a route that first works long without the database (an import reading its file): it takes its transaction,
    and on SQLite the gate, only when it calls `run`, so other requests are not kept waiting meanwhile; its caller
    authenticates in a short transaction of its own (`auth.deps.BriefEditorScope`). And for the hot respondent
    routes: a `DbSession` route costs three hops (its dependencies, the handler, the commit), and on SQLite holds
    the gate across all three and the event loop's turns between them; here the gate is held for the work alone."""

    def __init__(self, request: Request) -> None:
        self._state = request.app.state
        self.dialect: Dialect = request.app.state.bind.dialect

    async def run(self, function: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """`function(session, *args, **kwargs)` in a worker thread, in one transaction, committed there."""
        async with _gate(self._state):
            return await run_in_threadpool(_in_transaction, self._state.bind, function, args, kwargs)

    async def read(self, function: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """`run` for work that reads (and at most keeps a record of itself, as a session's sliding expiry). On
        PostgreSQL it runs without a transaction, each statement committed by itself: that spares the BEGIN and the
        COMMIT, two of a catalogue page's five round trips, and loses nothing, since at READ COMMITTED each
        statement of a transaction takes a snapshot of its own anyway. On SQLite (no round trips) and inside a
        test's connection it is `run`."""
        bind = self._state.bind
        autocommit = isinstance(bind, Engine) and bind.dialect.name == "postgresql"
        async with _gate(self._state):
            return await run_in_threadpool(_in_transaction, bind, function, args, kwargs, autocommit)


async def _later(request: Request) -> Later:  # async: FastAPI would build a class dependency in a worker thread
    return Later(request)


LaterDb = Annotated[Later, Depends(_later)]


def with_defaults(model: Any, values: dict[str, Any]) -> dict[str, Any]:
    """`values` and the Python defaults of the model's other columns (id, timestamps, version)."""
    for column in model.__table__.columns:
        default = column.default
        if column.key not in values and default is not None and (default.is_callable or default.is_scalar):
            values[column.key] = default.arg(None) if default.is_callable else default.arg
    return values


@dataclass(frozen=True)
class BulkInsert:
    """An INSERT of many rows whose values were converted for the database before the transaction, so that
    the transaction only sends them: an import of thousands holds the SQLite gate for a moment."""

    sql: str
    parameters: list[Any]

    @classmethod
    def of(cls, dialect: Dialect, model: Any, rows: list[dict[str, Any]]) -> "BulkInsert":
        """Rows with the same keys, e.g. from `with_defaults`."""
        table = model.__table__
        keys = list(rows[0]) if rows else []
        compiled = insert(table).compile(dialect=dialect, column_keys=keys)
        processors = {key: table.c[key].type.dialect_impl(dialect).bind_processor(dialect) for key in keys}

        def value(row: dict[str, Any], key: str) -> Any:
            processor = processors[key]
            return row[key] if processor is None else processor(row[key])

        if compiled.positional:
            order = list(compiled.positiontup or ())
            parameters: list[Any] = [tuple(value(row, key) for key in order) for row in rows]
        else:
            parameters = [{key: value(row, key) for key in keys} for row in rows]
        return cls(sql=str(compiled), parameters=parameters)

    def execute(self, db: Session) -> None:
        if self.parameters:
            db.connection().exec_driver_sql(self.sql, self.parameters)


class Entity(SQLModel):
    """Columns of every table: UUID id, timestamps (UTC) and an optimistic-lock version."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow, sa_column_kwargs={"onupdate": utcnow})
    version: int = Field(default=1)

    # SQLAlchemy bumps `version` on every UPDATE and refuses (StaleDataError → 412) when the row
    # changed underneath: concurrent edits are never silently lost.
    @declared_attr  # type: ignore[misc]
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.__table__.c.version}


def tenant_key() -> Any:
    """The organisation a row belongs to: gone with it. Every tenant table's, `Entity` or not (link tables)."""
    return Field(foreign_key="organisations.id", index=True, ondelete="CASCADE")


def link_key(target: str, *, ondelete: str = "CASCADE", index: bool = False) -> Any:
    """One half of a link table's primary key: a reference to `target` ("stakeholders.id"). The key's first
    column is indexed by the primary key itself; the second wants `index=True` for lookups from its side."""
    return Field(foreign_key=target, primary_key=True, index=index, ondelete=ondelete)


class TenantEntity(Entity):
    organisation_id: uuid.UUID = tenant_key()


class OrderedEntity(TenantEntity):
    """A row among ordered siblings (`core.ordering`): a description and its place under its parent."""

    description: str = Field(default="", sa_type=Text)
    position: int = Field(default=0)
