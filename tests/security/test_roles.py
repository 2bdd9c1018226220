"""Roles are enforced in the services (reliability-reference §2, §8 items 17–18).

Every Capability × Role pair is tried by calling a real service method as that role: a role the
matrix allows gets past the permission check (the call succeeds, or stops at a business rule),
a role it does not allow gets ``PermissionDenied``. Capabilities whose service belongs to a part
still being built fall back to ``permissions.require``, which the services call.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from models.actor import Actor
from models.clock import FixedClock
from models.db import Database
from models.dto.accounts import NewUser
from models.dto.cases import ActionInput, ClosureInput, RiskInput
from models.dto.destruction import DestructionOrder, DestructionSubject
from models.enums import ActionType, RiskGrade, Role
from models.errors import PermissionDenied, RuleViolation, UserError
from models.permissions import MATRIX, Capability, allowed, require
from models.services import Services
from models.services.keys import encrypt_register
from tests.conftest import TEST_PASSWORD, People
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


# -- collusion: one human, several accounts -----------------------------------------------------
#
# Each row is one person trying to be both people of a two-person rule with accounts they made,
# whose password they set, or that they can open. Every row must be refused, and the register
# must be as it was.

ORDER = DestructionOrder("CJM/Misc/77/2026", date(2026, 11, 2), "Chief Judicial Magistrate")
TEMP = "Temporary-Dharavi-2026"
OWN = "Chosen-Later-Dharavi-26"
HEAD_TYPED = "Head-Typed-Pass-2026"  # a temporary password only the approving head knows


@dataclass
class _Scene:
    svc: Services
    people: People
    case_ref: str

    def own_account(self, username: str, temporary: str = TEMP) -> Actor:
        """Log on with a temporary password one knows, and make the account one's own."""
        first = self.svc.accounts.authenticate(username, temporary, desk="desk-1")
        return self.svc.accounts.change_password(first, temporary, OWN)

    def approved_account(self, username: str, role: Role) -> Actor:
        """The head makes an account; the real administrator (a second person, unaware)
        approves it; the head, who typed its password, opens it."""
        info = self.svc.accounts.add_user(
            self.people.sho, NewUser(username, "Suresh Shinde", "PI", role), TEMP
        )
        assert info.waiting_request is not None
        self.svc.approvals.approve(self.people.admin, info.waiting_request)
        return self.own_account(username)

    def destruction(self) -> str:
        return self.svc.destruction.request(
            self.people.sho, DestructionSubject.CASE, self.case_ref, ORDER
        ).uuid


def _head_approves_own_alias(sc: _Scene) -> None:
    """The head asks for an administrator account for themselves and approves it."""
    info = sc.svc.accounts.add_user(
        sc.people.sho, NewUser("pi.shinde2", "Suresh Shinde", "PI", Role.ADMIN), TEMP
    )
    assert info.pending and info.waiting_request is not None
    try:
        sc.own_account("pi.shinde2")  # not before a second person approves
    except UserError:
        pass
    else:  # pragma: no cover - the refusal below is what the row is about
        pytest.fail("a pending account logged on")
    sc.svc.approvals.approve(sc.people.sho, info.waiting_request)


def _head_alias_admin_destroys(sc: _Scene) -> None:
    """The head files a destruction, makes an administrator account (approved by the unaware
    real administrator), opens it and approves their own destruction with it."""
    request = sc.destruction()
    alias = sc.approved_account("pi.shinde2", Role.ADMIN)
    sc.svc.destruction.approve(alias, request)


def _alias_made_after_the_request(sc: _Scene) -> None:
    """A role request filed before an account existed is not that account's to decide."""
    request = sc.svc.approvals.request_role_change(
        sc.people.admin, "hc.pawar", Role.IO, reason="Promoted"
    )
    later = sc.svc.accounts.add_user(
        sc.people.sho, NewUser("pi.new", "New Head", "PI", Role.SHO), TEMP
    )
    assert later.waiting_request is not None
    sc.svc.approvals.approve(sc.people.admin, later.waiting_request)
    newcomer = sc.own_account("pi.new")
    sc.svc.approvals.approve(newcomer, request.uuid)


def _two_aliases_of_one_head(sc: _Scene) -> None:
    """Two accounts the head made decide each other's requests."""
    head2 = sc.approved_account("pi.shinde2", Role.SHO)
    admin2 = sc.approved_account("pi.shinde3", Role.ADMIN)
    request = sc.svc.destruction.request(head2, DestructionSubject.CASE, sc.case_ref, ORDER)
    sc.svc.destruction.approve(admin2, request.uuid)


def _raised_writer_of_the_head(sc: _Scene) -> None:
    """The head makes a writer (at once), has it raised to administrator (approved by the real
    administrator) and approves their own destruction with it."""
    request = sc.destruction()
    sc.svc.accounts.add_user(
        sc.people.sho, NewUser("hc.alias", "Suresh Shinde", "HC", Role.WRITER), TEMP
    )
    writer = sc.own_account("hc.alias")
    raise_it = sc.svc.approvals.request_role_change(
        sc.people.sho, "hc.alias", Role.ADMIN, reason="IT cell"
    )
    sc.svc.approvals.approve(sc.people.admin, raise_it.uuid)
    alias = sc.svc.accounts.authenticate(writer.username, OWN, desk="desk-1")
    sc.svc.destruction.approve(alias, request)


