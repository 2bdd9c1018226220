"""The overdue list read through its indexed candidate queries is the list the full computation
gives: every open case's clocks worked out by the rules, kept if due within the horizon.

A varied register (children and adults, with or without an IO or an FIR, risk assessments,
AHTU transfers, uploads to TrackChild and to another portal, traces with and without production
before the CWC, a child found dead, a protected case, suspected trafficking, found children
and adults) is read at several instants and after the station head changes the clocks'
settings; the first ``n`` of the list, for several ``n``, are the first ``n`` of the full one.
SQLite and PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from models.clock import FixedClock
from models.db import Database
from models.dto.cases import (
    ActionInput,
    CaseFilter,
    CaseInput,
    ClockInfo,
    PersonInput,
    ReasonsInput,
    ReunionInput,
    RiskInput,
    SectionRow,
    TraceInput,
)
from models.dto.found import FoundInput
from models.entities import ActionEntry, AppUser, Case, FoundPerson, RiskAssessment
from models.enums import (
    Act,
    ActionType,
    Activity,
    FoundKind,
    HowTraced,
    Locality,
    Portal,
    RiskGrade,
    Sex,
    TraceType,
)
from models.rules.clocks import (
    CLOCKED_PORTAL,
    case_clocks,
    due_soon,
    found_person_clock,
    found_upload_clock,
)
from models.services import Services, case_store
from models.services.common import StationContext, station_context
from models.services.overdue import CLOCKED, OverdueItem, _primary_names, overdue_items
from tests.conftest import FIXED_NOW, People
from tests.factories import adult_case, child_case


def clock_cases(s: Session, sc: StationContext, ids: Sequence[int] | None) -> list[Case]:
    """Open cases as whole entities (with what their clocks need loaded), all of them or only
    ``ids``: the recount the service's column reads are checked against."""
    query = (
        select(Case)
        .where(Case.station_id == sc.station.id, Case.status.in_(CLOCKED))
        .options(selectinload(Case.trace), selectinload(Case.fir_sections))
    )
    if ids is not None:
        query = query.where(Case.id.in_(ids))
    return list(s.scalars(query))


def clock_map(
    s: Session, sc: StationContext, cases: list[Case], now: datetime
) -> dict[int, list[ClockInfo]]:
    if not cases:
        return {}
    ids = [c.id for c in cases]
    ahtu = dict(
        s.execute(
            select(ActionEntry.case_id, func.min(ActionEntry.happened_at))
            .where(
                ActionEntry.case_id.in_(ids),
                ActionEntry.action_type == ActionType.AHTU_TRANSFER.value,
            )
            .group_by(ActionEntry.case_id)
        ).all()
    )
    uploaded = dict(
        s.execute(
            select(ActionEntry.case_id, func.min(ActionEntry.happened_at))
            .where(
                ActionEntry.case_id.in_(ids),
                ActionEntry.action_type == ActionType.PORTAL_UPLOAD.value,
                ActionEntry.portal == CLOCKED_PORTAL.value,
            )
            .group_by(ActionEntry.case_id)
        ).all()
    )
    latest_ids = (
        select(func.max(RiskAssessment.id))
        .where(RiskAssessment.case_id.in_(ids))
        .group_by(RiskAssessment.case_id)
    )
    latest = {
        r.case_id: r
        for r in s.scalars(select(RiskAssessment).where(RiskAssessment.id.in_(latest_ids)))
    }
    out: dict[int, list[ClockInfo]] = {}
    for c in cases:
        facts = case_store.clock_facts(
            c,
            ahtu_at=ahtu.get(c.id),
            latest_risk=latest.get(c.id),
            portal_uploaded_at=uploaded.get(c.id),
        )
        out[c.id] = case_clocks(facts, sc.policy, now, sc.zone)
    return out


