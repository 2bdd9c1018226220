"""Setting up a station, user accounts, and logging on.

Two-person rules (models/services/approvals.py decides the requests): a new account above writer,
a role that gains powers and a reset password take effect only when a second person approves.
While the register holds no case and no found person (the station is being set up), the station
head's new accounts take effect at once and count as founders (the set-up is trusted as a whole:
docs/security.md). Every new or reset account chooses its own password at its first logon before
it may do anything else.
"""

from __future__ import annotations

import hmac
import logging
import re
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import audit
from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.dto.accounts import NewUser, StationInfo, StationInput, UserInfo
from models.dto.approvals import ApprovalKind
from models.encryption import KeyUnavailable, key_from_recovery_code
from models.entities import AppUser, Case, FoundPerson, Setting, Station
from models.enums import Role
from models.errors import (
    NotFound,
    PermissionDenied,
    Problem,
    RuleViolation,
    UserError,
    ValidationFailed,
)
from models.idle import IdlePolicy
from models.messages import msg, said
from models.passwords import (
    hash_password,
    needs_rehash,
    password_problems,
    spend_like_a_check,
    verify_password,
)
from models.permissions import Capability, raises, require
from models.services.common import LOCAL_STATION_KEY, load_policy, local_station
from models.text import TextProblem, clean_text

log = logging.getLogger(__name__)

MAX_FAILED_LOGINS = 5
STATION_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,30}$")
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


def _text(problems: list[Problem], field: str, value: str | None, *, required: bool) -> str | None:
    if value is None or not value.strip():
        if required:
            problems.append(Problem(field, msg("is required")))
        return None
    try:
        return clean_text(value, max_length=200)
    except TextProblem as exc:
        problems.append(Problem(field, said(exc)))
        return None


def station_info(station: Station) -> StationInfo:
    return StationInfo(
        id=station.id,
        uuid=station.uuid,
        code=station.code,
        name=station.name,
        name_local=station.name_local,
        district=station.district,
        state=station.state,
        zone=station.zone,
        phone=station.phone,
        email=station.email,
        language=station.language,
        timezone=station.timezone,
    )


def user_info(user: AppUser) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        rank=user.rank,
        role=Role(user.role),
        buckle_no=user.buckle_no,
        official_phone=user.official_phone,
        active=user.active,
        locked=user.locked_at is not None,
        created_at=user.created_at,
        must_change_password=user.password_changed_at is None,
        pending=user.pending_request is not None and user.password_hash is None,
        waiting_request=user.pending_request,
    )


def actor_for(user: AppUser, desk: str) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=Role(user.role),
        station_id=user.station_id,
        desk=desk,
        must_change_password=user.password_changed_at is None,
    )


