"""Sealing the window's drafts of an encrypted register (no Qt).

A draft holds what was typed into a form that is not saved yet: a child's name, address and
family's phone. When the register is encrypted at rest, its drafts must be too, or the data folder
would show in clear what the register hides. The drafts key is derived from the register's key
with HKDF-SHA256 under its own label, so it is never the register's key itself, needs no key file
or passphrase of its own, and changes with the register's key (a passphrase change keeps it).
Each draft is sealed with AES-256-GCM under a fresh random nonce; the file's header is bound
into the seal as associated data, so a file cut or patched does not open.
"""

from __future__ import annotations

import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from models.messages import msg

DRAFTS_INFO = b"talash/drafts-key/v1"
MAGIC = b"TALASH-DRAFT-AESGCM/1\n"
NONCE_BYTES = 12
KEY_BYTES = 32


class DraftUnreadable(ValueError):
    """A sealed draft that does not open: damaged, or sealed under another register's key."""


def drafts_key(register_key: bytes) -> bytes:
    """The key that seals drafts, derived from (and distinct from) the register's key."""
    if len(register_key) < 16:
        raise ValueError("a register key has at least 128 bits")
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=DRAFTS_INFO).derive(
        register_key
    )


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


class DraftSealer:
    """Seals and opens draft files with the drafts key of one register."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("a drafts key has 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def for_register_key(cls, register_key: bytes) -> DraftSealer:
        return cls(drafts_key(register_key))

    def seal(self, plain: bytes) -> bytes:
        nonce = secrets.token_bytes(NONCE_BYTES)
        return MAGIC + nonce + self._aead.encrypt(nonce, plain, MAGIC)

    def open(self, data: bytes) -> bytes:
        if not is_sealed(data) or len(data) < len(MAGIC) + NONCE_BYTES + 16:
            raise DraftUnreadable(msg("not a sealed Talash draft"))
        nonce = data[len(MAGIC) : len(MAGIC) + NONCE_BYTES]
        try:
            return self._aead.decrypt(nonce, data[len(MAGIC) + NONCE_BYTES :], MAGIC)
        except InvalidTag as exc:
            raise DraftUnreadable(
                msg("the draft was altered, or sealed under another register's key")
            ) from exc
