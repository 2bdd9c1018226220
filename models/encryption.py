"""The key that encrypts an SQLite register at rest, and how it is kept.

Each installation gets its own random 256-bit key. The database file (and every backup of it) is
encrypted with that key by SQLCipher. The key itself never sits on disk in the clear: the key
file beside the database holds it wrapped with AES-GCM under a key derived by Argon2id from the
station head's passphrase. At set-up the raw key is also shown once as a *recovery key* (56
letters and digits in groups of four, with a checksum) to be written down and kept at the
district office: with it a new key file, and a new passphrase, can be made if the passphrase is
forgotten or the key file is lost.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from models.atomic_file import atomic_write
from models.errors import UserError
from models.messages import msg

KEY_BYTES = 32
KEY_FILE_SUFFIX = ".key"
KEY_FILE_FORMAT = "talash-db-key"
KEY_FILE_VERSION = 1
_AAD = b"talash-db-key/1"
_CHECK_BYTES = 3
# Argon2id parameters for a passphrase typed at start-up: about a quarter second on a desk PC.
KDF_TIME_COST = 3
KDF_MEMORY_KIB = 64 * 1024
KDF_PARALLELISM = 2
MIN_PASSPHRASE = 12


class KeyUnavailable(UserError):
    """The database key cannot be unlocked or read (wrong passphrase, damaged key file, ...)."""


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    time_cost: int = KDF_TIME_COST
    memory_kib: int = KDF_MEMORY_KIB
    parallelism: int = KDF_PARALLELISM

    def derive(self, passphrase: str) -> bytes:
        return hash_secret_raw(
            secret=passphrase.encode("utf-8"),
            salt=self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )


def new_key() -> bytes:
    """A fresh random database key."""
    return secrets.token_bytes(KEY_BYTES)


def key_id(key: bytes) -> str:
    """A short fingerprint that names a key without revealing it (shown in backups and docs)."""
    return hashlib.sha256(b"talash-key-id/" + key).hexdigest()[:16]


def sqlcipher_key_literal(key: bytes) -> str:
    """The raw-key form SQLCipher takes in ``PRAGMA key`` (no second key derivation)."""
    return f"x'{key.hex()}'"


def key_file_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + KEY_FILE_SUFFIX)


# -- recovery key ------------------------------------------------------------------------------


def recovery_code(key: bytes) -> str:
    """The key as 14 groups of four characters (base32 of key + checksum), to write down."""
    check = hashlib.sha256(key).digest()[:_CHECK_BYTES]
    text = base64.b32encode(key + check).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def key_from_recovery_code(code: str) -> bytes:
    """Read a written-down recovery key back; typing slips (case, spaces, 0/O, 1/I) forgiven."""
    text = "".join(ch for ch in code.upper() if ch.isalnum())
    text = text.replace("0", "O").replace("1", "I").replace("8", "B")
    if len(text) != 56:
        raise KeyUnavailable(
            msg(
                "A recovery key has 56 letters and digits (14 groups of four); this "
                "one has {text_count}.",
                text_count=len(text),
            )
        )
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except binascii.Error as exc:
        raise KeyUnavailable(
            msg("That is not a Talash recovery key (it has letters a key never has).")
        ) from exc
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if hashlib.sha256(key).digest()[:_CHECK_BYTES] != check:
        raise KeyUnavailable(
            msg("The recovery key has a typing mistake: its checksum does not match.")
        )
    return key


# -- the key file ------------------------------------------------------------------------------


def passphrase_problems(passphrase: str) -> list[str]:
    from models.passwords import password_problems

    problems = [p.replace("password", "passphrase") for p in password_problems(passphrase)]
    if len(passphrase) < MIN_PASSPHRASE:
        problems.append(f"The passphrase must have at least {MIN_PASSPHRASE} characters.")
    return problems


def wrap_key(key: bytes, passphrase: str, *, kdf: KdfParams | None = None) -> dict[str, Any]:
    """The key-file content: ``key`` sealed under a key derived from ``passphrase``."""
    params = kdf or KdfParams(salt=secrets.token_bytes(16))
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(params.derive(passphrase)).encrypt(nonce, key, _AAD)
    return {
        "format": KEY_FILE_FORMAT,
        "version": KEY_FILE_VERSION,
        "key_id": key_id(key),
        "cipher": "AES-256-GCM",
        "kdf": {
            "name": "argon2id",
            "salt": base64.b64encode(params.salt).decode("ascii"),
            "time_cost": params.time_cost,
            "memory_kib": params.memory_kib,
            "parallelism": params.parallelism,
        },
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "wrapped_key": base64.b64encode(sealed).decode("ascii"),
    }


def unwrap_key(content: dict[str, Any], passphrase: str) -> bytes:
    try:
        if content.get("format") != KEY_FILE_FORMAT or content.get("version") != KEY_FILE_VERSION:
            raise KeyUnavailable(
                msg("The key file is not a Talash database key file of a known version.")
            )
        kdf = content["kdf"]
        params = KdfParams(
            salt=base64.b64decode(kdf["salt"]),
            time_cost=int(kdf["time_cost"]),
            memory_kib=int(kdf["memory_kib"]),
            parallelism=int(kdf["parallelism"]),
        )
        nonce = base64.b64decode(content["nonce"])
        sealed = base64.b64decode(content["wrapped_key"])
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise KeyUnavailable(
            msg("The key file is damaged: a field is missing or unreadable.")
        ) from exc
    try:
        key = AESGCM(params.derive(passphrase)).decrypt(nonce, sealed, _AAD)
    except InvalidTag as exc:
        raise KeyUnavailable(
            msg("The passphrase is not right, or the key file was altered.")
        ) from exc
    if key_id(key) != content.get("key_id"):
        raise KeyUnavailable(
            msg("The key file is damaged: the key does not match its fingerprint.")
        )
    return key


def write_key_file(path: Path, key: bytes, passphrase: str) -> Path:
    """Write (or replace) the key file atomically, readable by this OS account only."""
    problems = passphrase_problems(passphrase)
    if problems:
        raise KeyUnavailable(" ".join(problems))
    text = json.dumps(wrap_key(key, passphrase), indent=2) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    return atomic_write(path, text, private=True)


def read_key_file(path: Path) -> dict[str, Any]:
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise KeyUnavailable(
            msg(
                "The database key file {path} is missing. Restore it from a backup, or "
                "make a new one with the recovery key: talash db recover-key.",
                path=path,
            )
        ) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KeyUnavailable(
            msg("The database key file {path} cannot be read or is damaged.", path=path)
        ) from exc
    if not isinstance(content, dict):
        raise KeyUnavailable(msg("The database key file {path} is damaged.", path=path))
    return content


def unlock_key_file(path: Path, passphrase: str) -> bytes:
    return unwrap_key(read_key_file(path), passphrase)


def key_file_id(path: Path) -> str | None:
    """The fingerprint recorded in a key file (no passphrase needed), or None if unreadable."""
    try:
        value = read_key_file(path).get("key_id")
    except KeyUnavailable:
        return None
    return value if isinstance(value, str) else None
