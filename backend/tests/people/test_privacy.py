import uuid

import pytest
from sqlalchemy import func, select
from sqlmodel import SQLModel

from app.cohorts.models import BuddyPair, Enrolment
from app.core.audit import AuditEvent
from app.people.models import Person
from app.sessions.models import Attendance, Attendee, CalendarFeed
from tests.people.factories import attend, enrol, make_cohort, make_feed, make_person, make_session, pair

pytestmark = pytest.mark.anyio
NAME, EMAIL, NUMBER = "Quirijn Wobbeszoon (test)", "q.wobbeszoon@zeldzaam.example", "ZX-8812-Q"


def everyone_about(db, org):
    """A person with a row of every kind that refers to people, and a buddy."""
    person = make_person(db, org, employee_number=NUMBER, name=NAME, email=EMAIL)
    buddy = make_person(db, org, name="Buddy (test)")
    cohort = make_cohort(db, org)
    enrol(db, cohort, person)
    enrol(db, cohort, buddy)
    pair(db, cohort, person, buddy)
    session = make_session(db, org)
    attend(db, session, person, Attendance.present)
    make_feed(db, person)
    return person, buddy, cohort, session


async def test_the_export_holds_every_kind_of_row_about_the_person(api_as, db, org):
    person, buddy, cohort, session = everyone_about(db, org)
    viewer = api_as("viewer")
    r = await viewer.get(f"/api/v1/people/{person.id}/export")
    assert r.status_code == 200, r.text
    assert r.headers["content-disposition"] == f'attachment; filename="persoonsgegevens-{person.id}.json"'
    export = r.json()
    assert export["person"]["employeeNumber"] == NUMBER and export["person"]["email"] == EMAIL
    sections = export["sections"]
    assert set(sections) == {"attendance", "buddyPairs", "calendarFeeds", "enrolments", "invitations"}
    assert [(e["cohortId"], e["role"]) for e in sections["enrolments"]] == [(str(cohort.id), "participant")]
    assert sections["buddyPairs"][0]["buddyPersonId"] == str(buddy.id)
    assert [(a["sessionId"], a["attendance"], a["startsAt"]) for a in sections["attendance"]] == [
        (str(session.id), "present", "09:00")]
    assert len(sections["calendarFeeds"]) == 1 and "secretHash" not in sections["calendarFeeds"][0]
    empty = (await viewer.get(f"/api/v1/people/{buddy.id}/export")).json()["sections"]
    assert empty["calendarFeeds"] == [] and len(empty["enrolments"]) == 1


async def test_another_organisation_cannot_export_or_erase(api_as, db, org, other_org):
    person = make_person(db, org)
    stranger = api_as("admin", organisation=other_org)
    assert (await stranger.get(f"/api/v1/people/{person.id}/export")).status_code == 404
    r = await stranger.post(f"/api/v1/people/{person.id}/erase", json={"employeeNumber": person.employee_number})
    assert r.status_code == 404


async def test_after_erasure_no_table_holds_the_name_email_or_number(api_as, db, org, connection):
    editor = api_as("editor")
    r = await editor.post("/api/v1/people", json={"employeeNumber": NUMBER, "name": NAME, "email": EMAIL,
                                                  "team": "Team Wijk"})
    person_id = r.json()["id"]
    await editor.patch(f"/api/v1/people/{person_id}", json={"name": NAME + " II", "email": "b" + EMAIL},
                       headers={"If-Match": '"1"'})
    await editor.patch(f"/api/v1/people/{person_id}", json={"name": NAME, "email": EMAIL}, headers={"If-Match": '"2"'})
    person = db.get(Person, uuid.UUID(person_id))
    buddy = make_person(db, org, name="Buddy (test)")
    cohort = make_cohort(db, org)
    enrol(db, cohort, person)
    pair(db, cohort, buddy, person)
    attend(db, make_session(db, org), person, Attendance.absent)
    make_feed(db, person)

    def holding() -> list[str]:
        found = []
        for table in SQLModel.metadata.sorted_tables:
            for row in connection.execute(select(table)):
                as_text = " ".join(str(value) for value in row)
                if any(value in as_text for value in (NAME, EMAIL, NUMBER)):
                    found.append(table.name)
        return sorted(set(found))

    assert holding() == ["people"]  # the audit trail never held them
    admin = api_as("admin")
    assert (await editor.post(f"/api/v1/people/{person_id}/erase", json={"employeeNumber": NUMBER})).status_code == 403
    r = await admin.post(f"/api/v1/people/{person_id}/erase", json={"employeeNumber": "fout"})
    assert r.status_code == 400 and r.json()["errors"][0] == {
        "pointer": "/employeeNumber", "detail": "Type the person's employee number to confirm the erasure.",
        "code": "confirmation_mismatch"}
    r = await admin.post(f"/api/v1/people/{person_id}/erase", json={"employeeNumber": NUMBER})
    assert r.status_code == 204, r.text
    db.expunge(person)
    db.expire_all()
    assert holding() == []
    for model in (Enrolment, BuddyPair, Attendee, CalendarFeed):
        assert db.scalar(select(func.count()).select_from(model).where(model.organisation_id == org.id)) == 0
    assert db.scalar(select(func.count()).select_from(Person).where(Person.id == buddy.id)) == 1
    event = db.scalars(select(AuditEvent).where(AuditEvent.action == "person.erased")).one()
    assert event.changes == {"reason": {"from": None, "to": "request"}}
    assert event.entity_id == uuid.UUID(person_id) and event.actor_label == admin.user.email
    assert (await admin.get(f"/api/v1/people/{person_id}")).status_code == 404
