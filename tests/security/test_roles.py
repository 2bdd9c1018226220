"""Roles are enforced in the services (reliability-reference §2, §8 items 17–18).

Every Capability × Role pair is tried by calling a real service method as that role: a role the
matrix allows gets past the permission check (the call succeeds, or stops at a business rule),
a role it does not allow gets ``PermissionDenied``. Capabilities whose service belongs to a part
still being built fall back to ``permissions.require``, which the services call.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import timedelta

import pytest

from models.actor import Actor
from models.clock import FixedClock
from models.db import Database
from models.dto.cases import ActionInput, ClosureInput, RiskInput
from models.enums import ActionType, RiskGrade, Role
from models.errors import PermissionDenied, UserError
from models.permissions import MATRIX, Capability, allowed, require
from models.services import Services
from models.services.keys import encrypt_register
from tests.conftest import People
from tests.factories import adult_case, child_case
from tests.models.test_register_and_found import found_input
from tests.security.conftest import audit_count

Exercise = Callable[[Services, Actor, str], object]


def _edit(svc: Services, actor: Actor, ref: str) -> object:
    detail = (
        svc.cases.case_detail(actor, ref, audit_view=False)
        if actor.role
        in {
            Role.WRITER,
            Role.IO,
            Role.SHO,
        }
        else None
    )
    if detail is None:
        # No view right: build the edit from the factory, as a form would hold it.
        return svc.cases.update_case(actor, ref, child_case(), 1)
    data = detail.as_input()
    changed = dataclasses.replace(
        data, circumstances=dataclasses.replace(data.circumstances, last_seen_place="Sion circle")
    )
    return svc.cases.update_case(actor, ref, changed, detail.version)


def _found_edit(svc: Services, actor: Actor, ref: str) -> object:
    found = svc.found.add_found(_sho(svc), found_input()).value
    return svc.found.update_found(actor, found.ref_no, found_input(found_by="RPF"), found.version)


def _sho(svc: Services) -> Actor:
    return svc.accounts.authenticate("pi.shinde", "Test-Password-2026", desk="desk-1")


def _approve_notice(svc: Services, actor: Actor, ref: str) -> object:
    row = svc.notices.request(_sho(svc), ref)
    return svc.notices.approve(actor, f"#{row.id}")


EXERCISES: dict[Capability, Exercise] = {
    Capability.VIEW_CASE: lambda svc, a, ref: svc.cases.case_detail(a, ref),
    Capability.REGISTER_CASE: lambda svc, a, ref: svc.cases.register_case(a, adult_case()),
    Capability.EDIT_CASE: _edit,
    Capability.ADD_ACTION: lambda svc, a, ref: svc.cases.add_action(
        a, ref, ActionInput(ActionType.NOTE, details="Checked the bus depot.")
    ),
    Capability.ASSESS_RISK: lambda svc, a, ref: svc.cases.assess_risk(
        a, ref, RiskInput(RiskGrade.HIGH, rationale="Child alone in the city overnight.")
    ),
    Capability.RECORD_TRACE: lambda svc, a, ref: svc.cases.record_closure_steps(
        a, ref, ClosureInput(final_report_ref="FR-1")
    ),
    Capability.CLOSE_CASE: lambda svc, a, ref: svc.cases.close_case(a, ref),
    Capability.VOID_CASE: lambda svc, a, ref: svc.cases.void_case(a, ref, reason="Duplicate"),
    Capability.TRANSFER_CASE: lambda svc, a, ref: svc.cases.transfer_case(
        a, ref, to_station="MH-MUM-SIO", reason="Last seen in Sion"
    ),
    Capability.ADD_FOUND: lambda svc, a, ref: svc.found.add_found(a, found_input()),
    Capability.EDIT_FOUND: _found_edit,
    Capability.REQUEST_NOTICE: lambda svc, a, ref: svc.notices.request(a, ref),
    Capability.APPROVE_NOTICE: _approve_notice,
    Capability.PRINT_CASE: lambda svc, a, ref: svc.notices.case_papers(a, ref, "sheet"),
    Capability.VIEW_STATISTICS: lambda svc, a, ref: svc.dashboard.figures(a),
    Capability.VIEW_OWN_AUDIT: lambda svc, a, ref: svc.audit_log.events(a),
    Capability.VERIFY_AUDIT: lambda svc, a, ref: svc.audit_log.verify(a),
    Capability.MANAGE_USERS: lambda svc, a, ref: svc.accounts.list_users(a),
    Capability.GRANT_ROLES: lambda svc, a, ref: svc.accounts.unlock(a, "hc.pawar"),
    Capability.MANAGE_BACKUPS: lambda svc, a, ref: svc.backups.backups(a),
}


def _view_audit(svc: Services, actor: Actor, ref: str) -> object:
    """Station-wide reading: allowed means seeing the accounts being set up, which are nobody's
    own case and (for everyone but the station head) nobody's own action."""
    events = svc.audit_log.events(actor)
    if not any(e.action == "user.create" for e in events):
        raise PermissionDenied("only own events visible")
    return events


