"""Invitation tokens and pseudonyms, both keyed with the server's secret key (decision 0016).

- The token is 256 bits: HMAC-SHA256(key, "invitation:" + salt), base64url. Only its SHA-256 is stored, and the
  salt; without the key neither reveals a token.
- The pseudonym is HMAC-SHA256(key, "pseudonym:" + subject + ":" + person): the same person in the same cohort
  (or session) has the same pseudonym in every round, so pre and post pair, and nobody can go back to the person
  without the key and the list of people."""

import base64
import hashlib
import hmac
import secrets
import uuid
from functools import lru_cache

from app.core.config import get_settings
from app.core.security import digest


@lru_cache
def _key() -> bytes:
    return get_settings().resolved_secret_key().encode()


def new_salt() -> str:
    return secrets.token_hex(16)


def _mac(message: str) -> bytes:
    return hmac.new(_key(), message.encode(), hashlib.sha256).digest()


def token_for(salt: str) -> str:
    """The invitation's token, the same every time it is asked for (the mailer sends it again in a reminder)."""
    return base64.urlsafe_b64encode(_mac(f"invitation:{salt}")).rstrip(b"=").decode()


def token_hash(token: str) -> str:
    """What a respondent's request is looked up by."""
    return digest(token)


def pseudonym(subject_id: uuid.UUID, person_id: uuid.UUID) -> str:
    """The person's pseudonym within a cohort or session (the round's subject), 64 hex characters."""
    return _mac(f"pseudonym:{subject_id}:{person_id}").hex()