def _admin_resets_an_io(sc: _Scene) -> None:
    """An administrator resets the IO's password to one they choose, to use the IO's powers."""
    sc.svc.accounts.reset_password(sc.people.admin, "psi.more", TEMP)


def _admin_resets_and_approves(sc: _Scene) -> None:
    """... or asks for the reset and approves it themselves."""
    info = sc.svc.accounts.reset_password(sc.people.admin, "psi.more", None)
    assert info.waiting_request is not None
    sc.svc.approvals.approve(sc.people.admin, info.waiting_request, temporary=TEMP)


def _admin_opens_the_reset_io(sc: _Scene) -> None:
    """... or, once the head approved the reset, opens the IO's account with a guess."""
    info = sc.svc.accounts.reset_password(sc.people.admin, "psi.more", None)
    assert info.waiting_request is not None
    sc.svc.approvals.approve(sc.people.sho, info.waiting_request, temporary=HEAD_TYPED)
    sc.own_account("psi.more", TEMP)


def _admin_makes_a_writer(sc: _Scene) -> None:
    """An administrator makes a writer with a password of their choosing to read a child."""
    sc.svc.accounts.add_user(
        sc.people.admin, NewUser("hc.ghost", "Ghost Writer", "HC", Role.WRITER), TEMP
    )


def _admin_makes_a_writer_and_approves(sc: _Scene) -> None:
    info = sc.svc.accounts.add_user(
        sc.people.admin, NewUser("hc.ghost", "Ghost Writer", "HC", Role.WRITER), None
    )
    assert info.waiting_request is not None
    sc.svc.approvals.approve(sc.people.admin, info.waiting_request, temporary=TEMP)


def _admin_reads_through_a_pending_writer(sc: _Scene) -> None:
    sc.svc.accounts.add_user(
        sc.people.admin, NewUser("hc.ghost", "Ghost Writer", "HC", Role.WRITER), None
    )
    ghost = sc.svc.accounts.authenticate("hc.ghost", TEMP, desk="desk-1")
    sc.svc.cases.case_detail(ghost, sc.case_ref)


def _admin_raises_themselves(sc: _Scene) -> None:
    """An administrator asks for a role with case powers for an account and approves it."""
    request = sc.svc.approvals.request_role_change(sc.people.admin, "hc.pawar", Role.IO, reason="x")
    sc.svc.approvals.approve(sc.people.admin, request.uuid)


def _io_hands_the_case_on(sc: _Scene) -> None:
    """An IO gives their case to another IO (only the station head assigns)."""
    detail = sc.svc.cases.case_detail(sc.people.io, sc.case_ref)
    data = detail.as_input()
    moved = dataclasses.replace(data, report=dataclasses.replace(data.report, io="api.khan"))
    sc.svc.cases.update_case(sc.people.io, sc.case_ref, moved, detail.version)


COLLUSION: dict[str, Callable[[_Scene], object]] = {
    "head approves the admin account they asked for": _head_approves_own_alias,
    "head's admin account approves head's destruction": _head_alias_admin_destroys,
    "account made after the request decides it": _alias_made_after_the_request,
    "two accounts of one head decide each other": _two_aliases_of_one_head,
    "head's writer raised to admin approves head's destruction": _raised_writer_of_the_head,
    "admin resets an IO's password to one they chose": _admin_resets_an_io,
    "admin approves their own reset": _admin_resets_and_approves,
    "admin opens the IO's reset account": _admin_opens_the_reset_io,
    "admin makes a writer with a chosen password": _admin_makes_a_writer,
    "admin approves their own writer": _admin_makes_a_writer_and_approves,
    "admin reads a child through a waiting writer": _admin_reads_through_a_pending_writer,
    "admin raises an account and approves it": _admin_raises_themselves,
    "IO hands their case to another IO": _io_hands_the_case_on,
}


@pytest.mark.parametrize("attempt", list(COLLUSION), ids=list(COLLUSION))
def test_collusion_one_human_several_accounts_is_refused(
    svc: Services, people: People, attempt: str
) -> None:
    ref = svc.cases.register_case(people.writer, child_case()).value.register_no
    scene = _Scene(svc, people, ref)
    with pytest.raises(UserError) as refused:
        COLLUSION[attempt](scene)
    assert isinstance(refused.value, (PermissionDenied, RuleViolation)) or "not right" in str(
        refused.value
    )
    # The child's record is still there, with its IO, and so is everyone's password.
    detail = svc.cases.case_detail(people.sho, ref, audit_view=False)
    assert detail.io_officer is not None and detail.io_officer.username == "psi.more"
    io_password = HEAD_TYPED if attempt == "admin opens the IO's reset account" else TEST_PASSWORD
    assert svc.accounts.authenticate("psi.more", io_password, desk="desk-1").role is Role.IO
    assert "hc.ghost" not in {
        u.username for u in svc.accounts.list_users(people.sho) if not u.pending
    }
