"""One clock, one answer: the case's JSON, the overdue list and return R3 agree on every clock.

A table of cases around each boundary (a minute before the limit, at it, a minute after), with the
station's 24 hours and after the station head has set 12: the CWC production of a traced child and
the TrackChild upload of a missing child. Done clocks are read in the case's JSON (what ``talash
case show --json`` prints) and counted in R3; open ones are read in the JSON and the overdue list
at each instant around their deadline. A found child's two clocks (production before the CWC,
JJ s.31, and the portal upload, JJ s.32) are read the same way in its JSON (``talash found show
--json``) and the overdue list. Runs on SQLite and PostgreSQL (the ``db`` fixture).
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
    PersonInput,
    ReunionInput,
    SectionRow,
    TraceInput,
)
from models.dto.found import FoundInput
from models.dto.returns import ReturnDocument
from models.dto_codec import to_json
from models.enums import (
    Act,
    ActionType,
    Activity,
    HowTraced,
    Locality,
    Portal,
    Sex,
    TraceType,
)
from models.errors import ValidationFailed
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


# -- found children: production before the CWC (JJ s.31) and the portal upload (JJ s.32) ----------


def found_child(found_at: datetime, **changes: Any) -> FoundInput:
    base = FoundInput(
        person=PersonInput(names=("Raju",), sex=Sex.MALE, age_min=9, age_max=11),
        found_at=found_at,
        found_place="Dadar railway station, platform 4",
        activity=Activity.BEGGING,
    )
    return dataclasses.replace(base, **changes)


def found_json_clock(svc: Services, people: People, ref: str, kind: str) -> dict[str, Any]:
    """The found child's clock as ``talash found show --json`` prints it (the same codec)."""
    shown = to_json(svc.found.found_detail(people.sho, ref), zone=IST)
    clocks = [c for c in (shown["clock"], shown["upload_clock"]) if c and c["kind"] == kind]
    assert len(clocks) == 1, (ref, kind, shown["clock"], shown["upload_clock"])
    return clocks[0]


FOUND_KINDS = ("cwc_production_found", "portal_upload_found")


@pytest.mark.parametrize("limit", [24, 12])
def test_a_found_childs_clocks_read_the_same_in_its_json_and_the_overdue_list(
    db: Database, clock: FixedClock, people: People, limit: int
) -> None:
    svc = Services.build(db, clock)
    if limit != 24:
        svc.policy.change(people.sho, cwc_production_hours=limit, portal_upload_hours=limit)
    found_at = at(16)
    done: list[tuple[str, Row]] = []
    for n, row in enumerate(table(limit)):
        clock.set(FIXED_NOW + timedelta(days=2))  # both steps lie in the past
        saved = svc.found.add_found(people.writer, found_child(found_at)).value
        svc.found.update_found(
            people.io,
            saved.ref_no,
            dataclasses.replace(
                saved.found,
                cwc_produced_at=found_at + row.offset,
                cwc_name="CWC Mumbai City",
                portal_uploaded_at=found_at + row.offset,
                portal=Portal.TRACKCHILD,
                portal_reference=f"TC/F/2026/{n + 1}",
            ),
            saved.version,
        )
        done.append((saved.ref_no, row))
    open_ref = svc.found.add_found(people.writer, found_child(found_at)).value.ref_no

    for ref, row in done:
        for kind in FOUND_KINDS:
            shown = found_json_clock(svc, people, ref, kind)
            assert shown["state"] == row.state.value, (limit, row, kind)
            assert shown["overdue"] is False
            assert f"({limit} h)" in shown["label"]
        # Done, late or not: never in the overdue list.
        assert ref not in {i.ref for i in svc.register.overdue(people.io)}

    for row in open_table(limit):
        clock.set(found_at + row.offset)
        listed = [i for i in svc.register.overdue(people.io) if i.ref == open_ref]
        assert {i.record_kind for i in listed} == {"found"}
        for kind in FOUND_KINDS:
            shown = found_json_clock(svc, people, open_ref, kind)
            assert shown["state"] == row.state.value, (limit, kind, row)
            assert shown["overdue"] is (row.state is ClockState.OVERDUE)
            item = next(i for i in listed if i.clock.kind == kind)
            assert item.clock.state is row.state and item.clock.label == shown["label"]
            assert f"({limit} h)" in item.clock.label


def test_the_upload_clock_runs_for_a_living_child_found_since_the_duty_began(
    db: Database, clock: FixedClock, people: People
) -> None:
    svc = Services.build(db, clock)
    adult = svc.found.add_found(
        people.writer,
        found_child(
            at(30), person=PersonInput(names=("Ramesh",), sex=Sex.MALE, age_min=40, age_max=45)
        ),
    ).value
    assert adult.upload_clock is None and adult.clock is None
    child = svc.found.add_found(people.writer, found_child(at(30))).value
    assert child.upload_clock is not None
    assert child.upload_clock.label == "Found child on the portal, JJ s.32 (24 h)"
    assert child.upload_clock.state is ClockState.OVERDUE
    listed = {(i.ref, i.clock.kind) for i in svc.register.overdue(people.io)}
    assert (child.ref_no, "portal_upload_found") in listed
    assert adult.ref_no not in {ref for ref, _ in listed}

    # Before 1 Sept 2022 (IST) s.32 asked for no upload: a child found on 31 Aug 2022 has no
    # upload clock; one found at midnight starting 1 Sept has one.
    before = datetime(2022, 8, 31, 23, 59, tzinfo=IST)
    since = datetime(2022, 9, 1, 0, 0, tzinfo=IST)
    for found_at, expected in ((before, None), (since, ClockState.OVERDUE)):
        clock.set(found_at + timedelta(days=1000))
        saved = svc.found.add_found(people.writer, found_child(found_at)).value
        assert (saved.upload_clock.state if saved.upload_clock else None) is expected
    clock.set(FIXED_NOW)


def test_a_found_childs_upload_is_one_record_checked_by_the_service(
    db: Database, clock: FixedClock, people: People
) -> None:
    svc = Services.build(db, clock)
    found_at = at(10)
    cases = [
        ({"portal": Portal.TRACKCHILD}, "portal_uploaded_at"),
        ({"portal_reference": "TC/1"}, "portal_uploaded_at"),
        ({"portal_uploaded_at": found_at + timedelta(hours=1)}, "portal"),
        (
            {"portal_uploaded_at": found_at - timedelta(hours=1), "portal": Portal.TRACKCHILD},
            "portal_uploaded_at",
        ),
        (
            {"portal_uploaded_at": FIXED_NOW + timedelta(hours=2), "portal": Portal.TRACKCHILD},
            "portal_uploaded_at",
        ),
    ]
    for changes, field in cases:
        with pytest.raises(ValidationFailed) as err:
            svc.found.add_found(people.writer, found_child(found_at, **changes))
        assert field in {p.field for p in err.value.problems}, changes
    saved = svc.found.add_found(
        people.writer,
        found_child(
            found_at,
            portal_uploaded_at=found_at + timedelta(hours=3),
            portal=Portal.TRACKCHILD,
            portal_reference="TC/F/2026/77",
        ),
    ).value
    assert saved.found.portal is Portal.TRACKCHILD
    assert saved.found.portal_reference == "TC/F/2026/77"
    assert saved.upload_clock is not None and saved.upload_clock.state is ClockState.MET
    again = svc.found.found_detail(people.sho, saved.ref_no)
    assert again.found.portal_uploaded_at == found_at + timedelta(hours=3)
