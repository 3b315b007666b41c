"""A real server for the durability tests: uvicorn in a subprocess as `python -m app serve` runs it, on a fresh
database (a PostgreSQL database made for the test and dropped after it, or a SQLite file in a temporary DATA_DIR),
its log kept in a file so a test can read what the server said."""

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

from bench.server import BACKEND, Server, _free_port, _wait_ready, fresh_postgres


class Running:
    """A server process on its database; `kill()` ends it as a power cut would (SIGKILL to its whole process group,
    uvicorn's workers included), `start()` brings it up again on the same database."""

    def __init__(self, env: dict[str, str], database_url: str, log: Path, workers: int) -> None:
        self.url = f"http://127.0.0.1:{env['PORT']}"
        self.database_url, self.log, self._env, self._workers = database_url, log, env, workers
        self._process: subprocess.Popen[bytes] | None = None

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")

    def replica(self) -> "Running":
        """Another server process on the same database, on a port of its own (started with `start()`)."""
        return Running({**self._env, "PORT": str(_free_port())}, self.database_url,
                       self.log.with_name(f"replica-{self.log.stem}.log"), self._workers)

    def start(self) -> None:
        with self.log.open("ab") as sink:
            self._process = subprocess.Popen([sys.executable, "-m", "app", "serve"], cwd=BACKEND, env=self._env,
                                             stdout=sink, stderr=subprocess.STDOUT, start_new_session=True)
        kind = "sqlite" if self.database_url.startswith("sqlite") else "postgresql"
        _wait_ready(Server(kind, self.url, self._workers, log_path=str(self.log)), self._process)

    def kill(self) -> None:
        if self._process is not None:
            os.killpg(self._process.pid, signal.SIGKILL)
            self._process.wait(timeout=20)
            self._process = None

    def stop(self) -> None:
        if self._process is not None:
            os.killpg(self._process.pid, signal.SIGTERM)
            try:
                self._process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self._process.pid, signal.SIGKILL)
            self._process = None


def _drop_postgres(url: str) -> None:
    target = make_url(url)
    admin = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)'))
    admin.dispose()


@contextlib.contextmanager
def serve(postgres_url: str = "", *, workers: int = 1, name: str = "burst") -> Iterator[Running]:
    data_dir = Path(tempfile.mkdtemp(prefix="leerkoers-durability-"))
    if postgres_url:
        url = fresh_postgres(str(make_url(postgres_url).set(database=f"{make_url(postgres_url).database}_{name}")))
    else:
        url = f"sqlite:///{data_dir}/durability.db"
    env = {**os.environ, "DATA_DIR": str(data_dir), "DATABASE_URL": url, "DEMO_DATA": "false",
           "SECRET_KEY": "durability-only-secret-key-not-for-production", "COOKIE_SECURE": "false",
           "LOG_LEVEL": "INFO", "HOST": "127.0.0.1", "PORT": str(_free_port()), "WORKERS": str(workers),
           "FRONTEND_DIST": f"{data_dir}/no-frontend"}
    env.pop("TEST_DATABASE_URL", None)
    subprocess.run([sys.executable, "-m", "app", "migrate"], cwd=BACKEND, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    running = Running(env, url, data_dir / "server.log", workers)
    try:
        running.start()
        yield running
    finally:
        running.stop()
        if postgres_url:
            _drop_postgres(url)
