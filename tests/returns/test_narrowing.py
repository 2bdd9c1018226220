"""The return's tables, computed over the few cases an index finds (models/returns/narrowing.py),
equal the same tables computed over the whole register, for every kind of period and after the
edits that move a case in or out of the figures (a trace, a reopening, a void, a transfer)."""

from __future__ import annotations

import dataclasses
import random
from datetime import date, timedelta

from models.dto.returns import Period, PeriodKind
from models.errors import RuleViolation, ValidationFailed
from models.returns import station_tables
from models.returns.period import week
from models.services.common import station_context
from models.services.drives import drives_in
from tests.returns.conftest import KnownStation, ist, traced


def _periods() -> list[Period]:
    weeks = [week(2026, n) for n in range(20, 48)]
    months = [
        Period(PeriodKind.MONTH, date(2026, m, 1), date(2026, m + 1, 1) - timedelta(1))
        for m in (6, 10, 11)
    ]
    days = [Period(PeriodKind.CUSTOM, date(2026, 11, d), date(2026, 11, d)) for d in range(8, 17)]
    return [*weeks, *months, *days, Period(PeriodKind.CUSTOM, date(2021, 1, 1), date(2026, 11, 15))]


# After each edit: the weeks around the worked example's, its month, and the years before it.
EDIT_PERIODS = [
    week(2026, 45),
    week(2026, 46),
    week(2026, 47),
    Period(PeriodKind.MONTH, date(2026, 11, 1), date(2026, 11, 30)),
    Period(PeriodKind.CUSTOM, date(2021, 1, 1), date(2026, 11, 15)),
]


def _both_ways(known: KnownStation, period: Period) -> tuple[object, object]:
    svc = known.svc_returns
    with known.svc.db.read() as s:
        sc = station_context(s)
        fast = svc._scope(sc, period)
        slow = dataclasses.replace(fast, narrow=False)
        drives = drives_in(s, sc.station.id, period, sc.zone)
        return (
            (
                station_tables.station_tables(s, fast, drives),
                station_tables.untraced_children(s, fast, with_names=True),
            ),
            (
                station_tables.station_tables(s, slow, drives),
                station_tables.untraced_children(s, slow, with_names=True),
            ),
        )


def _assert_same(known: KnownStation, periods: list[Period] | None = None) -> None:
    for period in periods or _periods():
        fast, slow = _both_ways(known, period)
        assert fast == slow, period.label


def test_the_narrowed_return_equals_the_whole_register_count(known: KnownStation) -> None:
    _assert_same(known)


def test_the_narrowed_return_follows_traces_reopenings_voids_and_transfers(
    known: KnownStation,
) -> None:
    rng = random.Random(16)
    cases, sho = known.svc.cases, known.people.sho
    labels = sorted(known.refs)
    rng.shuffle(labels)
    for n, label in enumerate(labels):
        ref = known.refs[label]
        status = cases.case_detail(sho, ref, audit_view=False).status.value
        edit = n % 4
        try:
            if edit == 0 and status == "traced":
                cases.reopen(sho, ref, reason="trace recorded in error")
            elif edit == 1 and status == "registered":
                cases.record_trace(
                    sho, ref, traced(ist(rng.randint(9, 16), 11, rng.randint(0, 23)))
                )
            elif edit == 2:
                cases.void_case(sho, ref, reason="entered twice")
            elif edit == 3 and status == "registered":
                cases.transfer_case(sho, ref, to_station="MH-MUM-BND", reason="jurisdiction")
        except (RuleViolation, ValidationFailed):
            pass  # a move the status rules refuse leaves the case as it was
        _assert_same(known, EDIT_PERIODS)
