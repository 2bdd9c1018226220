"""The overdue clocks, computed from facts with an injected clock, and the overdue list."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from models.clock import FixedClock
from models.db import Database
from models.dto.cases import (
    ActionInput,
    ClockState,
    FirInput,
    ReunionInput,
    RiskInput,
    SectionRow,
    TraceInput,
)
from models.enums import (
    Act,
    ActionType,
    CaseStatus,
    HowTraced,
    Locality,
    Portal,
    RiskGrade,
    TraceType,
)
from models.policy import Policy
from models.rules.clocks import (
    ClockFacts,
    add_months,
    case_clocks,
    clock_state,
    cwc_state,
    found_person_clock,
)
from models.services.cases import CaseService
from models.services.register import RegisterService
from tests.conftest import People
from tests.factories import adult_case, at, child_case

IST = ZoneInfo("Asia/Kolkata")
T0 = datetime(2026, 1, 31, 12, 0, tzinfo=IST)


def facts(**changes: object) -> ClockFacts:
    base = ClockFacts(
        status=CaseStatus.REGISTERED,
        is_child=True,
        reported_at=T0,
        fir_at=T0 + timedelta(minutes=30),
        traced_at=None,
        found_dead=False,
        cwc_produced_at=None,
        cwc_not_required=False,
        ahtu_transferred_at=None,
        trafficking_suspected=False,
        last_assessed_at=T0,
        next_review_due=T0 + timedelta(days=3),
    )
    return dataclasses.replace(base, **changes)


def kinds(clocks: list) -> dict[str, object]:  # type: ignore[type-arg]
    return {c.kind: c for c in clocks}


def test_add_months_keeps_the_local_day_or_takes_the_last() -> None:
    assert add_months(T0, 1, IST).astimezone(IST) == datetime(2026, 2, 28, 12, 0, tzinfo=IST)
    assert add_months(T0, 4, IST).astimezone(IST) == datetime(2026, 5, 31, 12, 0, tzinfo=IST)
    assert add_months(datetime(2026, 11, 15, tzinfo=UTC), 4, IST).month == 3


def test_ahtu_clock_four_months_after_fir_or_at_once_for_trafficking() -> None:
    policy = Policy()
    now = T0 + timedelta(days=100)
    ahtu = kinds(case_clocks(facts(), policy, now, IST))["ahtu_transfer"]
    assert ahtu.due_at == add_months(T0 + timedelta(minutes=30), 4, IST) and not ahtu.overdue  # type: ignore[attr-defined]
    after = kinds(case_clocks(facts(), policy, T0 + timedelta(days=125), IST))["ahtu_transfer"]
    assert after.overdue  # type: ignore[attr-defined]
    trafficking = kinds(
        case_clocks(facts(trafficking_suspected=True), policy, T0 + timedelta(hours=2), IST)
    )
    assert trafficking["ahtu_transfer"].overdue  # type: ignore[attr-defined]
    done = kinds(case_clocks(facts(ahtu_transferred_at=T0 + timedelta(days=121)), policy, now, IST))
    assert done["ahtu_transfer"].done_at is not None and not done["ahtu_transfer"].overdue  # type: ignore[attr-defined]
    six = kinds(case_clocks(facts(), Policy(ahtu_transfer_months=6), T0 + timedelta(days=125), IST))
    assert not six["ahtu_transfer"].overdue  # type: ignore[attr-defined]


def test_cwc_clock_runs_24_hours_from_the_trace() -> None:
    traced = T0 + timedelta(days=2)
    f = facts(status=CaseStatus.TRACED, traced_at=traced)
    before = kinds(case_clocks(f, Policy(), traced + timedelta(hours=23), IST))["cwc_production"]
    after = kinds(case_clocks(f, Policy(), traced + timedelta(hours=25), IST))["cwc_production"]
    assert not before.overdue and after.overdue  # type: ignore[attr-defined]
    produced = kinds(
        case_clocks(
            dataclasses.replace(f, cwc_produced_at=traced + timedelta(hours=30)),
            Policy(),
            traced + timedelta(hours=40),
            IST,
        )
    )
    assert produced["cwc_production"].done_at is not None  # type: ignore[attr-defined]
    assert "cwc_production" not in kinds(
        case_clocks(dataclasses.replace(f, found_dead=True), Policy(), traced, IST)
    )
    assert "cwc_production" not in kinds(
        case_clocks(dataclasses.replace(f, is_child=False), Policy(), traced, IST)
    )
    assert "ahtu_transfer" not in kinds(case_clocks(f, Policy(), traced, IST))  # traced in time


def test_state_is_decided_once_and_the_due_instant_is_still_in_time() -> None:
    due = T0 + timedelta(hours=24)
    assert clock_state(due, None, due) is ClockState.RUNNING
    assert clock_state(due, None, due + timedelta(seconds=1)) is ClockState.OVERDUE
    assert clock_state(due, due, due + timedelta(days=9)) is ClockState.MET
    assert clock_state(due, due + timedelta(minutes=1), due) is ClockState.LATE


def test_a_production_after_the_limit_is_late_on_the_case_as_in_r3() -> None:
    traced = T0 + timedelta(days=2)
    produced = traced + timedelta(hours=50)
    f = facts(status=CaseStatus.TRACED, traced_at=traced, cwc_produced_at=produced)
    cwc = kinds(case_clocks(f, Policy(), produced + timedelta(days=1), IST))["cwc_production"]
    assert cwc.state is ClockState.LATE and not cwc.overdue  # type: ignore[attr-defined]
    assert cwc_state(traced, produced, Policy(), produced) is ClockState.LATE
    in_time = traced + timedelta(hours=11)
    assert cwc_state(traced, in_time, Policy(cwc_production_hours=12), in_time) is ClockState.MET
    assert cwc_state(traced, in_time, Policy(cwc_production_hours=10), in_time) is ClockState.LATE


def test_labels_state_the_setting_in_force() -> None:
    traced = T0 + timedelta(days=2)
    f = facts(status=CaseStatus.TRACED, traced_at=traced)
    twelve = Policy(cwc_production_hours=12, ahtu_transfer_months=6, portal_upload_hours=48)
    labels = {c.kind: c.label for c in case_clocks(f, twelve, traced, IST)}
    assert labels["cwc_production"] == "Production before the CWC (12 h)"
    missing = {c.kind: c.label for c in case_clocks(facts(), twelve, T0, IST)}
    assert missing["ahtu_transfer"] == "Transfer to the AHTU (6 months)"
    assert missing["portal_upload"] == "Upload to TrackChild (48 h)"
    assert missing["fir_missing"] == "FIR for a missing child (at once)"
    found = found_person_clock(
        is_child=True, is_body=False, found_at=T0, cwc_produced_at=None, policy=twelve, now=T0
    )
    assert found is not None and found.label == "Found child before the CWC (12 h)"
    assert all("24 h" not in text for text in [*labels.values(), *missing.values()])


def test_trackchild_upload_clock_runs_while_the_child_is_missing() -> None:
    running = kinds(case_clocks(facts(), Policy(), T0 + timedelta(hours=25), IST))
    assert running["portal_upload"].state is ClockState.OVERDUE  # type: ignore[attr-defined]
    assert running["portal_upload"].due_at == T0 + timedelta(hours=24)  # type: ignore[attr-defined]
    uploaded = facts(portal_uploaded_at=T0 + timedelta(hours=3))
    met = kinds(case_clocks(uploaded, Policy(), T0 + timedelta(days=3), IST))["portal_upload"]
    assert met.state is ClockState.MET  # type: ignore[attr-defined]
    traced = facts(status=CaseStatus.TRACED, traced_at=T0 + timedelta(hours=5))
    # Traced before any upload: no report is needed on the portal any more.
    assert "portal_upload" not in kinds(case_clocks(traced, Policy(), T0, IST))
    # A protected victim's case may not go to a portal without an order: no clock asks for it.
    blocked = facts(portal_blocked=True)
    assert "portal_upload" not in kinds(case_clocks(blocked, Policy(), T0, IST))
    assert "portal_upload" not in kinds(case_clocks(facts(is_child=False), Policy(), T0, IST))


def test_fir_and_risk_clocks() -> None:
    no_fir = kinds(case_clocks(facts(fir_at=None), Policy(), T0 + timedelta(minutes=1), IST))
    assert no_fir["fir_missing"].overdue  # type: ignore[attr-defined]
    review = kinds(case_clocks(facts(), Policy(), T0 + timedelta(days=4), IST))["risk_review"]
    assert review.overdue  # type: ignore[attr-defined]
    first = kinds(
        case_clocks(
            facts(next_review_due=None, last_assessed_at=None),
            Policy(),
            T0 + timedelta(hours=23),
            IST,
        )
    )
    assert not first["risk_review"].overdue  # type: ignore[attr-defined]
    assert case_clocks(facts(status=CaseStatus.VOID), Policy(), T0, IST) == []


@pytest.fixture
def services(db: Database, clock: FixedClock) -> tuple[CaseService, RegisterService]:
    return CaseService(db, clock), RegisterService(db, clock)


def test_a_case_enters_and_leaves_the_overdue_list(
    services: tuple[CaseService, RegisterService], people: People, clock: FixedClock
) -> None:
    cases, register = services
    reg = cases.register_case(people.writer, child_case()).value.register_no
    # Graded high at registration: the first review and the TrackChild upload are due within the
    # day, nothing is overdue yet.
    listed = [i for i in register.overdue(people.io) if i.ref == reg]
    assert sorted(i.clock.kind for i in listed) == ["portal_upload", "risk_review"]
    assert not any(i.clock.overdue for i in listed)
    cases.record_trace(
        people.io,
        reg,
        TraceInput(
            TraceType.TRACED_ON_FIR,
            clock.now(),
            HowTraced.POLICE_TEAM,
            "Sion",
            Locality.OTHER_PS_CITY,
        ),
    )
    # Within the day before the deadline it is listed as due; after it, overdue.
    clock.advance(timedelta(hours=2))
    due = [i for i in register.overdue(people.io) if i.ref == reg]
    assert [i.clock.kind for i in due] == ["cwc_production"] and not due[0].clock.overdue
    clock.advance(timedelta(hours=23))
    late = [i for i in register.overdue(people.io) if i.ref == reg]
    assert late and late[0].clock.overdue
    cases.record_reunion(
        people.io, reg, ReunionInput(cwc_produced_at=clock.now(), cwc_name="CWC Mumbai City")
    )
    assert [i for i in register.overdue(people.io) if i.ref == reg] == []


def test_overdue_list_is_sorted_by_urgency_and_shows_untraced_reviews(
    services: tuple[CaseService, RegisterService], people: People, clock: FixedClock
) -> None:
    cases, register = services
    adult = cases.register_case(people.writer, adult_case()).value.register_no
    child = cases.register_case(
        people.writer,
        child_case(fir=None, fir_not_filed_reason="Zero FIR awaited from Sion PS"),
    ).value.register_no
    clock.advance(timedelta(days=8))
    items = register.overdue(people.sho)
    refs = [(i.ref, i.clock.kind) for i in items]
    assert (child, "fir_missing") in refs and (adult, "risk_review") in refs
    assert [i.clock.due_at for i in items] == sorted(i.clock.due_at for i in items)
    cases.assess_risk(people.io, child, RiskInput(RiskGrade.MEDIUM, "No trace after a week."))
    assert (child, "risk_review") not in [
        (i.ref, i.clock.kind) for i in register.overdue(people.sho)
    ]
    cases.add_action(people.io, child, ActionInput(ActionType.NOTE, details="FIR copy received"))
    left = {i.clock.kind for i in register.overdue(people.sho) if i.ref == child}
    assert left == {"fir_missing", "portal_upload"}
    # An upload late to TrackChild stops the upload clock (done late); a note did not.
    cases.add_action(
        people.io,
        child,
        ActionInput(ActionType.PORTAL_UPLOAD, portal=Portal.TRACKCHILD, reference="TC/2026/77"),
    )
    left = {i.clock.kind for i in register.overdue(people.sho) if i.ref == child}
    assert left == {"fir_missing"}
    _ = (FirInput, SectionRow, Act, at)
