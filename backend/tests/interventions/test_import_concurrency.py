"""On the embedded SQLite default an import reads its file before it takes the database, and writes in one
short transaction: other requests are not kept waiting while a 5,000-row file is parsed (decision 0011).

No clock decides it: reading the file and building its rows each wait until every probe has been answered while
they run. Were the database (SQLite's gate) held meanwhile, no probe could be answered and the wait would end in
its time-out."""

import asyncio
import threading

import httpx
import pytest
from sqlalchemy import func, select
from sqlmodel import Session

from app.core.db import make_engine
from app.core.migrations import upgrade
from app.demo.loader import load_demo
from app.interventions import importing
from app.interventions.models import Intervention
from app.main import create_app
from tests.conftest import TEST_DATABASE_URL

pytestmark = [pytest.mark.anyio, pytest.mark.skipif(bool(TEST_DATABASE_URL), reason="the SQLite gate")]
PASSWORD = "een lang demo wachtwoord"
ROWS = 5000
PROBES = ("/api/v1/health/ready", "/api/v1/interventions?pageSize=20")


class Stages:
    """The import's stages outside the database, each held open until every probe was answered during it."""

    def __init__(self) -> None:
        self.current: str | None = None
        self.answered: dict[str, set[str]] = {}  # stage -> the probes answered while it ran
        self._lock = threading.Condition()

    def hold(self, name: str, work):
        def held(*args, **kwargs):
            result = work(*args, **kwargs)
            with self._lock:
                self.current, self.answered[name] = name, set()
                self._lock.wait_for(lambda: self.answered[name] == set(PROBES), timeout=20)
                self.current = None
            return result
        return held

    def probe_answered(self, path: str) -> None:
        with self._lock:
            if self.current is not None:
                self.answered[self.current].add(path)
                self._lock.notify_all()


async def test_other_requests_are_answered_while_a_large_import_reads_its_file(tmp_path, settings, monkeypatch):
    url = f"sqlite:///{tmp_path / 'import.db'}"
    upgrade(url)
    engine = make_engine(url)
    with Session(engine) as db:
        load_demo(db, password=PASSWORD)
        db.commit()
        before = db.scalar(select(func.count()).select_from(Intervention))
    content = ("Naam;Status;Doel;Doelgroep;Kosten\n" + "".join(
        f"Training {i};nieuw;Doel {i};Medewerkers;{i},50\n" for i in range(ROWS))).encode()

    app = create_app(settings, bind=engine)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver",
                                 timeout=120) as client:
        login = await client.post("/api/v1/auth/login", json={"email": "admin@deventer.demo", "password": PASSWORD})
        client.headers["X-CSRF-Token"] = login.json()["csrfToken"]
        stages = Stages()
        monkeypatch.setattr(importing, "read", stages.hold("reading the file", importing.read))
        monkeypatch.setattr(importing, "prepare", stages.hold("building the rows", importing.prepare))
        finished = asyncio.Event()

        async def probe(path: str) -> None:
            while not finished.is_set():
                assert (await client.get(path)).status_code == 200
                stages.probe_answered(path)
                await asyncio.sleep(0.01)

        async def run_import() -> httpx.Response:
            try:
                return await client.post("/api/v1/interventions/import", files={"file": ("big.csv", content)})
            finally:
                finished.set()

        answer, *_ = await asyncio.gather(run_import(), *(probe(path) for path in PROBES))
    assert answer.status_code == 201, answer.text
    assert answer.json()["created"] == ROWS
    assert stages.answered == {"reading the file": set(PROBES), "building the rows": set(PROBES)}
    with Session(engine) as db:
        assert db.scalar(select(func.count()).select_from(Intervention)) == before + ROWS
    engine.dispose()
