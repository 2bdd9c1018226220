"""Accounts (reliability-reference §8 items 14–16): passwords, lockout, must-change resets,
deactivation, the idle lock and unlocking it."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from models.db import Database
from models.dto.audit import AuditEventInfo
from models.entities import AppUser, AuditEvent
from models.enums import Role
from models.errors import PermissionDenied, RuleViolation, UserError, ValidationFailed
from models.idle import MAX_MINUTES, IdleLock, IdlePolicy
from models.permissions import Capability, require
from models.services import Services
from tests.conftest import TEST_PASSWORD, People


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
        svc.accounts.reset_password(people.admin, "hc.pawar", password)


def test_passwords_are_stored_as_argon2id(db: Database) -> None:
    with db.read() as s:
        hashes = s.scalars(select(AppUser.password_hash)).all()
    assert hashes and all(h is not None and h.startswith("$argon2id$") for h in hashes)
    assert not any(h is not None and TEST_PASSWORD in h for h in hashes)


def test_a_reset_password_must_be_changed_before_anything_else(
    svc: Services, people: People
) -> None:
    svc.accounts.reset_password(people.admin, "hc.pawar", "Temporary-Pass-11")
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
        svc.accounts.reset_password(people.admin, "pi.shinde", "Takeover-Pass-33")
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
    svc.accounts.change_role(people.sho, "api.khan", Role.SHO, reason="Second inspector")
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
