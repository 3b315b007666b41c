"""A real server for the durability tests: uvicorn in a subprocess as `python -m app serve` runs it, on a fresh
database (a PostgreSQL database made for the test and dropped after it, or a SQLite file in a temporary DATA_DIR),
its log kept in a file so a test can read what the server said."""

import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

from bench.server import BACKEND, Server, _free_port, _wait_ready, fresh_postgres


@dataclass(frozen=True)
class Running:
    url: str
    database_url: str
    log: Path

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")


def _drop_postgres(url: str) -> None:
    target = make_url(url)
    admin = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)'))
    admin.dispose()


@contextlib.contextmanager
def serve(postgres_url: str = "", *, workers: int = 1) -> Iterator[Running]:
    data_dir = Path(tempfile.mkdtemp(prefix="leerkoers-durability-"))
    if postgres_url:
        url = fresh_postgres(str(make_url(postgres_url).set(database=f"{make_url(postgres_url).database}_burst")))
    else:
        url = f"sqlite:///{data_dir}/durability.db"
    port = _free_port()
    env = {**os.environ, "DATA_DIR": str(data_dir), "DATABASE_URL": url, "DEMO_DATA": "false",
           "SECRET_KEY": "durability-only-secret-key-not-for-production", "COOKIE_SECURE": "false",
           "LOG_LEVEL": "INFO", "HOST": "127.0.0.1", "PORT": str(port), "WORKERS": str(workers),
           "FRONTEND_DIST": f"{data_dir}/no-frontend"}
    env.pop("TEST_DATABASE_URL", None)
    subprocess.run([sys.executable, "-m", "app", "migrate"], cwd=BACKEND, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    log = data_dir / "server.log"
    with log.open("wb") as sink:
        process = subprocess.Popen([sys.executable, "-m", "app", "serve"], cwd=BACKEND, env=env,
                                   stdout=sink, stderr=subprocess.STDOUT)
        try:
            _wait_ready(Server("postgresql" if postgres_url else "sqlite", f"http://127.0.0.1:{port}", workers),
                        process)
            yield Running(f"http://127.0.0.1:{port}", url, log)
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
            if postgres_url:
                _drop_postgres(url)
