"""The invitation and reminder e-mails of a round, in the instrument's language (Dutch or English), plain text:
the round's title in the subject, the message, the personal link and the closing time in Europe/Amsterdam.

The SMTP work runs outside any database transaction: a short one reads what to send, the batch goes out over one
connection, and another short one records it (pending → sent with sent_at; a reminder adds to reminder_count).
A reminder carries the same link as the invitation: the token follows from the invitation's salt."""

import uuid
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool

from app.core import audit, mail
from app.core.db import Later, utcnow
from app.core.errors import Conflict
from app.core.scope import Scope
from app.core.vocabulary import QuestionnaireLanguage
from app.people.models import Person
from app.rounds import invitations, service
from app.rounds.models import Invitation, InvitationStatus
from app.rounds.schemas import MailResult

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
TEXTS = {
    "nl": {
        "invitation": "Uitnodiging: {title}", "reminder": "Herinnering: {title}",
        "greeting": "Beste {name},",
        "standard": "We vragen u een korte vragenlijst in te vullen: \"{title}\". Het kost een paar minuten.",
        "reminded": "U hebt de vragenlijst nog niet ingevuld. Dat kan nog tot de sluiting.",
        "link": "Vul de vragenlijst in via uw persoonlijke link:",
        "closes": "De vragenlijst sluit op {day} om {clock} (Nederlandse tijd).",
        "personal": "Deze link is alleen voor u: stuur hem niet door.",
    },
    "en": {
        "invitation": "Invitation: {title}", "reminder": "Reminder: {title}",
        "greeting": "Dear {name},",
        "standard": "We ask you to fill in a short questionnaire: \"{title}\". It takes a few minutes.",
        "reminded": "You have not filled in the questionnaire yet. You still can until it closes.",
        "link": "Fill in the questionnaire with your personal link:",
        "closes": "The questionnaire closes on {day} at {clock} (Amsterdam time).",
        "personal": "This link is for you only: do not forward it.",
    },
}


@dataclass(frozen=True)
class Batch:
    mails: list[mail.Mail]
    without_address: int


def closing_text(closes_at: datetime, language: str) -> tuple[str, str]:
    local = closes_at.astimezone(AMSTERDAM)
    month = MONTHS[language][local.month - 1]
    day = f"{local.day} {month} {local.year}" if language == "nl" else f"{month} {local.day}, {local.year}"
    return day, f"{local:%H:%M}"


def compose(*, language: str, title: str, name: str, message: str, link: str, closes_at: datetime,
            reminder: bool) -> tuple[str, str]:
    """(subject, body) of one e-mail."""
    text = TEXTS[language if language in TEXTS else QuestionnaireLanguage.nl.value]
    day, clock = closing_text(closes_at, language if language in MONTHS else "nl")
    paragraphs = [text["greeting"].format(name=name)]
    if reminder:
        paragraphs.append(text["reminded"])
    paragraphs += [message.strip() or text["standard"].format(title=title), f"{text['link']}\n{link}",
                   text["closes"].format(day=day, clock=clock), text["personal"]]
    subject = text["reminder" if reminder else "invitation"].format(title=title)
    return subject, "\n\n".join(paragraphs) + "\n"


def _batch(db: Session, scope: Scope, round_id: uuid.UUID, base: str, reminder: bool) -> Batch:
    round_ = service.get_round(db, scope, round_id=round_id)
    read = service.read_round(db, scope, round_)
    if reminder and read.state != "open":
        raise Conflict("Reminders go out only while the round is open.", problem="round_not_open",
                       problem_params={"state": read.state})
    if read.state == "closed":
        raise Conflict("The round is closed: invitations can no longer be sent.", problem="round_not_open",
                       problem_params={"state": read.state})
    statuses = ([InvitationStatus.sent, InvitationStatus.opened] if reminder else [InvitationStatus.pending])
    rows = db.execute(
        select(Invitation.id, Invitation.token_salt, Person.name, Person.email)
        .join(Person, Person.id == Invitation.person_id)
        .where(Invitation.round_id == round_.id, Invitation.organisation_id == scope.organisation_id,
               Invitation.status.in_(statuses))
        .order_by(Invitation.id)).all()
    mails, without_address = [], 0
    for invitation_id, salt, name, email in rows:
        if not email:
            without_address += 1
            continue
        subject, body = compose(language=read.language.value, title=read.title, name=name, message=read.message,
                                link=invitations.link_for(base, salt), closes_at=read.closes_at, reminder=reminder)
        mails.append(mail.Mail(key=str(invitation_id), to=email, to_name=name, subject=subject, body=body))
    return Batch(mails=mails, without_address=without_address)


def _record(db: Session, scope: Scope, round_id: uuid.UUID, keys: list[str], reminder: bool) -> None:
    if not keys:
        return
    ids = [uuid.UUID(key) for key in keys]
    now = utcnow()
    target = update(Invitation).where(Invitation.organisation_id == scope.organisation_id,
                                      Invitation.round_id == round_id, Invitation.id.in_(ids))
    if reminder:
        db.execute(target.values(reminded_at=now, reminder_count=Invitation.reminder_count + 1,
                                 version=Invitation.version + 1, updated_at=now))
    else:
        db.execute(target.where(Invitation.status == InvitationStatus.pending)
                   .values(status=InvitationStatus.sent, sent_at=now, version=Invitation.version + 1,
                           updated_at=now))
    audit.record(db, scope=scope, action="round.reminded" if reminder else "round.mailed",
                 entity_type=service.ENTITY, entity_id=round_id, changes={"sent": len(keys)})


async def send(later: Later, scope: Scope, *, round_id: uuid.UUID, base: str, reminder: bool) -> MailResult:
    """E-mails the pending invitations (or reminds the sent and opened ones); 409 `mail_not_configured` without
    SMTP_HOST and SMTP_FROM."""
    if not mail.configured():
        raise Conflict("E-mail is not set up on this server (SMTP_HOST, SMTP_FROM): export the links as a CSV "
                       "for a mail merge instead.", problem="mail_not_configured")
    batch = await later.run(_batch, scope, round_id, base, reminder)
    sent = await run_in_threadpool(mail.send, batch.mails)
    await later.run(_record, scope, round_id, sent, reminder)
    return MailResult(sent=len(sent), failed=len(batch.mails) - len(sent) + batch.without_address)