class AccountService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    # -- set-up -------------------------------------------------------------------------

    def is_initialised(self) -> bool:
        with self.db.read() as s:
            return s.get(Setting, LOCAL_STATION_KEY) is not None

    def init_station(
        self, station: StationInput, head: NewUser, password: str, *, desk: str
    ) -> StationInfo:
        """Create this database's station and its first station-head account."""
        problems = self._station_problems(station)
        clean_head = self._user_problems(head, problems)
        if head.role is not Role.SHO:
            problems.append(Problem("head.role", msg("the first account must be the station head")))
        problems += [
            Problem("password", p) for p in password_problems(password, username=head.username)
        ]
        if problems:
            raise ValidationFailed(problems)
        now = self.clock.now()
        with self.db.write() as s:
            if s.get(Setting, LOCAL_STATION_KEY) is not None:
                raise UserError(msg("This database already has its station set up."))
            row = Station(
                uuid=str(uuid.uuid4()),
                code=station.code.strip().upper(),
                name=clean_text(station.name),
                name_local=clean_text(station.name_local) if station.name_local else None,
                district=clean_text(station.district),
                state=clean_text(station.state),
                zone=clean_text(station.zone) if station.zone else None,
                phone=clean_text(station.phone) if station.phone else None,
                email=clean_text(station.email) if station.email else None,
                language=station.language,
                created_at=now,
            )
            s.add(row)
            s.flush()
            s.add(Setting(key=LOCAL_STATION_KEY, value=str(row.id)))
            user = self._new_user_row(clean_head, row.id, hash_password(password), now)
            user.password_changed_at = now  # typed by the head in person: their own
            s.add(user)
            s.flush()
            actor = actor_for(user, desk)
            audit.record(
                s,
                at=now,
                actor=actor,
                action="station.init",
                subject=audit.Subject("station", row.uuid, row.code),
                details={"station": row.code, "head": user.username},
            )
            return station_info(row)

    def _station_problems(self, station: StationInput) -> list[Problem]:
        problems: list[Problem] = []
        if not STATION_CODE.match(station.code.strip().upper()):
            problems.append(
                Problem(
                    "station.code", msg("use capital letters, digits and dashes, e.g. MH-MUM-DHR")
                )
            )
        _text(problems, "station.name", station.name, required=True)
        _text(problems, "station.district", station.district, required=True)
        _text(problems, "station.state", station.state, required=True)
        for field in ("name_local", "zone", "phone", "email"):
            _text(problems, f"station.{field}", getattr(station, field), required=False)
        if station.language not in {"mr", "hi"}:
            problems.append(Problem("station.language", msg("must be mr (Marathi) or hi (Hindi)")))
        return problems

    def _user_problems(self, user: NewUser, problems: list[Problem]) -> NewUser:
        username = user.username.strip().lower()
        if not USERNAME.match(username):
            problems.append(
                Problem(
                    "username",
                    msg(
                        "use 2–64 small letters, digits, dots, dashes or underscores, e.g. "
                        "psi.more",
                    ),
                )
            )
        full_name = _text(problems, "full_name", user.full_name, required=True) or ""
        rank = _text(problems, "rank", user.rank, required=True) or ""
        buckle = _text(problems, "buckle_no", user.buckle_no, required=False)
        phone = _text(problems, "official_phone", user.official_phone, required=False)
        return NewUser(username, full_name, rank, user.role, buckle, phone)

    def _new_user_row(
        self, user: NewUser, station_id: int | None, password_hash: str | None, now: datetime
    ) -> AppUser:
        """A new account whose password someone else set: to be changed at the first logon."""
        return AppUser(
            uuid=str(uuid.uuid4()),
            station_id=station_id,
            username=user.username,
            full_name=user.full_name,
            rank=user.rank,
            buckle_no=user.buckle_no,
            official_phone=user.official_phone,
            role=user.role.value,
            password_hash=password_hash,
            password_changed_at=None,
            failed_logins=0,
            active=True,
            created_at=now,
        )

    def station(self) -> StationInfo:
        with self.db.read() as s:
            return station_info(local_station(s))

    # -- users ----------------------------------------------------------------------------

    def add_user(
        self,
        actor: Actor,
        new: NewUser,
        password: str | None,
        *,
        reason: str | None = None,
        typed_by_owner: bool = False,
    ) -> UserInfo:
        """Add an account, or ask for it.

        The station head adds writers and HQ clerks at once, with a first password. Any other
        account — and every account an administrator asks for — is a request a second person
        approves (``ApprovalService``); it cannot log on until then (``UserInfo.pending``). An
        administrator gives no password: the station head who approves types the temporary one,
        so an administrator never knows the way into an account with case powers.

        While the station is being set up (no case, no found person yet) the station head's
        accounts take effect at once and count as founders. ``typed_by_owner`` (set-up only)
        says the officer typed the password themselves, in person, so it need not be changed.
        """
        require(actor, Capability.MANAGE_USERS)
        head = actor.role is Role.SHO
        if new.role in {Role.SHO, Role.ADMIN} and not head:
            raise PermissionDenied(
                msg("Only the station head can create station-head or admin accounts.")
            )
        if password is not None and not head:
            raise PermissionDenied(
                msg(
                    "An administrator asks for the account without a password: the station "
                    "head who approves it sets the temporary one.",
                )
            )
        problems: list[Problem] = []
        clean = self._user_problems(new, problems)
        if password is None and head:
            problems.append(
                Problem("password", msg("is required: give the officer a first password"))
            )
        elif password is not None:
            problems += [
                Problem("password", p) for p in password_problems(password, username=clean.username)
            ]
        why = required_reason(reason) if reason else f"new account: {clean.full_name}"[:500]
        if problems:
            raise ValidationFailed(problems)
        now = self.clock.now()
        with self.db.write() as s:
            taken = s.scalar(select(func.count()).where(AppUser.username == clean.username))
            if taken:
                raise ValidationFailed(
                    [
                        Problem(
                            "username",
                            msg("'{username}' is already taken", username=clean.username),
                        )
                    ]
                )
            station = local_station(s)
            founding = head and setting_up(s)
            if typed_by_owner and not founding:
                raise RuleViolation(
                    msg(
                        "Only while the station is being set up may an officer type their own "
                        "first password; otherwise they choose it at their first logon.",
                    )
                )
            secret = hash_password(password) if password is not None else None
            if founding or (head and clean.role in DIRECT_ROLES):
                user = self._new_user_row(clean, station.id, secret, now)
                if typed_by_owner:
                    user.password_changed_at = now
                if not founding:
                    user.created_by_id = actor.user_id
                    user.password_set_by_id = actor.user_id
                s.add(user)
                s.flush()
                details: dict[str, object] = {"role": user.role, "rank": user.rank}
                if founding:
                    details["founding"] = True
                audit.record(
                    s,
                    at=now,
                    actor=actor,
                    action="user.create",
                    subject=audit.Subject("user", user.uuid, user.username),
                    details=details,
                )
                return user_info(user)
            request = str(uuid.uuid4())
            user = self._new_user_row(clean, station.id, None, now)
            user.active = False
            user.pending_request = request
            user.pending_password_hash = secret
            user.created_by_id = actor.user_id
            user.password_set_by_id = actor.user_id if secret is not None else None
            s.add(user)
            s.flush()
            file_request(
                s,
                actor,
                ApprovalKind.NEW_ACCOUNT,
                why,
                now=now,
                request=request,
                user=user.username,
                role=user.role,
                full_name=user.full_name,
                with_password=secret is not None,
            )
            return user_info(user)

    def list_users(self, actor: Actor) -> list[UserInfo]:
        require(actor, Capability.MANAGE_USERS)
        with self.db.read() as s:
            rows = s.scalars(select(AppUser).order_by(AppUser.role, AppUser.full_name)).all()
            return [user_info(u) for u in rows]

    def officers(self) -> list[UserInfo]:
        """Active users who can be chosen as receiving officer, IO or JWO (no secrets)."""
        with self.db.read() as s:
            rows = s.scalars(
                select(AppUser)
                .where(AppUser.active.is_(True), AppUser.role.in_(["writer", "io", "sho"]))
                .order_by(AppUser.full_name)
            ).all()
            return [user_info(u) for u in rows]

    # -- logging on ---------------------------------------------------------------------

    def authenticate(self, username: str, password: str, *, desk: str) -> Actor:
        """Check a password. Five failures in a row lock the account; every try is audited."""
        name = username.strip().lower()
        with self._logon_session() as s:
            user = s.scalar(select(AppUser).where(AppUser.username == name))
            result = self._check_password(s, user, name, password, desk=desk, kind="logon")
        if isinstance(result, UserError):
            raise result
        return result

    def verify_password_for_unlock(self, actor: Actor, password: str) -> Actor:
        """Let the person back into a window locked while idle (audited as a logon).

        Wrong passwords count towards the lockout as at the logon screen. Returns the actor as
        the account now stands (a role changed meanwhile takes effect); raises ``UserError`` if
        the password is wrong or the account was locked or deactivated in the meantime.
        """
        with self._logon_session() as s:
            user = s.get(AppUser, actor.user_id)
            result = self._check_password(
                s, user, actor.username, password, desk=actor.desk, kind="unlock"
            )
        if isinstance(result, UserError):
            raise result
        return result

    def _logon_session(self) -> AbstractContextManager[Session]:
        """A logon writes its audit event (and counts failures) in a writing transaction. A
        register opened read-only after a failed start-up check cannot take a write: the
        password is checked in a reading one, so the station can still log on and read it while
        a backup is restored. Such logons are written to the log file instead."""
        opener: Callable[[], AbstractContextManager[Session]] = (
            self.db.read if self.db.read_only else self.db.write
        )
        return opener()

    def _record_logon(self, s: Session, **event: Any) -> None:
        if self.db.read_only:
            log.warning(
                "logon (%s) on the read-only register: not audited in it",
                event.get("outcome", "ok"),
            )
            return
        audit.record(s, **event)

    def _check_password(
        self,
        s: Session,
        user: AppUser | None,
        name: str,
        password: str,
        *,
        desk: str,
        kind: str,
    ) -> Actor | UserError:
        now = self.clock.now()
        how: dict[str, object] = {"kind": kind}
        if user is None or not user.active or user.password_hash is None:
            spend_like_a_check(password)  # as long as a real check: no username oracle
            self._record_logon(
                s,
                at=now,
                actor=None,
                action="logon",
                outcome="failed",
                username=name[:64],
                desk=desk,
                details={**how, "reason": "unknown or inactive user"},
            )
            return UserError(msg("The username or password is not right."))
        if user.locked_at is not None:
            until = user.locked_at + load_policy(s).lockout()
            if now < until:
                spend_like_a_check(password)
                self._record_logon(
                    s,
                    at=now,
                    actor=actor_for(user, desk),
                    action="logon",
                    outcome="denied",
                    details={**how, "reason": "account locked"},
                )
                return UserError(locked_message(until - now, user.role))
            # The lockout has run its time: the password decides again, from a clean count.
            user.locked_at = None
            user.failed_logins = 0
            how = {**how, "lockout_ended": True}
        if not verify_password(user.password_hash, password):
            user.failed_logins += 1
            locked = user.failed_logins >= MAX_FAILED_LOGINS
            if locked:
                user.locked_at = now
            self._record_logon(
                s,
                at=now,
                actor=actor_for(user, desk),
                action="logon",
                outcome="failed",
                details={**how, "failed_logins": user.failed_logins, "locked": locked},
            )
            return UserError(
                msg(
                    "The password was wrong five times. {locked}",
                    locked=locked_message(load_policy(s).lockout(), user.role),
                )
                if locked
                else msg("The username or password is not right.")
            )
        user.failed_logins = 0
        if needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        actor = actor_for(user, desk)
        details = {**how, "must_change_password": True} if actor.must_change_password else how
        self._record_logon(s, at=now, actor=actor, action="logon", details=details)
        return actor

    def idle_policy(self) -> IdlePolicy:
        """How long the window may stay idle before it locks (station setting, 15 min default)."""
        with self.db.read() as s:
            return IdlePolicy.from_minutes(load_policy(s).idle_lock_minutes)

    # -- managing accounts ------------------------------------------------------------------

    def _user(self, s: Session, username: str) -> AppUser:
        user = s.scalar(select(AppUser).where(AppUser.username == username.strip().lower()))
        if user is None:
            raise NotFound(msg("There is no user '{username}'.", username=username))
        return user

    def unlock(self, actor: Actor, username: str) -> UserInfo:
        """Lift a lockout. The station head unlocks; a locked station-head account may also be
        unlocked by an administrator (the password still guards it), else a station with one
        head could lock itself out for good."""
        now = self.clock.now()
        with self.db.write() as s:
            user = self._user(s, username)
            if not (actor.role is Role.ADMIN and user.role == Role.SHO.value):
                require(actor, Capability.GRANT_ROLES)
            elif actor.must_change_password:
                require(actor, Capability.MANAGE_USERS)  # refuses with the right words
            user.locked_at = None
            user.failed_logins = 0
            audit.record(
                s,
                at=now,
                actor=actor,
                action="user.unlock",
                subject=audit.Subject("user", user.uuid, user.username),
            )
            return user_info(user)

    def unlock_with_recovery_key(self, username: str, code: str, *, desk: str) -> UserInfo:
        """Lift the lockout of a station-head or administrator account with the register's
        written-down recovery key (an encrypted register), when no one who may unlock it can log
        on. The key proves what a logon would; every try is audited."""
        now = self.clock.now()
        try:
            fits = self.db.key is not None and hmac.compare_digest(
                key_from_recovery_code(code), self.db.key
            )
        except KeyUnavailable:
            fits = False
        with self.db.write() as s:
            user = self._user(s, username)
            subject = audit.Subject("user", user.uuid, user.username)
            problem = None
            if self.db.key is None:
                problem = (
                    "This register is not encrypted, so it has no recovery key. A lockout ends by "
                    "itself after the station's lockout time."
                )
            elif not fits:
                problem = "That is not this register's recovery key."
            elif user.role not in _PRIVILEGED:
                problem = (
                    "The recovery key unlocks station-head and administrator accounts; they "
                    "unlock the others."
                )
            how = {"by": "recovery key"}
            if problem is not None:
                audit.record(
                    s,
                    at=now,
                    actor=None,
                    action="user.unlock",
                    outcome="denied",
                    subject=subject,
                    username=user.username,
                    desk=desk,
                    details={**how, "reason": problem},
                )
                refused = UserError(problem)
            else:
                user.locked_at = None
                user.failed_logins = 0
                audit.record(
                    s,
                    at=now,
                    actor=None,
                    action="user.unlock",
                    subject=subject,
                    username=user.username,
                    desk=desk,
                    details=how,
                )
                return user_info(user)
        raise refused

    def change_password(self, actor: Actor, old: str, new: str) -> Actor:
        """The user's own new password; returns the actor without any must-change flag."""
        problems = password_problems(new, username=actor.username)
        if old == new:
            problems.append(msg("The new password must differ from the present one."))
        if problems:
            raise ValidationFailed([Problem("password", p) for p in problems])
        now = self.clock.now()
        with self.db.write() as s:
            user = s.get(AppUser, actor.user_id)
            if user is None or user.password_hash is None or not user.active:
                raise NotFound(msg("Your account no longer exists or was deactivated."))
            if not verify_password(user.password_hash, old):
                audit.record(
                    s,
                    at=now,
                    actor=actor,
                    action="user.password",
                    outcome="failed",
                    subject=audit.Subject("user", user.uuid, user.username),
                    details={"reason": "present password wrong"},
                )
                failure = UserError(msg("The present password is not right."))
            else:
                user.password_hash = hash_password(new)
                user.password_changed_at = now
                audit.record(
                    s,
                    at=now,
                    actor=actor,
                    action="user.password",
                    subject=audit.Subject("user", user.uuid, user.username),
                )
                return actor_for(user, actor.desk)
        raise failure

    def reset_password(
        self, actor: Actor, username: str, temporary: str | None, *, reason: str | None = None
    ) -> UserInfo:
        """Ask for a temporary password for someone else; a second person approves it.

        Whoever sets a password could log on as its owner, so a reset is a request
        (``ApprovalService``). A station head types the temporary password with the request;
        an administrator's request carries none, and the station head who approves types it.
        The station head's and administrators' passwords are reset only by a station head
        (never one's own: use ``change_password``). The owner must change the temporary password
        at their next logon.
        """
        require(actor, Capability.MANAGE_USERS)
        head = actor.role is Role.SHO
        if temporary is not None and not head:
            raise PermissionDenied(
                msg(
                    "An administrator asks for the reset without a password: the station "
                    "head who approves it sets the temporary one.",
                )
            )
        if temporary is None and head:
            raise ValidationFailed(
                [Problem("password", msg("is required: type a temporary password"))]
            )
        why = required_reason(reason) if reason else "password reset"
        now = self.clock.now()
        with self.db.write() as s:
            user = self._user(s, username)
            if user.id == actor.user_id:
                raise UserError(
                    msg("Change your own password with 'change password', not a reset.")
                )
            if user.role in _PRIVILEGED and not head:
                raise PermissionDenied(
                    msg(
                        "Only a station head can reset the password of a station-head or "
                        "administrator account.",
                    )
                )
            if user.pending_request is not None:
                raise RuleViolation(
                    msg(
                        "A request about {username} already waits for approval "
                        "({pending_request}).",
                        username=user.username,
                        pending_request=user.pending_request,
                    )
                )
            if temporary is not None:
                problems = password_problems(temporary, username=user.username)
                if problems:
                    raise ValidationFailed([Problem("password", p) for p in problems])
            request = str(uuid.uuid4())
            user.pending_request = request
            user.pending_password_hash = hash_password(temporary) if temporary is not None else None
            file_request(
                s,
                actor,
                ApprovalKind.PASSWORD_RESET,
                why,
                now=now,
                request=request,
                user=user.username,
                with_password=temporary is not None,
            )
            return user_info(user)

    def set_active(self, actor: Actor, username: str, active: bool, *, reason: str) -> UserInfo:
        """Deactivate (or reactivate) an account. Accounts are never deleted: the audit trail
        and the register name them."""
        require(actor, Capability.MANAGE_USERS)
        why = required_reason(reason)
        now = self.clock.now()
        with self.db.write() as s:
            user = self._user(s, username)
            if user.id == actor.user_id:
                raise UserError(msg("An account cannot deactivate or reactivate itself."))
            if user.pending_request is not None and user.password_hash is None:
                raise RuleViolation(
                    msg(
                        "{username} is a new account waiting for approval; refuse the request "
                        "instead.",
                        username=user.username,
                    )
                )
            if user.role in _PRIVILEGED and actor.role is not Role.SHO:
                raise PermissionDenied(
                    msg(
                        "Only a station head can deactivate or reactivate a station-head or "
                        "administrator account.",
                    )
                )
            if not active and user.role == Role.SHO.value:
                _refuse_removing_last_head(s, user)
            before = user.active
            user.active = active
            audit.record(
                s,
                at=now,
                actor=actor,
                action="user.activate" if active else "user.deactivate",
                subject=audit.Subject("user", user.uuid, user.username),
                details={"before": {"active": before}, "after": {"active": active}, "reason": why},
            )
            return user_info(user)

    def change_role(self, actor: Actor, username: str, role: Role, *, reason: str) -> UserInfo:
        """The station head takes powers away at once (e.g. an IO posted to the front desk).
        A role that gains any power is asked for instead (``ApprovalService.request_role_change``)
        and a second person approves."""
        require(actor, Capability.GRANT_ROLES)
        why = required_reason(reason)
        with self.db.write() as s:
            user = self._user(s, username)
            if raises(Role(user.role), role):
                raise RuleViolation(
                    msg(
                        "The role '{value}' gives {full_name} powers the role '{role}' lacks: "
                        "ask for it, and a second person approves.",
                        value=role.value,
                        full_name=user.full_name,
                        role=user.role,
                    )
                )
            return apply_role_change(
                s, actor, user, role, reason=why, now=self.clock.now(), request=None
            )


