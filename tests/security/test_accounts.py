"""Accounts (reliability-reference §8 items 14–16): passwords, lockout, must-change resets,
deactivation, the idle lock and unlocking it."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from models import passwords
from models.actor import Actor
from models.clock import FixedClock
from models.db import Database, open_database
from models.dto.accounts import NewUser
from models.dto.approvals import ApprovalKind
from models.dto.audit import AuditEventInfo
from models.entities import AppUser, AuditEvent
from models.enums import Role
from models.errors import PermissionDenied, RuleViolation, UserError, ValidationFailed
from models.idle import MAX_MINUTES, IdleLock, IdlePolicy
from models.permissions import Capability, require
from models.services import Services
from models.services.keys import encrypt_register
from tests.conftest import TEST_PASSWORD, People
from tests.factories import child_case

FIRST = "First-Pass-Dharavi-26"


def _last_event(db: Database) -> AuditEventInfo:
    with db.read() as s:
        e = s.scalar(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1))
        assert e is not None
        return AuditEventInfo(
            e.id,
            e.at,
            e.username,
            e.desk,
            e.action,
            e.outcome,
            e.entity_type,
            e.entity_ref,
            json.loads(e.details),
        )


def test_fifth_wrong_password_locks_and_is_audited(svc: Services, db: Database) -> None:
    for attempt in range(1, 6):
        with pytest.raises(UserError) as err:
            svc.accounts.authenticate("hc.pawar", f"wrong-{attempt}-guess", desk="d")
    assert "locked" in str(err.value)
    event = _last_event(db)
    assert (event.action, event.outcome) == ("logon", "failed")
    assert event.details["locked"] is True
    with pytest.raises(UserError, match="locked"):
        svc.accounts.authenticate("hc.pawar", TEST_PASSWORD, desk="d")
    assert _last_event(db).outcome == "denied"


def test_the_station_head_unlocks_an_admin_only_a_station_head(
    svc: Services, people: People
) -> None:
    for _ in range(5):
        with pytest.raises(UserError):
            svc.accounts.authenticate("hc.pawar", "not-the-password", desk="d")
    with pytest.raises(PermissionDenied):
        svc.accounts.unlock(people.admin, "hc.pawar")
    svc.accounts.unlock(people.sho, "hc.pawar")
    assert svc.accounts.authenticate("hc.pawar", TEST_PASSWORD, desk="d").username == "hc.pawar"
    for _ in range(5):
        with pytest.raises(UserError):
            svc.accounts.authenticate("pi.shinde", "not-the-password", desk="d")
    # A station with one head must not lock itself out for good.
    svc.accounts.unlock(people.admin, "pi.shinde")
    assert svc.accounts.authenticate("pi.shinde", TEST_PASSWORD, desk="d").role is Role.SHO


@pytest.mark.parametrize(
    "password",
    ["short1!", "password123", "Mumbai@123", "hc.pawar-2026-x", "aaaaaaaaaaaa"],
    ids=["short", "banned", "banned-stem", "contains-username", "one-character"],
)
def test_weak_passwords_are_refused(svc: Services, people: People, password: str) -> None:
    with pytest.raises(ValidationFailed):
        svc.accounts.reset_password(people.sho, "hc.pawar", password)
    request = svc.accounts.reset_password(people.admin, "hc.pawar", None).waiting_request
    assert request is not None
    with pytest.raises(ValidationFailed):  # the approving head's temporary password too
        svc.approvals.approve(people.sho, request, temporary=password)


def test_passwords_are_stored_as_argon2id(db: Database) -> None:
    with db.read() as s:
        hashes = s.scalars(select(AppUser.password_hash)).all()
    assert hashes and all(h is not None and h.startswith("$argon2id$") for h in hashes)
    assert not any(h is not None and TEST_PASSWORD in h for h in hashes)


def test_a_reset_password_must_be_changed_before_anything_else(
    svc: Services, people: People
) -> None:
    request = svc.accounts.reset_password(people.admin, "hc.pawar", None).waiting_request
    assert request is not None
    # Nothing changes until a station head approves, typing the temporary password.
    assert svc.accounts.authenticate("hc.pawar", TEST_PASSWORD, desk="d").username == "hc.pawar"
    svc.approvals.approve(people.sho, request, temporary="Temporary-Pass-11")
    with pytest.raises(UserError, match="not right"):
        svc.accounts.authenticate("hc.pawar", TEST_PASSWORD, desk="d")
    writer = svc.accounts.authenticate("hc.pawar", "Temporary-Pass-11", desk="d")
    assert writer.must_change_password
    with pytest.raises(PermissionDenied, match="temporary password"):
        require(writer, Capability.VIEW_CASE)
    with pytest.raises(ValidationFailed):
        svc.accounts.change_password(writer, "Temporary-Pass-11", "Temporary-Pass-11")
    fresh = svc.accounts.change_password(writer, "Temporary-Pass-11", "Own-Choice-Pass-22")
    assert not fresh.must_change_password
    require(fresh, Capability.VIEW_CASE)


def test_an_admin_cannot_take_over_a_station_head_account(svc: Services, people: People) -> None:
    with pytest.raises(PermissionDenied):
        svc.accounts.reset_password(people.admin, "pi.shinde", None)
    with pytest.raises(PermissionDenied):  # an administrator never sets a password
        svc.accounts.reset_password(people.admin, "hc.pawar", "Takeover-Pass-33")
    with pytest.raises(PermissionDenied):
        svc.accounts.set_active(people.admin, "pi.shinde", False, reason="x")
    with pytest.raises(PermissionDenied):
        svc.accounts.reset_password(people.writer, "psi.more", "Takeover-Pass-33")


def test_deactivated_accounts_cannot_log_on_and_the_last_head_stays(
    svc: Services, people: People
) -> None:
    svc.accounts.set_active(people.admin, "hc.pawar", False, reason="Transferred out")
    with pytest.raises(UserError, match="not right"):
        svc.accounts.authenticate("hc.pawar", TEST_PASSWORD, desk="d")
    with pytest.raises(UserError):
        svc.accounts.set_active(people.sho, "pi.shinde", False, reason="x")  # not oneself
    with pytest.raises(RuleViolation, match="ask for it"):  # raising a role is a request
        svc.accounts.change_role(people.sho, "api.khan", Role.SHO, reason="Second inspector")
    request = svc.approvals.request_role_change(
        people.sho, "api.khan", Role.SHO, reason="Second inspector"
    )
    svc.approvals.approve(people.admin, request.uuid)  # a station head's: an administrator
    sho2 = svc.accounts.authenticate("api.khan", TEST_PASSWORD, desk="d")
    svc.accounts.set_active(sho2, "pi.shinde", False, reason="Transferred")
    with pytest.raises(RuleViolation, match="only active station head"):
        svc.accounts.change_role(people.sho, "api.khan", Role.IO, reason="x")


def test_unlocking_the_idle_window_is_a_logon_and_counts_failures(
    svc: Services, people: People, db: Database
) -> None:
    writer = svc.accounts.authenticate("hc.pawar", TEST_PASSWORD, desk="desk-3")
    assert svc.accounts.verify_password_for_unlock(writer, TEST_PASSWORD) == writer
    event = _last_event(db)
    assert (event.action, event.outcome, event.desk) == ("logon", "ok", "desk-3")
    assert event.details["kind"] == "unlock"
    for _ in range(5):
        with pytest.raises(UserError):
            svc.accounts.verify_password_for_unlock(writer, "not-the-password")
    with pytest.raises(UserError, match="locked"):
        svc.accounts.verify_password_for_unlock(writer, TEST_PASSWORD)


class _Ticks:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_idle_lock_after_the_timeout_and_only_a_password_unlocks() -> None:
    ticks = _Ticks()
    lock = IdleLock(IdlePolicy.from_minutes(15), ticks)
    ticks.now += 14 * 60
    assert not lock.due()
    lock.activity()
    ticks.now += 14 * 60
    assert not lock.due()
    ticks.now += 61
    assert lock.due() and lock.locked
    lock.activity()  # moving the mouse does not unlock
    assert lock.due()
    lock.unlocked()
    assert not lock.due() and lock.seconds_left() == 15 * 60


def test_idle_timeout_setting_is_held_within_the_cjis_limit(svc: Services) -> None:
    assert svc.accounts.idle_policy().timeout_seconds == 15 * 60
    assert IdlePolicy.from_minutes(90).timeout_seconds == MAX_MINUTES * 60
    assert IdlePolicy.from_minutes(0).timeout_seconds == 60


# -- new accounts, first logon, timed lockout, recovery key, constant-time logon ----------------


def _leave_set_up(svc: Services, people: People) -> None:
    """The station's first case ends its set-up: accounts then follow the two-person rules."""
    svc.cases.register_case(people.writer, child_case())


