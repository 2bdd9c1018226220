"""Status paths, the trace → reunion → closure flow, and every refused transition."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from models.clock import FixedClock
from models.db import Database
from models.dto.cases import ActionInput, ClosureInput, PortalUpdateInput, ReunionInput, TraceInput
from models.entities import Notice
from models.enums import (
    ActionType,
    CaseStatus,
    CwcOrder,
    HowTraced,
    Locality,
    NoticeStatus,
    Portal,
    Relation,
    TraceType,
)
from models.errors import PermissionDenied, RuleViolation, ValidationFailed
from models.rules.status import ALLOWED, check_transition
from models.services.cases import CaseService
from tests.conftest import People
from tests.factories import adult_case, child_case


@pytest.mark.parametrize(("current", "new"), list(itertools.product(CaseStatus, CaseStatus)))
def test_every_pair_of_statuses_is_allowed_or_refused_by_the_table(
    current: CaseStatus, new: CaseStatus
) -> None:
    if new in ALLOWED[current]:
        check_transition(current, new)
    else:
        with pytest.raises(RuleViolation, match=f"'{current.value}' cannot become '{new.value}'"):
            check_transition(current, new)


def test_closed_void_and_transferred_are_final_or_nearly(_: None = None) -> None:
    assert ALLOWED[CaseStatus.CLOSED] == frozenset()
    assert ALLOWED[CaseStatus.VOID] == frozenset()
    assert ALLOWED[CaseStatus.TRANSFERRED] == frozenset({CaseStatus.VOID})


@pytest.fixture
def cases(db: Database, clock: FixedClock) -> CaseService:
    return CaseService(db, clock)


def trace_input(clock: FixedClock, **changes: object) -> TraceInput:
    base = TraceInput(
        trace_type=TraceType.TRACED_ON_FIR,
        traced_at=clock.now() - timedelta(hours=1),
        how_traced=HowTraced.GRP_RPF,
        place="Dadar railway station, platform 1",
        locality=Locality.OTHER_PS_CITY,
        traced_by_name="HC Jadhav",
        confirmed_reason="2.2",
    )
    import dataclasses

    return dataclasses.replace(base, **changes)


def test_trace_reunion_closure_and_close(
    cases: CaseService, people: People, clock: FixedClock, db: Database
) -> None:
    reg = cases.register_case(people.writer, child_case()).value.register_no
    cases.add_action(
        people.io,
        reg,
        ActionInput(ActionType.PORTAL_UPLOAD, portal=Portal.TRACKCHILD, reference="TC123456"),
    )
    # An issued notice and a pending one: tracing marks the first for withdrawal, drops the second.
    with db.write() as s:
        from sqlalchemy import select

        from models.entities import Case

        case = s.scalar(select(Case).where(Case.register_no == reg))
        assert case is not None
        for status, number in (
            (NoticeStatus.ISSUED, "LN/2026/0001"),
            (NoticeStatus.REQUESTED, None),
        ):
            s.add(
                Notice(
                    uuid=f"00000000-0000-4000-8000-00000000000{1 if number else 2}",
                    version=1,
                    station_id=case.station_id,
                    case_id=case.id,
                    kind="missing",
                    notice_no=number,
                    status=status.value,
                    requested_at=clock.now(),
                    requested_by_id=people.io.user_id,
                )
            )
    traced = cases.record_trace(people.io, reg, trace_input(clock))
    assert traced.status is CaseStatus.TRACED and traced.reasons.confirmed == "2.2"
    assert {n.status for n in traced.notices} == {NoticeStatus.WITHDRAWAL_DUE, NoticeStatus.REFUSED}
    cwc = [c for c in traced.clocks if c.kind == "cwc_production"]
    assert (
        cwc
        and cwc[0].due_at == clock.now() - timedelta(hours=1) + timedelta(hours=24)
        and not cwc[0].overdue
    )

    steps = {s.code for s in cases.closure_steps(people.io, reg)}
    assert {
        "cwc",
        "complainant",
        "notice:LN/2026/0001",
        "portal:trackchild",
        "final_report",
    } <= steps
    with pytest.raises(RuleViolation, match="Still to do"):
        cases.close_case(people.sho, reg)

    cases.record_reunion(
        people.io,
        reg,
        ReunionInput(
            cwc_produced_at=clock.now(),
            cwc_name="CWC Mumbai City",
            cwc_order=CwcOrder.RESTORE_TO_FAMILY,
            cwc_order_number="CWC/2026/77",
            handover_to_name="Santosh Patil",
            handover_relation=Relation.FATHER,
            handover_id_checked=True,
            handover_at=clock.now(),
        ),
    )
    cases.record_closure_steps(
        people.io,
        reg,
        ClosureInput(
            complainant_informed_at=clock.now(),
            final_report_ref="FR 12/2026",
            portals_updated=(PortalUpdateInput(Portal.TRACKCHILD, clock.now(), "TC123456"),),
        ),
    )
    assert [s.code for s in cases.closure_steps(people.io, reg)] == ["notice:LN/2026/0001"]
    with db.write() as s:
        from sqlalchemy import update

        s.execute(
            update(Notice)
            .where(Notice.notice_no == "LN/2026/0001")
            .values(status="withdrawn", version=2)
        )
    with pytest.raises(PermissionDenied):
        cases.close_case(people.io, reg)  # the IO proposes; the station head closes
    closed = cases.close_case(people.sho, reg, remarks="restored to father by CWC order")
    assert closed.status is CaseStatus.CLOSED
    assert [c.to_status for c in closed.status_history] == [
        CaseStatus.REGISTERED,
        CaseStatus.TRACED,
        CaseStatus.CLOSED,
    ]
    with pytest.raises(RuleViolation):
        cases.record_trace(people.io, reg, trace_input(clock))


def test_trace_checks_its_times(cases: CaseService, people: People, clock: FixedClock) -> None:
    reg = cases.register_case(people.writer, child_case()).value.register_no
    with pytest.raises(ValidationFailed) as err:
        cases.record_trace(
            people.io, reg, trace_input(clock, traced_at=clock.now() + timedelta(days=1))
        )
    assert any(p.field == "traced_at" for p in err.value.problems)
    with pytest.raises(ValidationFailed):
        cases.record_trace(
            people.io, reg, trace_input(clock, traced_at=clock.now() - timedelta(days=30))
        )


def test_found_dead_needs_no_cwc_but_an_inquest_number(
    cases: CaseService, people: People, clock: FixedClock
) -> None:
    reg = cases.register_case(people.writer, child_case()).value.register_no
    with pytest.raises(ValidationFailed, match="UIDB"):
        cases.record_trace(people.io, reg, trace_input(clock, trace_type=TraceType.FOUND_DEAD))
    detail = cases.record_trace(
        people.io,
        reg,
        trace_input(clock, trace_type=TraceType.FOUND_DEAD, uidb_number="ADR 14/2026"),
    )
    assert not any(c.kind == "cwc_production" for c in detail.clocks)


def test_reunion_before_trace_is_refused(
    cases: CaseService, people: People, clock: FixedClock
) -> None:
    reg = cases.register_case(people.writer, child_case()).value.register_no
    with pytest.raises(RuleViolation, match="Record the trace"):
        cases.record_reunion(
            people.io, reg, ReunionInput(cwc_produced_at=clock.now(), cwc_name="CWC")
        )


def test_void_transfer_and_reopen(cases: CaseService, people: People, clock: FixedClock) -> None:
    a = cases.register_case(people.writer, adult_case()).value.register_no
    with pytest.raises(ValidationFailed, match="reason"):
        cases.void_case(people.sho, a, reason="  ")
    with pytest.raises(PermissionDenied):
        cases.void_case(people.io, a, reason="duplicate entry")
    voided = cases.void_case(people.sho, a, reason="duplicate of another entry")
    assert voided.status is CaseStatus.VOID and voided.void_reason == "duplicate of another entry"
    with pytest.raises(RuleViolation):
        cases.transfer_case(people.sho, a, to_station="Sion PS", reason="jurisdiction")

    b = cases.register_case(people.writer, adult_case()).value.register_no
    moved = cases.transfer_case(
        people.sho, b, to_station="Sion Police Station", reason="last seen in Sion limits"
    )
    assert moved.status is CaseStatus.TRANSFERRED and moved.transferred_to == "Sion Police Station"
    assert moved.clocks == ()

    c = cases.register_case(people.writer, child_case()).value.register_no
    cases.record_trace(people.io, c, trace_input(clock))
    back = cases.reopen(people.sho, c, reason="the girl found was not Priya")
    assert back.status is CaseStatus.REGISTERED and back.trace is None


def test_action_log_is_append_only_in_the_database(
    cases: CaseService, people: People, db: Database
) -> None:
    reg = cases.register_case(people.writer, child_case()).value.register_no
    cases.add_action(
        people.io, reg, ActionInput(ActionType.NOTE, details="spoke to the school principal")
    )
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    for statement in ("UPDATE action_entry SET details = 'changed'", "DELETE FROM action_entry"):
        with pytest.raises(DBAPIError):
            with db.engine.begin() as conn:
                conn.execute(text(statement))


def test_action_validation(cases: CaseService, people: People) -> None:
    reg = cases.register_case(people.writer, child_case()).value.register_no
    with pytest.raises(ValidationFailed, match="portal"):
        cases.add_action(people.io, reg, ActionInput(ActionType.PORTAL_UPLOAD))
    with pytest.raises(ValidationFailed, match="stations"):
        cases.add_action(people.io, reg, ActionInput(ActionType.STATIONS_INFORMED))
    with pytest.raises(PermissionDenied):
        cases.add_action(people.writer, reg, ActionInput(ActionType.NOTE, details="x"))
    detail = cases.add_action(
        people.io, reg, ActionInput(ActionType.WIRELESS_MESSAGE, reference="WL 412/2026")
    )
    assert [(a.seq, a.reference) for a in detail.actions] == [(1, "WL 412/2026")]
