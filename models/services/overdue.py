"""The overdue list: every clock of the station that has run out or will within the horizon.

A clock's state is decided by the rules in models/rules/clocks.py and nowhere else; this module
only finds the records whose clocks to ask, and names them for the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from models.dto.cases import ClockInfo
from models.entities import ActionEntry, AppUser, Case, FoundPerson, PersonName, RiskAssessment
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


def overdue_items(s: Session, sc: StationContext, now: datetime) -> list[OverdueItem]:
    cases = clock_cases(s, sc, None)
    clocks = clock_map(s, sc, cases, now)
    by_id = {c.id: c for c in cases}
    person_ids = [c.person_id for c in cases]
    found = list(
        s.scalars(
            select(FoundPerson).where(
                FoundPerson.station_id == sc.station.id,
                FoundPerson.is_child.is_(True),
                FoundPerson.kind == FoundKind.PERSON.value,
                # Either of its clocks (CWC production, portal upload) still open.
                or_(
                    FoundPerson.cwc_produced_at.is_(None),
                    FoundPerson.portal_uploaded_at.is_(None),
                ),
                FoundPerson.found_at >= now - timedelta(days=3650),
            )
        )
    )
    person_ids += [f.person_id for f in found]
    names = _primary_names(s, person_ids)
    users = {u.id: u.full_name for u in s.scalars(select(AppUser))}
    items: list[OverdueItem] = []
    for cid, case_clocks_ in clocks.items():
        case = by_id[cid]
        for clock in case_clocks_:
            if due_soon(clock, now, sc.policy):
                items.append(
                    OverdueItem(
                        clock,
                        "case",
                        case.register_no,
                        case.uuid,
                        names.get(case.person_id, ""),
                        case.is_child,
                        users.get(case.io_id) if case.io_id else None,
                    )
                )
    for fp in found:
        is_body = fp.kind == FoundKind.DEAD_BODY.value
        found_clocks = (
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
        for found_clock in found_clocks:
            if found_clock is None or not due_soon(found_clock, now, sc.policy):
                continue
            items.append(
                OverdueItem(
                    found_clock,
                    "found",
                    fp.ref_no,
                    fp.uuid,
                    names.get(fp.person_id, ""),
                    True,
                    None,
                )
            )
    items.sort(key=lambda item: (item.clock.due_at, item.ref))
    return items


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
