"""Invitations: one per participant (or attendee who was not absent), a second call invites only the new ones,
the link is answered once and its token never stored, the mail merge CSV, and the person's export and erasure."""

import csv
import io

import pytest
from sqlalchemy import inspect, select, text

from app.cohorts.models import EnrolmentRole
from app.rounds import tokens
from app.rounds.models import Invitation
from app.sessions.models import Attendance, Attendee
from tests.factories import save
from tests.rounds.factories import cohort_with, make_enrolment, make_person, make_round, make_session

pytestmark = pytest.mark.anyio


def token_of(link: str) -> str:
    assert "/antwoorden#" in link
    return link.split("#", 1)[1]


async def test_every_participant_is_invited_once_and_a_second_call_only_the_new_ones(api_as, db, org):
    client = api_as("editor")
    cohort, people = cohort_with(db, org, 3)
    round_ = make_round(db, org, cohort=cohort)
    r = await client.post(f"/api/v1/rounds/{round_.id}/invitations")
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["created"] == 3
    assert sorted(link["personId"] for link in body["links"]) == sorted(str(p.id) for p in people)  # no coach
    assert {link["email"] for link in body["links"]} == {p.email for p in people}
    assert all(link["link"].startswith("https://testserver/antwoorden#") for link in body["links"])

    again = await client.post(f"/api/v1/rounds/{round_.id}/invitations")
    assert again.json() == {"created": 0, "links": []}
    newcomer = make_person(db, org, name="Nieuwkomer")
    make_enrolment(db, org, cohort, newcomer, role=EnrolmentRole.participant)
    third = (await client.post(f"/api/v1/rounds/{round_.id}/invitations")).json()
    assert third["created"] == 1 and third["links"][0]["name"] == "Nieuwkomer"

    listed = (await client.get(f"/api/v1/rounds/{round_.id}/invitations")).json()
    assert listed["total"] == 4 and {item["status"] for item in listed["items"]} == {"pending"}
    assert "link" not in listed["items"][0]
    assert (await client.get(f"/api/v1/rounds/{round_.id}/invitations",
                             params={"q": "nieuwk"})).json()["total"] == 1


async def test_the_public_url_makes_the_link(api_as, db, org, settings, monkeypatch):
    monkeypatch.setattr(settings, "public_url", "https://leerkoers.eenstad.nl/")
    client = api_as("editor")
    cohort, _ = cohort_with(db, org, 1)
    body = (await client.post(f"/api/v1/rounds/{make_round(db, org, cohort=cohort).id}/invitations")).json()
    assert body["links"][0]["link"].startswith("https://leerkoers.eenstad.nl/antwoorden#")


async def test_no_column_holds_the_token_and_its_hash_finds_the_invitation(api_as, db, org):
    client = api_as("editor")
    cohort, _ = cohort_with(db, org, 2)
    round_ = make_round(db, org, cohort=cohort)
    links = (await client.post(f"/api/v1/rounds/{round_.id}/invitations")).json()["links"]
    columns = [column["name"] for column in inspect(db.connection()).get_columns("invitations")]
    rows = db.execute(text("SELECT * FROM invitations")).mappings().all()
    assert len(rows) == 2
    for link in links:
        token = token_of(link["link"])
        assert len(token) >= 43  # 256 bits
        assert not any(token in str(row[name]) for row in rows for name in columns)
        found = db.scalars(select(Invitation).where(Invitation.token_hash == tokens.token_hash(token))).one()
        assert str(found.person_id) == link["personId"] and tokens.token_for(found.token_salt) == token


async def test_a_session_evaluation_invites_its_attendees_who_were_not_absent(api_as, db, org):
    client = api_as("editor")
    present, absent, untaken = (make_person(db, org, name=n) for n in ("Aanwezig", "Afwezig", "Onbekend"))
    session = make_session(db, org)
    for person, attendance in ((present, Attendance.present), (absent, Attendance.absent), (untaken, None)):
        save(db, Attendee(session_id=session.id, person_id=person.id, organisation_id=org.id,
                          attendance=attendance))
    round_ = make_round(db, org, session=session)
    body = (await client.post(f"/api/v1/rounds/{round_.id}/invitations")).json()
    assert sorted(link["name"] for link in body["links"]) == ["Aanwezig", "Onbekend"]


async def test_five_hundred_participants_are_one_insert(api_as, db, org, count_queries):
    client = api_as("editor")
    cohort, _ = cohort_with(db, org, 500)
    round_ = make_round(db, org, cohort=cohort)
    await client.get("/api/v1/rounds")  # the login session is extended on the first request

    statements: list[str] = []
    from sqlalchemy import event

    def on_execute(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(db.connection(), "before_cursor_execute", on_execute)
    try:
        r = await client.post(f"/api/v1/rounds/{round_.id}/invitations")
    finally:
        event.remove(db.connection(), "before_cursor_execute", on_execute)
    assert r.json()["created"] == 500
    assert len([s for s in statements if s.lstrip().upper().startswith("INSERT INTO INVITATIONS")]) == 1


async def test_the_links_as_a_csv_for_a_mail_merge_are_formula_safe(api_as, db, org):
    client = api_as("editor")
    cohort, _ = cohort_with(db, org, 0)
    tricky = make_person(db, org, name='=HYPERLINK("https://evil.example","Klik")', email="a@example.org")
    make_enrolment(db, org, cohort, tricky)
    round_ = make_round(db, org, cohort=cohort)
    r = await client.post(f"/api/v1/rounds/{round_.id}/invitations", headers={"Accept": "text/csv"})
    assert r.status_code == 201 and r.headers["content-type"].startswith("text/csv")
    assert r.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Personeelsnummer", "Naam", "E-mail", "Link"]
    number, name, email, link = rows[1]
    assert name == "'" + tricky.name and email == "a@example.org" and number == tricky.employee_number
    assert "/antwoorden#" in link
    assert (await client.post(f"/api/v1/rounds/{round_.id}/invitations",
                              headers={"Accept": "text/csv"})).content.decode("utf-8-sig").count("\r\n") == 1


async def test_the_export_shows_invitations_and_erasure_deletes_them(api_as, db, org):
    admin = api_as("admin")
    cohort, people = cohort_with(db, org, 2)
    round_ = make_round(db, org, cohort=cohort, title="Voormeting")
    await admin.post(f"/api/v1/rounds/{round_.id}/invitations")
    person = people[0]
    sections = (await admin.get(f"/api/v1/people/{person.id}/export")).json()["sections"]
    assert [(row["roundTitle"], row["status"]) for row in sections["invitations"]] == [("Voormeting", "pending")]
    assert "tokenSalt" not in sections["invitations"][0]
    r = await admin.post(f"/api/v1/people/{person.id}/erase", json={"employeeNumber": person.employee_number})
    assert r.status_code == 204, r.text
    left = db.scalars(select(Invitation.person_id).where(Invitation.round_id == round_.id)).all()
    assert left == [people[1].id]