_PRIVILEGED = frozenset({Role.SHO.value, Role.ADMIN.value})
# New accounts the station head makes at once: no case powers beyond the head's own, and no
# part in deciding anything.
DIRECT_ROLES = frozenset({Role.WRITER, Role.HQ_CLERK})


def setting_up(s: Session) -> bool:
    """The station is being set up: no case and no found person yet."""
    return s.scalar(select(Case.id).limit(1)) is None and (
        s.scalar(select(FoundPerson.id).limit(1)) is None
    )


def locked_message(left: timedelta, role: str) -> str:
    minutes = max(1, -(-int(left.total_seconds()) // 60))
    who = (
        msg("an administrator (or the recovery key)")
        if role == Role.SHO.value
        else msg("the station head (or the recovery key)")
        if role == Role.ADMIN.value
        else msg("the station head")
    )
    return msg(
        "This account is locked after repeated wrong passwords, for {minutes} more minute(s); "
        "{who} can unlock it sooner.",
        minutes=minutes,
        who=who,
    )


def file_request(
    s: Session,
    actor: Actor,
    kind: ApprovalKind,
    reason: str,
    *,
    now: datetime,
    request: str | None = None,
    **extra: Any,
) -> str:
    """Record a request for a second person's decision in the audit trail; returns its id."""
    uuid_ = request or str(uuid.uuid4())
    audit.record(
        s,
        at=now,
        actor=actor,
        action="approval.request",
        outcome="pending",
        subject=audit.Subject("approval", uuid_, kind.value),
        details={"kind": kind.value, "reason": reason, "by_role": actor.role.value, **extra},
    )
    return uuid_


def required_reason(reason: str) -> str:
    try:
        text = clean_text(reason, max_length=500)
    except TextProblem as exc:
        raise ValidationFailed([Problem("reason", said(exc))]) from exc
    if not text:
        raise ValidationFailed([Problem("reason", msg("is required"))])
    return text


def _refuse_removing_last_head(s: Session, user: AppUser) -> None:
    heads = s.scalar(
        select(func.count()).where(
            AppUser.role == Role.SHO.value, AppUser.active.is_(True), AppUser.id != user.id
        )
    )
    if not heads:
        raise RuleViolation(
            msg(
                "{full_name} is the only active station head. Make another account "
                "station head first.",
                full_name=user.full_name,
            )
        )


def apply_role_change(
    s: Session,
    actor: Actor,
    user: AppUser,
    role: Role,
    *,
    reason: str,
    now: datetime,
    request: str | None,
) -> UserInfo:
    """Change ``user``'s role inside the caller's transaction, audited with before and after."""
    if user.id == actor.user_id:
        raise UserError(msg("An account cannot change its own role."))
    if user.role == role.value:
        raise UserError(
            msg(
                "{full_name} already has the role '{value}'.",
                full_name=user.full_name,
                value=role.value,
            )
        )
    if user.role == Role.SHO.value:
        _refuse_removing_last_head(s, user)
    before = user.role
    user.role = role.value
    details: dict[str, object] = {
        "before": {"role": before},
        "after": {"role": role.value},
        "reason": reason,
    }
    if request is not None:
        details["request"] = request
    audit.record(
        s,
        at=now,
        actor=actor,
        action="user.role",
        subject=audit.Subject("user", user.uuid, user.username),
        details=details,
    )
    return user_info(user)
