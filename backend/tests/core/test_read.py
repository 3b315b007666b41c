"""`Later.read` (core.db): on PostgreSQL the work runs outside a transaction, so no BEGIN or COMMIT is sent for it; the
connection goes back to the pool as it came; what the work writes (a session's sliding expiry) is kept all the same;
on SQLite it is an ordinary transaction. Bound to a test's connection (every other test) it is `run`."""

from types import SimpleNamespace

import pytest
from psycopg.pq import TransactionStatus
from sqlalchemy import select, text, update
from sqlmodel import Session

from app.core.db import Later
from app.organisations.models import Organisation
from tests.core.test_parallel import live_engine  # noqa: F401  (fixture)
from tests.factories import make_organisation

pytestmark = pytest.mark.anyio


def later(bind) -> Later:
    return Later(SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(bind=bind))))  # type: ignore[arg-type]


def in_a_transaction(db: Session) -> bool:
    db.execute(text("SELECT 1"))
    raw = db.connection().connection.dbapi_connection
    if db.get_bind().dialect.name == "postgresql":
        return raw.info.transaction_status is not TransactionStatus.IDLE
    return raw.in_transaction


async def test_a_read_on_postgresql_runs_outside_a_transaction_and_a_run_inside_one(live_engine):  # noqa: F811
    postgresql = live_engine.dialect.name == "postgresql"
    assert await later(live_engine).read(in_a_transaction) is not postgresql
    assert await later(live_engine).run(in_a_transaction) is True
    with live_engine.connect() as connection:  # the pool gave back what it lent, in its own mode
        assert connection.connection.dbapi_connection.autocommit is False if postgresql else True


async def test_what_a_read_writes_is_kept(live_engine):  # noqa: F811
    with Session(live_engine) as db:
        organisation_id = make_organisation(db).id
        db.commit()
    renamed = f"Hernoemd {organisation_id}"

    def rename(db: Session) -> None:
        db.execute(update(Organisation).where(Organisation.id == organisation_id).values(name=renamed))

    await later(live_engine).read(rename)
    with Session(live_engine) as db:
        assert db.scalar(select(Organisation.name).where(Organisation.id == organisation_id)) == renamed
