"""How the desk writes and reads dates, times, ages and durations (Qt only to translate words).

Instants are typed and shown in the station's zone as ``DD-MM-YYYY HH:MM`` (24-hour), the Indian
order the register has always used; partial dates as ``DD-MM-YYYY``, ``MM-YYYY`` or ``YYYY``.
Only explicit forms are accepted: nothing is guessed.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication

from models.partial_date import AgeRange, DateProblem, PartialDate
from models.rules.age_phrases import parse_age_phrase

INSTANT_PLACEHOLDER = "DD-MM-YYYY HH:MM"
PARTIAL_PLACEHOLDER = "DD-MM-YYYY, MM-YYYY or YYYY"
_INSTANT = re.compile(
    r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[\sT,]+(\d{1,2})[:.]?(\d{2}))?\s*$"
)


def format_instant(value: datetime | None, zone: tzinfo) -> str:
    """``DD-MM-YYYY HH:MM`` in the station's zone; empty for nothing."""
    if value is None:
        return ""
    return value.astimezone(zone).strftime("%d-%m-%Y %H:%M")


def format_day(value: datetime | None, zone: tzinfo) -> str:
    return "" if value is None else value.astimezone(zone).strftime("%d-%m-%Y")


def parse_instant(text: str, zone: tzinfo) -> datetime:
    """Read ``DD-MM-YYYY HH:MM`` (station time); raises ``DateProblem`` in plain words."""
    m = _INSTANT.match(text)
    if not m:
        raise DateProblem(
            QCoreApplication.translate(
                "formats",
                "'{text}' is not a date and time in the form DD-MM-YYYY HH:MM "
                "(24-hour clock, e.g. 20-11-2026 18:30)",
            ).format(text=text.strip())
        )
    day, month, year, hour, minute = m.groups()
    if hour is None:
        raise DateProblem(
            QCoreApplication.translate(
                "formats", "add the time as HH:MM (24-hour clock), e.g. 18:30"
            )
        )
    PartialDate(int(year), int(month), int(day))  # names an impossible day in plain words
    if not (0 <= int(hour) <= 23 and 0 <= int(minute) <= 59):
        raise DateProblem(
            QCoreApplication.translate(
                "formats", "{hour}:{minute} is not a time on the 24-hour clock"
            ).format(hour=hour, minute=minute)
        )
    return datetime(int(year), int(month), int(day), int(hour), int(minute), tzinfo=zone)


def parse_day_start(text: str, zone: tzinfo) -> datetime:
    """A whole day ``DD-MM-YYYY`` as the instant of its local midnight."""
    value = PartialDate.parse_indian(text)
    if value.day is None:
        raise DateProblem(QCoreApplication.translate("formats", "give the whole date, DD-MM-YYYY"))
    return datetime(value.year, value.month or 1, value.day, tzinfo=zone)


def format_partial(iso: str | None) -> str:
    """An ISO partial date (``2012-05``) in the Indian order (``05-2012``)."""
    if not iso:
        return ""
    try:
        return PartialDate.parse_iso(iso).indian()
    except DateProblem:
        return iso


def parse_partial(text: str) -> str:
    """``17-05-2012`` / ``05-2012`` / ``2012`` to the ISO form the records keep."""
    return PartialDate.parse_indian(text).iso()


def format_age(low: int | None, high: int | None) -> str:
    if low is None and high is None:
        return ""
    lo = low if low is not None else high
    hi = high if high is not None else low
    return str(lo) if lo == hi else f"{lo}-{hi}"


def parse_age(text: str) -> AgeRange:
    """An age as said at the desk ("13", "12-14", "about 13", "१३ वर्षे")."""
    return parse_age_phrase(text)


def describe_due(due: datetime, now: datetime) -> str:
    """ "overdue by 3 h 20 min" or "due in 5 h 2 min" (days when longer than two days)."""
    delta = due - now
    span = _span(abs(delta))
    if delta < timedelta(0):
        return QCoreApplication.translate("formats", "overdue by {span}").format(span=span)
    return QCoreApplication.translate("formats", "due in {span}").format(span=span)


def countdown(due: datetime, now: datetime) -> str:
    """``HH:MM:SS`` left (or ``-HH:MM:SS`` past), for a running clock."""
    seconds = int((due - now).total_seconds())
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    return f"{sign}{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _span(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days >= 2:
        return QCoreApplication.translate("formats", "{days} days").format(days=days)
    hours += days * 24
    if hours:
        return QCoreApplication.translate("formats", "{hours} h {mins} min").format(
            hours=hours, mins=mins
        )
    return QCoreApplication.translate("formats", "{mins} min").format(mins=mins)
