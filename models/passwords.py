"""Passwords: Argon2id hashes and the rules a new password must meet (NIST 800-63B style).

At least 8 characters (12 recommended), not the username, not on the banned list (common and
station words, also with digits or symbols tacked on), no composition rules.
"""

from __future__ import annotations

import functools
import re
import secrets
import unicodedata

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from models.messages import msg
from models.resource_files import resource_path

MIN_LENGTH = 8
RECOMMENDED_LENGTH = 12
MAX_LENGTH = 256

_hasher = PasswordHasher()  # argon2-cffi defaults: Argon2id, RFC 9106 low-memory profile


@functools.cache
def banned_passwords() -> frozenset[str]:
    text = resource_path("security", "banned-passwords.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().casefold()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


def _normalise(password: str) -> str:
    return unicodedata.normalize("NFC", password)


def password_problems(password: str, *, username: str = "") -> list[str]:
    """Plain-words reasons a password cannot be used; empty if it can."""
    pw = _normalise(password)
    problems: list[str] = []
    if len(pw) < MIN_LENGTH:
        problems.append(
            msg(
                "The password must have at least {MIN_LENGTH} characters "
                "({RECOMMENDED_LENGTH} or more is better).",
                MIN_LENGTH=MIN_LENGTH,
                RECOMMENDED_LENGTH=RECOMMENDED_LENGTH,
            )
        )
    if len(pw) > MAX_LENGTH:
        problems.append(
            msg("The password must have at most {MAX_LENGTH} characters.", MAX_LENGTH=MAX_LENGTH)
        )
    folded = pw.casefold()
    stem = re.sub(r"[\d\W_]+$", "", folded)  # "mumbai@123" -> "mumbai"
    if folded in banned_passwords() or (stem and stem in banned_passwords()):
        problems.append(msg("That password is too common or too easy to guess; choose another."))
    if username and username.casefold() in folded:
        problems.append(msg("The password must not contain the username."))
    if pw and len(set(pw)) == 1:
        problems.append(msg("The password must not repeat one character."))
    return problems


def hash_password(password: str) -> str:
    return _hasher.hash(_normalise(password))


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, _normalise(password))
    except (VerificationError, InvalidHashError):
        return False


@functools.cache
def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_urlsafe(24))


def spend_like_a_check(password: str) -> None:
    """Do the work of one real check against a hash nobody knows.

    A logon for an unknown, inactive or locked account calls this, so it takes as long as one
    for a real account: the time of a refusal tells no one which usernames exist.
    """
    verify_password(_dummy_hash(), password)


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)
