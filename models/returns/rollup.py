"""HQ's monthly, quarterly and yearly returns, built from the stations' weekly packages.

Stations send ISO weeks (Monday to Sunday), and a week does not respect month ends. A week is
never split (its package holds the week's figures, not the days'): it belongs whole to the month
that holds its Thursday, i.e. most of its days — the rule ISO 8601 uses for the year a week
belongs to. So November 2026 is weeks 45 to 48 (2 to 29 November); the week of 30 November to
6 December is December's. A quarter is its three months' weeks and a year is the ISO year's 52 or
53 weeks, so every week is counted in exactly one month, one quarter and one year. The return
states the days it really covers.

Flows (reported, traced, transferred, found …) add up over the weeks; stocks do not: "untraced at
start" is the first week's, "untraced at end" (and the other end-of-period figures) the last
week's, as the station's own return over those days would count them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from models.dto.returns import MONTHS, Period, PeriodKind
from models.errors import Problem, ValidationFailed
from models.messages import msg
from models.returns.period import week_of

# (table code, row key, column key) → count
CellKey = tuple[str, str, str]

ROLLUP_HELP = msg("a month (2026-11 or 11-2026), a quarter (2026-Q4 or Q4-2026) or a year (2026)")

_MONTH_ISO = re.compile(r"^(\d{4})-(\d{1,2})$")
_MONTH_INDIAN = re.compile(r"^(\d{1,2})[-/.](\d{4})$")
_QUARTER = re.compile(r"^(?:(\d{4})-?Q([1-4])|Q([1-4])[-/ ]?(\d{4}))$", re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})$")


class RollupKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


@dataclass(frozen=True)
class RollupSpan:
    """The weeks a month, quarter or year of HQ's returns is made of."""

    kind: RollupKind
    label: str  # 2026-11, 2026-Q4, 2026
    name: str  # November 2026, October–December 2026, 2026
    weeks: tuple[Period, ...]

    @property
    def period(self) -> Period:
        """The days the weeks cover, Monday of the first to Sunday of the last."""
        return Period(PeriodKind.CUSTOM, self.weeks[0].start, self.weeks[-1].end)

    def describe(self) -> str:
        first = self.weeks[0].label.split("-W")[1]
        last = self.weeks[-1].label.split("-W")[1]
        return msg(
            "{name}: ISO weeks {first} to {last} of {year}, {start} to {end}",
            name=self.name,
            first=first,
            last=last,
            year=self.weeks[0].label[:4],
            start=f"{self.period.start:%d-%m-%Y}",
            end=f"{self.period.end:%d-%m-%Y}",
        )


def month_of_week(week: Period) -> tuple[int, int]:
    """(year, month) a week belongs to: the month of its Thursday."""
    thursday = week.start + timedelta(days=3)
    return thursday.year, thursday.month


def _weeks_where(first_day: date, last_day: date, keep: tuple[int, int]) -> tuple[Period, ...]:
    """The weeks around [first_day, last_day] whose Thursday's month is in the range ``keep``."""
    out: list[Period] = []
    w = week_of(first_day - timedelta(days=7))
    while w.start <= last_day + timedelta(days=7):
        year, month = month_of_week(w)
        if keep[0] <= year * 12 + month - 1 <= keep[1]:
            out.append(w)
        w = week_of(w.start + timedelta(days=7))
    return tuple(out)


def month_span(year: int, month: int) -> RollupSpan:
    if not 1 <= month <= 12:
        raise _refuse(msg("there is no month {number}", number=month))
    first = date(year, month, 1)
    index = year * 12 + month - 1
    weeks = _weeks_where(first, first + timedelta(days=31), (index, index))
    name = msg("{month} {year}", month=MONTHS[month - 1], year=year)
    return RollupSpan(RollupKind.MONTH, f"{year}-{month:02d}", name, weeks)


def quarter_span(year: int, quarter: int) -> RollupSpan:
    if not 1 <= quarter <= 4:
        raise _refuse(msg("there is no quarter {number}", number=quarter))
    first_month = 3 * (quarter - 1) + 1
    first = date(year, first_month, 1)
    index = year * 12 + first_month - 1
    weeks = _weeks_where(first, first + timedelta(days=92), (index, index + 2))
    last = date(year, first_month + 2, 1)
    name = msg(
        "{first}–{last} {year}",
        first=MONTHS[first.month - 1],
        last=MONTHS[last.month - 1],
        year=year,
    )
    return RollupSpan(RollupKind.QUARTER, f"{year}-Q{quarter}", name, weeks)


def year_span(year: int) -> RollupSpan:
    first = date(year, 1, 1)
    weeks = _weeks_where(first, date(year, 12, 31), (year * 12, year * 12 + 11))
    return RollupSpan(RollupKind.YEAR, str(year), str(year), weeks)


def parse_rollup(text: str) -> RollupSpan:
    raw = text.strip()
    if m := _MONTH_ISO.match(raw):
        return month_span(int(m.group(1)), int(m.group(2)))
    if m := _MONTH_INDIAN.match(raw):
        return month_span(int(m.group(2)), int(m.group(1)))
    if m := _QUARTER.match(raw):
        if m.group(1):
            return quarter_span(int(m.group(1)), int(m.group(2)))
        return quarter_span(int(m.group(4)), int(m.group(3)))
    if m := _YEAR.match(raw):
        return year_span(int(m.group(1)))
    raise _refuse(msg("'{text}' is not {expected}", text=raw, expected=ROLLUP_HELP))


def _refuse(message: str) -> ValidationFailed:
    return ValidationFailed([Problem("period", message)])


# -- adding weeks up ------------------------------------------------------------------------------


def is_stock_at_start(key: CellKey) -> bool:
    return key[0] == "R1" and key[2] == "opening"


def is_stock_at_end(key: CellKey) -> bool:
    """A figure of the state at the period's end: the last week's, never a sum."""
    table, row, col = key
    return (
        (table == "R1" and col == "closing")
        or (table == "R2" and col.startswith("untraced."))
        or (table == "R3" and row == "ahtu_pending")
    )


def combine(
    summed: Mapping[CellKey, int], first: Mapping[CellKey, int], last: Mapping[CellKey, int]
) -> dict[CellKey, int]:
    """One station's figures over its weeks: ``summed`` holds every cell added over the weeks,
    ``first`` and ``last`` the first and last week's cells. Flows keep their sum, stocks are
    taken at the ends, and R1's total is recomputed as the first week's untraced at start plus
    everything reported, so the table's own sums still hold.
    """
    out: dict[CellKey, int] = {}
    totals: list[CellKey] = []
    for key, value in summed.items():
        if is_stock_at_start(key):
            out[key] = first.get(key, 0)
        elif is_stock_at_end(key):
            out[key] = last.get(key, 0)
        elif key[0] == "R1" and key[2] == "total":
            totals.append(key)
        else:
            out[key] = value
    for table, row, col in totals:
        out[(table, row, col)] = out.get((table, row, "opening"), 0) + out.get(
            (table, row, "reported"), 0
        )
    return out


def combine_weeks(weeks: Sequence[Mapping[CellKey, int]]) -> dict[CellKey, int]:
    """One station's figures over its weeks, given each week's cells in order."""
    if not weeks:
        return {}
    summed: dict[CellKey, int] = {}
    for w in weeks:
        for key, value in w.items():
            summed[key] = summed.get(key, 0) + value
    return combine(summed, weeks[0], weeks[-1])
