"""Backups and restores of the whole database (README: Backups and restores).

- **SQLite**: SQLite's online backup API, page by page into a new file: consistent while the server keeps
  running and writing (the WAL included).
- **PostgreSQL**: `pg_dump --format=custom` and `pg_restore`, the tools of the server's own release; the
  connection comes from DATABASE_URL, its password through the environment (never on a command line).

A backup carries its schema revision (Alembic's `alembic_version` inside it). Restoring refuses a backup whose
revision this release does not know (made by a newer Leerkoers: upgrade first) and migrates one from an older
revision to the current schema. Before it replaces anything, a restore backs up the database it replaces, so a
mistaken restore is itself undone by a restore. Stop the server while restoring."""

import os
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, inspect, make_url

from app.core.migrations import current_revision, head_revision, known_revisions, upgrade

SQLITE_SUFFIX, POSTGRES_SUFFIX = ".sqlite3", ".dump"


class BackupError(Exception):
    """A backup that cannot be made or restored; the message says why and what to do."""


@dataclass(frozen=True)
class Restored:
    revision: str  # the backup's schema revision
    migrated_to: str | None  # the revision it was migrated to (None: it was current)
    safety_copy: Path | None  # the backup of what the restore replaced (None: the database was empty)


def _is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _sqlite_path(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise BackupError("An in-memory SQLite database has nothing to back up.")
    return Path(database)


def _libpq(url: str) -> tuple[list[str], dict[str, str]]:
    """The `--dbname` argument and the environment that point pg_dump and pg_restore at DATABASE_URL."""
    parsed = make_url(url)
    env = {**os.environ}
    for variable, value in (("PGHOST", parsed.host), ("PGPORT", parsed.port), ("PGUSER", parsed.username),
                            ("PGPASSWORD", parsed.password)):
        if value is not None:
            env[variable] = str(value)
    return [f"--dbname={parsed.database}"], env


def _run(command: list[str], env: dict[str, str]) -> str:
    try:
        # the command is ours (pg_dump or pg_restore, with arguments from DATABASE_URL), never a user's input
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    except FileNotFoundError as exc:
        raise BackupError(f"{command[0]} is not installed: install the PostgreSQL client tools.") from exc
    if done.returncode != 0:
        raise BackupError(f"{command[0]} failed: {done.stderr.strip()}")
    return done.stdout


def default_target(url: str, directory: Path, now: datetime) -> Path:
    suffix = SQLITE_SUFFIX if _is_sqlite(url) else POSTGRES_SUFFIX
    return directory / f"leerkoers-{now:%Y%m%d-%H%M%S}{suffix}"


def backup(url: str, target: Path) -> Path:
    """Back the database up into `target` (a new file); answers the file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        raise BackupError(f"{target} exists already: choose another name.")
    if _is_sqlite(url):
        source_path = _sqlite_path(url)
        if not source_path.exists():
            raise BackupError(f"There is no database at {source_path}.")
        with sqlite3.connect(source_path) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, without -wal and -shm beside it
        return target
    dbname, env = _libpq(url)
    _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={target}", *dbname], env)
    return target


def revision_of(url: str, path: Path) -> str:
    """The schema revision a backup holds (for a file of the kind DATABASE_URL's database makes)."""
    if not path.is_file():
        raise BackupError(f"There is no backup at {path}.")
    if _is_sqlite(url):
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as copy:
                row = copy.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError as exc:
            raise BackupError(f"{path} is not a Leerkoers SQLite backup ({exc}).") from exc
    else:
        _, env = _libpq(url)
        listing = _run(["pg_restore", "--data-only", "--table=alembic_version", "--file=-", str(path)], env)
        rows = listing.split("FROM stdin;\n", 1)[1].split("\n\\.", 1)[0].split() if "FROM stdin;\n" in listing else []
        row = (rows[0],) if rows else None
    if not row:
        raise BackupError(f"{path} holds no schema revision: it is not a Leerkoers backup.")
    return str(row[0])


def _has_tables(url: str) -> bool:
    if _is_sqlite(url) and not _sqlite_path(url).exists():
        return False
    engine = create_engine(url)
    try:
        return bool(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def restore(url: str, source: Path, *, safety_directory: Path, now: datetime) -> Restored:
    """Replace the database with the backup in `source`, then migrate it to the current schema."""
    revision = revision_of(url, source)
    if revision not in known_revisions():
        raise BackupError(f"{source} was made by a newer Leerkoers (schema {revision}, this release knows up to "
                          f"{head_revision()}): upgrade Leerkoers first, then restore it. Nothing was changed.")
    safety_copy = None
    if _has_tables(url):
        safety_copy = backup(url, default_target(url, safety_directory, now).with_stem(
            f"before-restore-{now:%Y%m%d-%H%M%S}"))
    if _is_sqlite(url):
        target = _sqlite_path(url)
        target.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as backup_file, sqlite3.connect(target) as live:
            backup_file.backup(live)
    else:
        engine = create_engine(url)
        try:
            with engine.begin() as connection:  # a clean schema: nothing of a newer or other layout stays behind
                connection.exec_driver_sql("DROP SCHEMA public CASCADE")
                connection.exec_driver_sql("CREATE SCHEMA public")
        finally:
            engine.dispose()
        dbname, env = _libpq(url)
        _run(["pg_restore", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", *dbname,
              str(source)], env)
    migrated_to = None
    if revision != head_revision():
        upgrade(url)
        engine = create_engine(url)
        try:
            migrated_to = current_revision(engine)
        finally:
            engine.dispose()
    return Restored(revision=revision, migrated_to=migrated_to, safety_copy=safety_copy)
