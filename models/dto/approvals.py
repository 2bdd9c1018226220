"""Requests that need the station head's approval: role changes and break-glass case access."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from models.enums import Role


class ApprovalKind(StrEnum):
    ROLE_CHANGE = "role_change"
    CASE_ACCESS = "case_access"  # break-glass: an administrator reads case records


class ApprovalStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"
    EXPIRED = "expired"


@dataclass(frozen=True)
class ApprovalRequest:
    uuid: str
    kind: ApprovalKind
    status: ApprovalStatus
    requested_by: str
    requested_at: datetime
    reason: str
    user: str | None = None  # role change: whose role
    role: Role | None = None  # role change: the new role
    hours: int | None = None  # case access: how long, once approved
    decided_by: str | None = None
    decided_at: datetime | None = None
    valid_until: datetime | None = None  # case access: end of the approved window
