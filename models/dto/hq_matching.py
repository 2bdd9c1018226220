"""Possible matches across stations, as HQ's service returns them (and the PDF prints them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models.rules.matching import MatchResult


@dataclass(frozen=True)
class MatchSide:
    """One record of a cross-station pair, with its station and how to reach it."""

    station_code: str
    station_name: str
    name_local: str | None
    district: str | None
    phone: str | None
    email: str | None
    kind: str  # case, found, body
    ref: str
    uuid: str
    display_name: str
    sex: str
    age_text: str
    is_child: bool
    at: datetime


@dataclass(frozen=True)
class CrossMatch:
    found: MatchSide
    case: MatchSide
    result: MatchResult
    notices_sent: tuple[str, ...]  # station codes HQ already sent a notice to about this pair


@dataclass(frozen=True)
class CrossMatches:
    generated_at: datetime
    hq_code: str
    hq_name: str
    hq_name_local: str | None
    stations: int
    found_records: int
    case_records: int
    pairs_scored: int  # pairs the prefilter let through (sex, dates, ages) and that were scored
    threshold: int
    matches: tuple[CrossMatch, ...]
