"""Migrations run up from empty, down to nothing, and match the models exactly (no drift)."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect
from sqlmodel import SQLModel

from app import models  # noqa: F401
from app.core.migrations import current_revision, downgrade, head_revision, upgrade
from tests.conftest import TEST_DATABASE_URL, reset_postgres


@pytest.fixture
def scratch_url(tmp_path) -> str:
    if TEST_DATABASE_URL:
        # a database of its own, so the suite's shared schema is left alone; named after the suite's, so
        # two suites on one server (each with its own TEST_DATABASE_URL) never share it
        base, suite_database = TEST_DATABASE_URL.rsplit("/", 1)
        scratch = f"{suite_database.split('?')[0]}_migrations"
        admin = create_engine(TEST_DATABASE_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{scratch}"')
            connection.exec_driver_sql(f'CREATE DATABASE "{scratch}"')
        admin.dispose()
        url = f"{base}/{scratch}"
        reset_postgres(url)
        return url
    return f"sqlite:///{tmp_path / 'migrations.db'}"


def test_upgrade_downgrade_and_no_drift(scratch_url):
    engine = create_engine(scratch_url)
    upgrade(scratch_url)
    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        drift = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}),
                                 SQLModel.metadata)
    assert drift == [], f"models and migrations differ: {drift}"

    downgrade(scratch_url, "base")
    assert current_revision(engine) is None
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(scratch_url)  # and up again: downgrade left nothing behind that blocks it
    assert current_revision(engine) == head_revision()
    engine.dispose()
