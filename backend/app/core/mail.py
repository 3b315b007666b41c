"""Plain-text e-mail over SMTP (SMTP_* settings): one connection for a whole batch. Nothing here knows about a
domain; a caller sends outside its database transaction, then records what went out in a short one."""

import logging
import smtplib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from app.core.config import get_settings

TIMEOUT_SECONDS = 30
log = logging.getLogger("leerkoers.mail")


@dataclass(frozen=True)
class Mail:
    key: str  # the caller's id of the message (an invitation's id): `send` answers which went out
    to: str
    subject: str
    body: str
    to_name: str = ""


def configured() -> bool:
    settings = get_settings()
    return bool(settings.smtp_host and settings.smtp_from)


def _message(mail: Mail, sender: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = formataddr((mail.to_name, mail.to)) if mail.to_name else mail.to
    message["Subject"] = mail.subject
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2].strip(">") or None)
    message.set_content(mail.body)  # text/plain; UTF-8 where needed
    return message


def send(mails: Sequence[Mail]) -> list[str]:
    """Sends each mail over one SMTP connection; answers the keys of those the server accepted. A refused
    recipient fails that mail only; a connection that cannot be made fails them all (nothing raises)."""
    if not mails:
        return []
    settings = get_settings()
    sent: list[str] = []
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=TIMEOUT_SECONDS) as smtp:
            if settings.smtp_starttls:
                smtp.starttls(context=ssl.create_default_context())
            if settings.smtp_username:
                smtp.login(settings.smtp_username, settings.smtp_password)
            for mail in mails:
                try:
                    smtp.send_message(_message(mail, settings.smtp_from))
                    sent.append(mail.key)
                except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError, smtplib.SMTPSenderRefused,
                        ValueError) as error:
                    log.warning("mail refused", extra={"fields": {"key": mail.key, "error": type(error).__name__}})
    except (OSError, smtplib.SMTPException) as error:
        log.warning("mail connection failed", extra={"fields": {"host": settings.smtp_host, "sent": len(sent),
                                                                "error": type(error).__name__}})
    return sent
