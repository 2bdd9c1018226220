"""Index-found supersets of the cases a figure of the return can count.

Every table's query keeps its exact conditions (models/returns/sql.py); these add a condition
that an index answers, so that the database reads the few cases that can count instead of the
whole register. Each is a superset of what its figure counts, so adding it changes nothing:
``tests/returns/test_narrowing.py`` computes every table with and without it and compares.

- A case traced in the period (at the report if the trace is dated earlier) has its trace, or
  its report, dated in the period: the ``trace_record.traced_at`` and ``(station_id,
  reported_at)`` indexes find them.
- A case on the books at an instant *t*, or that enters or leaves them after *t*, is still
  open today (status ``registered``: the ``(station_id, status)`` index), or was traced, moved
  or reported at or after *t*. This rests on the services' rule that a case is ``traced`` or
  ``closed`` only with its trace record (a trace sets the status, reopening removes the record):
  a traced or closed case without one would be left out here while the whole-register count
  keeps it on the books. R1, R2 and R3 count the open cases apart, from an index alone
  (models/returns/open_cases.py), and read here only the others (``moved_since``); the annex,
  which lists every open child, reads them all (``may_be_on_books``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, Select, select, union
from sqlalchemy.orm import InstrumentedAttribute

from models.entities import Case, TraceRecord
from models.enums import CaseStatus
from models.returns.period import Window
from models.returns.sql import at, in_window


def _here(station_id: int) -> ColumnElement[bool]:
    return Case.station_id == station_id


def traced_in(station_id: int, w: Window) -> ColumnElement[bool]:
    """A superset of the cases traced in the window (``TRACED_AT`` in it)."""
    ids = union(
        select(TraceRecord.case_id).where(in_window(TraceRecord.traced_at, w)),
        select(Case.id).where(_here(station_id), in_window(Case.reported_at, w)),
    ).subquery()
    return Case.id.in_(select(ids.c[0]))


def may_be_on_books(station_id: int, since: datetime) -> ColumnElement[bool]:
    """A superset of the cases on the books at ``since`` or at any later instant, and of those
    reported, traced or transferred at or after it."""
    ids = union(*_open_since(station_id, since)).subquery()
    return Case.id.in_(select(ids.c[0]))


def moved_since(station_id: int, since: datetime) -> ColumnElement[bool]:
    """A superset of the cases traced, transferred or reported at or after ``since``: with the
    cases open today and reported before it (models/returns/open_cases.py, counted apart), every
    case on the books at ``since`` or at any later instant."""
    ids = union(*_since(station_id, since)).subquery()
    return Case.id.in_(select(ids.c[0]))


def _open_since(station_id: int, since: datetime) -> list[Select[int]]:
    open_today = select(Case.id).where(
        _here(station_id), Case.status == CaseStatus.REGISTERED.value
    )
    return [open_today, *_since(station_id, since)]


def _since(station_id: int, since: datetime) -> list[Select[int]]:
    moment = at(since)
    return [
        select(TraceRecord.case_id).where(TraceRecord.traced_at >= moment),
        select(Case.id).where(
            _here(station_id),
            Case.status == CaseStatus.TRANSFERRED.value,
            Case.status_changed_at >= moment,
        ),
        select(Case.id).where(_here(station_id), Case.reported_at >= moment),
    ]


def reported_in(
    station_id: int, w: Window, case_id: ColumnElement[int] | InstrumentedAttribute[int]
) -> ColumnElement[bool]:
    """``case_id`` is one of the station's cases reported in the window (for subqueries over
    the action log)."""
    return case_id.in_(select(Case.id).where(_here(station_id), in_window(Case.reported_at, w)))
