"""One clock, one answer: the case's JSON, the overdue list and return R3 agree on every clock.

A table of cases around each boundary (a minute before the limit, at it, a minute after), with the
station's 24 hours and after the station head has set 12: the CWC production of a traced child and
the TrackChild upload of a missing child. Done clocks are read in the case's JSON (what ``talash
case show --json`` prints) and counted in R3; open ones are read in the JSON and the overdue list
at each instant around their deadline. Runs on SQLite and PostgreSQL (the ``db`` fixture).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from models.clock import FixedClock
from models.db import Database
from models.dto.cases import (
    ActionInput,
    CaseFilter,
    ClockState,
    ReunionInput,
    SectionRow,
    TraceInput,
)
from models.dto.returns import ReturnDocument
from models.dto_codec import to_json
from models.enums import Act, ActionType, HowTraced, Locality, Portal, TraceType
from models.returns.cells import cell
from models.returns.period import week
from models.services import Services
from models.services.returns import ReturnService
from tests.conftest import FIXED_NOW, People
from tests.factories import at, child_case

IST = ZoneInfo("Asia/Kolkata")
MINUTE = timedelta(minutes=1)
# Reported at(16) = 19 Nov 2026 18:00 IST, traced an hour later: all inside ISO week 47.
WEEK = week(2026, 47)


@dataclass(frozen=True)
class Row:
    offset: timedelta  # from the clock's start to when it was done (or to "now" while open)
    state: ClockState  # what every reader must say


def table(limit: int) -> list[Row]:
    hours = timedelta(hours=limit)
    return [
        Row(hours - MINUTE, ClockState.MET),  # 23 h 59 m (11 h 59 m)
        Row(hours, ClockState.MET),  # the due instant itself is still in time
        Row(hours + MINUTE, ClockState.LATE),  # 24 h 1 m (12 h 1 m)
    ]


def open_table(limit: int) -> list[Row]:
    hours = timedelta(hours=limit)
    return [
        Row(hours - MINUTE, ClockState.RUNNING),
        Row(hours, ClockState.RUNNING),
        Row(hours + MINUTE, ClockState.OVERDUE),
    ]


def json_clock(svc: Services, people: People, ref: str, kind: str) -> dict[str, Any]:
    """The clock as ``talash case show --json`` prints it (the same codec)."""
    detail = svc.cases.case_detail(people.sho, ref, audit_view=False)
    clocks = [c for c in to_json(detail, zone=IST)["clocks"] if c["kind"] == kind]
    assert len(clocks) == 1, (ref, kind, clocks)
    return clocks[0]


def r3(svc: Services, people: People) -> dict[str, int]:
    doc: ReturnDocument = ReturnService(svc.db, svc.clock).preview(people.sho, WEEK)
    table_ = doc.table("R3")
    return {row.key: int(cell(table_, row, 0) or 0) for row in table_.rows}


def r3_label(svc: Services, people: People, key: str) -> str:
    doc = ReturnService(svc.db, svc.clock).preview(people.sho, WEEK)
    return next(row.label for row in doc.table("R3").rows if row.key == key)


def trace(svc: Services, people: People, ref: str, traced_at: datetime) -> None:
    svc.cases.record_trace(
        people.io,
        ref,
        TraceInput(
            TraceType.TRACED_ON_FIR,
            traced_at,
            HowTraced.POLICE_TEAM,
            "Sion",
            Locality.OTHER_PS_CITY,
        ),
    )


@pytest.mark.parametrize("limit", [24, 12])
def test_every_clock_reads_the_same_in_the_case_the_overdue_list_and_r3(
    db: Database, clock: FixedClock, people: People, limit: int
) -> None:
    svc = Services.build(db, clock)
    if limit != 24:
        svc.policy.change(people.sho, cwc_production_hours=limit, portal_upload_hours=limit)
    rows = table(limit)
    reported = at(16)
    traced_at = reported + timedelta(hours=1)

    # Done clocks: one case per row, produced before the CWC and uploaded to TrackChild at the
    # row's offset from the trace and from the report.
    done: list[tuple[str, Row]] = []
    for n, row in enumerate(rows):
        ref = svc.cases.register_case(people.writer, child_case()).value.register_no
        clock.set(FIXED_NOW + timedelta(days=2))
        svc.cases.add_action(
            people.io,
            ref,
            ActionInput(
                ActionType.PORTAL_UPLOAD,
                happened_at=reported + row.offset,
                portal=Portal.TRACKCHILD,
                reference=f"TC/2026/{n + 1}",
            ),
        )
        trace(svc, people, ref, traced_at)
        svc.cases.record_reunion(
            people.io,
            ref,
            ReunionInput(cwc_produced_at=traced_at + row.offset, cwc_name="CWC Mumbai City"),
        )
        clock.set(FIXED_NOW)
        done.append((ref, row))

    # Open clocks: a traced child not yet produced, and a missing child not yet uploaded.
    produced_open = svc.cases.register_case(people.writer, child_case()).value.register_no
    trace(svc, people, produced_open, traced_at)
    upload_open = svc.cases.register_case(people.writer, child_case()).value.register_no

    later = FIXED_NOW + timedelta(days=2)
    clock.set(later)
    for ref, row in done:
        for kind in ("cwc_production", "portal_upload"):
            shown = json_clock(svc, people, ref, kind)
            assert shown["state"] == row.state.value, (limit, row, kind)
            assert shown["overdue"] is False
            assert f"({limit} h)" in shown["label"]
        # A clock that is done is never in the overdue list, late or not.
        assert ref not in {i.ref for i in svc.register.overdue(people.io)}

    figures = r3(svc, people)
    met = sum(1 for _, row in done if row.state is ClockState.MET)
    late = sum(1 for _, row in done if row.state is ClockState.LATE)
    assert (figures["cwc_on_time"], figures["cwc_late"]) == (met, late)
    assert figures["cwc_not_produced"] == 1  # the open one
    assert (figures["portal.trackchild.24h"], figures["portal.trackchild.later"]) == (met, late)
    assert figures["portal.trackchild.none"] == 2  # the two cases never uploaded
    assert r3_label(svc, people, "cwc_late").endswith(f"after {limit} h")
    assert r3_label(svc, people, "portal.trackchild.24h").endswith(f"within {limit} h")

    # Open clocks at each instant around their deadline: the case and the list say the same.
    for ref, kind, start in (
        (produced_open, "cwc_production", traced_at),
        (upload_open, "portal_upload", reported),
    ):
        for row in open_table(limit):
            clock.set(start + row.offset)
            shown = json_clock(svc, people, ref, kind)
            assert shown["state"] == row.state.value, (limit, kind, row)
            assert shown["overdue"] is (row.state is ClockState.OVERDUE)
            listed = [i for i in svc.register.overdue(people.io) if i.ref == ref]
            item = next(i for i in listed if i.clock.kind == kind)
            assert item.clock.state is row.state and item.clock.label == shown["label"]
            assert f"({limit} h)" in item.clock.label
            # The register's overdue mark and filter read the same clocks.
            page = svc.register.page_cases(people.io, CaseFilter(overdue_only=True))
            marked = ref in {r.register_no for r in page.rows}
            assert marked is any(i.clock.overdue for i in listed), (kind, row)


def test_a_protected_childs_case_has_no_upload_clock_until_an_order_allows_it(
    db: Database, clock: FixedClock, people: People
) -> None:
    svc = Services.build(db, clock)
    base = child_case()
    assert base.fir is not None
    fir = dataclasses.replace(base.fir, sections=(*base.fir.sections, SectionRow(Act.POCSO, "4")))
    ref = svc.cases.register_case(people.writer, dataclasses.replace(base, fir=fir))
    plain = svc.cases.register_case(people.writer, child_case()).value.register_no
    clock.advance(timedelta(days=2))
    kinds = {c.kind for c in svc.cases.case_detail(people.sho, ref.value.register_no).clocks}
    assert "portal_upload" not in kinds and "fir_missing" in kinds
    listed = {(i.ref, i.clock.kind) for i in svc.register.overdue(people.io)}
    assert (ref.value.register_no, "portal_upload") not in listed
    assert (plain, "portal_upload") in listed
