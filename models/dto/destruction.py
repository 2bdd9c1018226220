"""Destroying a case or a found person under a court or retention order (two people)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path


class DestructionSubject(StrEnum):
    CASE = "case"
    FOUND_PERSON = "found_person"


class DestructionStatus(StrEnum):
    PENDING = "pending"
    DESTROYED = "destroyed"
    REFUSED = "refused"


@dataclass(frozen=True)
class DestructionOrder:
    """The order that requires the destruction: its reference, date and issuing authority."""

    reference: str
    date: date
    authority: str


@dataclass(frozen=True)
class DestructionRequest:
    uuid: str
    subject: DestructionSubject
    subject_ref: str  # the register number (MP/2026/0042) or found-person number
    order: DestructionOrder
    status: DestructionStatus
    requested_by: str
    requested_at: datetime
    decided_by: str | None = None
    decided_at: datetime | None = None
    refusal_reason: str | None = None


@dataclass(frozen=True)
class StorageScrub:
    """What was done to the database's storage after the rows were deleted."""

    backend: str  # "sqlite" or "postgresql"
    secure_delete: bool  # deleted content was overwritten with zeros as it was deleted
    wal_emptied: bool  # the -wal file was checkpointed and truncated to nothing
    vacuumed: bool  # the file was rebuilt: no free pages or slack holding old bytes
    remaining: str | None  # what is still to be done, in plain words (None: nothing)


@dataclass(frozen=True)
class DestructionOutcome:
    request: DestructionRequest
    rows_deleted: int
    # Audit events written before details were sealed (registers older than revision 0004):
    # the chain forbids rewriting them, so their details still name the person.
    unsealed_events: int
    storage: StorageScrub
    # Backups taken before the destruction still hold the record: destroy them separately.
    backups_to_destroy: tuple[Path, ...]
