"""Two-person actions: one account asks, a second person decides.

* A new account above writer (and every account an administrator asks for), a role that gains
  powers, and a password reset take effect only when approved (models/services/accounts.py files
  them). An administrator's requests are decided by a station head; a station head's by another
  station head or an administrator.
* Break-glass: an administrator has no access to case records. In an emergency (the station
  head's account is locked, a record must be checked for a court) the administrator asks, a
  station head approves for a number of hours, and only then does ``break_glass`` hand out an
  actor who may read (never change) cases; every view is audited and marked ``break_glass``.

"Second person" is checked, not assumed (``independence_problem``, also used for destruction).
Whoever made an account or set a temporary password for it could have logged on with it before
its owner did, so an account is tied to everyone up its chain of makers and password setters;
a request is refused to a decider tied to its author, and to an account that did not yet exist
(or whose password was reset since) when the request was filed. A temporary password is only
ever typed by a station head, who already holds every case power: an administrator never learns
the way into an account that can read case records.

Requests and decisions are stored as audit events (entity type ``approval``): they are evidence,
append-only and hash-chained like everything else in the trail. The pending account or password
waits on the ``app_user`` row (``pending_request``, ``pending_password_hash``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import audit
from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.dto.approvals import ApprovalKind, ApprovalRequest, ApprovalStatus
from models.entities import AppUser, AuditEvent
from models.enums import Role
from models.errors import (
    NotFound,
    PermissionDenied,
    Problem,
    RuleViolation,
    UserError,
    ValidationFailed,
)
from models.messages import msg
from models.passwords import hash_password, password_problems
from models.permissions import BREAK_GLASS_CAPABILITIES, Capability, require
from models.services.accounts import apply_role_change, file_request, required_reason

ENTITY = "approval"
MAX_BREAK_GLASS_HOURS = 8
# The events from which an account counts as existing in its present hands.
_CREDENTIAL_EVENTS = ("user.create", "user.password_reset")


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
            kind = ApprovalKind(details["kind"])
            out[uuid] = ApprovalRequest(
                uuid=uuid,
                kind=kind,
                status=ApprovalStatus.PENDING,
                requested_by=ev.username,
                requested_at=ev.at,
                reason=details.get("reason", ""),
                user=details.get("user"),
                role=Role(details["role"]) if details.get("role") else None,
                hours=details.get("hours"),
                filed_by_role=Role(details["by_role"]) if details.get("by_role") else None,
                needs_password=kind in _WITH_PASSWORD and not details.get("with_password"),
                full_name=details.get("full_name"),
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


_WITH_PASSWORD = frozenset({ApprovalKind.NEW_ACCOUNT, ApprovalKind.PASSWORD_RESET})


def _ties(users: dict[int, AppUser], start: int) -> set[int]:
    """``start`` and every account up its chain of makers and temporary-password setters."""
    seen: set[int] = set()
    todo = [start]
    while todo:
        uid = todo.pop()
        if uid in seen or uid not in users:
            continue
        seen.add(uid)
        row = users[uid]
        todo += [u for u in (row.created_by_id, row.password_set_by_id) if u is not None]
    return seen


def request_event_id(s: Session, request_uuid: str, action: str) -> int:
    found = s.scalar(
        select(func.min(AuditEvent.id)).where(
            AuditEvent.entity_uuid == request_uuid, AuditEvent.action == action
        )
    )
    return int(found or 0)


def independence_problem(
    s: Session, decider: Actor, author_username: str, filed_event_id: int
) -> str | None:
    """Why ``decider`` may not decide a request its author filed in event ``filed_event_id``
    (None if they may): the two accounts share a maker or password setter, one made the other
    or set its password, or the deciding account did not exist in its present hands yet."""
    users = {u.id: u for u in s.scalars(select(AppUser))}
    author = next((u for u in users.values() if u.username == author_username), None)
    me = users.get(decider.user_id)
    if me is None:
        return "the deciding account no longer exists"
    if author is not None:
        shared = _ties(users, me.id) & _ties(users, author.id)
        if author.id in shared:
            return (
                f"{author.username} made this account or set its password, so one person may "
                "hold both"
            )
        if me.id in shared:
            return (
                f"this account made {author.username}'s account or set its password, so one "
                "person may hold both"
            )
        if shared:
            names = ", ".join(sorted(users[u].username for u in shared))
            return (
                f"this account and {author.username}'s were made or given their passwords by "
                f"the same person ({names}), who may hold both"
            )
    since = s.scalar(
        select(func.max(AuditEvent.id)).where(
            AuditEvent.entity_type == "user",
            AuditEvent.entity_uuid == me.uuid,
            AuditEvent.action.in_(_CREDENTIAL_EVENTS),
            AuditEvent.outcome == "ok",
        )
    )
    if since is not None and since > filed_event_id:
        return (
            "the request was filed before this account existed or before its password was last "
            "reset"
        )
    return None


class ApprovalService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def _new(
        self, s: Session, actor: Actor, kind: ApprovalKind, reason: str, **extra: Any
    ) -> ApprovalRequest:
        now = self.clock.now()
        uuid = file_request(s, actor, kind, reason, now=now, **extra)
        return _load(s, now)[uuid]

    def request_role_change(
        self, actor: Actor, username: str, role: Role, *, reason: str
    ) -> ApprovalRequest:
        """Ask for a role change; nothing changes until a second person approves. (A station
        head takes powers away directly: ``AccountService.change_role``.)"""
        require(actor, Capability.MANAGE_USERS)
        why = required_reason(reason)
        with self.db.write() as s:
            user = s.scalar(select(AppUser).where(AppUser.username == username.strip().lower()))
            if user is None:
                raise NotFound(msg("There is no user '{username}'.", username=username))
            if user.id == actor.user_id:
                raise RuleViolation(msg("An account cannot ask to change its own role."))
            if user.role == role.value:
                raise RuleViolation(
                    msg(
                        "{full_name} already has the role '{value}'.",
                        full_name=user.full_name,
                        value=role.value,
                    )
                )
            if role in {Role.SHO, Role.ADMIN} and actor.role is not Role.SHO:
                raise PermissionDenied(
                    msg("Only the station head can ask for a station-head or admin role.")
                )
            return self._new(
                s, actor, ApprovalKind.ROLE_CHANGE, why, user=user.username, role=role.value
            )

    def request_case_access(self, actor: Actor, *, reason: str, hours: int) -> ApprovalRequest:
        """Break-glass: an administrator asks to read case records for ``hours`` hours."""
        if actor.role is not Role.ADMIN:
            raise PermissionDenied(
                msg("Only an administrator account asks for break-glass access.")
            )
        if not 1 <= hours <= MAX_BREAK_GLASS_HOURS:
            raise ValidationFailed(
                [
                    Problem(
                        "hours",
                        msg(
                            "must be between 1 and {MAX_BREAK_GLASS_HOURS}",
                            MAX_BREAK_GLASS_HOURS=MAX_BREAK_GLASS_HOURS,
                        ),
                    )
                ]
            )
        why = required_reason(reason)
        with self.db.write() as s:
            return self._new(s, actor, ApprovalKind.CASE_ACCESS, why, hours=hours)

    def requests(self, actor: Actor) -> list[ApprovalRequest]:
        """All requests for those who decide them (station head, administrator); one's own for
        anyone else. Newest first."""
        now = self.clock.now()
        with self.db.read() as s:
            found = list(_load(s, now).values())
        if actor.role not in {Role.SHO, Role.ADMIN}:
            found = [r for r in found if r.requested_by == actor.username]
        return sorted(found, key=lambda r: r.requested_at, reverse=True)

    def approve(
        self, actor: Actor, request_uuid: str, *, temporary: str | None = None
    ) -> ApprovalRequest:
        """Approve; a new account or reset asked by an administrator needs the ``temporary``
        password, typed by the approving station head."""
        return self._decide(actor, request_uuid, approve=True, reason=None, temporary=temporary)

    def refuse(self, actor: Actor, request_uuid: str, *, reason: str) -> ApprovalRequest:
        return self._decide(
            actor, request_uuid, approve=False, reason=required_reason(reason), temporary=None
        )

    def _decide(
        self,
        actor: Actor,
        request_uuid: str,
        *,
        approve: bool,
        reason: str | None,
        temporary: str | None,
    ) -> ApprovalRequest:
        require(actor, Capability.MANAGE_USERS)
        now = self.clock.now()
        with self.db.write() as s:
            req = _load(s, now).get(request_uuid.strip())
            if req is None:
                raise NotFound(
                    msg("There is no request {request_uuid}.", request_uuid=request_uuid)
                )
            if req.kind is ApprovalKind.CASE_ACCESS or req.filed_by_role is not Role.SHO:
                require(actor, Capability.GRANT_ROLES)  # a station head decides these
            if req.status is not ApprovalStatus.PENDING:
                raise RuleViolation(
                    msg("The request was already decided ({value}).", value=req.status.value)
                )
            if req.requested_by == actor.username:
                raise RuleViolation(
                    msg("A request must be decided by someone other than its author.")
                )
            problem = independence_problem(
                s, actor, req.requested_by, request_event_id(s, req.uuid, "approval.request")
            )
            if problem is not None:
                raise RuleViolation(
                    msg("This account cannot decide the request: {problem}.", problem=problem)
                )
            details: dict[str, Any] = {"kind": req.kind.value}
            if req.kind in _WITH_PASSWORD:
                self._settle_account(s, actor, req, approve=approve, temporary=temporary, now=now)
            if approve and req.kind is ApprovalKind.ROLE_CHANGE:
                assert req.user is not None and req.role is not None
                user = s.scalar(select(AppUser).where(AppUser.username == req.user))
                if user is None:
                    raise NotFound(msg("There is no user '{user}'.", user=req.user))
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

    def _settle_account(
        self,
        s: Session,
        actor: Actor,
        req: ApprovalRequest,
        *,
        approve: bool,
        temporary: str | None,
        now: datetime,
    ) -> None:
        """Carry out (or drop) a new account or a password reset waiting on its user row."""
        user = s.scalar(select(AppUser).where(AppUser.pending_request == req.uuid))
        if user is None:
            raise NotFound(
                msg("The account of request {uuid} is no longer waiting.", uuid=req.uuid)
            )
        author = s.scalar(select(AppUser).where(AppUser.username == req.requested_by))
        if approve and req.needs_password:
            if temporary is None:
                raise ValidationFailed(
                    [
                        Problem(
                            "password", msg("type the temporary password the officer will use once")
                        )
                    ]
                )
            problems = password_problems(temporary, username=user.username)
            if problems:
                raise ValidationFailed([Problem("password", p) for p in problems])
        elif temporary is not None:
            raise UserError(
                msg(
                    "This request carries its temporary password already (typed by the "
                    "station head who asked); approve it without one.",
                )
            )
        if not approve:
            if req.kind is ApprovalKind.NEW_ACCOUNT:
                s.delete(user)  # never used: nothing in the register names it
            else:
                user.pending_request = None
                user.pending_password_hash = None
            return
        secret: str | None = user.pending_password_hash
        setter: int | None = author.id if author else None
        if temporary is not None:
            secret, setter = hash_password(temporary), actor.user_id
        user.password_hash = secret
        user.password_set_by_id = setter
        user.password_changed_at = None  # the owner chooses their own at the first logon
        user.pending_request = None
        user.pending_password_hash = None
        user.failed_logins = 0
        user.locked_at = None
        details = {"request": req.uuid, "requested_by": req.requested_by}
        if req.kind is ApprovalKind.NEW_ACCOUNT:
            user.active = True
            user.created_at = now
            action = "user.create"
            details = {**details, "role": user.role, "rank": user.rank}
        else:
            action = "user.password_reset"
        audit.record(
            s,
            at=now,
            actor=actor,
            action=action,
            subject=audit.Subject("user", user.uuid, user.username),
            details=details,
        )

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
                refused = PermissionDenied(
                    msg("Break-glass access refused: {problem}.", problem=problem)
                )
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
