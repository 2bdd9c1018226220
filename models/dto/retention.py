"""Records due for review under the station's retention periods (models/rules/retention.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from models.rules.retention import RecordKind


@dataclass(frozen=True)
class RetentionPeriod:
    kind: RecordKind
    label: str
    years: int
    counted_from: str
    destroyable: bool  # False: reviewed, never destroyed (a person still missing)


@dataclass(frozen=True)
class RetentionItem:
    kind: RecordKind
    ref: str  # register number (MP/…) or found-person number (FP/…)
    status: str
    since: datetime  # the moment the period is counted from (status recorded, or last seen)
    due_on: date
    how: str  # what the station head does with it, in plain words


@dataclass(frozen=True)
class RetentionList:
    generated_at: datetime
    periods: tuple[RetentionPeriod, ...]
    items: tuple[RetentionItem, ...]
