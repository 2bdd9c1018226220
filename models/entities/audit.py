"""The audit trail: append-only, hash-chained events."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime


class AuditEvent(Base):
    """One audited action. Rows are never updated or deleted (database triggers refuse it)."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(64))
    desk: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40), index=True)
    outcome: Mapped[str] = mapped_column(String(16))
    station_id: Mapped[int | None] = mapped_column(Integer)
    entity_type: Mapped[str | None] = mapped_column(String(32))
    entity_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    entity_ref: Mapped[str | None] = mapped_column(String(40))
    details: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # The SHA-256 of the record's state after the change (models/state_hash.py), for events
    # about a case, a found person or a user account; part of the chained hash when present.
    state_hash: Mapped[str | None] = mapped_column(String(64))


class AuditHead(Base):
    """The single row holding the chain's newest link; locking it serialises appends."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))


class SubjectKey(Base):
    """The key that seals the audit details of one case or found person.

    Destroying a record under a court or retention order deletes its key: the sealed details in
    the (append-only, hash-chained) trail become unreadable while the chain stays intact.
    """

    __tablename__ = "subject_key"

    subject_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
