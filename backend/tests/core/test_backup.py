"""Backups and restores (`app.core.backup`), as round trips on the database kind the suite runs on: the demo data
backed up, changed, restored, and every table compared; a backup from a newer release refused with nothing
changed; one from an older schema migrated; and the upgrade from the previous release's schema with its data."""

import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import MetaData, create_engine, inspect, select, text
from sqlmodel import Session, SQLModel

from app import models  # noqa: F401  (every table)
from app.core import backup as backups
from app.core.migrations import MigrationFailed, current_revision, downgrade, head_revision, upgrade
from app.demo.loader import load_demo
from tests import factories
from tests.conftest import TEST_DATABASE_URL

NOW = datetime(2026, 12, 2, 10, 30, tzinfo=UTC)
PREVIOUS_RELEASE = "d634dd07c833"  # the schema of release 0.4.0 (CHANGELOG): questionnaires, before rounds


def snapshot(url: str) -> dict[str, list[tuple]]:
    """Every table's rows, in primary-key order."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return {table.name: [tuple(row) for row in connection.execute(
                select(table).order_by(*table.primary_key.columns))]
                for table in SQLModel.metadata.sorted_tables}
    finally:
        engine.dispose()


def snapshot_of(url: str) -> dict[str, list[tuple]]:
    """Every table the database holds (of whatever schema revision), its rows unordered but complete."""
    engine = create_engine(url)
    try:
        metadata = MetaData()
        metadata.reflect(engine)
        with engine.connect() as connection:
            return {name: list(connection.execute(select(table))) for name, table in metadata.tables.items()
                    if name != "alembic_version"}
    finally:
        engine.dispose()


def with_demo(url: str) -> None:
    upgrade(url)
    engine = create_engine(url)
    with Session(engine) as db:
        load_demo(db, password="een lang demo wachtwoord")
        db.commit()
    engine.dispose()


def run_sql(url: str, *statements: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def test_a_round_trip_gives_back_every_row_of_every_table(scratch_database, tmp_path):
    url = scratch_database("backup")
    with_demo(url)
    before = snapshot(url)
    assert sum(1 for rows in before.values() if rows) > 40  # the demo fills nearly every table

    made = backups.backup(url, backups.default_target(url, tmp_path / "backups", NOW))
    assert made.name.startswith("leerkoers-20261202-103000") and made.stat().st_size > 0
    assert backups.revision_of(url, made) == head_revision()

    run_sql(url, "DELETE FROM answers", "DELETE FROM responses", "UPDATE people SET name = 'Veranderd'")
    assert snapshot(url) != before
    restored = backups.restore(url, made, safety_directory=tmp_path / "safety", now=NOW)
    assert (restored.revision, restored.migrated_to) == (head_revision(), None)
    assert snapshot(url) == before
    # what it replaced is kept: restoring that copy gives the changed database back
    assert restored.safety_copy is not None and restored.safety_copy.name.startswith("before-restore-")
    assert backups.revision_of(url, restored.safety_copy) == head_revision()


def test_a_backup_from_a_newer_release_is_refused_and_nothing_changes(scratch_database, tmp_path):
    newer = scratch_database("newer")
    upgrade(newer)
    run_sql(newer, "UPDATE alembic_version SET version_num = 'ffffffffffff'")
    made = backups.backup(newer, backups.default_target(newer, tmp_path / "newer", NOW))

    live = scratch_database("live")
    upgrade(live)
    engine = create_engine(live)
    with Session(engine) as db:
        factories.make_organisation(db, "Gemeente Blijft")
        db.commit()
    engine.dispose()
    before = snapshot(live)
    with pytest.raises(backups.BackupError, match="newer Leerkoers"):
        backups.restore(live, made, safety_directory=tmp_path / "safety", now=NOW)
    assert snapshot(live) == before
    assert not (tmp_path / "safety").exists()  # refused before anything was made or touched


def test_a_backup_of_the_previous_release_is_restored_and_migrated_with_its_data(scratch_database, tmp_path):
    """The upgrade procedure from release 0.4.0's schema with data: restored, migrated on, nothing of it lost."""
    old = scratch_database("older")
    with_demo(old)
    downgrade(old, PREVIOUS_RELEASE)  # the demo's data as the previous release held it
    kept = {table: rows for table, rows in snapshot_of(old).items()}
    made = backups.backup(old, backups.default_target(old, tmp_path, NOW))
    assert backups.revision_of(old, made) == PREVIOUS_RELEASE

    live = scratch_database("current")
    with_demo(live)
    restored = backups.restore(live, made, safety_directory=tmp_path / "safety", now=NOW)
    assert (restored.revision, restored.migrated_to) == (PREVIOUS_RELEASE, head_revision())
    after = snapshot_of(live)
    assert {table: len(rows) for table, rows in after.items() if table in kept} == \
        {table: len(rows) for table, rows in kept.items()}
    engine = create_engine(live)
    with engine.connect() as connection:
        # the upgrade filled the new column from the data it found: the evaluation form's rated questions
        aspects = dict(connection.execute(text(
            "SELECT evaluation_aspect, count(*) FROM questions WHERE evaluation_aspect IS NOT NULL "
            "GROUP BY evaluation_aspect")).all())
    engine.dispose()
    assert set(aspects) == {"trainer", "content", "added_value", "location", "overall"}


