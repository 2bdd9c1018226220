"""The overdue list: every clock of the station that has run out or will within the horizon.

A clock's state is decided by the rules in models/rules/clocks.py and nowhere else; this module
only finds the records whose clocks to ask, and names them for the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from models.dto.cases import ClockInfo
from models.entities import (
    ActionEntry,
    AppUser,
    Case,
    FoundPerson,
    PersonName,
    RiskAssessment,
    TraceRecord,
)
from models.enums import ActionType, CaseStatus, FoundKind
from models.rules.clocks import (
    CLOCKED_PORTAL,
    case_clocks,
    due_soon,
    found_person_clock,
    found_upload_clock,
)
from models.services import case_store
from models.services.common import StationContext

# The statuses whose clocks run (a closed, traced-and-closed or void case has none left).
CLOCKED = (CaseStatus.REGISTERED.value, CaseStatus.TRACED.value)


@dataclass(frozen=True)
class OverdueItem:
    """One clock that has run out or will within the horizon, with what it belongs to."""

    clock: ClockInfo
    record_kind: str  # "case" or "found"
    ref: str  # register number or found-person number
    uuid: str
    name: str
    is_child: bool
    io_name: str | None


def clock_cases(s: Session, sc: StationContext, ids: Sequence[int] | None) -> list[Case]:
    """Open cases (with what their clocks need loaded), all of them or only ``ids``."""
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


def overdue_ids(s: Session, sc: StationContext, ids: Sequence[int], now: datetime) -> set[int]:
    cases = clock_cases(s, sc, ids)
    clocks = clock_map(s, sc, cases, now)
    return {cid for cid, items in clocks.items() if any(c.overdue for c in items)}


@dataclass
class _Stream:
    """Candidates of one kind of clock, read in the order of the instant the clock counts from.

    ``query`` selects (id, key) rows; a clock of such a row falls due no earlier than
    ``key + lead``. The SQL only narrows: every clock's due time and state still come from the
    rules (models/rules/clocks.py), so a row read here that has no clock due is simply dropped.
    """

    query: Select[int, Any]
    key: Any
    id_: Any
    lead: timedelta
    found: bool = False
    last: tuple[datetime, int] | None = None
    done: bool = False

    def next_batch(self, s: Session, size: int) -> list[tuple[int, datetime]]:
        query = self.query
        if self.last is not None:
            key, last_id = self.last
            query = query.where(or_(self.key > key, and_(self.key == key, self.id_ > last_id)))
        ordered = query.order_by(self.key, self.id_).limit(size)
        rows: list[tuple[int, datetime]] = [(row_id, key) for row_id, key in s.execute(ordered)]
        if rows:
            self.last = (rows[-1][1], rows[-1][0])
        if len(rows) < size:
            self.done = True
        return rows


def _streams(sc: StationContext, now: datetime) -> list[_Stream]:
    """Every open clock of the station belongs to at least one of these streams."""
    policy = sc.policy
    horizon = now + timedelta(hours=policy.overdue_horizon_hours)
    station = Case.station_id == sc.station.id
    missing = Case.status == CaseStatus.REGISTERED.value

    def hours(n: int) -> timedelta:
        return timedelta(hours=n)

    uploaded = (
        select(ActionEntry.id)
        .where(
            ActionEntry.case_id == Case.id,
            ActionEntry.action_type == ActionType.PORTAL_UPLOAD.value,
            ActionEntry.portal == CLOCKED_PORTAL.value,
        )
        .exists()
    )
    assessed = select(RiskAssessment.id).where(RiskAssessment.case_id == Case.id).exists()
    transferred = (
        select(ActionEntry.id)
        .where(
            ActionEntry.case_id == Case.id,
            ActionEntry.action_type == ActionType.AHTU_TRANSFER.value,
        )
        .exists()
    )
    # A missing child's FIR, IO and upload clocks and anyone's first risk assessment all count
    # from the report.
    report_lead = min(
        hours(policy.child_fir_due_hours),
        hours(policy.child_io_assignment_hours),
        hours(policy.portal_upload_hours),
        hours(policy.first_risk_assessment_hours),
    )
    reported = select(Case.id, Case.reported_at).where(
        station,
        missing,
        Case.reported_at <= horizon - report_lead,
        or_(
            and_(
                Case.is_child.is_(True),
                or_(Case.fir_at.is_(None), Case.io_id.is_(None), ~uploaded),
            ),
            ~assessed,
        ),
    )
    newer = aliased(RiskAssessment)
    superseded = (
        select(newer.id)
        .where(newer.case_id == RiskAssessment.case_id, newer.id > RiskAssessment.id)
        .exists()
    )
    reviews = (
        select(Case.id, RiskAssessment.next_review_due)
        .join(RiskAssessment, RiskAssessment.case_id == Case.id)
        .where(
            station,
            missing,
            RiskAssessment.next_review_due <= horizon,
            ~superseded,  # only the latest assessment sets the review
        )
    )
    # Due at the FIR if trafficking is suspected, months later otherwise: never before the FIR.
    ahtu = select(Case.id, Case.fir_at).where(
        station,
        missing,
        Case.is_child.is_(True),
        Case.fir_at.is_not(None),
        Case.fir_at <= horizon,
        ~transferred,
    )
    cwc = (
        select(Case.id, TraceRecord.traced_at)
        .join(TraceRecord, TraceRecord.case_id == Case.id)
        .where(
            station,
            # Only a traced case has a trace record (recording one makes the case traced;
            # reopening removes it), and the traced are few beside the still missing.
            Case.status == CaseStatus.TRACED.value,
            Case.is_child.is_(True),
            TraceRecord.cwc_produced_at.is_(None),
            TraceRecord.traced_at <= horizon - hours(policy.cwc_production_hours),
        )
    )
    found_lead = min(hours(policy.cwc_production_hours), hours(policy.portal_upload_hours))
    found = select(FoundPerson.id, FoundPerson.found_at).where(
        FoundPerson.station_id == sc.station.id,
        FoundPerson.is_child.is_(True),
        FoundPerson.kind == FoundKind.PERSON.value,
        # Either of its clocks (CWC production, portal upload) still open.
        or_(FoundPerson.cwc_produced_at.is_(None), FoundPerson.portal_uploaded_at.is_(None)),
        FoundPerson.found_at >= now - timedelta(days=3650),
        FoundPerson.found_at <= horizon - found_lead,
    )
    return [
        _Stream(reported, Case.reported_at, Case.id, report_lead),
        _Stream(reviews, RiskAssessment.next_review_due, Case.id, timedelta(0)),
        _Stream(ahtu, Case.fir_at, Case.id, timedelta(0)),
        _Stream(cwc, TraceRecord.traced_at, Case.id, hours(policy.cwc_production_hours)),
        _Stream(found, FoundPerson.found_at, FoundPerson.id, found_lead, found=True),
    ]


# How many candidates one read of a stream takes when the whole list is asked for, and the
# first read when only the most urgent are.
_FULL_BATCH = 2000
_FIRST_BATCH = 64


def overdue_items(
    s: Session, sc: StationContext, now: datetime, limit: int | None = None
) -> list[OverdueItem]:
    """The clocks run out or due within the horizon, most urgent first: all of them, or the
    first ``limit``. Each stream is read in due order only as far as it can still hold one of
    the most urgent, so the list costs what it shows, not the size of the register."""
    policy = sc.policy
    horizon = now + timedelta(hours=policy.overdue_horizon_hours)
    streams = _streams(sc, now)
    # Small reads first, doubling: most candidates carry clocks, so a few reads of each stream
    # usually fill a screenful.
    size = min(limit, _FIRST_BATCH) if limit is not None else _FULL_BATCH
    seen_cases: set[int] = set()
    seen_found: set[int] = set()
    # (due, ref, order found, clock, case or found person): the order keeps a case's clocks in
    # the rules' order when two fall due at the same instant.
    listed: list[tuple[datetime, str, int, ClockInfo, Case | FoundPerson]] = []

    def cutoff() -> datetime:
        """No clock due after this can be among the ones shown."""
        if limit is None or len(listed) < limit:
            return horizon
        listed.sort(key=lambda row: (row[0], row[1], row[2]))
        del listed[limit:]
        return listed[-1][0]

    while True:
        bound = cutoff()
        active = [st for st in streams if not st.done]
        if not active:
            break
        new_cases: list[int] = []
        new_found: list[int] = []
        for st in active:
            rows = st.next_batch(s, size)
            if rows and rows[-1][1] + st.lead > bound:
                st.done = True  # the rest fall due later still
            target, seen = (new_found, seen_found) if st.found else (new_cases, seen_cases)
            for row_id, key in rows:
                if key + st.lead <= bound and row_id not in seen:
                    seen.add(row_id)
                    target.append(row_id)
        if new_cases:
            cases = sorted(clock_cases(s, sc, new_cases), key=lambda c: c.id)
            clocks = clock_map(s, sc, cases, now)
            for case in cases:
                for clock in clocks.get(case.id, []):
                    if due_soon(clock, now, policy):
                        listed.append((clock.due_at, case.register_no, len(listed), clock, case))
        if new_found:
            query = select(FoundPerson).where(FoundPerson.id.in_(new_found))
            for fp in sorted(s.scalars(query), key=lambda f: f.id):
                for found_clock in _found_clocks(fp, sc, now):
                    if found_clock is not None and due_soon(found_clock, now, policy):
                        listed.append((found_clock.due_at, fp.ref_no, len(listed), found_clock, fp))
        size = min(size * 2, _FULL_BATCH)
    listed.sort(key=lambda row: (row[0], row[1], row[2]))
    if limit is not None:
        del listed[limit:]
    person_ids = [record.person_id for *_, record in listed]
    names = _primary_names(s, person_ids)
    io_ids = {r.io_id for *_, r in listed if isinstance(r, Case) and r.io_id is not None}
    users = (
        dict(s.execute(select(AppUser.id, AppUser.full_name).where(AppUser.id.in_(io_ids))).all())
        if io_ids
        else {}
    )
    items: list[OverdueItem] = []
    for _due, ref, _order, clock, record in listed:
        if isinstance(record, Case):
            io_name = users.get(record.io_id) if record.io_id else None
            items.append(
                OverdueItem(
                    clock,
                    "case",
                    ref,
                    record.uuid,
                    names.get(record.person_id, ""),
                    record.is_child,
                    io_name,
                )
            )
        else:
            name = names.get(record.person_id, "")
            items.append(OverdueItem(clock, "found", ref, record.uuid, name, True, None))
    return items


def _found_clocks(
    fp: FoundPerson, sc: StationContext, now: datetime
) -> tuple[ClockInfo | None, ClockInfo | None]:
    is_body = fp.kind == FoundKind.DEAD_BODY.value
    return (
        found_person_clock(
            is_child=fp.is_child,
            is_body=is_body,
            found_at=fp.found_at,
            cwc_produced_at=fp.cwc_produced_at,
            policy=sc.policy,
            now=now,
        ),
        found_upload_clock(
            is_child=fp.is_child,
            is_body=is_body,
            found_at=fp.found_at,
            portal_uploaded_at=fp.portal_uploaded_at,
            policy=sc.policy,
            now=now,
        ),
    )


def _primary_names(s: Session, person_ids: Sequence[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    if not person_ids:
        return out
    for n in s.scalars(
        select(PersonName)
        .where(PersonName.person_id.in_(person_ids), PersonName.kind == "name")
        .order_by(PersonName.person_id, PersonName.position)
    ):
        out.setdefault(n.person_id, n.text)
    return out
