"""Command line: `python -m app <command>` (run from backend/). `python -m app --help` lists them."""

import argparse
import getpass
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session, select


class Failed(Exception):
    """A command that could not do its work: `main` prints why on stderr and exits with 1."""


def _settings():
    from app.core.config import get_settings

    return get_settings()


def serve(args: argparse.Namespace) -> None:
    import uvicorn

    from app.core.db import get_engine
    from app.core.logging import configure_logging
    from app.core.migrations import head_revision, is_at_head

    settings = _settings()
    configure_logging(settings.log_level)
    if not is_at_head(get_engine()):
        raise Failed(f"The database schema is not at the current version ({head_revision()}).\n"
                     "Run `python -m app migrate` first (make run does this for you).")
    workers = 1 if settings.is_sqlite else settings.workers  # SQLite: one writer process
    uvicorn.run("app.main:app", host=args.host or settings.host, port=args.port or settings.port, workers=workers,
                proxy_headers=True, forwarded_allow_ips=settings.forwarded_allow_ips, log_config=None,
                access_log=False, server_header=False,
                timeout_keep_alive=settings.keep_alive_seconds)


def migrate(args: argparse.Namespace) -> None:
    from app.core.migrations import MigrationFailed, upgrade

    settings = _settings()
    settings.resolved_secret_key()  # first run: generate SECRET_KEY into the data directory when unset
    try:
        upgrade(settings.resolved_database_url, args.revision)
    except MigrationFailed as failure:
        raise Failed(str(failure)) from failure
    print(f"Database migrated to {args.revision}.")
    if settings.demo_data:
        load_demo(args)


def load_demo(_args: argparse.Namespace) -> None:
    from app.core.db import get_engine
    from app.demo.loader import load_demo as load

    settings = _settings()
    with Session(get_engine()) as db:
        result = load(db, password=settings.demo_password or None)
        db.commit()
    if not result.loaded:
        print("The database holds data already; the demo data was not loaded.")
    elif result.password_generated:
        print("Demo data loaded. Log in as admin@deventer.demo or admin@rotterdam.demo with the password\n"
              f"    {result.password}\n(shown only now; set DEMO_PASSWORD to choose it).")
    else:
        print("Demo data loaded. Log in as admin@deventer.demo or admin@rotterdam.demo with DEMO_PASSWORD.")


def create_user(args: argparse.Namespace) -> None:
    from app.accounts.schemas import UserCreate
    from app.accounts.service import create_user as create
    from app.core.db import get_engine
    from app.core.errors import ApiError
    from app.organisations.service import create_organisation, get_by_name

    password = os.environ.get("LEERKOERS_PASSWORD") or getpass.getpass("Password: ")
    with Session(get_engine(), expire_on_commit=False) as db:
        try:
            organisation = get_by_name(db, args.organisation) or create_organisation(
                db, name=args.organisation, actor_label="command line")
            user = create(db, None, organisation_id=organisation.id, actor_label="command line",
                          data=UserCreate(email=args.email, name=args.name, role=args.role, password=password))
            db.commit()
        except (ApiError, ValueError) as exc:
            raise Failed(f"Not created: {exc}") from exc
    print(f"Created {user.role} {user.email} in {organisation.name}.")


def backup(args: argparse.Namespace) -> None:
    from app.core import backup as backups

    settings = _settings()
    url = settings.resolved_database_url
    now = datetime.now(UTC)
    target = Path(args.target) if args.target else backups.default_target(url, settings.data_dir / "backups", now)
    try:
        made = backups.backup(url, target)
        revision = backups.revision_of(url, made)
    except backups.BackupError as exc:
        raise Failed(f"No backup made: {exc}") from exc
    print(f"Backed up the database to {made} (schema {revision}).")


def restore(args: argparse.Namespace) -> None:
    from app.core import backup as backups

    settings = _settings()
    try:
        restored = backups.restore(settings.resolved_database_url, Path(args.source),
                                   safety_directory=settings.data_dir / "backups", now=datetime.now(UTC))
    except backups.BackupError as exc:
        raise Failed(f"Not restored: {exc}") from exc
    if restored.safety_copy:
        print(f"The database it replaced is kept in {restored.safety_copy}.")
    migrated = f", migrated to {restored.migrated_to}" if restored.migrated_to else ""
    print(f"Restored {args.source} (schema {restored.revision}{migrated}).")


def erase_expired(args: argparse.Namespace) -> None:
    """Erase, per organisation with a retention period, the people who left and whose last activity is longer
    ago than that; `--dry-run` lists who would go (counts and employee numbers) and erases nothing."""
    from app.core.db import get_engine
    from app.core.scope import Role, Scope
    from app.organisations.models import Organisation
    from app.people import privacy

    total = 0
    with Session(get_engine()) as db:
        organisations = db.exec(select(Organisation).where(Organisation.people_retention_months.is_not(None))
                                .order_by(Organisation.name)).all()
        for organisation in organisations:
            months = int(organisation.people_retention_months or 0)
            scope = Scope(organisation_id=organisation.id, role=Role.admin, actor_label="retention (command line)")
            found = (privacy.expired(db, scope, months=months) if args.dry_run
                     else privacy.erase_expired(db, scope, months=months))
            total += len(found)
            verb = "would be erased" if args.dry_run else "erased"
            print(f"{organisation.name}: {len(found)} {verb} ({months} months after the last activity)"
                  + (": " + ", ".join(item.employee_number for item in found) if found else ""))
        if not args.dry_run:
            db.commit()
    if not organisations:
        print("No organisation has a retention period (peopleRetentionMonths); nothing to do.")
    print(f"{total} {'would be erased' if args.dry_run else 'erased'} in all.")


def openapi(_args: argparse.Namespace) -> None:
    from app.main import create_api

    json.dump(create_api().openapi(), sys.stdout, indent=2, sort_keys=False)
    sys.stdout.write("\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app", description="Leerkoers command line.")
    commands = parser.add_subparsers(dest="command", required=True)

    p = commands.add_parser("serve", help="serve the API and the built SPA (refuses an outdated schema)")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.set_defaults(func=serve)

    p = commands.add_parser("migrate", help="migrate the database (and load the demo when DEMO_DATA is on)")
    p.add_argument("--revision", default="head")
    p.set_defaults(func=migrate)

    p = commands.add_parser("load-demo", help="load the demo organisations into an empty database")
    p.set_defaults(func=load_demo)

    p = commands.add_parser("create-user", help="create a user (and the organisation if it is new)")
    p.add_argument("--organisation", required=True, help="the organisation's name")
    p.add_argument("--email", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--role", choices=["admin", "editor", "viewer"], default="admin")
    p.set_defaults(func=create_user)

    p = commands.add_parser("backup", help="back the database up (SQLite online backup; PostgreSQL pg_dump)")
    p.add_argument("target", nargs="?", help="the file to make (default: data/backups/leerkoers-<time>.<kind>)")
    p.set_defaults(func=backup)

    p = commands.add_parser("restore", help="replace the database with a backup and migrate it (stop the server "
                                            "first); refuses a backup from a newer release")
    p.add_argument("source", help="the backup file")
    p.set_defaults(func=restore)

    p = commands.add_parser("erase-expired", help="erase the people whose retention period has passed")
    p.add_argument("--dry-run", action="store_true", help="list who would be erased; erase nothing")
    p.set_defaults(func=erase_expired)

    p = commands.add_parser("openapi", help="print the OpenAPI document")
    p.set_defaults(func=openapi)

    args = parser.parse_args(argv)
    try:
        args.func(args)
    except Failed as failure:
        print(failure, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