def full_list(s: Session, sc: StationContext, now: datetime) -> list[OverdueItem]:
    """Every open case loaded and every clock computed: the list as it was first written."""
    cases = clock_cases(s, sc, None)
    clocks = clock_map(s, sc, cases, now)
    by_id = {c.id: c for c in cases}
    found = list(
        s.scalars(
            select(FoundPerson).where(
                FoundPerson.station_id == sc.station.id,
                FoundPerson.is_child.is_(True),
                FoundPerson.kind == FoundKind.PERSON.value,
                or_(
                    FoundPerson.cwc_produced_at.is_(None),
                    FoundPerson.portal_uploaded_at.is_(None),
                ),
                FoundPerson.found_at >= now - timedelta(days=3650),
            )
        )
    )
    names = _primary_names(s, [c.person_id for c in cases] + [f.person_id for f in found])
    users = {u.id: u.full_name for u in s.scalars(select(AppUser))}
    items: list[OverdueItem] = []
    for cid, listed in clocks.items():
        case = by_id[cid]
        io = users.get(case.io_id) if case.io_id else None
        for clock in listed:
            if due_soon(clock, now, sc.policy):
                name = names.get(case.person_id, "")
                items.append(
                    OverdueItem(clock, "case", case.register_no, case.uuid, name, case.is_child, io)
                )
    for fp in found:
        body = fp.kind == FoundKind.DEAD_BODY.value
        for clock_ in (
            found_person_clock(
                is_child=fp.is_child,
                is_body=body,
                found_at=fp.found_at,
                cwc_produced_at=fp.cwc_produced_at,
                policy=sc.policy,
                now=now,
            ),
            found_upload_clock(
                is_child=fp.is_child,
                is_body=body,
                found_at=fp.found_at,
                portal_uploaded_at=fp.portal_uploaded_at,
                policy=sc.policy,
                now=now,
            ),
        ):
            if clock_ is not None and due_soon(clock_, now, sc.policy):
                name = names.get(fp.person_id, "")
                items.append(OverdueItem(clock_, "found", fp.ref_no, fp.uuid, name, True, None))
    items.sort(key=lambda item: (item.clock.due_at, item.ref))
    return items


def reported(data: CaseInput, hours_ago: float) -> CaseInput:
    """The same report made ``hours_ago`` before the test's now, sighting and FIR moved along."""
    when = FIXED_NOW - timedelta(hours=hours_ago)
    shift = when - data.report.reported_at
    report = dataclasses.replace(
        data.report,
        reported_at=when,
        gd_entry_at=data.report.gd_entry_at + shift if data.report.gd_entry_at else None,
    )
    circumstances = dataclasses.replace(
        data.circumstances, last_seen_at=data.circumstances.last_seen_at + shift
    )
    fir = data.fir
    if fir is not None:
        fir = dataclasses.replace(
            fir,
            registered_at=fir.registered_at + shift,
            copy_given_at=fir.copy_given_at + shift if fir.copy_given_at else None,
        )
    return dataclasses.replace(data, report=report, circumstances=circumstances, fir=fir)


def register_with_sections(
    svc: Services, people: People, hours_ago: float, *extra: SectionRow
) -> None:
    """A missing child's case reported ``hours_ago`` with ``extra`` FIR sections, uploaded
    and reviewed (so that mainly its AHTU transfer can be open)."""
    data = reported(child_case(), hours_ago)
    assert data.fir is not None
    sections = (*data.fir.sections, *extra)
    data = dataclasses.replace(data, fir=dataclasses.replace(data.fir, sections=sections))
    ref = svc.cases.register_case(people.writer, data).value.register_no
    upload = ActionInput(ActionType.PORTAL_UPLOAD, portal=Portal.TRACKCHILD, reference=ref)
    svc.cases.add_action(people.sho, ref, upload)
    svc.cases.assess_risk(people.sho, ref, RiskInput(RiskGrade.LOW, "Seen safe at an aunt's."))


