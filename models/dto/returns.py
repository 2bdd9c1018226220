"""The return to headquarters as the window, the printouts and the package see it.

A return is a set of tables (R1–R8), each a grid of whole-number counts under stable row and
column keys. The keys travel in the signed package, so HQ can add up many stations cell by cell;
the labels are for people. Percentages are never stored: a percentage column names the two
columns it is computed from, so a consolidated return recomputes it from the summed counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from models.enums import Sex
from models.messages import msg

# Months as the C locale's %B writes them, translatable in the window.
MONTHS = (
    msg("January"),
    msg("February"),
    msg("March"),
    msg("April"),
    msg("May"),
    msg("June"),
    msg("July"),
    msg("August"),
    msg("September"),
    msg("October"),
    msg("November"),
    msg("December"),
)


class PeriodKind(StrEnum):
    WEEK = "week"
    MONTH = "month"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    """Station-local calendar days from ``start`` to ``end``, both included."""

    kind: PeriodKind
    start: date
    end: date

    @property
    def label(self) -> str:
        """A short stable name: ``2026-W47``, ``2026-11`` or ``2026-11-01_2026-11-15``."""
        if self.kind is PeriodKind.WEEK:
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        if self.kind is PeriodKind.MONTH:
            return f"{self.start.year}-{self.start.month:02d}"
        return f"{self.start.isoformat()}_{self.end.isoformat()}"

    def describe(self) -> str:
        span = msg("{start} to {end}", start=f"{self.start:%d-%m-%Y}", end=f"{self.end:%d-%m-%Y}")
        if self.kind is PeriodKind.WEEK:
            year, week, _ = self.start.isocalendar()
            return msg("Week {week} of {year} ({span})", week=week, year=year, span=span)
        if self.kind is PeriodKind.MONTH:
            return msg(
                "{month} {year} ({span})",
                month=MONTHS[self.start.month - 1],
                year=self.start.year,
                span=span,
            )
        return span


@dataclass(frozen=True)
class ReturnColumn:
    """A column; a percentage column has ``numerator`` and ``denominator`` (other columns' keys)."""

    key: str
    label: str
    numerator: str | None = None
    denominator: str | None = None

    @property
    def is_percent(self) -> bool:
        return self.numerator is not None


@dataclass(frozen=True)
class ReturnRow:
    """One row: a count per column (``None`` in percentage columns, computed when shown)."""

    key: str
    label: str
    values: tuple[int | None, ...]
    total: bool = False


@dataclass(frozen=True)
class ReturnTable:
    code: str
    title: str
    columns: tuple[ReturnColumn, ...]
    rows: tuple[ReturnRow, ...]
    note: str = ""

    def value(self, row_key: str, col_key: str) -> int | None:
        """The stored count at ``row_key`` × ``col_key`` (KeyError if either is not there)."""
        index = next(i for i, c in enumerate(self.columns) if c.key == col_key)
        for row in self.rows:
            if row.key == row_key:
                return row.values[index]
        raise KeyError(row_key)

    def row(self, row_key: str) -> ReturnRow:
        for row in self.rows:
            if row.key == row_key:
                return row
        raise KeyError(row_key)


@dataclass(frozen=True)
class PublishedTable(ReturnTable):
    """A table as published (models/returns/disclosure.py): ``withheld`` names, by row and column
    key, the cells hidden beside the small ones so that none of them can be worked out from the
    totals. Only documents written out for publication hold these; packages carry exact tables.
    """

    withheld: frozenset[tuple[str, str]] = frozenset()


@dataclass(frozen=True)
class AnnexRow:
    """An untraced child at the end of the period, for HQ's follow-up (codes, not identities)."""

    case_ref: str
    reported_on: date
    age_band: str
    sex: Sex
    reason_code: str
    name: str | None = None  # only when the station head ticked "include names"


@dataclass(frozen=True)
class Signatory:
    """Who approves the return (printed on the PDF, named in the signed manifest)."""

    username: str
    name: str
    rank: str


@dataclass(frozen=True)
class ReturnDocument:
    """A return ready to show or write: a station's, HQ's consolidation, or a drive report."""

    kind: str  # "station", "consolidated" or "drive"
    title: str
    unit_code: str
    unit_name: str
    unit_name_local: str | None
    district: str
    state: str
    period: Period
    generated_at: datetime
    tables: tuple[ReturnTable, ...]
    signatory: Signatory | None = None
    fingerprint: str | None = None  # SHA-256 of the signed package this document goes with
    suppress_below: int | None = None  # set for publication: counts 1..N-1 are shown as "<N"
    annex: tuple[AnnexRow, ...] = ()
    notes: tuple[str, ...] = ()

    def table(self, code: str) -> ReturnTable:
        for table in self.tables:
            if table.code == code:
                return table
        raise KeyError(code)
