"""Migrations run up from empty, down to nothing, and match the models exactly (no drift)."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect
from sqlmodel import SQLModel

from app import models  # noqa: F401
from app.core.migrations import current_revision, downgrade, head_revision, upgrade


@pytest.fixture
def scratch_url(scratch_database) -> str:
    return scratch_database("migrations")


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