def test_not_a_backup_is_said_so(tmp_path, scratch_database):
    url = scratch_database("notabackup")
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"dit is geen back-up")
    with pytest.raises(backups.BackupError):
        backups.revision_of(url, junk)
    with pytest.raises(backups.BackupError, match="no backup"):
        backups.revision_of(url, tmp_path / "missing.dump")


def test_sqlite_backup_is_consistent_while_the_database_is_written(tmp_path):
    """SQLite's online backup copies a database that another connection is writing in WAL mode."""
    path = tmp_path / "live.db"
    url = f"sqlite:///{path}"
    upgrade(url)
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("CREATE TABLE burst (n INTEGER)")
    writer.executemany("INSERT INTO burst VALUES (?)", [(n,) for n in range(1000)])
    writer.commit()
    writer.execute("INSERT INTO burst VALUES (-1)")  # an open, uncommitted write: not in the copy
    made = backups.backup(url, tmp_path / "copy.sqlite3")
    writer.rollback()
    writer.close()
    with sqlite3.connect(made) as copy:
        assert copy.execute("SELECT count(*), min(n) FROM burst").fetchone() == (1000, 0)
    assert set(inspect(create_engine(f"sqlite:///{made}")).get_table_names()) >= {"alembic_version", "answers"}


@pytest.mark.skipif(not TEST_DATABASE_URL, reason="PostgreSQL runs the whole upgrade in one transaction; SQLite "
                    "can keep part of a failed migration, and the README says to restore the backup there")
def test_a_failed_upgrade_on_postgresql_keeps_the_previous_schema_and_its_data_and_says_which_migration(
        scratch_database):
    """The README's upgrade procedure: a migration that fails midway (here the rounds migration's fourth table is
    in the way) leaves the previous release's schema and every row as they were, and names the migration."""
    url = scratch_database("failed_upgrade")
    with_demo(url)
    downgrade(url, PREVIOUS_RELEASE)
    run_sql(url, "CREATE TABLE answers (id integer)")  # what an operator's stray table would do
    before = snapshot_of(url)

    with pytest.raises(MigrationFailed) as failure:
        upgrade(url)

    assert str(failure.value).startswith(
        "Migration 90b397e7a3b5 (rounds invitations responses answers) failed: relation \"answers\" already exists. "
        f"The database is at revision {PREVIOUS_RELEASE}; the upgrade ran in one transaction")
    engine = create_engine(url)
    assert current_revision(engine) == PREVIOUS_RELEASE
    assert "rounds" not in inspect(engine).get_table_names()  # made before the failure, and rolled back with it
    engine.dispose()
    assert snapshot_of(url) == before