def _first_logon(svc: Services, username: str, temporary: str, own: str) -> Actor:
    actor = svc.accounts.authenticate(username, temporary, desk="d")
    assert actor.must_change_password
    with pytest.raises(PermissionDenied, match="temporary password"):
        require(actor, Capability.VIEW_STATISTICS)
    return svc.accounts.change_password(actor, temporary, own)


def test_a_new_writer_chooses_their_own_password_before_anything_else(
    svc: Services, people: People
) -> None:
    _leave_set_up(svc, people)
    info = svc.accounts.add_user(
        people.sho, NewUser("lc.jadhav", "Sunita Jadhav", "Lady Constable", Role.WRITER), FIRST
    )
    assert not info.pending and info.must_change_password  # a writer: at once
    writer = _first_logon(svc, "lc.jadhav", FIRST, "Sunita-Own-Choice-71")
    require(writer, Capability.VIEW_CASE)


def test_an_officer_account_waits_for_a_second_person(
    svc: Services, people: People, db: Database
) -> None:
    _leave_set_up(svc, people)
    info = svc.accounts.add_user(
        people.sho, NewUser("psi.gore", "Amol Gore", "PSI", Role.IO), FIRST
    )
    assert info.pending and info.waiting_request is not None
    assert "psi.gore" not in {u.username for u in svc.accounts.officers()}
    with pytest.raises(UserError, match="not right"):  # no logon before the approval
        svc.accounts.authenticate("psi.gore", FIRST, desk="d")
    with pytest.raises(RuleViolation, match="other than its author"):
        svc.approvals.approve(people.sho, info.waiting_request)
    with pytest.raises(UserError, match="already"):  # the head typed the password: none more
        svc.approvals.approve(people.admin, info.waiting_request, temporary="Another-Pass-2026")
    svc.approvals.approve(people.admin, info.waiting_request)
    event = _last_event(db)
    assert event.action == "approval.approve"
    officer = _first_logon(svc, "psi.gore", FIRST, "Amol-Own-Choice-72")
    assert officer.role is Role.IO


