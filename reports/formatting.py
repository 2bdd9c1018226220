"""Dates, enum values and people as the printouts show them (station time, both languages)."""

from __future__ import annotations

from datetime import datetime, tzinfo
from enum import StrEnum
from functools import cache
from zoneinfo import ZoneInfo

from models.dto.accounts import StationInfo
from models.dto.cases import ClothingRow, MarkRow, OfficerRef
from models.partial_date import DateProblem, PartialDate
from models.vocabulary import label
from reports.labels import pair

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "mr": ("सोमवार", "मंगळवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"),
    "hi": ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"),
}


@cache
def zone_of(station: StationInfo) -> tzinfo:
    return ZoneInfo(station.timezone)


def when(instant: datetime | None, zone: tzinfo) -> str:
    """DD-MM-YYYY HH:MM in station time; empty for nothing."""
    return instant.astimezone(zone).strftime("%d-%m-%Y %H:%M") if instant else ""


def day(instant: datetime | None, zone: tzinfo) -> str:
    return instant.astimezone(zone).strftime("%d-%m-%Y") if instant else ""


def clock_time(instant: datetime | None, zone: tzinfo) -> str:
    return instant.astimezone(zone).strftime("%H:%M") if instant else ""


def weekday(instant: datetime, zone: tzinfo, lang: str) -> str:
    index = instant.astimezone(zone).weekday()
    english = WEEKDAYS["en"][index]
    local = WEEKDAYS.get(lang, WEEKDAYS["en"])[index]
    return english if local == english else f"{english} / {local}"


def partial_date(text: str | None) -> str:
    """An ISO partial date (2012, 2012-05, 2012-05-17) the Indian way round (17-05-2012)."""
    if not text:
        return ""
    try:
        return PartialDate.parse_iso(text).indian()
    except DateProblem:
        return text  # printed as stored rather than refusing the whole printout


def vocab(value: StrEnum | None, lang: str) -> str:
    """An enum value's label in English and the station's language ("Thin / सडपातळ")."""
    if value is None:
        return ""
    return pair(label(value, "en"), label(value, lang))


def officer(ref: OfficerRef | None) -> str:
    return ref.describe() if ref else ""


def mark_text(mark: MarkRow, lang: str) -> str:
    parts = [vocab(mark.mark_type, lang), mark.body_location or "", mark.description or ""]
    return ", ".join(p for p in parts if p)


def clothing_text(item: ClothingRow, lang: str) -> str:
    colour = f" ({item.colour})" if item.colour and item.colour not in item.description else ""
    return f"{vocab(item.area, lang)}: {item.description}{colour}"
