"""Legal and SOP deadlines of a case, computed from its facts on every read (never stored).

- FIR for a missing child: due at the report (plus the station's allowance, default none).
- CWC production: within 24 hours of tracing a child (JJ Act s.31).
- AHTU transfer: 4 months after the FIR while untraced; at once if trafficking is suspected.
- Risk: the first assessment within a day of the report, then at each review date.
- TrackChild upload: a missing child's report within 24 hours of the report (MHA/MWCD SOP).
- Found child on the portal: within 24 hours of finding the child (JJ Act s.32, since 2022).
- IO to be assigned: a missing child's case saved without an investigating officer; the station
  head names one within an hour of the report (a station setting). The clock runs only while no
  IO is named, so it leaves the overdue list the moment one is.

Durations come from ``Policy`` because the national SOP is being revised, and so do the labels:
a label states the setting in force ("(12 h)" once the station head sets 12 hours).

Whether a deadline was met, missed, or is still running is decided here and nowhere else
(``clock_state``): the case's JSON, the window, the overdue list and return R3 all read it.
The deadline instant itself is still in time: a child produced at exactly 24 h was produced
"within 24 h", and a clock is overdue only once its due instant has passed.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from functools import lru_cache

from models.dto.cases import ClockInfo, ClockState
from models.enums import CaseStatus, Portal
from models.messages import msg
from models.policy import Policy
from models.vocabulary import label

FIR_MISSING = "fir_missing"
CWC_PRODUCTION = "cwc_production"
AHTU_TRANSFER = "ahtu_transfer"
RISK_REVIEW = "risk_review"
PORTAL_UPLOAD = "portal_upload"
CWC_PRODUCTION_FOUND = "cwc_production_found"
PORTAL_UPLOAD_FOUND = "portal_upload_found"
IO_ASSIGNMENT = "io_assignment"

# The portal whose upload is a clock on each missing child's case: TrackChild is the national
# portal for missing children. Return R3 also counts ZIPNET and CCTNS uploads against the same
# limit (``upload_state``), but a station outside ZIPNET's states would see a clock that never
# ends, so only TrackChild runs in the overdue list.
CLOCKED_PORTAL = Portal.TRACKCHILD
# The portals R3 reports uploads to.
RETURN_PORTALS = (Portal.TRACKCHILD, Portal.ZIPNET, Portal.CCTNS)
# The JJ (Amendment) Act 2021 put the portal upload into s.32 from 1 Sept 2022 (00:00 in India):
# a child found before then had no upload to make, so no clock runs for one.
FOUND_UPLOAD_IN_FORCE = datetime(2022, 8, 31, 18, 30, tzinfo=UTC)


# How a clock's state reads wherever it is printed (the window, the command line, the case sheet).
STATE_WORDS: dict[ClockState, str] = {
    ClockState.RUNNING: msg("due"),
    ClockState.OVERDUE: msg("OVERDUE"),
    ClockState.MET: msg("done in time"),
    ClockState.LATE: msg("done late"),
}


def state_text(clock: ClockInfo, when: Callable[[datetime], str]) -> str:
    """The clock's state in words, with ``when`` formatting its instants."""
    if clock.state is ClockState.MET and clock.done_at is not None:
        return msg("done in time, {done}", done=when(clock.done_at))
    if clock.state is ClockState.LATE and clock.done_at is not None:
        return msg(
            "done late, {done} (was due {due})", done=when(clock.done_at), due=when(clock.due_at)
        )
    if clock.state is ClockState.OVERDUE:
        return msg("OVERDUE since {due}", due=when(clock.due_at))
    if clock.state is ClockState.RUNNING:
        return msg("due {due}", due=when(clock.due_at))
    return msg("{state} {due}", state=STATE_WORDS[clock.state], due=when(clock.due_at))


def hours_text(hours: int) -> str:
    return msg("at once") if hours == 0 else msg("{hours} h", hours=hours)