def test_an_administrators_account_request_gets_its_password_from_the_approving_head(
    svc: Services, people: People, db: Database
) -> None:
    _leave_set_up(svc, people)
    with pytest.raises(PermissionDenied, match="without a password"):
        svc.accounts.add_user(
            people.admin, NewUser("hc.kale", "Ravi Kale", "HC", Role.WRITER), FIRST
        )
    info = svc.accounts.add_user(
        people.admin, NewUser("hc.kale", "Ravi Kale", "HC", Role.WRITER), None
    )
    assert info.pending and info.waiting_request is not None
    request = next(r for r in svc.approvals.requests(people.sho) if r.uuid == info.waiting_request)
    assert request.needs_password and request.kind is ApprovalKind.NEW_ACCOUNT
    with pytest.raises(ValidationFailed):
        svc.approvals.approve(people.sho, info.waiting_request)  # no temporary password
    svc.approvals.approve(people.sho, info.waiting_request, temporary=FIRST)
    _first_logon(svc, "hc.kale", FIRST, "Ravi-Own-Choice-73")


def test_a_refused_account_request_leaves_no_account(svc: Services, people: People) -> None:
    _leave_set_up(svc, people)
    info = svc.accounts.add_user(
        people.sho, NewUser("psi.gore", "Amol Gore", "PSI", Role.IO), FIRST
    )
    assert info.waiting_request is not None
    svc.approvals.refuse(people.admin, info.waiting_request, reason="Not posted here")
    assert "psi.gore" not in {u.username for u in svc.accounts.list_users(people.sho)}
    with pytest.raises(UserError, match="not right"):
        svc.accounts.authenticate("psi.gore", FIRST, desk="d")


def test_a_lockout_ends_after_the_station_lockout_time(
    svc: Services, people: People, clock: FixedClock, db: Database
) -> None:
    for _ in range(5):
        with pytest.raises(UserError):
            svc.accounts.authenticate("hc.pawar", "not-the-password", desk="d")
    clock.advance(timedelta(minutes=29))
    with pytest.raises(UserError, match="1 more minute"):
        svc.accounts.authenticate("hc.pawar", TEST_PASSWORD, desk="d")
    clock.advance(timedelta(minutes=1))
    assert svc.accounts.authenticate("hc.pawar", TEST_PASSWORD, desk="d").username == "hc.pawar"
    assert _last_event(db).details["lockout_ended"] is True
    svc.policy.change(people.sho, lockout_minutes=10)
    for _ in range(5):
        with pytest.raises(UserError):
            svc.accounts.authenticate("hc.pawar", "not-the-password", desk="d")
    clock.advance(timedelta(minutes=10))
    assert svc.accounts.authenticate("hc.pawar", TEST_PASSWORD, desk="d").username == "hc.pawar"
    for never_ends in (0, 100_000):  # no setting makes a lockout no one can leave
        with pytest.raises(ValidationFailed, match="lockout_minutes"):
            svc.policy.change(people.sho, lockout_minutes=never_ends)


