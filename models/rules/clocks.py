"""Legal and SOP deadlines of a case, computed from its facts on every read (never stored).

- FIR for a missing child: due at the report (plus the station's allowance, default none).
- CWC production: within 24 hours of tracing a child (JJ Act s.31).
- AHTU transfer: 4 months after the FIR while untraced; at once if trafficking is suspected.
- Risk: the first assessment within a day of the report, then at each review date.

Durations come from ``Policy`` because the national SOP is being revised.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from models.dto.cases import ClockInfo
from models.enums import CaseStatus
from models.policy import Policy

FIR_MISSING = "fir_missing"
CWC_PRODUCTION = "cwc_production"
AHTU_TRANSFER = "ahtu_transfer"
RISK_REVIEW = "risk_review"
CWC_PRODUCTION_FOUND = "cwc_production_found"

LABELS = {
    FIR_MISSING: "FIR for a missing child",
    CWC_PRODUCTION: "Production before the CWC (24 h)",
    CWC_PRODUCTION_FOUND: "Found child before the CWC (24 h)",
    AHTU_TRANSFER: "Transfer to the AHTU",
    RISK_REVIEW: "Risk assessment review",
}


@dataclass(frozen=True)
class ClockFacts:
    status: CaseStatus
    is_child: bool
    reported_at: datetime
    fir_at: datetime | None
    traced_at: datetime | None
    found_dead: bool
    cwc_produced_at: datetime | None
    cwc_not_required: bool
    ahtu_transferred_at: datetime | None
    trafficking_suspected: bool
    last_assessed_at: datetime | None
    next_review_due: datetime | None


def add_months(instant: datetime, months: int, zone: tzinfo) -> datetime:
    """The same local day and time ``months`` later (the last day if the month is shorter)."""
    local = instant.astimezone(zone)
    month_index = local.month - 1 + months
    year = local.year + month_index // 12
    month = month_index % 12 + 1
    day = min(local.day, calendar.monthrange(year, month)[1])
    return local.replace(year=year, month=month, day=day).astimezone(instant.tzinfo)


def _clock(kind: str, due: datetime, done: datetime | None, now: datetime) -> ClockInfo:
    return ClockInfo(
        kind=kind, label=LABELS[kind], due_at=due, done_at=done, overdue=done is None and due <= now
    )


def case_clocks(facts: ClockFacts, policy: Policy, now: datetime, zone: tzinfo) -> list[ClockInfo]:
    if facts.status in (CaseStatus.VOID, CaseStatus.TRANSFERRED):
        return []
    clocks: list[ClockInfo] = []
    if facts.is_child and (facts.fir_at is not None or facts.status is CaseStatus.REGISTERED):
        due = facts.reported_at + timedelta(hours=policy.child_fir_due_hours)
        clocks.append(_clock(FIR_MISSING, due, facts.fir_at, now))
    if (
        facts.is_child
        and facts.traced_at is not None
        and not facts.found_dead
        and not facts.cwc_not_required
    ):
        due = facts.traced_at + timedelta(hours=policy.cwc_production_hours)
        clocks.append(_clock(CWC_PRODUCTION, due, facts.cwc_produced_at, now))
    if facts.is_child and facts.fir_at is not None:
        if facts.trafficking_suspected and policy.ahtu_immediate_if_trafficking:
            due = facts.fir_at
        else:
            due = add_months(facts.fir_at, policy.ahtu_transfer_months, zone)
        still_missing = facts.status is CaseStatus.REGISTERED
        if facts.ahtu_transferred_at is not None or still_missing:
            clocks.append(_clock(AHTU_TRANSFER, due, facts.ahtu_transferred_at, now))
    if facts.status is CaseStatus.REGISTERED:
        if facts.next_review_due is not None:
            due = facts.next_review_due
        else:
            due = facts.reported_at + timedelta(hours=policy.first_risk_assessment_hours)
        clocks.append(_clock(RISK_REVIEW, due, None, now))
    return clocks


def found_person_clock(
    *,
    is_child: bool,
    is_body: bool,
    found_at: datetime,
    cwc_produced_at: datetime | None,
    policy: Policy,
    now: datetime,
) -> ClockInfo | None:
    """JJ Act s.31 applies to a child found without a report just as to a traced one; a dead
    body, even a child's, is never produced before the CWC."""
    if not is_child or is_body:
        return None
    due = found_at + timedelta(hours=policy.cwc_production_hours)
    return _clock(CWC_PRODUCTION_FOUND, due, cwc_produced_at, now)


def due_soon(clock: ClockInfo, now: datetime, policy: Policy) -> bool:
    """Open and run out, or running out within the overdue horizon."""
    return clock.open and clock.due_at <= now + timedelta(hours=policy.overdue_horizon_hours)
