"""Requests a second person decides: new accounts above writer, role changes, password resets
(models/services/approvals.py), and an administrator's break-glass case access."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from models.enums import Role


class ApprovalKind(StrEnum):
    ROLE_CHANGE = "role_change"
    NEW_ACCOUNT = "new_account"
    PASSWORD_RESET = "password_reset"
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
    # The role of the account that filed it: an administrator's requests are decided by a
    # station head, a station head's by another station head or an administrator.
    filed_by_role: Role | None = None
    # A new account or reset filed by an administrator carries no password: the station head
    # who approves it types the temporary one.
    needs_password: bool = False
    full_name: str | None = None  # new account: the officer's name
