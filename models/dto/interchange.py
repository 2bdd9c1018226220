"""Open cases as PFIF 1.4 person and note records (People Finder Interchange Format)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

PFIF_STATUSES = ("believed_missing", "believed_alive", "believed_dead")


@dataclass(frozen=True)
class PfifPerson:
    """One open case as a PFIF person record and its note."""

    case_uuid: str
    register_no: str
    full_name: str
    alternate_names: tuple[str, ...]
    sex: str | None  # female, male, other
    date_of_birth: str | None
    age: str | None
    home_city: str | None
    home_state: str | None
    description: str
    source_date: datetime
    note_status: str
    note_text: str


@dataclass(frozen=True)
class PfifExport:
    domain: str
    source_name: str
    author_name: str
    author_phone: str | None
    author_email: str | None
    generated_at: datetime
    persons: tuple[PfifPerson, ...]
    left_out: int  # sensitive cases without a publicity order
