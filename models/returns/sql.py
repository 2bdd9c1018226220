"""SQL building blocks the returns share, the same on SQLite and PostgreSQL.

Every figure of a return is a ``SUM(CASE WHEN … THEN 1 ELSE 0 END)`` over the register's rows,
grouped in the database; Python only arranges the few grouped rows into tables. The exceptions
are R3's "within 24 h / after" figures: whether a deadline was met is the clock's own answer
(models/rules/clocks.py), so R3 reads the two instants of each case and asks the clock.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Integer, and_, case, func, literal, null, or_

from models.base import UTCDateTime
from models.entities import Case, TraceRecord
from models.enums import CaseStatus, Condition, TraceType
from models.messages import msg
from models.returns.period import Window

SEXES = ("male", "female", "transgender", "unknown")
SEX_LABELS = {
    "male": msg("M"),
    "female": msg("F"),
    "transgender": msg("TG"),
    "unknown": msg("Not known"),
}


def at(instant: datetime) -> ColumnElement[datetime]:
    """An instant as a bound parameter of the register's UTC column type."""
    return literal(instant, UTCDateTime())


def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0).cast(Integer)


def later_of(a: Any, b: Any) -> ColumnElement[datetime]:
    return case((a < b, b), else_=a)


# A trace dated before the report (the person came back before anyone reported it) counts at
# the report: a case is never traced before it is on the station's books.
TRACED_AT: ColumnElement[datetime] = later_of(TraceRecord.traced_at, Case.reported_at)

# A transferred case leaves the station's figures at the moment of the transfer.
MOVED_AT: ColumnElement[datetime] = case(
    (
        Case.status == CaseStatus.TRANSFERRED.value,
        later_of(Case.status_changed_at, Case.reported_at),
    ),
    else_=null(),
)

NOT_VOID: ColumnElement[bool] = Case.status != CaseStatus.VOID.value

# Found dead, or died after the trace: never "rescued" or "produced", counted apart in R5.
DIED: ColumnElement[bool] = or_(
    TraceRecord.trace_type == TraceType.FOUND_DEAD.value,
    TraceRecord.condition == Condition.DECEASED.value,
)


def in_window(instant: Any, w: Window) -> ColumnElement[bool]:
    return and_(instant >= at(w.start), instant < at(w.end))


def on_books_at(instant: datetime) -> ColumnElement[bool]:
    """Reported before ``instant``, and neither traced nor transferred before it."""
    moment = at(instant)
    return and_(
        Case.reported_at < moment,
        or_(TRACED_AT.is_(None), TRACED_AT >= moment),
        or_(MOVED_AT.is_(None), MOVED_AT >= moment),
    )


def age_band(age: Any, bands: tuple[str, ...], ranges: tuple[tuple[int, int], ...]) -> Any:
    """The age band label of an age in completed years; ``other`` outside every band."""
    whens = [
        (age.between(low, high), literal(band))
        for band, (low, high) in zip(bands, ranges, strict=True)
    ]
    return case(*whens, else_=literal("other")) if whens else literal("other")


def age_band_of(
    age: int | None, bands: tuple[str, ...], ranges: tuple[tuple[int, int], ...]
) -> str:
    """``age_band`` in Python: the first band whose range holds the age, else ``other``."""
    if age is not None:
        for band, (low, high) in zip(bands, ranges, strict=True):
            if low <= age <= high:
                return band
    return "other"
