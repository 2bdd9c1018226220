"""HQ's monthly, quarterly and yearly returns from the weekly packages it holds."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from models.clock import FixedClock
from models.errors import ValidationFailed
from models.returns.period import days, week
from models.returns.rollup import (
    combine_weeks,
    month_of_week,
    month_span,
    parse_rollup,
    quarter_span,
    year_span,
)
from models.services.hq import IMPORTED
from models.services.hq_rollup import HqRollupService
from tests.conftest import IST
from tests.returns.conftest import PASSPHRASE, Hq, KnownStation, Station
from ui.i18n import install_language, translated

# -- which weeks make a month ------------------------------------------------------------------


def test_a_week_that_straddles_a_month_end_belongs_whole_to_the_month_of_its_thursday() -> None:
    november = month_span(2026, 11)
    assert [w.label for w in november.weeks] == ["2026-W45", "2026-W46", "2026-W47", "2026-W48"]
    # 26 Oct–1 Nov (Thursday 29 Oct) is October's; 30 Nov–6 Dec (Thursday 3 Dec) December's.
    assert week(2026, 44) in month_span(2026, 10).weeks
    assert week(2026, 49) in month_span(2026, 12).weeks
    assert (november.period.start, november.period.end) == (date(2026, 11, 2), date(2026, 11, 29))
    # ISO week 1 of 2026 starts on 29 December 2025 and is January's.
    assert month_span(2026, 1).weeks[0].start == date(2025, 12, 29)


@pytest.mark.parametrize("year", [2020, 2024, 2025, 2026, 2027])
def test_every_week_is_in_exactly_one_month_quarter_and_year(year: int) -> None:
    months = [w for m in range(1, 13) for w in month_span(year, m).weeks]
    quarters = [w for q in range(1, 5) for w in quarter_span(year, q).weeks]
    assert months == quarters == list(year_span(year).weeks)
    assert len(set(months)) == len(months) == date(year, 12, 28).isocalendar()[1]
    for m in range(1, 13):
        assert all(month_of_week(w) == (year, m) for w in month_span(year, m).weeks)
        weeks = month_span(year, m).weeks
        assert all(b.start - a.start == timedelta(days=7) for a, b in itertools.pairwise(weeks))


def test_periods_are_typed_as_the_desk_writes_them() -> None:
    assert parse_rollup("2026-11").label == parse_rollup("11-2026").label == "2026-11"
    assert parse_rollup("2026-Q4").label == parse_rollup("q4-2026").label == "2026-Q4"
    assert parse_rollup("2026").label == "2026"
    for bad in ("2026-13", "2026-Q5", "last-week", "2026-W47"):
        with pytest.raises(ValidationFailed):
            parse_rollup(bad)


def test_flows_add_up_and_stocks_are_taken_at_the_ends() -> None:
    first = {
        ("R1", "all.total", "opening"): 10,
        ("R1", "all.total", "reported"): 3,
        ("R1", "all.total", "total"): 13,
        ("R1", "all.total", "closing"): 11,
        ("R2", "total", "untraced.total"): 4,
        ("R3", "ahtu_pending", "count"): 2,
        ("R3", "child_reported", "count"): 1,
    }
    second = {
        ("R1", "all.total", "opening"): 11,
        ("R1", "all.total", "reported"): 5,
        ("R1", "all.total", "total"): 16,
        ("R1", "all.total", "closing"): 14,
        ("R2", "total", "untraced.total"): 6,
        ("R3", "ahtu_pending", "count"): 1,
        ("R3", "child_reported", "count"): 2,
    }
    both = combine_weeks([first, second])
    assert both[("R1", "all.total", "opening")] == 10
    assert both[("R1", "all.total", "reported")] == 8
    assert both[("R1", "all.total", "total")] == 18
    assert both[("R1", "all.total", "closing")] == 14
    assert both[("R2", "total", "untraced.total")] == 6
    assert both[("R3", "ahtu_pending", "count")] == 1
    assert both[("R3", "child_reported", "count")] == 3
    assert combine_weeks([]) == {}


# -- from real packages ------------------------------------------------------------------------


def _send(station: Station, hq: Hq, weeks: list[int], folder: Path) -> None:
    signer = station.store.station_signer(PASSPHRASE)
    for n in weeks:
        result = station.returns.export_package(station.people.sho, week(2026, n), folder, signer)
        receipt = hq.svc.import_package(
            hq.clerk, result.path.read_bytes(), result.path.name, hq.store.hq_opener(PASSPHRASE)
        )
        assert receipt.status == IMPORTED, receipt.message


def test_the_month_from_four_weekly_packages_equals_the_station_s_return_over_those_days(
    known: KnownStation, station_keys: Station, hq: Hq, clock: FixedClock, tmp_path: Path
) -> None:
    clock.set(datetime(2026, 12, 2, 10, 0, tzinfo=IST))
    _send(station_keys, hq, [45, 46, 47, 48], tmp_path)
    rollup = HqRollupService(hq.db, clock).rollup(hq.clerk, month_span(2026, 11))
    assert rollup.incomplete == () and rollup.not_over == ()
    doc = rollup.document
    assert doc.period == days(date(2026, 11, 2), date(2026, 11, 29))
    station_doc = station_keys.returns.preview(station_keys.people.sho, doc.period)
    weekly = {"traced_current", "traced_earlier"}  # counted against each week, as labelled
    for table in station_doc.tables:
        for row in table.rows:
            if (table.code, row.key) == ("R3", "child_without_fir"):
                assert "end of the week" in doc.table("R3").row(row.key).label
                continue  # counted per week: "no FIR by the end of the week" (docs/returns.md)
            ours = doc.table(table.code)
            for column, value in zip(table.columns, row.values, strict=True):
                if table.code == "R1" and column.key in weekly:
                    continue
                got = ours.value(row.key, column.key)
                assert got == value, (table.code, row.key, column.key)
    r1 = doc.table("R1")
    assert [c.label for c in r1.columns if c.key in weekly] == [
        "Traced: reported the same week",
        "Traced: reported in an earlier week",
    ]
    for row in r1.rows:
        current, earlier, traced = (r1.value(row.key, k) for k in (*sorted(weekly), "traced"))
        assert (current or 0) + (earlier or 0) == traced
    [line] = doc.table("S1").rows
    r1 = station_doc.table("R1").row("all.total").values
    assert line.values[:6] == r1[:3] + r1[5:8]
    assert line.values[8] == 4
    # The annex: the children untraced at the end of the last week.
    assert len(doc.annex) == station_doc.table("R1").row("children.total").values[7]


def test_a_month_with_a_missing_week_is_flagged_and_covers_only_the_weeks_received(
    known: KnownStation, station_keys: Station, hq: Hq, clock: FixedClock, tmp_path: Path
) -> None:
    clock.set(datetime(2026, 11, 27, 10, 0, tzinfo=IST))
    _send(station_keys, hq, [45, 46], tmp_path)
    rollup = HqRollupService(hq.db, clock).rollup(hq.clerk, month_span(2026, 11))
    # Week 47 ended on 22 November and is missing; week 48 is still running.
    [station] = rollup.incomplete
    assert station.missing == ("2026-W47",) and station.received == ("2026-W45", "2026-W46")
    assert rollup.not_over == ("2026-W48",)
    [line] = rollup.document.table("S1").rows
    assert "week 2026-W47 missing" in line.label and line.values[8] == 2
    assert any("no return for week 2026-W47" in note for note in rollup.document.notes)
    two_weeks = station_keys.returns.preview(
        station_keys.people.sho, days(date(2026, 11, 2), date(2026, 11, 15))
    )
    for column in ("opening", "reported", "total", "traced", "transferred", "closing"):
        assert rollup.document.table("R1").value("all.total", column) == two_weeks.table(
            "R1"
        ).value("all.total", column), column
    # Published: no annex, and the small cells follow the publication rule.
    published = HqRollupService(hq.db, clock).rollup(hq.clerk, month_span(2026, 11), publish=True)
    assert published.document.annex == () and published.document.suppress_below == 5


def test_the_consolidated_return_reads_in_the_window_s_language_and_prints_in_english(
    known: KnownStation,
    station_keys: Station,
    hq: Hq,
    clock: FixedClock,
    tmp_path: Path,
    qapp: QApplication,
) -> None:
    """The headings and row names HQ holds came in the stations' packages as English; the
    window shows those that are the program's own messages in its language."""
    clock.set(datetime(2026, 12, 2, 10, 0, tzinfo=IST))
    _send(station_keys, hq, [45], tmp_path)
    doc = HqRollupService(hq.db, clock).rollup(hq.clerk, month_span(2026, 11)).document
    r1 = doc.table("R1")
    assert install_language("mr")
    try:
        shown = [translated(c.label) for c in r1.columns[:2]]
        title = translated(r1.title)
    finally:
        install_language("en")
    assert shown == ["सुरुवातीला शोध न लागलेले", "कालावधीत तक्रार आलेले"]
    assert title != r1.title and title.startswith("R1")
    assert [c.label for c in r1.columns[:2]] == ["Untraced at start", "Reported in period"]
