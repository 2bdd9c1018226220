"""A person still missing seven years after last seen: the case is kept open and reviewed.

Popular guidance says a person missing for seven years is presumed dead, but only a court can
declare it; the register never closes a case on its own for that. It marks the case for review
(on the case sheet, in the window and in the case's JSON) so the station re-checks the portals,
the unidentified-body records and the family, and tells the family what the court can do.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from models.enums import CaseStatus
from models.rules.status import MISSING_STATUSES

LONG_TERM_YEARS = 7


def _years_between(start: date, end: date) -> int:
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return years


def long_term_missing(
    status: CaseStatus, last_seen_at: datetime, now: datetime, zone: tzinfo
) -> bool:
    """Still missing, and last seen seven full years ago or more (in the station's calendar)."""
    if status not in MISSING_STATUSES:
        return False
    seen = last_seen_at.astimezone(zone).date()
    return _years_between(seen, now.astimezone(zone).date()) >= LONG_TERM_YEARS
