"""Time, injected.

Services never call ``datetime.now()``: they are handed a ``Clock``. Tests use ``FixedClock`` and
move it forward; the program uses ``SystemClock``. All instants are timezone-aware UTC; the
station's own zone (Asia/Kolkata by default) is only for display and for entering local times.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo

STATION_TZ_DEFAULT = "Asia/Kolkata"


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that stands still until a test moves it."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self._at = at.astimezone(UTC)

    def now(self) -> datetime:
        return self._at

    def advance(self, delta: timedelta) -> None:
        self._at += delta

    def set(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self._at = at.astimezone(UTC)


def station_zone(name: str = STATION_TZ_DEFAULT) -> tzinfo:
    return ZoneInfo(name)


def local_today(clock: Clock, zone: tzinfo) -> date:
    """Today's date at the station (a date of birth or a report date is a local date)."""
    return clock.now().astimezone(zone).date()
