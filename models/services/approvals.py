"""Two-person actions: an administrator asks, a station head approves.

* Role changes asked for by an administrator take effect only when a station head approves.
* Break-glass: an administrator has no access to case records. In an emergency (the station
  head's account is locked, a record must be checked for a court) the administrator asks, a
  station head approves for a number of hours, and only then does ``break_glass`` hand out an
  actor who may read (never change) cases; every view is audited and marked ``break_glass``.

Requests and decisions are stored as audit events (entity type ``approval``): they are evidence,
append-only and hash-chained like everything else in the trail, and need no table of their own.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import audit
from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.dto.approvals import ApprovalKind, ApprovalRequest, ApprovalStatus
from models.entities import AppUser, AuditEvent
from models.enums import Role
from models.errors import NotFound, PermissionDenied, Problem, RuleViolation, ValidationFailed
from models.permissions import BREAK_GLASS_CAPABILITIES, Capability, require
from models.services.accounts import apply_role_change, required_reason

ENTITY = "approval"
MAX_BREAK_GLASS_HOURS = 8


def _load(s: Session, now: datetime) -> dict[str, ApprovalRequest]:
    rows = s.scalars(
        select(AuditEvent).where(AuditEvent.entity_type == ENTITY).order_by(AuditEvent.id)
    ).all()
    out: dict[str, ApprovalRequest] = {}
    for ev in rows:
        uuid = ev.entity_uuid
        if uuid is None:
            continue
        details: dict[str, Any] = audit.read_details(s, ev) or {}
        if ev.action == "approval.request":
            out[uuid] = ApprovalRequest(
                uuid=uuid,
                kind=ApprovalKind(details["kind"]),
                status=ApprovalStatus.PENDING,
                requested_by=ev.username,
                requested_at=ev.at,
                reason=details.get("reason", ""),
                user=details.get("user"),
                role=Role(details["role"]) if details.get("role") else None,
                hours=details.get("hours"),
            )
        elif uuid in out and ev.action in {"approval.approve", "approval.refuse"}:
            until = details.get("valid_until")
            out[uuid] = replace(
                out[uuid],
                status=ApprovalStatus.APPROVED
                if ev.action == "approval.approve"
                else ApprovalStatus.REFUSED,
                decided_by=ev.username,
                decided_at=ev.at,
                valid_until=datetime.fromisoformat(until) if until else None,
            )
    for key, req in out.items():
        if req.valid_until is not None and req.valid_until <= now:
            out[key] = replace(req, status=ApprovalStatus.EXPIRED)
    return out


class ApprovalService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def _new(
        self, s: Session, actor: Actor, kind: ApprovalKind, reason: str, **extra: Any
    ) -> ApprovalRequest:
        now = self.clock.now()
        uuid = str(uuidlib.uuid4())
        audit.record(
            s,
            at=now,
            actor=actor,
            action="approval.request",
            outcome="pending",
            subject=audit.Subject(ENTITY, uuid, kind.value),
            details={"kind": kind.value, "reason": reason, **extra},
        )
        return _load(s, now)[uuid]

    def request_role_change(
        self, actor: Actor, username: str, role: Role, *, reason: str
    ) -> ApprovalRequest:
        """An administrator asks for a role change; nothing changes until a station head
        approves. (A station head changes roles directly: ``AccountService.change_role``.)"""
        require(actor, Capability.MANAGE_USERS)
        why = required_reason(reason)
        with self.db.write() as s:
            user = s.scalar(select(AppUser).where(AppUser.username == username.strip().lower()))
            if user is None:
                raise NotFound(f"There is no user '{username}'.")
            if user.id == actor.user_id:
                raise RuleViolation("An account cannot ask to change its own role.")
            if user.role == role.value:
                raise RuleViolation(f"{user.full_name} already has the role '{role.value}'.")
            return self._new(
                s, actor, ApprovalKind.ROLE_CHANGE, why, user=user.username, role=role.value
            )

    def request_case_access(self, actor: Actor, *, reason: str, hours: int) -> ApprovalRequest:
        """Break-glass: an administrator asks to read case records for ``hours`` hours."""
        if actor.role is not Role.ADMIN:
            raise PermissionDenied("Only an administrator account asks for break-glass access.")
        if not 1 <= hours <= MAX_BREAK_GLASS_HOURS:
            raise ValidationFailed(
                [Problem("hours", f"must be between 1 and {MAX_BREAK_GLASS_HOURS}")]
            )
        why = required_reason(reason)
        with self.db.write() as s:
            return self._new(s, actor, ApprovalKind.CASE_ACCESS, why, hours=hours)

    def requests(self, actor: Actor) -> list[ApprovalRequest]:
        """All requests for a station head; one's own for anyone else. Newest first."""
        now = self.clock.now()
        with self.db.read() as s:
            found = list(_load(s, now).values())
        if actor.role is not Role.SHO:
            found = [r for r in found if r.requested_by == actor.username]
        return sorted(found, key=lambda r: r.requested_at, reverse=True)

    def approve(self, actor: Actor, request_uuid: str) -> ApprovalRequest:
        return self._decide(actor, request_uuid, approve=True, reason=None)

    def refuse(self, actor: Actor, request_uuid: str, *, reason: str) -> ApprovalRequest:
        return self._decide(actor, request_uuid, approve=False, reason=required_reason(reason))

    def _decide(
        self, actor: Actor, request_uuid: str, *, approve: bool, reason: str | None
    ) -> ApprovalRequest:
        require(actor, Capability.GRANT_ROLES)
        now = self.clock.now()
        with self.db.write() as s:
            req = _load(s, now).get(request_uuid.strip())
            if req is None:
                raise NotFound(f"There is no request {request_uuid}.")
            if req.status is not ApprovalStatus.PENDING:
                raise RuleViolation(f"The request was already decided ({req.status.value}).")
            if req.requested_by == actor.username:
                raise RuleViolation("A request must be decided by someone other than its author.")
            details: dict[str, Any] = {"kind": req.kind.value}
            if approve and req.kind is ApprovalKind.ROLE_CHANGE:
                assert req.user is not None and req.role is not None
                user = s.scalar(select(AppUser).where(AppUser.username == req.user))
                if user is None:
                    raise NotFound(f"There is no user '{req.user}'.")
                apply_role_change(
                    s, actor, user, req.role, reason=req.reason, now=now, request=req.uuid
                )
            if approve and req.kind is ApprovalKind.CASE_ACCESS:
                details["valid_until"] = (now + timedelta(hours=req.hours or 1)).isoformat()
            if reason is not None:
                details["reason"] = reason
            audit.record(
                s,
                at=now,
                actor=actor,
                action="approval.approve" if approve else "approval.refuse",
                subject=audit.Subject(ENTITY, req.uuid, req.kind.value),
                details=details,
            )
            return _load(s, now)[req.uuid]

    def break_glass(self, actor: Actor, request_uuid: str) -> Actor:
        """The administrator's actor with read access to cases, inside an approved window.

        Every attempt is audited; one without a valid approval is refused.
        """
        now = self.clock.now()
        with self.db.write() as s:
            req = _load(s, now).get(request_uuid.strip())
            problem = None
            if req is None or req.kind is not ApprovalKind.CASE_ACCESS:
                problem = "there is no such break-glass request"
            elif req.requested_by != actor.username:
                problem = "the request was made by another account"
            elif req.status is not ApprovalStatus.APPROVED:
                problem = f"the request is {req.status.value}"
            subject = audit.Subject(ENTITY, request_uuid.strip(), ApprovalKind.CASE_ACCESS.value)
            if problem is not None or req is None:
                audit.record(
                    s,
                    at=now,
                    actor=actor,
                    action="breakglass.start",
                    outcome="denied",
                    details={"reason": problem},
                )
                refused = PermissionDenied(f"Break-glass access refused: {problem}.")
            else:
                audit.record(
                    s,
                    at=now,
                    actor=actor,
                    action="breakglass.start",
                    subject=subject,
                    details={"valid_until": req.valid_until},
                )
                return replace(
                    actor,
                    break_glass=frozenset(c.value for c in BREAK_GLASS_CAPABILITIES),
                    break_glass_until=req.valid_until,
                )
        raise refused
