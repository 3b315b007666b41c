"""Alembic, driven from code: the server, the CLI and the tests share these."""

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


@lru_cache
def head_revision() -> str | None:
    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


@lru_cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this release's migrations know (a backup of another is from a newer release)."""
    return frozenset(script.revision for script in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions())


def current_revision(bind: Engine | Connection) -> str | None:
    if isinstance(bind, Connection):
        return MigrationContext.configure(bind).get_current_revision()
    with bind.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_at_head(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()


class MigrationFailed(RuntimeError):
    """An upgrade stopped at a migration: which one, why, and where the database stands now."""


def upgrade(url: str, revision: str = "head") -> None:
    """Migrate to `revision`. On PostgreSQL the whole upgrade is one transaction (env.py), so a failure keeps
    nothing of it; the error names the migration that failed and the revision the database is still at."""
    config = alembic_config(url)
    applied: list[str] = []
    config.attributes["on_version_apply"] = lambda step, **_: applied.append(step.up_revision_id)
    try:
        command.upgrade(config, revision)
    except Exception as error:
        raise MigrationFailed(_failure(url, applied, error)) from error


def _failure(url: str, applied: list[str], error: Exception) -> str:
    engine = create_engine(url)
    try:
        now = current_revision(engine)
    finally:
        engine.dispose()
    after = applied[-1] if applied else now  # the failed migration is the one that follows the last applied
    failed = next((script for script in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()
                   if script.down_revision == after), None)
    which = f"{failed.revision} ({failed.doc})" if failed else "to the first revision"
    reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
    aftermath = ("the upgrade ran in one transaction, so nothing of it was kept" if url.startswith("postgresql")
                 else "a failed migration on SQLite can leave a half-changed table: restore the backup made "
                      "before the upgrade")
    return f"Migration {which} failed: {reason}. The database is at revision {now or 'nothing'}; {aftermath}."


def downgrade(url: str, revision: str = "base") -> None:
    command.downgrade(alembic_config(url), revision)
