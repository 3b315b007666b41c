"""The command line, run as an operator would: `python -m app ...` in a fresh process."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

BACKEND = Path(__file__).resolve().parents[1]


@pytest.fixture
def run(tmp_path):
    env = {**os.environ, "DATA_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
           "DEMO_DATA": "false", "LEERKOERS_PASSWORD": "een lang genoeg wachtwoord"}
    env.pop("DEMO_PASSWORD", None)

    def run(*args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app", *args], cwd=BACKEND, env={**env, **extra_env},
                              capture_output=True, text=True, timeout=120, check=False)

    run.db = tmp_path / "cli.db"  # type: ignore[attr-defined]
    return run


def test_serve_refuses_an_unmigrated_database(run):
    result = run("serve", "--port", "8999")
    assert result.returncode == 1 and "python -m app migrate" in result.stderr


def test_migrate_with_demo_data_prints_a_generated_password_once(run):
    first = run("migrate", DEMO_DATA="true")
    assert first.returncode == 0, first.stderr
    assert "admin@deventer.demo" in first.stdout and "shown only now" in first.stdout
    assert len((run.db.parent / "secret_key").read_text()) >= 40  # SECRET_KEY generated on first run
    second = run("migrate", DEMO_DATA="true")
    assert second.returncode == 0 and "was not loaded" in second.stdout
    with sqlite3.connect(run.db) as db:
        names = {row[0] for row in db.execute("SELECT name FROM organisations")}
        emails = {row[0] for row in db.execute("SELECT email FROM users")}
    assert names == {"Gemeente Deventer (demo)", "Gemeente Rotterdam (demo)"}
    assert {"admin@deventer.demo", "admin@rotterdam.demo"} <= emails


def test_create_user_makes_the_organisation_when_new(run):
    assert run("migrate").returncode == 0
    result = run("create-user", "--organisation", "Gemeente Zwolle", "--email", "Beheer@Zwolle.nl", "--name", "Beheer")
    assert result.returncode == 0, result.stderr
    again = run("create-user", "--organisation", "Gemeente Zwolle", "--email", "beheer@zwolle.nl", "--name", "X")
    assert again.returncode == 1 and "already exists" in again.stderr
    with sqlite3.connect(run.db) as db:
        assert db.execute("SELECT role FROM users WHERE email='beheer@zwolle.nl'").fetchone() == ("admin",)


def test_create_user_refuses_a_common_password(run):
    assert run("migrate").returncode == 0
    result = run("create-user", "--organisation", "Gemeente Zwolle", "--email", "beheer@zwolle.nl", "--name", "Beheer",
                 LEERKOERS_PASSWORD="password1234")
    assert result.returncode == 1 and "common or easy to guess" in result.stderr
    with sqlite3.connect(run.db) as db:
        assert db.execute("SELECT count(*) FROM users").fetchone() == (0,)


def test_backup_and_restore_as_an_operator_runs_them(run, tmp_path):
    assert run("migrate", DEMO_DATA="true", DEMO_PASSWORD="demo wachtwoord lang").returncode == 0
    made = run("backup")  # by default into the data directory's backups/
    assert made.returncode == 0, made.stderr
    backup = next((tmp_path / "backups").glob("leerkoers-*.sqlite3"))
    assert str(backup) in made.stdout and "schema " in made.stdout
    with sqlite3.connect(run.db) as db:
        db.execute("DELETE FROM organisations WHERE name LIKE '%Rotterdam%'")
    restored = run("restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "before-restore-" in restored.stdout  # what it replaced is kept
    with sqlite3.connect(run.db) as db:
        assert db.execute("SELECT count(*) FROM organisations").fetchone() == (2,)
    missing = run("restore", str(tmp_path / "nope.sqlite3"))
    assert missing.returncode == 1 and "no backup" in missing.stderr


def test_openapi_prints_the_document(run):
    result = run("openapi")
    assert result.returncode == 0 and json.loads(result.stdout)["servers"][0]["url"] == "/api/v1"
