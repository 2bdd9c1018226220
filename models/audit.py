"""The audit trail: who did what, when, from which desk, with what outcome.

Each event is chained to the one before: ``hash = SHA-256(prev_hash ‖ canonical JSON of the
event)``. Editing any stored event breaks the chain at that event, and ``verify_chain`` names it.
Appends lock the single ``audit_head`` row, so two desks on PostgreSQL cannot fork the chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actor import Actor
from models.entities import AuditEvent, AuditHead

GENESIS_HASH = "0" * 64


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _payload(event: AuditEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "at": event.at.isoformat(),
        "user_id": event.user_id,
        "username": event.username,
        "desk": event.desk,
        "action": event.action,
        "outcome": event.outcome,
        "station_id": event.station_id,
        "entity_type": event.entity_type,
        "entity_uuid": event.entity_uuid,
        "entity_ref": event.entity_ref,
        "details": event.details,
    }


def link_hash(prev_hash: str, event: AuditEvent) -> str:
    data = prev_hash.encode("ascii") + canonical_json(_payload(event)).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Subject:
    """The record an event is about."""

    entity_type: str
    uuid: str | None = None
    ref: str | None = None


def record(
    session: Session,
    *,
    at: datetime,
    actor: Actor | None,
    action: str,
    outcome: str = "ok",
    subject: Subject | None = None,
    details: Mapping[str, Any] | None = None,
    username: str | None = None,
    desk: str | None = None,
    station_id: int | None = None,
) -> AuditEvent:
    """Append one event inside the caller's transaction (it commits or rolls back with it)."""
    head = session.execute(
        select(AuditHead).where(AuditHead.id == 1).with_for_update()
    ).scalar_one()
    event = AuditEvent(
        id=head.last_id + 1,
        at=at,
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else (username or "-"),
        desk=actor.desk if actor else (desk or "-"),
        action=action,
        outcome=outcome,
        station_id=actor.station_id if actor else station_id,
        entity_type=subject.entity_type if subject else None,
        entity_uuid=subject.uuid if subject else None,
        entity_ref=subject.ref if subject else None,
        details=canonical_json(_details(actor, details)),
        prev_hash=head.last_hash,
    )
    # Hash the value as the database will return it (UTC, microseconds kept).
    event.hash = link_hash(head.last_hash, event)
    session.add(event)
    head.last_id = event.id
    head.last_hash = event.hash
    session.flush()
    return event


def _details(actor: Actor | None, details: Mapping[str, Any] | None) -> dict[str, Any]:
    out = dict(details or {})
    if actor is not None and actor.break_glass:
        out["break_glass"] = True  # every act under a break-glass grant is marked as such
    return out


@dataclass(frozen=True)
class ChainReport:
    events_checked: int
    head_hash: str
    broken_at: int | None  # id of the first event whose link does not hold
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.broken_at is None and self.problem is None


def iter_events(session: Session, batch: int = 2000) -> Iterator[AuditEvent]:
    last = 0
    while True:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.id > last).order_by(AuditEvent.id).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].id
        session.expunge_all()


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole chain; report the first event whose stored hash or link is wrong."""
    prev = GENESIS_HASH
    expected_id = 1
    count = 0
    for event in iter_events(session):
        if event.id != expected_id:
            return ChainReport(count, prev, event.id, f"event {expected_id} is missing")
        if event.prev_hash != prev or link_hash(prev, event) != event.hash:
            return ChainReport(count, prev, event.id, f"event {event.id} was altered")
        prev = event.hash
        expected_id += 1
        count += 1
    head = session.get(AuditHead, 1)
    if head is None or head.last_hash != prev or head.last_id != count:
        return ChainReport(count, prev, None, "the chain head does not match the last event")
    return ChainReport(count, prev, None, None)


def chain_head(session: Session) -> tuple[int, str]:
    head = session.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one()
    return head.last_id, head.last_hash