def build_register(svc: Services, people: People, clock: FixedClock, rng: random.Random) -> None:
    clock.set(FIXED_NOW)
    for n in range(36):
        hours_ago = rng.choice((1, 2, 5, 16, 23, 25, 30, 60, 24 * 9, 24 * 130, 24 * 400))
        data = child_case() if rng.random() < 0.7 else adult_case()
        roll = rng.random()
        if data.fir is not None and roll < 0.15:
            data = dataclasses.replace(data, fir=None, fir_not_filed_reason="Zero FIR awaited")
        elif data.fir is not None and roll < 0.3:
            sections = (*data.fir.sections, SectionRow(Act.POCSO, "4"))  # protected: no upload
            data = dataclasses.replace(data, fir=dataclasses.replace(data.fir, sections=sections))
        elif roll < 0.45:
            data = dataclasses.replace(data, reasons=ReasonsInput(suspected="1.6"))  # trafficking
        if rng.random() < 0.25:
            data = dataclasses.replace(data, report=dataclasses.replace(data.report, io=None))
        if rng.random() < 0.3:
            data = dataclasses.replace(data, risk=None)
        ref = svc.cases.register_case(people.writer, reported(data, hours_ago)).value.register_no
        start = FIXED_NOW - timedelta(hours=hours_ago)
        if rng.random() < 0.3:
            grade = rng.choice((RiskGrade.HIGH, RiskGrade.LOW, RiskGrade.MEDIUM))
            svc.cases.assess_risk(people.sho, ref, RiskInput(grade, f"Review {n}."))
        if rng.random() < 0.25:
            svc.cases.add_action(people.sho, ref, ActionInput(ActionType.AHTU_TRANSFER))
        if rng.random() < 0.3:
            portal = rng.choice((Portal.TRACKCHILD, Portal.ZIPNET))
            upload = ActionInput(ActionType.PORTAL_UPLOAD, portal=portal, reference=f"P/{n}")
            svc.cases.add_action(people.sho, ref, upload)
        if rng.random() < 0.35:
            traced_at = start + (FIXED_NOW - start) * rng.random()
            how = rng.choice((TraceType.TRACED_ON_FIR, TraceType.FOUND_DEAD))
            trace = TraceInput(
                how, traced_at, HowTraced.POLICE_TEAM, "Sion", Locality.OTHER_PS_CITY
            )
            if how is TraceType.FOUND_DEAD:
                trace = dataclasses.replace(trace, uidb_number=f"ADR {n}/2026")
            svc.cases.record_trace(people.sho, ref, trace)
            if how is TraceType.TRACED_ON_FIR and rng.random() < 0.4:
                produced = ReunionInput(cwc_produced_at=FIXED_NOW, cwc_name="CWC Mumbai City")
                svc.cases.record_reunion(people.sho, ref, produced)
    # A case only one stream can find: its AHTU transfer falls due at its FIR (trafficking),
    # and nothing else of it is open (IO named, uploaded, reviewed a week ahead).
    only_ahtu = reported(child_case(reasons=ReasonsInput(suspected="1.6")), 3)
    ref = svc.cases.register_case(people.writer, only_ahtu).value.register_no
    upload = ActionInput(ActionType.PORTAL_UPLOAD, portal=Portal.TRACKCHILD, reference="P/0")
    svc.cases.add_action(people.sho, ref, upload)
    svc.cases.assess_risk(people.sho, ref, RiskInput(RiskGrade.LOW, "Seen safe in a shelter."))
    # Trafficking named by the FIR's sections alone, as typed (spaces, another case), and a
    # section that only looks like one: its transfer falls due months after the FIR.
    for hours_ago, typed in ((2, (Act.BNS, " 14 3")), (4, (Act.ITPA, "5")), (6, (Act.IPC, "370a"))):
        register_with_sections(svc, people, hours_ago, SectionRow(*typed))
    register_with_sections(svc, people, 8, SectionRow(Act.BNS, "140(3)"))
    for n in range(8):
        found_at = FIXED_NOW - timedelta(hours=rng.choice((1, 10, 20, 30, 24 * 50)))
        child = rng.random() < 0.8
        person = PersonInput(
            names=(f"Raju {n}",),
            sex=Sex.MALE,
            age_min=9 if child else 30,
            age_max=11 if child else 35,
        )
        saved = svc.found.add_found(
            people.writer,
            FoundInput(
                person=person,
                found_at=found_at,
                found_place="Dadar station",
                activity=Activity.BEGGING,
            ),
        ).value
        if child and found_at < FIXED_NOW - timedelta(hours=2) and rng.random() < 0.5:
            svc.found.update_found(
                people.sho,
                saved.ref_no,
                dataclasses.replace(
                    saved.found,
                    cwc_produced_at=found_at + timedelta(hours=2),
                    cwc_name="CWC Mumbai City",
                ),
                saved.version,
            )


