"""Shared fixtures: one database per run (SQLite, or PostgreSQL when TEST_DATABASE_URL is set), built
by the migrations themselves; a transaction per test, rolled back after it; httpx clients in-process."""

import os
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Connection, Engine, create_engine, text
from sqlmodel import Session

os.environ.setdefault("DATA_DIR", tempfile.mkdtemp(prefix="leerkoers-test-"))
os.environ["FRONTEND_DIST"] = str(Path(os.environ["DATA_DIR"]) / "no-frontend")

from app.core.config import Settings, get_settings
from app.core.db import make_engine, open_session
from app.core.migrations import upgrade
from app.main import create_app
from app.responses import throttle
from tests import factories

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "")


def pytest_report_header() -> str:
    return f"database: {'PostgreSQL' if TEST_DATABASE_URL else 'SQLite'}"


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


def reset_postgres(url: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    if TEST_DATABASE_URL:
        reset_postgres(TEST_DATABASE_URL)
        return TEST_DATABASE_URL
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"


@pytest.fixture(scope="session")
def engine(database_url: str) -> Iterator[Engine]:
    upgrade(database_url)  # the schema the tests use is the one the migrations build
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def connection(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as connection:
        transaction = connection.begin()
        yield connection
        transaction.rollback()


@pytest.fixture
def db(connection: Connection) -> Iterator[Session]:
    with open_session(connection) as session:
        yield session


@pytest.fixture
def settings() -> Settings:
    return get_settings()


@pytest.fixture(scope="session")
def shared_app(engine: Engine):
    """One application for the run: FastAPI resolves an app's routes on its first requests (about a second for
    this API), so a new app per test would pay that a thousand times."""
    return create_app(get_settings(), bind=engine)


@pytest.fixture
def app(shared_app, connection: Connection, settings: Settings):
    """The application on this test's connection: its commits are savepoints, rolled back after the test. The
    respondent rate limits are counted per process, so each test starts with none counted; what a test overrides
    is undone after it. A test that changes the routes makes an app of its own (`create_app`)."""
    throttle.reset()
    parts = (shared_app, shared_app.state.api)
    for part in parts:
        part.state.bind = connection
        part.state.db_gate = None  # SQLite's turn-taking lock belongs to one test's event loop
    yield shared_app
    for part in parts:
        part.dependency_overrides.clear()
        part.state.bind = None


@pytest.fixture
async def anon(app) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver") as client:
        yield client


@pytest.fixture
def org(db: Session):
    return factories.make_organisation(db, "Gemeente Eenstad")


@pytest.fixture
def other_org(db: Session):
    return factories.make_organisation(db, "Gemeente Anderstad")


@pytest.fixture
async def api_as(app, db: Session, org) -> AsyncIterator[Callable[..., httpx.AsyncClient]]:
    """`api_as("editor")` → a client logged in (browser session, CSRF header set) as a new user with that role."""
    clients: list[httpx.AsyncClient] = []

    def make(role: str = "admin", organisation=None, user=None) -> httpx.AsyncClient:
        user = user or factories.make_user(db, organisation or org, role=role)
        cookie, csrf = factories.sign_in(db, user)
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="https://testserver",
            cookies={"leerkoers_session": cookie}, headers={"X-CSRF-Token": csrf},
        )
        client.user = user  # type: ignore[attr-defined]
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()


@pytest.fixture
def count_queries(connection: Connection):
    """`with count_queries() as counted: ...` then `counted.n`: SQL statements run on the test connection."""
    from contextlib import contextmanager

    from sqlalchemy import event

    @contextmanager
    def counting():
        class Counted:
            n = 0

        def on_execute(*_args: object) -> None:
            Counted.n += 1

        event.listen(connection, "before_cursor_execute", on_execute)
        try:
            yield Counted
        finally:
            event.remove(connection, "before_cursor_execute", on_execute)

    return counting


@pytest.fixture
def scratch_database(tmp_path) -> Callable[[str], str]:
    """`scratch_database("backup")` → the URL of an empty database of its own, for tests that migrate, restore or
    drop whole schemas and must leave the suite's shared one alone. On PostgreSQL it is named after the suite's
    database, so two suites on one server (each with its own TEST_DATABASE_URL) never share it."""

    def make(name: str) -> str:
        if not TEST_DATABASE_URL:
            return f"sqlite:///{tmp_path / f'{name}.db'}"
        base, suite_database = TEST_DATABASE_URL.rsplit("/", 1)
        scratch = f"{suite_database.split('?')[0]}_{name}"
        admin = create_engine(TEST_DATABASE_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
            connection.exec_driver_sql(f'CREATE DATABASE "{scratch}"')
        admin.dispose()
        url = f"{base}/{scratch}"
        reset_postgres(url)
        return url

    return make
