"""Return periods: ISO weeks, calendar months and custom ranges of station-local days.

A period is a run of whole local days. Its figures count instants from the first moment of
``start`` (00:00 station time) up to, but not including, the first moment after ``end``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from models.dto.returns import Period, PeriodKind
from models.errors import Problem, ValidationFailed
from models.messages import msg, said
from models.partial_date import DateProblem, PartialDate

MAX_CUSTOM_DAYS = 5 * 366  # a five-year return is the longest anyone asks for

_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)
_MONTH_ISO = re.compile(r"^(\d{4})-(\d{1,2})$")
_MONTH_INDIAN = re.compile(r"^(\d{1,2})[-/.](\d{4})$")
_RANGE = re.compile(r"^\s*(\S+)\s*(?:\.\.|:|\s+to\s+)\s*(\S+)\s*$", re.IGNORECASE)

PERIOD_HELP = msg(
    "a period: 2026-W47 (ISO week), 2026-11 or 11-2026 (month), "
    "01-11-2026..15-11-2026 (days), or this-week, last-week, this-month, last-month"
)


@dataclass(frozen=True)
class Window:
    """A period as instants: ``start`` ≤ t < ``end``, both timezone-aware UTC."""

    start: datetime
    end: datetime


def week(year: int, number: int) -> Period:
    try:
        start = date.fromisocalendar(year, number, 1)
    except ValueError as exc:
        raise _refuse(msg("{year} has no ISO week {number}", year=year, number=number)) from exc
    return Period(PeriodKind.WEEK, start, start + timedelta(days=6))


def month(year: int, number: int) -> Period:
    if not 1 <= number <= 12:
        raise _refuse(msg("there is no month {number}", number=number))
    start = date(year, number, 1)
    following = date(year + (number == 12), number % 12 + 1, 1)
    return Period(PeriodKind.MONTH, start, following - timedelta(days=1))


def days(start: date, end: date) -> Period:
    if end < start:
        raise _refuse(msg("the period ends before it starts"))
    if (end - start).days + 1 > MAX_CUSTOM_DAYS:
        raise _refuse(msg("a period can be at most {days} days long", days=MAX_CUSTOM_DAYS))
    return Period(PeriodKind.CUSTOM, start, end)


def week_of(day: date) -> Period:
    year, number, _ = day.isocalendar()
    return week(year, number)


def month_of(day: date) -> Period:
    return month(day.year, day.month)


def default_period(today: date) -> Period:
    """The last complete ISO week: the return a station head sends on Monday morning."""
    return week_of(today - timedelta(days=7))


def parse_period(text: str | None, today: date) -> Period:
    """Read a period as typed at the desk or on the command line (see ``PERIOD_HELP``)."""
    if text is None or not text.strip():
        return default_period(today)
    raw = text.strip()
    named = {
        "this-week": lambda: week_of(today),
        "last-week": lambda: default_period(today),
        "this-month": lambda: month_of(today),
        "last-month": lambda: month_of(today.replace(day=1) - timedelta(days=1)),
    }
    if raw.lower() in named:
        return named[raw.lower()]()
    if m := _WEEK.match(raw):
        return week(int(m.group(1)), int(m.group(2)))
    if m := _MONTH_ISO.match(raw):
        return month(int(m.group(1)), int(m.group(2)))
    if m := _MONTH_INDIAN.match(raw):
        return month(int(m.group(2)), int(m.group(1)))
    if m := _RANGE.match(raw):
        return days(_day(m.group(1)), _day(m.group(2)))
    raise _refuse(msg("'{text}' is not {expected}", text=raw, expected=PERIOD_HELP))


def _day(text: str) -> date:
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
        parsed = PartialDate.parse_indian(text)
    except (DateProblem, ValueError) as exc:
        raise _refuse(
            msg("'{text}' is not a day: {problem}", text=text, problem=said(exc))
        ) from exc
    if parsed.precision != "day":
        raise _refuse(msg("'{text}' is not a whole date; write DD-MM-YYYY", text=text))
    return parsed.earliest()


def _refuse(message: str) -> ValidationFailed:
    return ValidationFailed([Problem("period", message)])


def local_midnight(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def window(period: Period, zone: tzinfo) -> Window:
    return Window(
        local_midnight(period.start, zone), local_midnight(period.end + timedelta(days=1), zone)
    )


def check_not_future(period: Period, today: date) -> None:
    """A period may include today (a preview of the running week), never start after it."""
    if period.start > today:
        raise _refuse(msg("the period {period} has not started yet", period=period.describe()))