@lru_cache(maxsize=64)
def clock_label(kind: str, policy: Policy) -> str:
    """The deadline's name with the station's setting in force, never a fixed number."""
    # Made once per kind and policy (a page of open cases names several clocks a row), and
    # only the asked one.
    labels: dict[str, Callable[[], str]] = {
        FIR_MISSING: lambda: msg(
            "FIR for a missing child ({due})", due=hours_text(policy.child_fir_due_hours)
        ),
        CWC_PRODUCTION: lambda: msg(
            "Production before the CWC ({due})", due=hours_text(policy.cwc_production_hours)
        ),
        CWC_PRODUCTION_FOUND: lambda: msg(
            "Found child before the CWC ({due})", due=hours_text(policy.cwc_production_hours)
        ),
        AHTU_TRANSFER: lambda: (
            msg("Transfer to the AHTU ({months} month)", months=policy.ahtu_transfer_months)
            if policy.ahtu_transfer_months == 1
            else msg("Transfer to the AHTU ({months} months)", months=policy.ahtu_transfer_months)
        ),
        RISK_REVIEW: lambda: msg("Risk assessment review"),
        PORTAL_UPLOAD: lambda: msg(
            "Upload to {portal} ({due})",
            portal=label(CLOCKED_PORTAL),
            due=hours_text(policy.portal_upload_hours),
        ),
        PORTAL_UPLOAD_FOUND: lambda: msg(
            "Found child on the portal, JJ s.32 ({due})",
            due=hours_text(policy.portal_upload_hours),
        ),
        IO_ASSIGNMENT: lambda: msg(
            "IO to be assigned ({due})", due=hours_text(policy.child_io_assignment_hours)
        ),
    }
    return labels[kind]()


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
    # The first upload of the case to ``CLOCKED_PORTAL``, if any.
    portal_uploaded_at: datetime | None = None
    # A sensitive case without an order allowing portal records may not be uploaded at all
    # (models/rules/publicity.py): no upload clock runs for it.
    portal_blocked: bool = False
    # Whether the case has an investigating officer.
    has_io: bool = True


@lru_cache(maxsize=64)
def _hours(n: int) -> timedelta:
    """``n`` hours, made once for each setting: a page's clocks count the same few durations
    over and over, and making a timedelta took longer than the rest of a clock's due time."""
    return timedelta(hours=n)


def add_months(instant: datetime, months: int, zone: tzinfo) -> datetime:
    """The same local day and time ``months`` later (the last day if the month is shorter)."""
    local = instant.astimezone(zone)
    month_index = local.month - 1 + months
    year = local.year + month_index // 12
    month = month_index % 12 + 1
    day = local.day
    if day > 28:  # every month has 28 days or more: only a later day may need clamping
        day = min(day, calendar.monthrange(year, month)[1])
    return local.replace(year=year, month=month, day=day).astimezone(instant.tzinfo)


def clock_state(due: datetime, done: datetime | None, now: datetime) -> ClockState:
    """The one answer to "was it done in time?": the due instant itself is still in time."""
    if done is not None:
        return ClockState.MET if done <= due else ClockState.LATE
    return ClockState.OVERDUE if now > due else ClockState.RUNNING


def cwc_due(traced_at: datetime, policy: Policy) -> datetime:
    return traced_at + _hours(policy.cwc_production_hours)


def upload_due(reported_at: datetime, policy: Policy) -> datetime:
    return reported_at + _hours(policy.portal_upload_hours)


def cwc_state(
    traced_at: datetime, produced_at: datetime | None, policy: Policy, now: datetime
) -> ClockState:
    """The CWC production clock of a traced child, as the case shows it and R3 counts it."""
    return clock_state(cwc_due(traced_at, policy), produced_at, now)


def upload_state(
    reported_at: datetime, uploaded_at: datetime | None, policy: Policy, now: datetime
) -> ClockState:
    """A child's report on a portal, as the case's upload clock shows it and R3 counts it."""
    return clock_state(upload_due(reported_at, policy), uploaded_at, now)


def _clock(
    kind: str, due: datetime, done: datetime | None, now: datetime, policy: Policy
) -> ClockInfo:
    state = clock_state(due, done, now)
    return ClockInfo(
        kind=kind,
        label=clock_label(kind, policy),
        due_at=due,
        done_at=done,
        overdue=state is ClockState.OVERDUE,
        state=state,
    )


