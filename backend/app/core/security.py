"""Passwords (argon2id, and what makes one acceptable) and bearer secrets (random, stored only as a SHA-256
digest)."""

import hashlib
import re
import secrets
from dataclasses import dataclass
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from zxcvbn import zxcvbn

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """Verified against when the e-mail address is unknown, so a failed login takes as long either way."""
    return _hasher.hash("leerkoers-dummy-password")

MIN_PASSWORD_LENGTH = 12
# zxcvbn's score 3 is "at least 10^8 guesses"; its lists include the 30,000 most common breached passwords.
_MIN_STRENGTH = 3
_ESTIMATED_LENGTH = 72  # zxcvbn's own cap: its matching takes seconds on a few hundred characters


@dataclass(frozen=True)
class PasswordProblem:
    code: str
    detail: str


def _identity_words(email: str, name: str) -> set[str]:
    """The e-mail address, its local part and the words of local part and name worth matching."""
    local_part = email.casefold().split("@", 1)[0]
    words = {word for word in re.split(r"[\W_]+", f"{local_part} {name.casefold()}") if len(word) >= 4}
    return {word for word in (email.casefold(), local_part, *words) if len(word) >= 3}


def password_problem(password: str, *, email: str, name: str) -> PasswordProblem | None:
    """Why this password may not be used for this account (ASVS 5.0 V6.2), or None. Needs no network."""
    identity = _identity_words(email, name)
    if any(word in password.casefold() for word in identity):
        return PasswordProblem("password_contains_identity", "The password contains the e-mail address or name.")
    if zxcvbn(password[:_ESTIMATED_LENGTH], user_inputs=sorted(identity))["score"] < _MIN_STRENGTH:
        return PasswordProblem("password_common", "This password is common or easy to guess: it is in a list of "
                                                  "breached passwords, or a simple pattern. Choose another one.")
    return None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _dummy_hash(), password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def new_secret(prefix: str = "") -> str:
    """256 random bits, URL-safe."""
    return prefix + secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    """What is stored of a bearer secret: enough to recognise it, useless to anyone who reads the table."""
    return hashlib.sha256(secret.encode()).hexdigest()


def same(a: str, b: str) -> bool:
    return secrets.compare_digest(a.encode(), b.encode())
