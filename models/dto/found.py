"""A person found without a report at this station, and the lists of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models.dto.cases import ClockInfo, PersonInput, PhotoInfo, PhotoInput
from models.enums import Activity, Condition, CwcOrder, FoundStatus, Locality, PlaceType, Sex


@dataclass(frozen=True)
class FoundInput:
    """``person.age_min``/``age_max`` hold the apparent age on the day found."""

    person: PersonInput
    found_at: datetime
    found_place: str
    activity: Activity
    place_type: PlaceType | None = None
    district: str | None = None
    state: str | None = None
    locality: Locality | None = None
    found_by: str | None = None
    drive: str | None = None
    condition: Condition | None = None
    native_place: str | None = None
    native_state: str | None = None
    notes: str | None = None
    cwc_produced_at: datetime | None = None
    cwc_name: str | None = None
    cwc_order_number: str | None = None
    cwc_order: CwcOrder | None = None
    cci_name: str | None = None
    photos: tuple[PhotoInput, ...] = ()


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
    clock: ClockInfo | None
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
    activity: Activity
    linked_case: str | None