def case_clocks(facts: ClockFacts, policy: Policy, now: datetime, zone: tzinfo) -> list[ClockInfo]:
    return [
        _clock(kind, due, done, now, policy) for kind, due, done in clock_dues(facts, policy, zone)
    ]


def run_out(facts: ClockFacts, policy: Policy, now: datetime, zone: tzinfo) -> bool:
    """Whether a clock of ``case_clocks`` is overdue at ``now``, without stating each clock (the
    register's page asks it of every open case it shows)."""
    for _, due, done in clock_dues(facts, policy, zone):
        if clock_state(due, done, now) is ClockState.OVERDUE:
            return True
    return False


def clock_dues(
    facts: ClockFacts, policy: Policy, zone: tzinfo
) -> Iterator[tuple[str, datetime, datetime | None]]:
    """The case's clocks, each as (kind, due instant, when it was done or None), in the order
    ``case_clocks`` lists them; one at a time, so that ``run_out`` stops at the first run
    out."""
    if facts.status in (CaseStatus.VOID, CaseStatus.TRANSFERRED):
        return
    still_missing = facts.status is CaseStatus.REGISTERED
    if facts.is_child and (facts.fir_at is not None or still_missing):
        due = facts.reported_at + _hours(policy.child_fir_due_hours)
        yield FIR_MISSING, due, facts.fir_at
    if (
        facts.is_child
        and facts.traced_at is not None
        and not facts.found_dead
        and not facts.cwc_not_required
    ):
        due = cwc_due(facts.traced_at, policy)
        yield CWC_PRODUCTION, due, facts.cwc_produced_at
    if facts.is_child and facts.fir_at is not None:
        if facts.trafficking_suspected and policy.ahtu_immediate_if_trafficking:
            due = facts.fir_at
        else:
            due = add_months(facts.fir_at, policy.ahtu_transfer_months, zone)
        if facts.ahtu_transferred_at is not None or still_missing:
            yield AHTU_TRANSFER, due, facts.ahtu_transferred_at
    # Uploaded: the clock shows how it went whatever the status. Not uploaded: it runs only
    # while the child is missing (a traced child's report is no longer needed on the portal).
    if facts.is_child and (
        facts.portal_uploaded_at is not None or (still_missing and not facts.portal_blocked)
    ):
        due = upload_due(facts.reported_at, policy)
        yield PORTAL_UPLOAD, due, facts.portal_uploaded_at
    if facts.is_child and still_missing and not facts.has_io:
        due = facts.reported_at + _hours(policy.child_io_assignment_hours)
        yield IO_ASSIGNMENT, due, None
    if still_missing:
        if facts.next_review_due is not None:
            due = facts.next_review_due
        else:
            due = facts.reported_at + _hours(policy.first_risk_assessment_hours)
        yield RISK_REVIEW, due, None


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
    return _clock(CWC_PRODUCTION_FOUND, cwc_due(found_at, policy), cwc_produced_at, now, policy)


def found_upload_clock(
    *,
    is_child: bool,
    is_body: bool,
    found_at: datetime,
    portal_uploaded_at: datetime | None,
    policy: Policy,
    now: datetime,
) -> ClockInfo | None:
    """JJ Act s.32: a lost or abandoned child's information goes on the portal the Centre names
    (since 1 Sept 2022), within the same limit as a missing child's report
    (``portal_upload_hours``), counted from the finding. The Centre may name another portal, so
    the upload recorded counts whichever portal it went to. A dead body is not a child to be
    restored: no clock runs for one, nor for a child found before the duty came into force."""
    if not is_child or is_body:
        return None
    if found_at < FOUND_UPLOAD_IN_FORCE and portal_uploaded_at is None:
        return None
    due = upload_due(found_at, policy)
    return _clock(PORTAL_UPLOAD_FOUND, due, portal_uploaded_at, now, policy)


def due_soon(clock: ClockInfo, now: datetime, policy: Policy) -> bool:
    """Open and run out, or running out within the overdue horizon."""
    return clock.open and clock.due_at <= now + _hours(policy.overdue_horizon_hours)