def _manage_keys(svc: Services, actor: Actor, ref: str) -> object:
    return encrypt_register(svc.db, actor, "Dharavi-Key-Phrase-2026", svc.clock)


EXERCISES[Capability.VIEW_AUDIT] = _view_audit
EXERCISES[Capability.MANAGE_KEYS] = _manage_keys
if hasattr(Capability, "CHANGE_POLICY"):
    EXERCISES[Capability("change_policy")] = lambda svc, a, ref: svc.policy.change(
        a, idle_lock_minutes=10
    )


def _actor(people: People, role: Role) -> Actor:
    if role is Role.HQ_CLERK:
        return dataclasses.replace(people.writer, role=Role.HQ_CLERK, username="hq.clerk")
    return {
        Role.WRITER: people.writer,
        Role.IO: people.io,
        Role.SHO: people.sho,
        Role.ADMIN: people.admin,
    }[role]


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("capability", list(Capability), ids=lambda c: c.value)
def test_every_capability_for_every_role(
    svc: Services, people: People, capability: Capability, role: Role
) -> None:
    case = svc.cases.register_case(people.writer, child_case()).value  # IO psi.more assigned
    actor = _actor(people, role)
    expected = role in MATRIX[capability]
    exercise = EXERCISES.get(capability)
    if exercise is None:
        outcome = allowed(actor, capability)
        assert outcome == expected
        if not expected:
            with pytest.raises(PermissionDenied):
                require(actor, capability)
        return
    if expected:
        try:
            exercise(svc, actor, case.register_no)
        except PermissionDenied as exc:  # pragma: no cover - the failure message says it all
            pytest.fail(f"{role.value} was refused {capability.value}: {exc}")
        except UserError:
            pass  # past the permission check, stopped by a business rule: allowed
    else:
        with pytest.raises(PermissionDenied):
            exercise(svc, actor, case.register_no)


@pytest.mark.parametrize(
    "capability",
    [
        Capability.EDIT_CASE,
        Capability.ADD_ACTION,
        Capability.ASSESS_RISK,
        Capability.RECORD_TRACE,
        Capability.REQUEST_NOTICE,
    ],
    ids=lambda c: c.value,
)
def test_an_officer_acts_only_on_assigned_cases(
    svc: Services, people: People, capability: Capability
) -> None:
    case = svc.cases.register_case(people.writer, child_case()).value
    assert case.io_officer is not None and case.io_officer.username == people.io.username
    with pytest.raises(PermissionDenied, match="not the investigating officer"):
        EXERCISES[capability](svc, people.io2, case.register_no)


def test_admin_reads_no_case_until_break_glass_is_approved(
    svc: Services, people: People, db: Database, clock: FixedClock
) -> None:
    case = svc.cases.register_case(people.writer, child_case()).value
    with pytest.raises(PermissionDenied):
        svc.cases.case_detail(people.admin, case.register_no)
    request = svc.approvals.request_case_access(
        people.admin, reason="Court summons: check entry", hours=2
    )
    with pytest.raises(PermissionDenied, match="pending"):
        svc.approvals.break_glass(people.admin, request.uuid)
    with pytest.raises(PermissionDenied):
        svc.approvals.approve(people.admin, request.uuid)  # nobody approves their own request
    svc.approvals.approve(people.sho, request.uuid)
    glass = svc.approvals.break_glass(people.admin, request.uuid)
    before = audit_count(db)
    assert svc.cases.case_detail(glass, case.register_no).register_no == case.register_no
    assert audit_count(db) == before + 1
    view = svc.audit_log.events(people.sho)[0]  # a reading is audited after its rows are read
    assert view.action == "case.view" and view.username == "admin.it"
    assert view.details.get("break_glass") is True
    with pytest.raises(PermissionDenied):  # reading only, never changing
        svc.cases.add_action(glass, case.register_no, ActionInput(ActionType.NOTE, details="x"))
    clock.advance(timedelta(hours=3))
    with pytest.raises(PermissionDenied, match="expired"):
        svc.approvals.break_glass(people.admin, request.uuid)


def test_role_change_by_admin_waits_for_the_station_head(svc: Services, people: People) -> None:
    request = svc.approvals.request_role_change(
        people.admin, "hc.pawar", Role.IO, reason="Promoted to ASI"
    )
    users = {u.username: u for u in svc.accounts.list_users(people.sho)}
    assert users["hc.pawar"].role is Role.WRITER
    with pytest.raises(PermissionDenied):
        svc.accounts.change_role(people.admin, "hc.pawar", Role.IO, reason="direct")
    svc.approvals.approve(people.sho, request.uuid)
    users = {u.username: u for u in svc.accounts.list_users(people.sho)}
    assert users["hc.pawar"].role is Role.IO
    event = next(e for e in svc.audit_log.events(people.sho) if e.action == "user.role")
    assert event.details["before"] == {"role": "writer"}
    assert event.details["after"] == {"role": "io"}
    assert event.details["request"] == request.uuid
