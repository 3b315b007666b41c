import sqlite3
from datetime import UTC, date, datetime

from sqlalchemy import update
from sqlmodel import select

from app.core.audit import AuditEvent
from app.people import privacy
from app.people.models import Person
from app.sessions.models import Attendance, SessionStatus
from tests.factories import make_scope
from tests.people.factories import attend, enrol, make_cohort, make_person, make_session
from tests.test_cli import run  # noqa: F401  (the fixture)

TODAY = date(2026, 12, 2)


def aged(db, person: Person, day: date) -> Person:
    """The person's row last changed on `day`."""
    db.execute(update(Person).where(Person.id == person.id)
               .values(updated_at=datetime(day.year, day.month, day.day, tzinfo=UTC), version=Person.version)
               .execution_options(synchronize_session=False))
    db.expire(person)
    return person


def test_months_before_keeps_the_day_or_the_months_last():
    assert privacy.months_before(date(2026, 12, 2), 24) == date(2024, 12, 2)
    assert privacy.months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert privacy.months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)


def test_the_retention_counts_from_the_last_activity_any_domain_registers(db, org, other_org):
    left = date(2023, 6, 30)
    gone = aged(db, make_person(db, org, employee_number="GONE", left_on=left), left)
    recent = aged(db, make_person(db, org, employee_number="RECENT", left_on=date(2025, 6, 30)), date(2025, 6, 30))
    employed = aged(db, make_person(db, org, employee_number="EMPLOYED"), date(2020, 1, 1))
    touched = aged(db, make_person(db, org, employee_number="TOUCHED", left_on=left), date(2025, 1, 1))
    in_session = aged(db, make_person(db, org, employee_number="SESSION", left_on=left), left)
    attend(db, make_session(db, org, day=date(2025, 3, 1)), in_session)
    absent = aged(db, make_person(db, org, employee_number="ABSENT", left_on=left), left)
    attend(db, make_session(db, org, day=date(2025, 3, 1)), absent, Attendance.absent)
    attend(db, make_session(db, org, day=date(2025, 4, 1), status=SessionStatus.cancelled), absent)
    in_cohort = aged(db, make_person(db, org, employee_number="COHORT", left_on=left), left)
    enrol(db, make_cohort(db, org, starts_on=date(2023, 1, 1), ends_on=date(2025, 2, 1)), in_cohort)
    elsewhere = aged(db, make_person(db, other_org, employee_number="ELSEWHERE", left_on=left), left)
    scope = make_scope(org, "admin")

    found = privacy.expired(db, scope, months=24, today=TODAY)
    assert [(item.employee_number, item.last_activity) for item in found] == [("ABSENT", left), ("GONE", left)]
    assert privacy.expired(db, scope, months=12, today=TODAY)[-1].employee_number == "TOUCHED"

    erased = privacy.erase_expired(db, scope, months=24, today=TODAY)
    assert [item.employee_number for item in erased] == ["ABSENT", "GONE"]
    db.expire_all()
    numbers = set(db.exec(select(Person.employee_number)).all())
    assert {"ABSENT", "GONE"} & numbers == set()
    assert {"RECENT", "EMPLOYED", "TOUCHED", "SESSION", "COHORT", "ELSEWHERE"} <= numbers
    events = db.exec(select(AuditEvent).where(AuditEvent.action == "person.erased")).all()
    assert len(events) == 2 and all("retention" in e.changes["reason"]["to"] for e in events)
    assert {e.entity_id for e in events} == {gone.id, absent.id}
    del recent, employed, touched, in_session, in_cohort, elsewhere


def test_the_command_lists_on_a_dry_run_and_then_erases(run):  # noqa: F811
    assert run("migrate", DEMO_DATA="true").returncode == 0
    with sqlite3.connect(run.db) as connection:
        connection.execute("UPDATE organisations SET people_retention_months = 24 WHERE name LIKE '%Deventer%'")
        connection.execute("UPDATE people SET left_on = '2020-01-31', updated_at = '2020-01-31 00:00:00.000000' "
                           "WHERE employee_number IN (SELECT employee_number FROM people ORDER BY employee_number "
                           "LIMIT 2)")
        numbers = [row[0] for row in connection.execute(
            "SELECT employee_number FROM people WHERE left_on IS NOT NULL ORDER BY employee_number")]
        before = connection.execute("SELECT count(*) FROM people").fetchone()[0]
    assert len(numbers) == 2
    dry = run("erase-expired", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert f"2 would be erased (24 months after the last activity): {', '.join(numbers)}" in dry.stdout
    with sqlite3.connect(run.db) as connection:
        assert connection.execute("SELECT count(*) FROM people").fetchone()[0] == before
    real = run("erase-expired")
    assert real.returncode == 0 and "2 erased in all." in real.stdout
    with sqlite3.connect(run.db) as connection:
        assert connection.execute("SELECT count(*) FROM people").fetchone()[0] == before - 2
        assert connection.execute("SELECT count(*) FROM audit_events WHERE action = 'person.erased'").fetchone()[0] == 2
