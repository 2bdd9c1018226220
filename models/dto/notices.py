"""Lookout notices and the printouts, as the window, the CLI and reports/ see them.

A notice printout never receives the whole case: the service hands reports/ a
:class:`PublicDescription`, built by ``models.rules.notice_rules.public_description``, which has
no field for a family phone number, an address, a school, caste or religion, or the suspected
offence. What is not in the DTO cannot leak onto a poster.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from models.dto.accounts import StationInfo
from models.dto.cases import CaseDetail, ClothingRow, MarkRow, OfficerRef
from models.enums import (
    BodyDisposal,
    Build,
    Complexion,
    Disability,
    EyeColour,
    HairColour,
    HairLength,
    Language,
    NoticeKind,
    NoticeStatus,
    Sex,
)


@dataclass(frozen=True)
class NoticeRow:
    """One notice in the station's list (``talash notice list``, the notices pane)."""

    id: int
    kind: NoticeKind
    notice_no: str | None  # given when the notice is issued
    status: NoticeStatus
    subject_ref: str  # the case (MP/2026/0042) or found person (FP/2026/0007)
    subject_name: str
    requested_at: datetime
    requested_by: str
    approved_at: datetime | None
    approved_by: str | None
    issued_at: datetime | None
    issued_by: str | None
    withdrawal_due_at: datetime | None
    withdrawn_at: datetime | None
    withdrawn_by: str | None
    refused_reason: str | None
    version: int

    @property
    def label(self) -> str:
        """How people refer to it: its number once issued, otherwise "request #12"."""
        return self.notice_no or f"request #{self.id}"


@dataclass(frozen=True)
class PublicDescription:
    """What a notice may say about a person: appearance, languages, nothing that locates them."""

    names: tuple[str, ...]  # empty when the name is not known
    sex: Sex
    age: str | None  # at disappearance ("14", "12–14"), or apparent age when found
    age_now: str | None  # for old cases, when it differs from ``age``
    height: str | None  # "142 cm", "140–145 cm"
    build: Build | None
    complexion: Complexion | None
    hair_colour: HairColour | None
    hair_length: HairLength | None
    hair_style: str | None
    eye_colour: EyeColour | None
    facial_hair: str | None
    spectacles: bool
    marks: tuple[MarkRow, ...]
    clothing: tuple[ClothingRow, ...]
    languages: tuple[Language, ...]
    disabilities: tuple[Disability, ...]
    photo_taken_on: str | None


@dataclass(frozen=True)
class PrintContext:
    """Who printed, where and when: every printout carries it (public ones only the station)."""

    station: StationInfo
    printed_at: datetime
    printed_by: OfficerRef


@dataclass(frozen=True)
class MissingNotice:
    context: PrintContext
    notice_no: str
    issued_at: datetime
    case_ref: str
    is_child: bool
    person: PublicDescription
    last_seen_at: datetime
    last_seen_place: str
    issued_by: OfficerRef
    io: OfficerRef | None  # the notice prints the IO's official number
    qr_text: str
    photo_jpeg: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class PublicBodyFacts:
    """What a notice may say of an unidentified dead body: its inquest number and where the body
    is, or how it was disposed of. Never the post-mortem or the cause of death."""

    inquest_no: str
    inquest_station: str | None
    kept_at: str | None
    disposal: BodyDisposal | None
    disposed_on: date | None
    disposal_place: str | None


@dataclass(frozen=True)
class FoundNotice:
    """The "help identify" notice for a person found without a report here."""

    context: PrintContext
    notice_no: str
    issued_at: datetime
    found_ref: str
    is_child: bool
    person: PublicDescription
    found_at: datetime
    found_place: str
    cwc_name: str | None  # the committee (never the home) a child is in the care of
    issued_by: OfficerRef
    qr_text: str
    photo_jpeg: bytes | None = field(default=None, repr=False)
    body: PublicBodyFacts | None = None  # an unidentified dead body's notice

    @property
    def is_body(self) -> bool:
        return self.body is not None


@dataclass(frozen=True)
class WithdrawalSlip:
    """Pasted over a notice once the person is traced: no name, no photo, just the number."""

    context: PrintContext
    kind: NoticeKind
    notice_no: str
    issued_at: datetime
    withdrawn_at: datetime  # when the notice was marked for withdrawal (the trace)


@dataclass(frozen=True)
class BulkNoticeEntry:
    notice_no: str
    issued_at: datetime
    case_ref: str
    is_child: bool
    person: PublicDescription
    last_seen_at: datetime
    last_seen_place: str
    io_phone: str | None
    photo_jpeg: bytes | None = field(default=None, repr=False)  # the 256 px thumbnail


@dataclass(frozen=True)
class BulkNotices:
    """Several issued notices per page, for railway stations and bus depots."""

    context: PrintContext
    entries: tuple[BulkNoticeEntry, ...]


@dataclass(frozen=True)
class BulkFilter:
    """Which issued missing-person notices go on a bulk sheet (all of them by default)."""

    child: bool | None = None
    sex: Sex | None = None
    issued_from: datetime | None = None
    issued_to: datetime | None = None


@dataclass(frozen=True)
class CasePapers:
    """Everything the FIR and the case sheet print, for one case (not for the public)."""

    context: PrintContext
    case: CaseDetail
    officer_in_charge: OfficerRef | None  # the station head, who signs the FIR
    photo_jpeg: bytes | None = field(default=None, repr=False)
    officers: tuple[OfficerRef, ...] = ()
    """The station's officers, so a paper names whoever recorded a step by name and rank."""

    def officer_named(self, username: str) -> str:
        """``username`` as "Full Name (Rank, buckle no.)"; as it is when no officer has it."""
        ref = next((o for o in self.officers if o.username == username), None)
        return ref.describe() if ref else username
