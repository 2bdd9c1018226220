"""The case the services return says what the user who asked may do with it, worked out from the
roles and the case's status as the services check them; a case read without a user allows
nothing."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from models.actor import Actor
from models.clock import FixedClock
from models.db import Database
from models.dto.cases import ActionInput, CaseDetail, CasePermissions, TraceInput
from models.enums import ActionType, CaseStatus, HowTraced, Locality, TraceType
from models.errors import PermissionDenied, UserError
from models.permissions import case_permissions
from models.rules.status import OPEN_STATUSES
from models.services import case_store
from models.services.cases import CaseService
from models.services.common import station_context, users_by_id
from tests.conftest import People
from tests.factories import child_case


@pytest.fixture
def cases(db: Database, clock: FixedClock) -> CaseService:
    return CaseService(db, clock)


def _trace(clock: FixedClock) -> TraceInput:
    return TraceInput(
        trace_type=TraceType.TRACED_ON_FIR,
        traced_at=clock.now() - timedelta(hours=1),
        how_traced=HowTraced.GRP_RPF,
        place="Dadar railway station, platform 1",
        locality=Locality.OTHER_PS_CITY,
    )


def test_each_user_is_told_what_the_service_would_accept(
    cases: CaseService, people: People
) -> None:
    detail = cases.register_case(people.writer, child_case()).value  # psi.more investigates
    seen = {
        who: cases.case_detail(actor, detail.uuid, audit_view=False).permissions
        for who, actor in (
            ("writer", people.writer),
            ("io", people.io),
            ("io2", people.io2),
            ("sho", people.sho),
        )
    }
    assert detail.permissions == seen["writer"]  # the registering writer's own answer
    assert not seen["writer"].edit and seen["writer"].mark_repeat and seen["writer"].print_papers
    assert seen["io"].edit and seen["io"].record_trace and seen["io"].request_notice
    assert not seen["io"].close and not seen["io"].approve_notice
    # Another investigating officer reads the case but may not act on it.
    assert not seen["io2"].edit and not seen["io2"].record_trace
    assert not seen["io2"].add_action and not seen["io2"].request_notice
    assert seen["sho"].edit and seen["sho"].approve_notice and seen["sho"].void
    # Nothing closes or reunites a case that is not traced yet.
    assert not seen["sho"].close and not seen["sho"].record_reunion and not seen["sho"].reopen

    # What is offered is what is accepted, and what is refused is refused.
    note = ActionInput(ActionType.NOTE, details="Called the school")
    with pytest.raises(PermissionDenied):
        cases.add_action(people.io2, detail.uuid, note)
    after = cases.add_action(people.io, detail.uuid, note)
    assert after.permissions == seen["io"]


def test_the_status_changes_what_may_be_done(
    cases: CaseService, people: People, clock: FixedClock
) -> None:
    detail = cases.register_case(people.writer, child_case()).value
    traced = cases.record_trace(people.io, detail.uuid, _trace(clock))
    assert traced.status is CaseStatus.TRACED
    assert traced.permissions.record_reunion and not traced.permissions.record_trace
    assert traced.permissions.edit and not traced.permissions.close  # an IO does not close
    head = cases.case_detail(people.sho, detail.uuid, audit_view=False).permissions
    assert head.close and head.reopen
    voided = cases.void_case(people.sho, detail.uuid, reason="entered twice")
    assert voided.permissions == dataclasses.replace(
        CasePermissions(),
        mark_repeat=True,
        request_notice=True,
        approve_notice=True,
        print_papers=True,
        edit_refusal="The case is void; it can be read, not changed.",
    )
    with pytest.raises(UserError):
        cases.add_action(people.sho, detail.uuid, ActionInput(ActionType.NOTE, details="x"))


@pytest.mark.parametrize("status", list(CaseStatus))
def test_a_temporary_password_allows_nothing(people: People, status: CaseStatus) -> None:
    actor: Actor = dataclasses.replace(people.sho, must_change_password=True)
    permissions = case_permissions(actor, status, people.io.user_id)
    assert dataclasses.replace(permissions, edit_refusal=None) == CasePermissions()
    # Told why: the new password first, or that the case is no longer open.
    assert permissions.edit_refusal is not None
    if status in OPEN_STATUSES:
        assert "temporary password" in permissions.edit_refusal


def test_a_case_read_for_a_printout_allows_nothing(cases: CaseService, people: People) -> None:
    detail: CaseDetail = cases.register_case(people.writer, child_case()).value
    with cases.db.read() as s:
        sc = station_context(s)
        case = case_store.find_case(s, detail.uuid, sc.station.id)
        unowned = case_store.case_detail(
            s,
            case,
            users=users_by_id(s),
            station_code=sc.station.code,
            now=cases.clock.now(),
            zone=sc.zone,
            policy=sc.policy,
        )
    assert unowned.permissions == CasePermissions()
