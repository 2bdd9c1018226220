"""A missing child's case saved without an investigating officer has its own clock, "IO to be
assigned" (the station's ``child_io_assignment_hours`` from the report), on the case and on the
station head's overdue list, until the station head names the IO."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pytest

from models.clock import FixedClock
from models.db import Database
from models.dto.cases import CaseDetail, CaseInput, ClockInfo
from models.enums import CaseStatus
from models.policy import Policy
from models.rules.clocks import IO_ASSIGNMENT, ClockFacts, case_clocks
from models.services.cases import CaseService
from models.services.register import RegisterService
from tests.conftest import IST, People
from tests.factories import adult_case, child_case

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=IST)


def _facts(**changes: object) -> ClockFacts:
    base = ClockFacts(
        status=CaseStatus.REGISTERED,
        is_child=True,
        reported_at=T0,
        fir_at=T0,
        traced_at=None,
        found_dead=False,
        cwc_produced_at=None,
        cwc_not_required=False,
        ahtu_transferred_at=None,
        trafficking_suspected=False,
        last_assessed_at=None,
        next_review_due=None,
        has_io=False,
    )
    return dataclasses.replace(base, **changes)


def _io_clocks(facts: ClockFacts, policy: Policy, now: datetime) -> list[ClockInfo]:
    return [c for c in case_clocks(facts, policy, now, IST) if c.kind == IO_ASSIGNMENT]


def test_the_clock_runs_from_the_report_for_the_station_s_hours() -> None:
    three = Policy(child_io_assignment_hours=3)
    (running,) = _io_clocks(_facts(), three, T0 + timedelta(hours=3))
    assert running.due_at == T0 + timedelta(hours=3) and not running.overdue  # still in time
    assert running.label == "IO to be assigned (3 h)"
    (late,) = _io_clocks(_facts(), three, T0 + timedelta(hours=3, minutes=1))
    assert late.overdue
    # No clock once an IO is named, for an adult, or for a child no longer missing.
    assert not _io_clocks(_facts(has_io=True), three, T0)
    assert not _io_clocks(_facts(is_child=False), three, T0)
    assert not _io_clocks(_facts(status=CaseStatus.TRACED, traced_at=T0), three, T0)


@pytest.fixture
def services(db: Database, clock: FixedClock) -> tuple[CaseService, RegisterService]:
    return CaseService(db, clock), RegisterService(db, clock)


def _without_io(cases: CaseService, people: People, data: CaseInput) -> CaseDetail:
    unassigned = dataclasses.replace(data, report=dataclasses.replace(data.report, io=None))
    return cases.register_case(people.writer, unassigned).value


def test_a_child_without_an_io_is_on_the_overdue_list_until_one_is_assigned(
    services: tuple[CaseService, RegisterService], people: People
) -> None:
    cases, register = services
    child = _without_io(cases, people, child_case())
    adult = _without_io(cases, people, adult_case())
    listed = [i for i in register.overdue(people.sho) if i.clock.kind == IO_ASSIGNMENT]
    assert [i.ref for i in listed] == [child.register_no]  # the adult's case has no such clock
    item = listed[0]
    assert item.clock.label == "IO to be assigned (1 h)" and item.io_name is None
    assert item.clock.due_at == child.report.reported_at + timedelta(hours=1)
    assert [c.kind for c in child.clocks].count(IO_ASSIGNMENT) == 1  # the case shows it too
    assert child.permissions.assign_io is False  # the writer does not assign
    sho_view = cases.case_detail(people.sho, child.uuid, audit_view=False)
    assert sho_view.permissions.assign_io
    data = sho_view.as_input()
    data = dataclasses.replace(data, report=dataclasses.replace(data.report, io="psi.more"))
    assigned = cases.update_case(people.sho, child.uuid, data, sho_view.version).value
    assert IO_ASSIGNMENT not in {c.kind for c in assigned.clocks}
    assert not [i for i in register.overdue(people.sho) if i.clock.kind == IO_ASSIGNMENT]
    assert IO_ASSIGNMENT not in {c.kind for c in adult.clocks}
