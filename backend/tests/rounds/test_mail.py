"""Invitations and reminders by e-mail, against a real SMTP server the test starts (aiosmtpd): the recipient,
the subject with the round's title, the personal link (the same in the reminder), the closing time in
Europe/Amsterdam; the statuses and counts afterwards; and a 409 when no mail server is set up."""

import email
import socket
from datetime import UTC, datetime, timedelta
from email.message import Message

import pytest
from aiosmtpd.controller import Controller

from app.core.vocabulary import QuestionnaireLanguage
from tests.rounds.factories import cohort_with, make_enrolment, make_person, make_published, make_round

pytestmark = pytest.mark.anyio


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("weiger"):
            return "550 no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((list(envelope.rcpt_tos), email.message_from_bytes(envelope.content)))
        return "250 OK"

    def to(self, address: str) -> list[Message]:
        return [message for recipients, message in self.messages if address in recipients]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def inbox(settings, monkeypatch):
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    for name, value in (("smtp_host", "127.0.0.1"), ("smtp_port", controller.port), ("smtp_starttls", False),
                        ("smtp_from", "Leerkoers <leerkoers@eenstad.nl>"), ("smtp_username", "")):
        monkeypatch.setattr(settings, name, value)
    yield handler
    controller.stop()


def body_of(message: Message) -> str:
    return message.get_payload(decode=True).decode(message.get_content_charset() or "utf-8")


async def test_invitations_are_mailed_and_reminders_carry_the_same_link(api_as, db, org, inbox):
    client = api_as("editor")
    cohort, people = cohort_with(db, org, 2)
    closes_at = datetime(2030, 3, 1, 22, 59, tzinfo=UTC)  # 23:59 in Amsterdam
    round_ = make_round(db, org, cohort=cohort, title="Voormeting leiderschap", opens_at=datetime.now(UTC)
                        - timedelta(hours=1), closes_at=closes_at, message="Dank voor uw tijd.")
    links = {link["email"]: link["link"]
             for link in (await client.post(f"/api/v1/rounds/{round_.id}/invitations")).json()["links"]}

    r = await client.post(f"/api/v1/rounds/{round_.id}/invitations/send")
    assert r.status_code == 200, r.text
    assert r.json() == {"sent": 2, "failed": 0}
    person = people[0]
    [message] = inbox.to(person.email)
    assert message["Subject"] == "Uitnodiging: Voormeting leiderschap"
    assert person.email in message["To"] and message.get_content_type() == "text/plain"
    text = body_of(message)
    assert links[person.email] in text and "Dank voor uw tijd." in text and f"Beste {person.name}," in text
    assert "1 maart 2030 om 23:59" in text

    listed = (await client.get(f"/api/v1/rounds/{round_.id}/invitations")).json()["items"]
    assert {item["status"] for item in listed} == {"sent"} and all(item["sentAt"] for item in listed)
    assert (await client.post(f"/api/v1/rounds/{round_.id}/invitations/send")).json() == {"sent": 0, "failed": 0}

    r = await client.post(f"/api/v1/rounds/{round_.id}/reminders")
    assert r.json() == {"sent": 2, "failed": 0}
    await client.post(f"/api/v1/rounds/{round_.id}/reminders")
    _first, reminder, _second_reminder = inbox.to(person.email)
    assert reminder["Subject"] == "Herinnering: Voormeting leiderschap"
    assert links[person.email] in body_of(reminder)
    listed = (await client.get(f"/api/v1/rounds/{round_.id}/invitations")).json()["items"]
    assert {item["reminderCount"] for item in listed} == {2} and all(item["remindedAt"] for item in listed)
    completion = (await client.get(f"/api/v1/rounds/{round_.id}")).json()["completion"]
    assert completion["sent"] == 2 and completion["pending"] == 0


async def test_an_english_instrument_writes_english_mail(api_as, db, org, inbox):
    client = api_as("editor")
    cohort, people = cohort_with(db, org, 1)
    instrument = make_published(db, org, title="Pre-measurement", language=QuestionnaireLanguage.en)
    round_ = make_round(db, org, cohort=cohort, instrument=instrument,
                        closes_at=datetime(2030, 7, 1, 21, 59, tzinfo=UTC))
    await client.post(f"/api/v1/rounds/{round_.id}/invitations")
    await client.post(f"/api/v1/rounds/{round_.id}/invitations/send")
    [message] = inbox.to(people[0].email)
    assert message["Subject"] == "Invitation: Pre-measurement"
    assert "July 1, 2030 at 23:59" in body_of(message)


async def test_refused_and_missing_addresses_count_as_failed_and_stay_pending(api_as, db, org, inbox):
    client = api_as("editor")
    cohort, _ = cohort_with(db, org, 1)
    make_enrolment(db, org, cohort, make_person(db, org, name="Geweigerd", email="weiger@example.org"))
    make_enrolment(db, org, cohort, make_person(db, org, name="Zonder adres", email=""))
    round_ = make_round(db, org, cohort=cohort)
    await client.post(f"/api/v1/rounds/{round_.id}/invitations")
    assert (await client.post(f"/api/v1/rounds/{round_.id}/invitations/send")).json() == {"sent": 1, "failed": 2}
    pending = (await client.get(f"/api/v1/rounds/{round_.id}/invitations", params={"status": "pending"})).json()
    assert sorted(item["name"] for item in pending["items"]) == ["Geweigerd", "Zonder adres"]


async def test_no_reminders_outside_an_open_round(api_as, db, org, inbox):
    client = api_as("editor")
    cohort, _ = cohort_with(db, org, 1)
    round_ = make_round(db, org, cohort=cohort, opens_at=datetime.now(UTC) + timedelta(days=2))
    await client.post(f"/api/v1/rounds/{round_.id}/invitations")
    assert (await client.post(f"/api/v1/rounds/{round_.id}/invitations/send")).json()["sent"] == 1  # planned: ok
    r = await client.post(f"/api/v1/rounds/{round_.id}/reminders")
    assert r.status_code == 409 and r.json()["code"] == "round_not_open"


async def test_without_a_mail_server_sending_is_a_409(api_as, db, org, settings, monkeypatch):
    monkeypatch.setattr(settings, "smtp_host", "")
    client = api_as("editor")
    round_ = make_round(db, org)
    for path in ("invitations/send", "reminders"):
        r = await client.post(f"/api/v1/rounds/{round_.id}/{path}")
        assert r.status_code == 409 and r.json()["code"] == "mail_not_configured"


async def test_another_organisations_round_is_404_and_a_viewer_sends_nothing(api_as, db, org, other_org, inbox):
    theirs = make_round(db, other_org)
    assert (await api_as("editor").post(f"/api/v1/rounds/{theirs.id}/invitations/send")).status_code == 404
    assert (await api_as("viewer").post(f"/api/v1/rounds/{make_round(db, org).id}/reminders")).status_code == 403
    assert inbox.messages == []
