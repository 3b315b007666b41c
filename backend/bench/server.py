"""A real Leerkoers server for the bench: a fresh database (SQLite file or PostgreSQL database), migrated with the
demo data, served by uvicorn as `python -m app serve` would in production (its workers, no access log, no server
header), with one addition: the reference endpoint of scenario (b) (`bench.respondents`), mounted here only.
The server's log goes to a file, which the bench greps for "database is locked"; the respondent rate limits are
raised for the run, since every virtual client comes from 127.0.0.1. Stopped when the block ends."""

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import create_engine, make_url, text

from app.core.config import Settings
from bench.respondents import BENCH_SECRET

BACKEND = Path(__file__).resolve().parents[1]
PASSWORD = "bench wachtwoord voor de demo"


@dataclass(frozen=True)
class Server:
    database: str  # "postgresql" or "sqlite"
    url: str  # http://127.0.0.1:<port>
    workers: int
    database_url: str = ""
    log_path: str = ""

    def settle(self) -> None:
        """Before a timed run: what the runs before it wrote is vacuumed, analysed and checkpointed, so a run does
        not pay for its predecessor (an autovacuum or checkpoint of PostgreSQL's, SQLite's WAL to fold back), and
        the planner knows the tables as they now are."""
        if not self.database_url:
            return
        postgres = self.database == "postgresql"
        engine = create_engine(self.database_url, **({"isolation_level": "AUTOCOMMIT"} if postgres else {}))
        with engine.connect() as connection:
            for statement in (("VACUUM (ANALYZE)", "CHECKPOINT") if postgres else ("PRAGMA wal_checkpoint(TRUNCATE)",)):
                connection.exec_driver_sql(statement)
        engine.dispose()

    def log_count(self, needle: str) -> int:
        return Path(self.log_path).read_text(errors="replace").count(needle) if self.log_path else 0


def application():  # uvicorn's --factory: the real app with the reference endpoint beside it
    from app.main import create_app
    from bench.respondents import reference_router

    app = create_app()
    app.state.api.include_router(reference_router)
    return app


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fresh_postgres(url: str) -> str:
    """`url`'s database dropped and made again (the server's own connection URL)."""
    target = make_url(url)
    admin = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{target.database}"'))
    admin.dispose()
    return url


def _run(args: list[str], env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-m", "app", *args], cwd=BACKEND, env=env, check=True,  # noqa: S603 our argv
                   stdout=subprocess.DEVNULL)


@contextlib.contextmanager
def serve(database: str, *, postgres_url: str, workers: int) -> Iterator[Server]:
    data_dir = tempfile.mkdtemp(prefix="leerkoers-bench-")
    url = fresh_postgres(postgres_url) if database == "postgresql" else f"sqlite:///{data_dir}/bench.db"
    port = _free_port()
    env = {**os.environ, "DATA_DIR": data_dir, "DATABASE_URL": url, "DEMO_DATA": "true", "DEMO_PASSWORD": PASSWORD,
           "SECRET_KEY": BENCH_SECRET, "COOKIE_SECURE": "false",
           "LOG_LEVEL": "WARNING", "HOST": "127.0.0.1", "PORT": str(port), "WORKERS": str(workers),
           "FRONTEND_DIST": f"{data_dir}/no-frontend", "RESPONDENT_TOKEN_LIMIT": "1000000",
           "RESPONDENT_UNKNOWN_LIMIT": "1000000", "RESPONDENT_ADDRESS_LIMIT": "100000000"}
    _run(["migrate"], env)
    served_workers = workers if database == "postgresql" else 1  # SQLite: one writer process, as `serve` does
    log_path = f"{data_dir}/server.log"
    log = open(log_path, "wb")  # noqa: SIM115  closed when the server stops
    process = subprocess.Popen([  # noqa: S603  our argv
        sys.executable, "-m", "uvicorn", "bench.server:application", "--factory", "--host", "127.0.0.1",
        "--port", str(port), "--workers", str(served_workers), "--no-access-log", "--no-server-header",
        # idle connections kept open as `serve` keeps them (KEEP_ALIVE_SECONDS), not uvicorn's 5 s
        "--timeout-keep-alive", str(Settings.model_fields["keep_alive_seconds"].default),
        "--log-level", "warning"], cwd=BACKEND, env=env, stdout=log, stderr=subprocess.STDOUT)
    server = Server(database, f"http://127.0.0.1:{port}", served_workers, url, log_path)
    try:
        _wait_ready(server, process)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def _wait_ready(server: Server, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 240  # a busy machine imports slowly
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped: {Path(server.log_path).read_text()[-2000:]}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{server.url}/api/v1/health/ready", timeout=2).status_code == 200:
                _wait_settled(server, deadline)
                return
        time.sleep(0.3)
    raise RuntimeError("the server did not become ready within four minutes")


def _wait_settled(server: Server, deadline: float) -> None:
    """Until a burst of fresh connections is answered promptly: ready answers as soon as one worker is up, and a
    worker still starting (slow on a busy machine) would stall the first timed requests."""
    while time.monotonic() < deadline:
        started = time.monotonic()
        with contextlib.suppress(httpx.HTTPError):
            for _ in range(server.workers * 8):
                httpx.get(f"{server.url}/api/v1/health", timeout=2)
            if time.monotonic() - started < 2:
                return
        time.sleep(1)