def test_head_and_administrator_both_locked_get_back_in(
    svc: Services, people: People, clock: FixedClock
) -> None:
    for username in ("pi.shinde", "admin.it"):
        for _ in range(5):
            with pytest.raises(UserError):
                svc.accounts.authenticate(username, "not-the-password", desk="d")
    for username in ("pi.shinde", "admin.it"):
        with pytest.raises(UserError, match="locked"):
            svc.accounts.authenticate(username, TEST_PASSWORD, desk="d")
    with pytest.raises(UserError, match="not encrypted"):  # a plain register has no key
        svc.accounts.unlock_with_recovery_key("admin.it", "A" * 56, desk="d")
    clock.advance(timedelta(minutes=30))
    head = svc.accounts.authenticate("pi.shinde", TEST_PASSWORD, desk="d")
    assert head.role is Role.SHO


def test_the_recovery_key_unlocks_the_head_and_the_administrator(
    sqlite_db: Database, clock: FixedClock
) -> None:
    svc = Services.build(sqlite_db, clock)
    head = svc.accounts.authenticate("pi.shinde", TEST_PASSWORD, desk="d")
    made = encrypt_register(sqlite_db, head, "Dharavi-Key-Phrase-2026", clock)
    encrypted = open_database(sqlite_db.target, key=made.key.key)
    try:
        svc = Services.build(encrypted, clock)
        for username in ("pi.shinde", "admin.it", "hc.pawar"):
            for _ in range(5):
                with pytest.raises(UserError):
                    svc.accounts.authenticate(username, "not-the-password", desk="d")
        with pytest.raises(UserError, match="typing mistake|not a Talash|not this"):
            svc.accounts.unlock_with_recovery_key("admin.it", "B" * 56, desk="d")
        assert _last_event(encrypted).outcome == "denied"
        with pytest.raises(UserError, match="unlocks station-head and administrator"):
            svc.accounts.unlock_with_recovery_key("hc.pawar", made.key.recovery_code, desk="d")
        for username in ("pi.shinde", "admin.it"):
            svc.accounts.unlock_with_recovery_key(username, made.key.recovery_code, desk="d")
            event = _last_event(encrypted)
            assert (event.action, event.outcome) == ("user.unlock", "ok")
            assert event.details["by"] == "recovery key"
            assert svc.accounts.authenticate(username, TEST_PASSWORD, desk="d").username == username
        # ... and the head, back in, unlocks the writer.
        svc.accounts.unlock(
            svc.accounts.authenticate("pi.shinde", TEST_PASSWORD, desk="d"), "hc.pawar"
        )
    finally:
        encrypted.dispose()


class _CountingHasher:
    """Counts the Argon2 checks a logon makes (the work that takes its time)."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.checks = 0

    def verify(self, stored: str, password: str) -> bool:
        self.checks += 1
        return bool(self.real.verify(stored, password))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


@pytest.mark.parametrize(
    "username", ["nobody.here", "hc.pawar", "locked", "inactive"], ids=lambda u: u
)
def test_every_refused_logon_does_one_password_check(
    svc: Services, people: People, monkeypatch: pytest.MonkeyPatch, username: str
) -> None:
    """An unknown user costs what a known one does: one Argon2 check (a dummy hash)."""
    if username == "locked":
        for _ in range(5):
            with pytest.raises(UserError):
                svc.accounts.authenticate("psi.more", "not-the-password", desk="d")
        username = "psi.more"
    if username == "inactive":
        svc.accounts.set_active(people.sho, "api.khan", False, reason="Transferred")
        username = "api.khan"
    counting = _CountingHasher(passwords._hasher)
    monkeypatch.setattr(passwords, "_hasher", counting)
    passwords._dummy_hash()  # made once per process, before the count
    counting.checks = 0
    with pytest.raises(UserError):
        svc.accounts.authenticate(username, "not-the-password", desk="d")
    assert counting.checks == 1
