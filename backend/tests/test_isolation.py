"""Tenant isolation and roles, proven by walking every operation the API has.

Another organisation's rows must answer 404 (never their data, never a change), and every
operation refuses the roles below the one it needs. New routes are covered automatically.
"""

import re
import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import Table, delete, select
from sqlmodel import Session, SQLModel

from app.core.scope import Role
from app.demo.loader import add_demo_organisations, load_demo
from app.organisations.models import Organisation
from tests.routes import operations

pytestmark = pytest.mark.anyio

PUBLIC = {("GET", "/health"), ("GET", "/health/ready"), ("POST", "/auth/login"),
          ("GET", "/calendar/{secret}.ics"),  # a calendar program cannot log in: the secret in the URL is the key
          # a respondent has no account: the invitation's token (Bearer) opens that one invitation only
          ("GET", "/respondent/questionnaire"), ("PUT", "/respondent/draft"), ("POST", "/respondent/submission")}
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
# The only tenant tables whose rows the walk may go without, because no route takes one of their ids.
NOT_REACHED_BY_ID = {
    "audit_events": "the log is read as a list (GET /audit-events); no route takes an event's id",
    "login_sessions": "a session is found by its cookie, never by an id",
    "execution_entries": "the yearly review takes the plan's id; its entries travel in the body",
}
# Tables of the domain being built whose demo rows have not landed yet: each leaves this set with its demo data.
PENDING_DEMO_ROWS = {"calendar_feeds"}


def tenant_tables() -> list[Table]:
    """Every table that holds an organisation's rows, from the metadata: a new domain's tables are in it."""
    return [t for t in SQLModel.metadata.sorted_tables if "organisation_id" in t.c and "id" in t.c]


def tenant_rows(db: Session, organisation_id: uuid.UUID) -> dict[str, dict[uuid.UUID, int | None]]:
    """Every row of the organisation in every tenant table: {table: {id: version}}."""
    rows: dict[str, dict[uuid.UUID, int | None]] = {}
    for table in tenant_tables():
        version = table.c.version if "version" in table.c else None
        columns = [table.c.id, version] if version is not None else [table.c.id]
        found = db.execute(select(*columns).where(table.c.organisation_id == organisation_id)).all()
        rows[table.name] = {row[0]: (row[1] if version is not None else None) for row in found}
    rows["organisations"] = {organisation_id: db.get(Organisation, organisation_id).version}
    return rows


@pytest.fixture
def demo(db: Session) -> list[Organisation]:
    """Deventer and Rotterdam as the demo loader makes them (it grows with every domain)."""
    return add_demo_organisations(db, password="demo wachtwoord lang")


async def test_no_operation_reaches_another_organisations_data(app, api_as, db, demo):
    attacker_org, victim = demo
    victim_admin = api_as("admin", organisation=victim)
    # what the demo data cannot hold (a token's secret is shown once), made here
    await victim_admin.post("/api/v1/api-tokens", json={
        "name": "Koppeling", "scopes": ["write"], "expiresOn": (date.today() + timedelta(days=9)).isoformat()})
    attacker = api_as("admin", organisation=attacker_org)

    before = tenant_rows(db, victim.id)
    victim_ids = {str(i) for table in before.values() for i in table}
    samples = {table: next(iter(ids)) for table, ids in before.items() if ids}
    missing = {t.name for t in tenant_tables()} - set(NOT_REACHED_BY_ID) - PENDING_DEMO_ROWS - set(samples)
    assert not missing, f"the Rotterdam demo data (app/demo/rotterdam/) has no row of {sorted(missing)}"
    assert {"users", "api_tokens", "audit_events", "organisations"} <= set(samples)

    checked = 0
    for op in operations(app.state.api):
        if op.required_role is None:
            continue
        if not op.has_path_params:
            if op.method == "GET":
                r = await attacker.get(op.url())
                assert r.status_code == 200, (op, r.text)
                leaked = victim_ids & set(_uuids(r.text))
                assert not leaked, f"{op.method} {op.path} shows another organisation's rows"
                checked += 1
            continue
        for table, victim_id in samples.items():
            r = await attacker.request(op.method, op.url(victim_id), headers={"If-Match": "*"},
                                       json={} if op.method in WRITE_METHODS - {"DELETE"} else None)
            assert r.status_code in (404, 400), f"{op.method} {op.path} with another org's {table} id: {r.status_code}"
            if r.status_code == 400:  # refused on the body before looking anything up: still nothing reached
                assert all(e["pointer"].startswith("/") for e in r.json()["errors"]), (op, r.text)
            assert not victim_ids & set(_uuids(r.text)), (op, r.text)
            checked += 1

    assert checked > 10
    db.expire_all()
    after = tenant_rows(db, victim.id)
    after["audit_events"] = {k: v for k, v in after["audit_events"].items() if k in before["audit_events"]}
    assert after == before, "another organisation's rows were changed"


def _uuids(text: str) -> list[str]:
    return re.findall(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", text)


def test_only_the_intended_operations_are_public(app):
    public = {(op.method, op.path) for op in operations(app.state.api) if op.required_role is None}
    # logout and me need a session; everything else needs a role
    assert public == PUBLIC


async def test_every_protected_operation_refuses_anonymous_callers(app, anon):
    for op in operations(app.state.api):
        if op.required_role is None:
            continue
        r = await anon.request(op.method, op.url(), json={} if op.method in {"POST", "PUT", "PATCH"} else None)
        assert r.status_code == 401, f"{op.method} {op.path}: {r.status_code}"


async def test_every_operation_refuses_roles_below_the_one_it_needs(app, api_as):
    clients = {role: api_as(role.value) for role in Role}
    refused = 0
    for op in operations(app.state.api):
        if op.required_role is None:
            continue
        for role, client in clients.items():
            if role.includes(op.required_role):
                continue
            r = await client.request(op.method, op.url(), headers={"If-Match": "*"},
                                     json={} if op.method in {"POST", "PUT", "PATCH"} else None)
            assert r.status_code == 403, f"{role} on {op.method} {op.path}: {r.status_code}"
            refused += 1
    assert refused >= 10


def test_role_requirements_are_what_the_design_says(app):
    roles = {(op.method, op.path): op.required_role for op in operations(app.state.api)}
    assert roles[("GET", "/organisation")] == Role.viewer
    assert roles[("PATCH", "/organisation")] == Role.admin
    for path in ("/users", "/api-tokens", "/audit-events"):
        assert roles[("GET", path)] == Role.admin


def test_demo_data_is_loaded_only_into_an_empty_database(db):
    db.execute(delete(Organisation))  # this test's transaction starts from an empty database
    first = load_demo(db, password="demo wachtwoord lang")
    assert first.loaded and not first.password_generated
    again = load_demo(db, password=None)
    assert not again.loaded
    names = {o.name for o in db.exec(select(Organisation)).scalars()}
    assert {"Gemeente Deventer (demo)", "Gemeente Rotterdam (demo)"} <= names


def test_demo_password_is_generated_when_unset(db):
    db.execute(delete(Organisation))
    result = load_demo(db, password=None)
    assert result.loaded and result.password_generated and len(result.password) >= 12
