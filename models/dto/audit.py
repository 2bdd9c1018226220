"""The audit trail as the station head reads it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class AuditEventInfo:
    id: int
    at: datetime
    username: str
    desk: str
    action: str
    outcome: str
    entity_type: str | None
    entity_ref: str | None
    details: dict[str, Any]


@dataclass(frozen=True)
class AuditFilter:
    user: str | None = None
    action: str | None = None  # an action or a prefix such as "case." or "logon"
    entity_ref: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 200


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    events_checked: int
    head_id: int
    head_hash: str
    broken_at: int | None
    problem: str | None
    # The records checked against their last audit event, and those that no longer fit it
    # ("case MP/2026/0042: changed outside Talash …"); ``ok`` is False when there are any.
    records_checked: int = 0
    state_problems: tuple[str, ...] = ()
    more_state_problems: int = 0  # found beyond those listed
