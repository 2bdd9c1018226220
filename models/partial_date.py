"""Dates that may be partial (year, year-month, full), and ages derived from them.

Stored and exchanged in ISO order (``2012``, ``2012-05``, ``2012-05-17``); typed at the desk in
the Indian order (``17-05-2012``, ``05-2012``, ``2012``). Only these explicit forms are accepted:
two-digit years, impossible dates and anything that needs a guess are refused.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from models.messages import msg

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_INDIAN = re.compile(r"^(?:(\d{1,2})[-/.])?(?:(\d{1,2})[-/.])?(\d{4})$")
MIN_YEAR = 1900


class DateProblem(ValueError):
    """The text is not a date Talash can take; the message says why in plain words."""


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= 9999:
            raise DateProblem(msg("the year {year} is not believable", year=self.year))
        if self.month is None:
            if self.day is not None:
                raise DateProblem(msg("a day needs a month"))
            return
        if not 1 <= self.month <= 12:
            raise DateProblem(msg("there is no month {month}", month=self.month))
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise DateProblem(
                    msg(
                        "{month_name} {year} has no day {day}",
                        month_name=calendar.month_name[self.month],
                        year=self.year,
                        day=self.day,
                    )
                )

    @classmethod
    def parse_iso(cls, text: str) -> PartialDate:
        m = _ISO.match(text.strip())
        if not m:
            raise DateProblem(
                msg(
                    "'{text}' is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD",
                    text=text,
                )
            )
        year, month, day = m.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def parse_indian(cls, text: str) -> PartialDate:
        """Parse DD-MM-YYYY, MM-YYYY or YYYY (``-``, ``/`` or ``.`` between the parts)."""
        raw = text.strip()
        m = _INDIAN.match(raw)
        if not m:
            raise DateProblem(
                msg(
                    "'{text}' is not a date in the form DD-MM-YYYY (or MM-YYYY, or just "
                    "the year YYYY); the year needs four digits",
                    text=text,
                )
            )
        first, second, year = m.groups()
        if first and second:
            return cls(int(year), int(second), int(first))
        if first:
            return cls(int(year), int(first))
        return cls(int(year))

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def indian(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.month:02d}-{self.year:04d}"
        return f"{self.day:02d}-{self.month:02d}-{self.year:04d}"


def years_between(born: date, on: date) -> int:
    """Completed years of age on ``on`` for someone born on ``born``."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


@dataclass(frozen=True)
class AgeRange:
    low: int
    high: int

    def __post_init__(self) -> None:
        if self.low < 0 or self.high < self.low:
            raise ValueError("an age range needs 0 <= low <= high")

    @property
    def exact(self) -> bool:
        return self.low == self.high

    def text(self) -> str:
        return str(self.low) if self.exact else f"{self.low}–{self.high}"

    def plus_years(self, years: int) -> AgeRange:
        return AgeRange(self.low + years, self.high + years)


def age_on(born: PartialDate, on: date) -> AgeRange:
    """The possible ages on ``on`` of someone born on a (possibly partial) date."""
    low = years_between(born.latest(), on)
    high = years_between(born.earliest(), on)
    return AgeRange(max(low, 0), max(high, 0))
