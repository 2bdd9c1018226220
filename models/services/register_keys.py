"""The register's encryption as the window shows and manages it: whether the register is
encrypted, with which key, and changing the passphrase that protects the key.

The key work itself is in models/services/keys.py; this adds what a screen needs around it: the
role (``manage_keys``), refusals that name the field they are about, and an audit event.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models import audit
from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.encryption import KeyUnavailable, key_file_id, key_id, passphrase_problems
from models.errors import Problem, UserError, ValidationFailed
from models.messages import msg
from models.permissions import Capability, require
from models.services.keys import change_passphrase, recover_key_file

RECOVERY_DOC = "docs/security.md, section 'Encryption at rest' (Recovery key)"


@dataclass(frozen=True)
class EncryptionStatus:
    on_server: bool  # a PostgreSQL register: the server's disk encryption applies
    encrypted: bool
    register: str
    key_file: Path | None
    key_id: str | None  # the fingerprint of the key in use (never the key)
    recovery_doc: str = RECOVERY_DOC


class RegisterKeyService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def status(self, actor: Actor) -> EncryptionStatus:
        require(actor, Capability.MANAGE_KEYS)
        target = self.db.target
        key_file = target.key_file if self.db.encrypted else None
        return EncryptionStatus(
            on_server=not self.db.is_sqlite,
            encrypted=self.db.encrypted,
            register=self.db.describe(),
            key_file=key_file,
            key_id=key_id(self.db.key) if self.db.key is not None else None,
        )

    def change_passphrase(self, actor: Actor, present: str, new: str) -> Path:
        """Wrap the register's key under a new passphrase; the register is not rewritten and
        the recovery key stays valid. Refusals name ``passphrase`` or ``new_passphrase``."""
        require(actor, Capability.MANAGE_KEYS)
        key_file = self.db.target.key_file
        if not self.db.encrypted or key_file is None:
            raise UserError(
                msg(
                    "This register is not encrypted, so it has no passphrase. Encrypt it "
                    "with 'talash db encrypt' (docs/security.md).",
                )
            )
        problems = [Problem("new_passphrase", p) for p in passphrase_problems(new)]
        if new and new == present:
            problems.append(
                Problem("new_passphrase", msg("must differ from the present passphrase"))
            )
        if problems:
            raise ValidationFailed(problems)
        if key_file_id(key_file) != key_id(self.db.key or b""):
            raise UserError(
                msg(
                    "The key file {key_file} does not belong to the open register; restore "
                    "it from a backup or make a new one with the recovery key (talash db "
                    "recover-key).",
                    key_file=key_file,
                )
            )
        try:
            change_passphrase(self.db.target, present, new)
        except KeyUnavailable as exc:
            with self.db.write() as s:
                audit.record(
                    s,
                    at=self.clock.now(),
                    actor=actor,
                    action="db.passphrase",
                    outcome="failed",
                    details={"reason": "present passphrase wrong"},
                )
            raise ValidationFailed([Problem("passphrase", exc.message)]) from exc
        with self.db.write() as s:
            audit.record(
                s,
                at=self.clock.now(),
                actor=actor,
                action="db.passphrase",
                details={"key_id": key_id(self.db.key or b"")},
            )
        return key_file

    def recover_key_file(self, actor: Actor, code: str, new: str) -> Path:
        """Write a new key file from the written-down recovery key (the register is open with
        the key it gives), under a new passphrase; audited like a passphrase change."""
        require(actor, Capability.MANAGE_KEYS)
        problems = [Problem("new_passphrase", p) for p in passphrase_problems(new)]
        if problems:
            raise ValidationFailed(problems)
        path = recover_key_file(self.db.target, code, new)
        with self.db.write() as s:
            audit.record(
                s,
                at=self.clock.now(),
                actor=actor,
                action="db.recover_key",
                details={"key_id": key_id(self.db.key or b"")},
            )
        return path

    def record_grants(self, actor: Actor, role: str, statements: int) -> None:
        """Audit that the desks' PostgreSQL login role was given its rights (``talash db
        grant-app-role``): a change to who may write the register is a privileged action."""
        require(actor, Capability.MANAGE_KEYS)
        with self.db.write() as s:
            audit.record(
                s,
                at=self.clock.now(),
                actor=actor,
                action="db.grants",
                details={"role": role, "statements": statements},
            )
