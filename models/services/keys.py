"""Encryption at rest for an SQLite register: set-up, converting a plain register, passphrase
changes and recovery from the written-down recovery key.

The key file sits beside the register (``talash.sqlite.key``); it holds the database key wrapped
under the passphrase (models/encryption.py). Losing both the passphrase and the recovery key
loses the register and its backups: that is the point of encrypting it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from models import audit
from models.actor import Actor
from models.atomic_file import move_into_place
from models.clock import Clock
from models.db import (
    Database,
    Target,
    encrypt_sqlite_file,
    open_database,
)
from models.encryption import (
    KeyUnavailable,
    key_from_recovery_code,
    key_id,
    new_key,
    passphrase_problems,
    recovery_code,
    unlock_key_file,
    write_key_file,
)
from models.errors import UserError
from models.messages import msg
from models.permissions import Capability, require
from models.services.backups import backup_folder, list_backups

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NewKey:
    """A key just made. ``recovery_code`` is shown once, to be written down, and never stored."""

    key: bytes
    key_id: str
    key_file: Path
    recovery_code: str


@dataclass(frozen=True)
class EncryptOutcome:
    key: NewKey
    plain_backups_removed: tuple[Path, ...]
    plain_backups_kept: tuple[Path, ...]


def _sqlite_path(target: Target) -> Path:
    if target.sqlite_path is None:
        raise UserError(
            msg(
                "A PostgreSQL register is protected by the server's disk encryption "
                "and TLS, not by Talash (see docs/security.md).",
            )
        )
    return target.sqlite_path


def create_key(target: Target, passphrase: str) -> NewKey:
    """Make this installation's key and its key file (for ``talash init --encrypt``)."""
    path = _sqlite_path(target)
    key_file = target.key_file
    assert key_file is not None
    if key_file.exists():
        raise UserError(
            msg("{key_file} already exists; this register already has a key.", key_file=key_file)
        )
    if path.exists():
        raise UserError(
            msg("{path} already exists; convert it with 'talash db encrypt'.", path=path)
        )
    key = new_key()
    write_key_file(key_file, key, passphrase)
    return NewKey(key, key_id(key), key_file, recovery_code(key))


def unlock(target: Target, passphrase: str) -> bytes:
    key_file = target.key_file
    if key_file is None:
        raise UserError(msg("Only an SQLite register has a key file."))
    return unlock_key_file(key_file, passphrase)


def encrypt_register(
    db: Database, actor: Actor, passphrase: str, clock: Clock, *, keep_plain_backups: bool = False
) -> EncryptOutcome:
    """Convert a plain SQLite register to an encrypted one, in place.

    The encrypted copy is made and checked first; the key file is written before the copy takes
    the register's name, so an interruption leaves either the plain register (still usable) or
    the encrypted one with its key. ``db`` is disposed; the caller opens the register again.
    Plain backups in the backup folder are removed (they hold every record in the clear),
    unless ``keep_plain_backups``.
    """
    require(actor, Capability.MANAGE_KEYS)
    path = _sqlite_path(db.target)
    if db.encrypted:
        raise UserError(msg("{path} is already encrypted.", path=path))
    problems = passphrase_problems(passphrase)
    if problems:
        raise KeyUnavailable(" ".join(problems))
    key_file = db.target.key_file
    assert key_file is not None
    plain_backups = [b.path for b in list_backups(backup_folder(db.target)) if not b.encrypted]
    with db.write() as s:
        audit.record(s, at=clock.now(), actor=actor, action="db.encrypt", outcome="started")
    db.dispose()
    key = new_key()
    staging = path.with_name(path.name + ".encrypting")
    try:
        encrypt_sqlite_file(path, staging, key)
        write_key_file(key_file, key, passphrase)
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        move_into_place(staging, path)
    finally:
        staging.unlink(missing_ok=True)
    removed: list[Path] = []
    if not keep_plain_backups:
        for old in plain_backups:
            old.unlink(missing_ok=True)
            removed.append(old)
    encrypted = open_database(db.target, key=key)
    try:
        with encrypted.write() as s:
            audit.record(
                s,
                at=clock.now(),
                actor=actor,
                action="db.encrypt",
                details={"key_id": key_id(key), "plain_backups_removed": len(removed)},
            )
    finally:
        encrypted.dispose()
    log.info("register encrypted; key id %s", key_id(key))
    kept = tuple(p for p in plain_backups if p not in removed)
    return EncryptOutcome(
        NewKey(key, key_id(key), key_file, recovery_code(key)), tuple(removed), kept
    )


def change_passphrase(target: Target, old: str, new: str) -> Path:
    """Wrap the same key under a new passphrase (the register itself is not rewritten)."""
    key = unlock(target, old)
    assert target.key_file is not None
    return write_key_file(target.key_file, key, new)


def recover_key_file(target: Target, code: str, new_passphrase: str) -> Path:
    """Make a new key file from the written-down recovery key, with a new passphrase.

    The key is checked against the register before anything is written.
    """
    path = _sqlite_path(target)
    key = key_from_recovery_code(code)
    key_file = target.key_file
    assert key_file is not None
    probe = open_database(Target(target.url, path), key=key)  # refuses a key that does not fit
    probe.dispose()
    return write_key_file(key_file, key, new_passphrase)
