"""A person found without a report at this station, and the lists of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from models.dto.cases import ClockInfo, PersonInput, PhotoInfo, PhotoInput
from models.dto_fields import LongText
from models.enums import (
    Activity,
    BodyDisposal,
    Condition,
    CwcOrder,
    FoundKind,
    FoundStatus,
    Locality,
    PlaceType,
    Portal,
    Sex,
)


@dataclass(frozen=True)
class BodyFacts:
    """The inquest and after of an unidentified dead body (stored as ``body_*`` columns)."""

    inquest_no: str | None = None  # inquest / U.D. (unexplained death) case number
    inquest_station: str | None = None  # the police station that holds the inquest
    inquest_date: date | None = None
    postmortem_ref: str | None = None
    postmortem_hospital: str | None = None  # hospital or morgue of the post-mortem
    time_since_death: str | None = None  # as estimated, e.g. "2–3 days"
    recorded_cause: str | None = None  # as the post-mortem recorded it, if it did
    kept_at: str | None = None  # the mortuary holding the body until disposal
    disposal: BodyDisposal | None = None
    disposed_on: date | None = None
    disposal_place: str | None = None


@dataclass(frozen=True)
class FoundInput:
    """``person.age_min``/``age_max`` hold the apparent age on the day found.

    ``activity`` is what a living person was doing when found; a dead body has none (None).
    ``body`` is given for ``kind`` dead_body only.
    """

    person: PersonInput
    found_at: datetime
    found_place: str
    activity: Activity | None = None
    place_type: PlaceType | None = None
    district: str | None = None
    state: str | None = None
    locality: Locality | None = None
    found_by: str | None = None
    drive: str | None = None
    condition: Condition | None = None
    native_place: str | None = None
    native_state: str | None = None
    notes: LongText | None = None
    cwc_produced_at: datetime | None = None
    cwc_name: str | None = None
    cwc_order_number: str | None = None
    cwc_order: CwcOrder | None = None
    cci_name: str | None = None
    # JJ Act s.32: a found child's information uploaded to the portal (when, where, its number).
    portal_uploaded_at: datetime | None = None
    portal: Portal | None = None
    portal_reference: str | None = None
    photos: tuple[PhotoInput, ...] = ()
    kind: FoundKind = FoundKind.PERSON
    body: BodyFacts | None = None

    @property
    def is_body(self) -> bool:
        return self.kind is FoundKind.DEAD_BODY


@dataclass(frozen=True)
class FoundDetail:
    uuid: str
    ref_no: str
    version: int
    status: FoundStatus
    found: FoundInput
    is_child: bool
    age: str | None
    photos: tuple[PhotoInfo, ...]
    linked_case: str | None  # register number here
    linked_external_ref: str | None  # a case at another station
    linked_at: datetime | None
    clock: ClockInfo | None  # production before the CWC (JJ Act s.31); None for an adult or body
    upload_clock: ClockInfo | None  # the portal upload (JJ Act s.32); None where none runs
    created_at: datetime
    created_by: str

    @property
    def display_name(self) -> str:
        return self.found.person.display_name


@dataclass(frozen=True)
class FoundRow:
    id: int
    uuid: str
    ref_no: str
    status: FoundStatus
    name: str
    sex: Sex
    is_child: bool
    found_at: datetime
    found_place: str
    activity: Activity | None  # None for a dead body
    linked_case: str | None
    kind: FoundKind = FoundKind.PERSON
