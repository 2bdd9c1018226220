"""Pure pieces: safe archive reading, periods, the AHTU cut-off, suppression of small cells."""

from __future__ import annotations

import io
import stat
import zipfile
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.dto.returns import PeriodKind, ReturnColumn, ReturnRow, ReturnTable
from models.errors import ValidationFailed
from models.packages.archive import DEFAULT_LIMITS, ArchiveRefused, Limits, read_archive
from models.returns.cells import cell
from models.returns.period import parse_period, window
from models.returns.station_tables import months_cutoff
from models.rules.clocks import add_months
from tests.conftest import IST

ALLOWED = {"a.txt", "b.txt"}


def zipped(
    *entries: tuple[str | zipfile.ZipInfo, bytes], method: int = zipfile.ZIP_STORED
) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    return buffer.getvalue()


def reason(data: bytes, limits: Limits = DEFAULT_LIMITS) -> str:
    with pytest.raises(ArchiveRefused) as err:
        read_archive(data, ALLOWED, limits)
    return err.value.reason


def test_plain_entries_are_read_into_memory() -> None:
    assert read_archive(zipped(("a.txt", b"one"), ("b.txt", b"two")), ALLOWED) == {
        "a.txt": b"one",
        "b.txt": b"two",
    }


@pytest.mark.parametrize(
    "name", ["../a.txt", "/a.txt", "dir/a.txt", "C:a.txt", "..\\a.txt", ".a.txt", "a .txt"]
)
def test_paths_and_odd_names_are_refused(name: str) -> None:
    assert reason(zipped((name, b"x"))) == "unsafe_entry"


def test_links_folders_duplicates_and_strangers_are_refused() -> None:
    link = zipfile.ZipInfo("a.txt")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    assert reason(zipped((link, b"/etc/passwd"))) == "unsafe_entry"
    assert reason(zipped(("a.txt/", b""))) == "unsafe_entry"
    with pytest.warns(UserWarning):  # zipfile itself warns about the duplicate
        twice = zipped(("a.txt", b"1"), ("a.txt", b"2"))
    assert reason(twice) == "unsafe_entry"
    assert reason(zipped(("c.txt", b"x"))) == "unsafe_entry"


def test_counts_sizes_and_ratios_are_capped() -> None:
    many = zipped(*((f"{i}.txt", b"x") for i in range(9)))
    assert reason(many) == "too_many_entries"
    small = Limits(max_entry_bytes=10)
    assert reason(zipped(("a.txt", b"x" * 11)), small) == "too_large"
    bomb = zipped(("a.txt", b"\0" * 2_000_000), method=zipfile.ZIP_DEFLATED)
    assert reason(bomb) == "too_large"
    assert reason(b"x" * 100, Limits(max_archive_bytes=99)) == "too_large"
    assert reason(b"PK\x03\x04 not really a zip") == "damaged"


def test_periods_as_typed() -> None:
    today = date(2026, 11, 20)
    assert parse_period(None, today).label == "2026-W46"
    assert parse_period("2026-W47", today).start == date(2026, 11, 16)
    assert parse_period("this-week", today).label == "2026-W47"
    november = parse_period("11-2026", today)
    assert (november.kind, november.start, november.end) == (
        PeriodKind.MONTH,
        date(2026, 11, 1),
        date(2026, 11, 30),
    )
    assert parse_period("last-month", today).label == "2026-10"
    custom = parse_period("01-11-2026..15-11-2026", today)
    assert (custom.kind, custom.label) == (PeriodKind.CUSTOM, "2026-11-01_2026-11-15")
    assert parse_period("2026-W53", date(2026, 12, 31)).start == date(2026, 12, 28)
    for bad in ("2025-W53", "13-2026", "15-11-2026..01-11-2026", "11/26", "week 47"):
        with pytest.raises(ValidationFailed):
            parse_period(bad, today)


def test_a_period_is_whole_station_days() -> None:
    w = window(parse_period("2026-W46", date(2026, 11, 20)), IST)
    assert w.start == datetime(2026, 11, 8, 18, 30, tzinfo=UTC)
    assert w.end == datetime(2026, 11, 15, 18, 30, tzinfo=UTC)


@given(
    fir=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
    end_day=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
    months=st.integers(min_value=1, max_value=12),
)
def test_the_ahtu_cutoff_agrees_with_the_clock_rule(
    fir: datetime, end_day: date, months: int
) -> None:
    """``fir < cutoff`` exactly when the AHTU due date (clocks.add_months) is before the end."""
    fir_at = fir.replace(tzinfo=IST).astimezone(UTC)
    end = datetime.combine(end_day, datetime.min.time(), tzinfo=IST).astimezone(UTC)
    cutoff = months_cutoff(end, months, IST)
    assert (fir_at < cutoff) == (add_months(fir_at, months, IST) < end)


def test_month_ends_are_handled_like_the_clock() -> None:
    end = datetime(2026, 6, 30, tzinfo=IST).astimezone(UTC)  # due before 30 June 00:00
    cutoff = months_cutoff(end, 4, IST)
    assert cutoff == datetime(2026, 3, 1, tzinfo=IST).astimezone(UTC)
    assert add_months(cutoff - timedelta(seconds=1), 4, IST) < end


def test_small_cells_are_suppressed_only_for_publication() -> None:
    table = ReturnTable(
        "T",
        "T",
        (
            ReturnColumn("a", "a"),
            ReturnColumn("b", "b"),
            ReturnColumn("p", "%", numerator="a", denominator="b"),
        ),
        (
            ReturnRow("few", "few", (2, 4, None)),
            ReturnRow("many", "many", (6, 12, None)),
            ReturnRow("none", "none", (0, 0, None)),
        ),
    )
    exact = [[cell(table, r, i) for i in range(3)] for r in table.rows]
    assert exact == [[2, 4, 50.0], [6, 12, 50.0], [0, 0, None]]
    public = [[cell(table, r, i, 5) for i in range(3)] for r in table.rows]
    assert public == [["<5", "<5", "*"], [6, 12, 50.0], [0, 0, None]]