def assert_same_lists(db: Database, now: datetime) -> int:
    with db.read() as s:
        sc = station_context(s)
        expected = full_list(s, sc, now)
        assert overdue_items(s, sc, now) == expected
        for n in (1, 2, 5, 11, len(expected) + 3):
            assert overdue_items(s, sc, now, limit=n) == expected[:n], n
    return len(expected)


# The instants the list is compared at, after the register is built and after the station head
# shortens some clocks and lengthens others (SHORTER_AND_LONGER_CLOCKS).
INSTANTS = (timedelta(0), timedelta(hours=7), timedelta(days=3), timedelta(days=200))
INSTANTS_AFTER_CHANGE = (timedelta(0), timedelta(days=40))
SHORTER_AND_LONGER_CLOCKS: dict[str, Any] = {
    "cwc_production_hours": 12,
    "portal_upload_hours": 6,
    "child_fir_due_hours": 3,
    "first_risk_assessment_hours": 48,
    "child_io_assignment_hours": 0,
    "ahtu_transfer_months": 1,
    "ahtu_immediate_if_trafficking": False,
    "overdue_horizon_hours": 72,
}


def test_the_overdue_list_equals_the_full_computation(
    db: Database, clock: FixedClock, people: People
) -> None:
    svc = Services.build(db, clock)
    build_register(svc, people, clock, random.Random(16))
    sizes = []
    for later in INSTANTS:
        sizes.append(assert_same_lists(db, FIXED_NOW + later))
    # The station head shortens and lengthens the clocks: the same list either way.
    svc.policy.change(people.sho, **SHORTER_AND_LONGER_CLOCKS)
    for later in INSTANTS_AFTER_CHANGE:
        sizes.append(assert_same_lists(db, FIXED_NOW + later))
    # The register is varied enough that the lists are long and change with the instant.
    assert min(sizes) > 10 and len(set(sizes)) > 2


def assert_page_marks_the_overdue(
    svc: Services, db: Database, clock: FixedClock, now: datetime, people: People
) -> int:
    """The register page's mark (its own query's candidates, the rules for those) is set on
    exactly the cases that the full computation finds with a clock run out."""
    clock.set(now)
    with db.read() as s:
        expected = {
            item.ref
            for item in full_list(s, station_context(s), now)
            if item.record_kind == "case" and item.clock.overdue
        }
    page = svc.register.page_cases(people.sho, limit=1000)
    assert page.next_cursor is None
    assert {row.register_no for row in page.rows if row.overdue} == expected
    # The register's "overdue" filter lists and counts the same cases.
    overdue_only = CaseFilter(overdue_only=True)
    filtered = svc.register.page_cases(people.sho, overdue_only, limit=1000)
    assert {row.register_no for row in filtered.rows} == expected
    assert all(row.overdue for row in filtered.rows)
    assert filtered.total == len(expected)
    # Read three at a time, the filter's pages hold the same cases, in the register's order.
    walked: list[str] = []
    cursor = None
    while True:
        piece = svc.register.page_cases(people.sho, overdue_only, cursor=cursor, limit=3)
        walked += [row.register_no for row in piece.rows]
        cursor = piece.next_cursor
        if cursor is None:
            break
    assert walked == [row.register_no for row in filtered.rows]
    assert svc.register.count_cases(people.sho, overdue_only) == len(expected)
    return len(expected)


def test_the_register_pages_overdue_mark_agrees_with_the_overdue_list(
    db: Database, clock: FixedClock, people: People
) -> None:
    svc = Services.build(db, clock)
    build_register(svc, people, clock, random.Random(16))
    marked = [
        assert_page_marks_the_overdue(svc, db, clock, FIXED_NOW + later, people)
        for later in INSTANTS
    ]
    # Changed at another desk: the page's service reads the settings again.
    Services.build(db, clock).policy.change(people.sho, **SHORTER_AND_LONGER_CLOCKS)
    marked += [
        assert_page_marks_the_overdue(svc, db, clock, FIXED_NOW + later, people)
        for later in INSTANTS_AFTER_CHANGE
    ]
    # Some cases are marked and some are not, and which changes with the instant.
    assert min(marked) > 0 and len(set(marked)) > 2
