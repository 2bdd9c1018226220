"""The return's figures of the cases still open today, counted from one index.

A real register keeps about a third of its cases open (status ``registered``): at a million
cases, 300,000 rows that "untraced at start/end" (R1, R2) and "due for the AHTU" (R3) would read
one by one. Those figures need nothing of each row but what the ``ix_mp_case_open_figures``
index holds (station, status, child, sex, age, FIR and report instants), because an open case
has a settled history: it was reported, it has no trace record (a trace sets the status to
``traced``; reopening removes the record, models/services/cases.py) and it was not transferred.
So it is on the books at every instant from its report on, and these queries count it with no
per-row test of traces or transfers; the rest of each figure (cases traced, transferred or
reported since the instant asked about) is read row by row, bounded by the dates' own indexes
(models/returns/narrowing.py). ``tests/returns/test_narrowing.py`` compares the sum with the
same figures computed over the whole register.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import ColumnElement, and_, func, select, true
from sqlalchemy.orm import Session

from models.entities import ActionEntry, Case
from models.enums import ActionType, CaseStatus
from models.returns.sql import at

OPEN = CaseStatus.REGISTERED.value

OpenCounts = dict[tuple[bool, str, int | None], int]
"""(child?, sex, age when last seen) → cases open today that were reported before an instant."""


def is_open(station_id: int) -> ColumnElement[bool]:
    return and_(Case.station_id == station_id, Case.status == OPEN)


def open_before(s: Session, station_id: int, instant: datetime) -> OpenCounts:
    """The cases open today and reported before ``instant``: on the books at it, and still.

    Grouped by the age itself, in the index's order, so the database streams the groups
    without sorting; the caller puts the few hundred ages into its bands.
    """
    query = (
        select(Case.is_child, Case.sex, Case.age_at_disappearance, func.count())
        .where(is_open(station_id), Case.reported_at < at(instant))
        .group_by(Case.is_child, Case.sex, Case.age_at_disappearance)
    )
    return {(bool(child), sex, age): int(n) for child, sex, age, n in s.execute(query)}


def open_children_due_ahtu(
    s: Session,
    station_id: int,
    end: datetime,
    rule_cutoff: datetime,
    trafficking: Callable[[], ColumnElement[bool]] | None,
) -> int:
    """Open child cases reported before ``end`` whose FIR is due for the AHTU and that have no
    AHTU transfer before ``end``: R3's "due and not transferred" among the cases open today.

    Due: the FIR is older than ``rule_cutoff`` (the transfer period before ``end``), or, where
    the policy sends trafficking cases at once, it was registered before ``end`` and
    ``trafficking()`` holds. The rule's test comes first so that the trafficking test (reasons
    and FIR sections, outside the index) runs only for the few FIRs of the last months.
    """
    moment = at(end)
    transferred = select(ActionEntry.case_id).where(
        ActionEntry.action_type == ActionType.AHTU_TRANSFER.value,
        ActionEntry.happened_at < moment,
    )
    open_children = [
        is_open(station_id),
        # "= true", not "IS TRUE": PostgreSQL answers only the former from the index.
        Case.is_child == true(),
        Case.reported_at < moment,
        Case.id.not_in(transferred),
    ]
    cutoff = at(rule_cutoff)
    # Two counts, not one with OR: each is then one range of the index.
    by_rule = select(func.count()).where(*open_children, Case.fir_at < cutoff)
    n = int(s.execute(by_rule).scalar_one())
    if trafficking is not None:
        at_once = select(func.count()).where(
            *open_children, Case.fir_at >= cutoff, Case.fir_at < moment, trafficking()
        )
        n += int(s.execute(at_once).scalar_one())
    return n
