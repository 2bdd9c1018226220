"""How long each kind of record is kept before the station head reviews it, and what then.

Nothing is ever destroyed on a date: a record due for review is listed (``talash retention
list``), the station head decides, and a record that need not be kept leaves the register only
by the two-person destruction under an order (``talash destroy``). The periods are station
settings (``talash policy``): no rule or manual fixing them was found, so the defaults are
assumptions to confirm [U].

A case still missing is never due for destruction: seven years after the person was last seen
it is due for the long-term review (models/rules/long_term.py): re-check the portals, the
unidentified-body records and the family; only a court can declare the person dead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from enum import StrEnum

from models.enums import CaseStatus, FoundStatus
from models.messages import msg
from models.policy import MAX_RETENTION_YEARS, Policy
from models.rules.long_term import LONG_TERM_YEARS, long_term_missing


class RecordKind(StrEnum):
    TRACED_CASE = "traced_case"
    TRANSFERRED_CASE = "transferred_case"
    VOID_ENTRY = "void_entry"
    FOUND_PERSON = "found_person"
    UNTRACED_CASE = "untraced_case"


KIND_LABELS: dict[RecordKind, str] = {
    RecordKind.TRACED_CASE: msg("traced or closed case"),
    RecordKind.TRANSFERRED_CASE: msg("case transferred to another station"),
    RecordKind.VOID_ENTRY: msg("entry voided as made in error"),
    RecordKind.FOUND_PERSON: msg("found person or body restored, handed over or closed"),
    RecordKind.UNTRACED_CASE: msg("case still missing (long-term review)"),
}


def destroy_how(verb: str, ref: str) -> str:
    """What the station head does with a record on the list that may be destroyed."""
    return msg(
        "keep it, or obtain a retention/destruction order and ask: talash destroy {verb} {ref} "
        "--order NUMBER --order-date DD-MM-YYYY --authority TEXT; an administrator then carries "
        "it out (talash destroy approve ID)",
        verb=verb,
        ref=ref,
    )


REVIEW_HOW = msg(
    "keep the case open and review it: re-check the portals, the unidentified-body records and "
    "the family, and tell the family what a court can declare; never destroyed while missing"
)


@dataclass(frozen=True)
class Rule:
    kind: RecordKind
    years: int
    counted_from: str
    destroyable: bool


def years_for(policy: Policy, kind: RecordKind) -> int:
    """The setting in force, held to 1..100 years whatever was stored."""
    raw = {
        RecordKind.TRACED_CASE: policy.retention_traced_case_years,
        RecordKind.TRANSFERRED_CASE: policy.retention_transferred_case_years,
        RecordKind.VOID_ENTRY: policy.retention_void_entry_years,
        RecordKind.FOUND_PERSON: policy.retention_found_person_years,
        RecordKind.UNTRACED_CASE: LONG_TERM_YEARS,
    }[kind]
    return min(max(raw, 1), MAX_RETENTION_YEARS)


def rules(policy: Policy) -> tuple[Rule, ...]:
    return (
        Rule(
            RecordKind.TRACED_CASE,
            years_for(policy, RecordKind.TRACED_CASE),
            msg("the day the trace or closure was recorded"),
            True,
        ),
        Rule(
            RecordKind.TRANSFERRED_CASE,
            years_for(policy, RecordKind.TRANSFERRED_CASE),
            msg("the day the transfer was recorded"),
            True,
        ),
        Rule(
            RecordKind.VOID_ENTRY,
            years_for(policy, RecordKind.VOID_ENTRY),
            msg("the day it was voided"),
            True,
        ),
        Rule(
            RecordKind.FOUND_PERSON,
            years_for(policy, RecordKind.FOUND_PERSON),
            msg("the record's last change"),
            True,
        ),
        Rule(RecordKind.UNTRACED_CASE, LONG_TERM_YEARS, msg("the day last seen"), False),
    )


def case_kind(status: CaseStatus) -> RecordKind:
    return {
        CaseStatus.TRACED: RecordKind.TRACED_CASE,
        CaseStatus.CLOSED: RecordKind.TRACED_CASE,
        CaseStatus.TRANSFERRED: RecordKind.TRANSFERRED_CASE,
        CaseStatus.VOID: RecordKind.VOID_ENTRY,
        CaseStatus.REGISTERED: RecordKind.UNTRACED_CASE,
    }[status]


def found_kind(status: FoundStatus) -> RecordKind | None:
    """A found person still in care, or linked to a case (kept with it), is never due."""
    if status in (FoundStatus.RESTORED, FoundStatus.CLOSED):
        return RecordKind.FOUND_PERSON
    return None


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def due_on(since: datetime, years: int, zone: tzinfo) -> date:
    """The station-local day a record counted from ``since`` is due for review."""
    return add_years(since.astimezone(zone).date(), years)


def case_due(
    status: CaseStatus,
    since: datetime,
    last_seen_at: datetime,
    policy: Policy,
    now: datetime,
    zone: tzinfo,
) -> tuple[RecordKind, date] | None:
    """(kind, day due) for a case due for review today, else None.

    ``since`` is when the case took its status (trace, closure, transfer, voiding). A missing
    person's case is due exactly when models/rules/long_term.py says it is long-term missing.
    """
    kind = case_kind(status)
    if kind is RecordKind.UNTRACED_CASE:
        if not long_term_missing(status, last_seen_at, now, zone):
            return None
        return kind, due_on(last_seen_at, LONG_TERM_YEARS, zone)
    day = due_on(since, years_for(policy, kind), zone)
    return (kind, day) if day <= now.astimezone(zone).date() else None


def found_due(
    status: FoundStatus, since: datetime, policy: Policy, now: datetime, zone: tzinfo
) -> tuple[RecordKind, date] | None:
    kind = found_kind(status)
    if kind is None:
        return None
    day = due_on(since, years_for(policy, kind), zone)
    return (kind, day) if day <= now.astimezone(zone).date() else None
