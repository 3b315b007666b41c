"""Alembic environment: the URL comes from the config the caller built, else from the app's settings."""

from alembic import context
from sqlalchemy import engine_from_config, pool
from sqlmodel import SQLModel

from app import models  # noqa: F401  (registers every table on SQLModel.metadata)
from app.core.config import get_settings
from app.core.fixed_point import FixedPoint

config = context.config
if not config.get_main_option("sqlalchemy.url"):
    config.set_main_option("sqlalchemy.url", get_settings().resolved_database_url.replace("%", "%%"))

target_metadata = SQLModel.metadata


def _render_item(type_: str, obj: object, _context: object) -> str | bool:
    # Exact decimals are integers in the database; migrations name the plain type, not app code.
    if type_ == "type" and isinstance(obj, FixedPoint):
        return "sa.BigInteger()"
    return False


def _options(url: str) -> dict[str, object]:
    # on_version_apply: `app.core.migrations.upgrade` follows the steps, to name the one that fails
    return {"target_metadata": target_metadata, "compare_type": True, "render_as_batch": url.startswith("sqlite"),
            "render_item": _render_item, "on_version_apply": config.attributes.get("on_version_apply")}


def run_migrations_offline() -> None:
    url = config.get_main_option("sqlalchemy.url") or ""
    context.configure(url=url, literal_binds=True, dialect_opts={"paramstyle": "named"}, **_options(url))
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    url = config.get_main_option("sqlalchemy.url") or ""
    if url.startswith("sqlite"):
        from pathlib import Path

        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    connectable = engine_from_config(config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.",
                                     poolclass=pool.NullPool)
    with connectable.connect() as connection:
        context.configure(connection=connection, **_options(url))
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
