"""A register entry as the form, the CLI's JSON and the printouts see it.

``CaseInput`` is what a person enters (the JSON of ``talash case add``); ``CaseDetail`` is what
``talash case show`` returns: the same sections under the same names, plus what the register
adds (number, status, history, action log, trace, clocks). Dates that may be partial are ISO
strings (``2012``, ``2012-05``, ``2012-05-17``); instants are timezone-aware datetimes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from models.dto_fields import FieldMeta, LongText, PartialDateText
from models.enums import (
    Act,
    ActionType,
    Activity,
    AddressKind,
    Build,
    CaseStatus,
    ClothingArea,
    Complexion,
    Condition,
    ContactKind,
    CwcOrder,
    Disability,
    ExploitationType,
    EyeColour,
    FaceShape,
    FirActionTaken,
    HairColour,
    HairLength,
    HowTraced,
    IdDocumentType,
    InformationType,
    Language,
    Locality,
    MaritalStatus,
    MarkType,
    MeansOfTravel,
    NoticeKind,
    NoticeStatus,
    OrderAuthority,
    OrderPermit,
    PlaceType,
    Portal,
    Relation,
    ReportMode,
    ReturnInterview,
    RiskAnswer,
    RiskGrade,
    Sex,
    SignatureKind,
    TraceType,
    Trigger,
)

# -- the person ----------------------------------------------------------------------------


@dataclass(frozen=True)
class IdDocumentRow:
    doc_type: IdDocumentType
    number: str
    issue_date: PartialDateText | None = None
    issue_place: str | None = None


@dataclass(frozen=True)
class AddressRow:
    kind: AddressKind
    line: LongText | None = None
    locality: str | None = None
    city: str | None = None
    district: str | None = None
    state: str | None = None
    pin: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class ContactRow:
    kind: ContactKind
    value: str
    note: str | None = None


@dataclass(frozen=True)
class MarkRow:
    mark_type: MarkType
    body_location: str | None = None
    description: LongText | None = None


@dataclass(frozen=True)
class ClothingRow:
    area: ClothingArea
    description: LongText
    colour: str | None = None


# The part of a person every form that names someone shows (the complainant's too); a person's
# other fields are the description, shown only for the person sought or found.
IDENTITY = FieldMeta(part="identity")
AGE = FieldMeta(part="identity", pair="age", label="Age")  # one range on the form: 14, or 12-14
# One range on the form: 140, or 140-150.
HEIGHT = FieldMeta(pair="height_range", label="Height (cm)")


@dataclass(frozen=True)
class PersonInput:
    """Identity and description. ``names`` holds the name as written in each script (the first
    is the one shown in lists); ``age_min``/``age_max`` are used when the date of birth is not
    known (the age at disappearance, or the apparent age when found)."""

    names: Annotated[tuple[str, ...], IDENTITY, FieldMeta(lines=2, label="Name")] = ()
    aliases: tuple[str, ...] = ()
    sex: Annotated[Sex, IDENTITY] = Sex.UNKNOWN
    date_of_birth: Annotated[PartialDateText | None, IDENTITY] = None
    age_min: Annotated[int | None, AGE] = None
    age_max: Annotated[int | None, AGE] = None
    relative_name: Annotated[str | None, IDENTITY] = None
    relative_relation: Annotated[Relation | None, IDENTITY] = None
    nationality: Annotated[str | None, IDENTITY] = "Indian"
    mother_tongue: Language | None = None
    languages: tuple[Language, ...] = ()
    education: str | None = None
    school_name: str | None = None
    school_class: str | None = None
    occupation: Annotated[str | None, IDENTITY] = None
    marital_status: MaritalStatus | None = None
    id_documents: Annotated[tuple[IdDocumentRow, ...], IDENTITY] = ()
    addresses: Annotated[tuple[AddressRow, ...], IDENTITY] = ()
    contacts: Annotated[tuple[ContactRow, ...], IDENTITY] = ()
    height_cm: int | None = None
    height_min_cm: Annotated[int | None, HEIGHT] = None
    height_max_cm: Annotated[int | None, HEIGHT] = None
    build: Build | None = None
    complexion: Complexion | None = None
    face_shape: FaceShape | None = None
    hair_colour: HairColour | None = None
    hair_length: HairLength | None = None
    hair_style: str | None = None
    facial_hair: str | None = None
    eye_colour: EyeColour | None = None
    spectacles: bool = False
    other_features: LongText | None = None
    disabilities: tuple[Disability, ...] = ()
    disability_notes: LongText | None = None
    medical_needs: LongText | None = None
    blood_group: str | None = None
    marks: tuple[MarkRow, ...] = ()
    clothing: tuple[ClothingRow, ...] = ()
    description_notes: LongText | None = None

    @property
    def display_name(self) -> str:
        return self.names[0] if self.names else "(name not known)"


@dataclass(frozen=True)
class PhotoInput:
    """A photo to attach: ``file`` (a path, for the CLI) or ``data`` (bytes, from the window)."""

    file: str | None = None
    data: bytes | None = field(default=None, repr=False)
    primary: bool = False
    taken_on: PartialDateText | None = None
    source: str | None = None


@dataclass(frozen=True)
class PhotoInfo:
    id: int
    primary: bool
    taken_on: str | None
    source: str | None
    width: int
    height: int
    sha256: str


# -- the report ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SectionRow:
    act: Act
    section: str


@dataclass(frozen=True)
class ReportInput:
    """How and when the report came in (register columns; FIR items 3(b), 3(c), 4, 8)."""

    reported_at: datetime
    report_mode: ReportMode = ReportMode.IN_PERSON
    information_type: InformationType = InformationType.ORAL
    zero_fir_station: str | None = None
    zero_fir_number: str | None = None
    gd_entry_no: str | None = None
    gd_entry_at: datetime | None = None
    received_by: str | None = None  # username; the acting user when left empty
    io: str | None = None  # username of the investigating officer
    jwo: str | None = None  # username of the juvenile welfare officer
    delay_reason: LongText | None = None


@dataclass(frozen=True)
class FirInput:
    number: str
    registered_at: datetime
    sections: tuple[SectionRow, ...] = ()
    action_taken: FirActionTaken = FirActionTaken.DIRECTED_IO
    copy_given_at: datetime | None = None
    dispatched_to_court_at: datetime | None = None


@dataclass(frozen=True)
class CircumstancesInput:
    last_seen_at: datetime
    last_seen_place: str
    narrative: LongText
    last_seen_until: datetime | None = None
    place_type: PlaceType | None = None
    landmark: str | None = None
    beat: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    direction_from_ps: str | None = None
    outside_ps: str | None = None
    outside_ps_district: str | None = None
    last_seen_with: LongText | None = None
    means_of_travel: MeansOfTravel | None = None
    destination: LongText | None = None
    previous_episodes: int = 0
    previous_episodes_notes: LongText | None = None
    places_frequented: LongText | None = None
    friends_associates: LongText | None = None
    relatives_outside: LongText | None = None
    triggers: tuple[Trigger, ...] = ()
    trigger_notes: LongText | None = None
    preparations: LongText | None = None
    ransom_call: bool = False
    ransom_details: LongText | None = None


@dataclass(frozen=True)
class SuspectRow:
    name: str | None = None
    alias: str | None = None
    relative_name: str | None = None
    address: LongText | None = None
    description: LongText | None = None


@dataclass(frozen=True)
class ComplainantInput:
    person: PersonInput
    relation: Relation | None = None
    seen_or_heard: str | None = None  # "seen" or "heard" (FIR: seen the occurrence or heard of it)
    read_over_language: Language | None = None
    consent_publish_photo: bool = False
    signature_kind: SignatureKind | None = None


@dataclass(frozen=True)
class ReasonsInput:
    suspected: str = "8.1"
    confirmed: str | None = None
    presumed_abduction: bool | None = None  # None: the rule decides (true for every child)
    involuntary: bool | None = None
    exploitation_type: ExploitationType | None = None
    inter_state: bool = False
    cross_border: bool = False
    sexual_offence: bool = False


@dataclass(frozen=True)
class RiskAnswerRow:
    item: str
    answer: RiskAnswer
    details: LongText | None = None


@dataclass(frozen=True)
class RiskInput:
    grade: RiskGrade
    rationale: LongText
    answers: tuple[RiskAnswerRow, ...] = ()
    next_review_due: datetime | None = None  # None: from the station's review interval
    information_source: LongText | None = None


@dataclass(frozen=True)
class PublicationOrder:
    """An order allowing publicity for a case whose victim the law protects.

    ``reference`` is the order's number, ``authority`` the court's or committee's name, ``kind``
    which kind of authority made it, ``permits`` what it allows. What makes an order complete,
    and which kind fits which case, is models/rules/publicity.py. ``recorded_by`` and
    ``recorded_at`` are stamped by the register (only the station head records an order); what a
    form or file sends in them is ignored.
    """

    reference: str
    date: PartialDateText
    authority: str
    kind: OrderAuthority | None = None
    permits: tuple[OrderPermit, ...] = ()
    recorded_by: str | None = None
    recorded_at: datetime | None = None


@dataclass(frozen=True)
class CaseInput:
    report: ReportInput
    person: PersonInput
    circumstances: CircumstancesInput
    complainant: Annotated[ComplainantInput | None, FieldMeta(label="Complainant")] = None
    fir: Annotated[FirInput | None, FieldMeta(label="FIR")] = None
    fir_not_filed_reason: LongText | None = None
    suspects: tuple[SuspectRow, ...] = ()
    reasons: ReasonsInput = ReasonsInput()
    risk: Annotated[RiskInput | None, FieldMeta(label="Risk")] = None
    publication_order: Annotated[PublicationOrder | None, FieldMeta(label="Order to publish")] = (
        None
    )
    photos: tuple[PhotoInput, ...] = ()


# -- what the register adds ----------------------------------------------------------------


@dataclass(frozen=True)
class OfficerRef:
    username: str
    full_name: str
    rank: str
    buckle_no: str | None
    official_phone: str | None

    def describe(self) -> str:
        number = f", {self.buckle_no}" if self.buckle_no else ""
        return f"{self.full_name} ({self.rank}{number})"


@dataclass(frozen=True)
class StatusChange:
    at: datetime
    by: str
    from_status: CaseStatus | None
    to_status: CaseStatus
    reason: LongText | None


@dataclass(frozen=True)
class RiskAssessmentInfo:
    assessed_at: datetime
    assessed_by: str
    grade: RiskGrade
    rationale: LongText
    answers: tuple[RiskAnswerRow, ...]
    next_review_due: datetime
    information_source: LongText | None


@dataclass(frozen=True)
class ActionInput:
    action_type: ActionType
    details: LongText | None = None
    happened_at: datetime | None = None  # None: now
    portal: Portal | None = None
    reference: str | None = None
    stations: str | None = None


@dataclass(frozen=True)
class ActionInfo:
    seq: int
    action_type: ActionType
    happened_at: datetime
    recorded_at: datetime
    recorded_by: str
    portal: Portal | None
    reference: str | None
    stations: str | None
    details: LongText | None


@dataclass(frozen=True)
class NoticeInfo:
    id: int
    kind: NoticeKind
    notice_no: str | None
    status: NoticeStatus
    requested_at: datetime
    requested_by: str
    approved_at: datetime | None
    approved_by: str | None
    issued_at: datetime | None
    issued_by: str | None
    withdrawal_due_at: datetime | None
    withdrawn_at: datetime | None


class ClockState(StrEnum):
    """Where a deadline stands (models/rules/clocks.py decides, once, for every reader)."""

    RUNNING = "running"  # not done, and its time has not run out
    OVERDUE = "overdue"  # not done, and its time has run out
    MET = "met"  # done by the deadline
    LATE = "late"  # done, but after the deadline


@dataclass(frozen=True)
class ClockInfo:
    """A legal or SOP deadline on the case. Computed on every read, never stored."""

    # fir_missing, cwc_production, ahtu_transfer, risk_review, portal_upload (a case);
    # cwc_production_found (a found child)
    kind: str
    label: str  # states the station's setting, e.g. "Production before the CWC (12 h)"
    due_at: datetime
    done_at: datetime | None
    overdue: bool  # the same as ``state is ClockState.OVERDUE``, kept for older readers
    state: ClockState

    @property
    def open(self) -> bool:
        return self.done_at is None


@dataclass(frozen=True)
class CasePermissions:
    """What the user who asked may do with the case as it now stands.

    Worked out by the service that returns the case, from the roles (models/permissions.py: an
    investigating officer's powers reach only the cases assigned to them) and the case's status
    (models/rules/status.py). The window offers what this allows; the service still decides
    when the step is taken. A case read without a user (a printout, an export) allows nothing.
    """

    edit: bool = False  # change the case's fields and photos
    # Why the user may not change the case, in plain words (None when they may); the registering
    # user is told when their grace period ended.
    edit_refusal: str | None = None
    add_action: bool = False  # append to the action log
    assess_risk: bool = False
    record_trace: bool = False  # the person is traced (a missing case)
    record_reunion: bool = False  # reunion and closure steps (a traced case)
    close: bool = False  # close a traced case once every closure step is done
    reopen: bool = False  # a trace recorded in error: missing again
    void: bool = False  # an entry made in error
    transfer: bool = False
    assign_io: bool = False  # choose or change the investigating officer
    mark_repeat: bool = False  # mark it a repeat episode of the same person's earlier case
    request_notice: bool = False  # ask for a lookout notice (issue it once approved)
    approve_notice: bool = False  # approve or refuse a requested notice
    print_papers: bool = False  # print the FIR, the case sheet, an issued notice


@dataclass(frozen=True)
class CaseDetail:
    uuid: str
    register_no: str
    version: int
    station_code: str
    status: CaseStatus
    report: ReportInput
    person: PersonInput
    circumstances: CircumstancesInput
    complainant: ComplainantInput | None
    fir: FirInput | None
    fir_not_filed_reason: LongText | None
    suspects: tuple[SuspectRow, ...]
    reasons: ReasonsInput
    risk: RiskInput | None
    publication_order: PublicationOrder | None
    photos: tuple[PhotoInfo, ...]
    # derived and recorded
    is_child: bool
    age_at_disappearance: str | None  # "14" or "12–14"
    age_now: str | None
    received_by_officer: OfficerRef | None
    io_officer: OfficerRef | None
    jwo_officer: OfficerRef | None
    risk_history: tuple[RiskAssessmentInfo, ...]
    actions: tuple[ActionInfo, ...]
    status_history: tuple[StatusChange, ...]
    trace: TraceInfo | None
    portal_updates: tuple[PortalUpdateInfo, ...]
    notices: tuple[NoticeInfo, ...]
    clocks: tuple[ClockInfo, ...]
    sensitive: bool  # the victim's identity is protected: no publicity without a fitting order
    transferred_to: str | None
    void_reason: str | None
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    # Repeat episodes (models/rules/episodes.py): the same person's other register entries,
    # oldest first; the entry this one was marked a repeat of; the derived times missing before.
    episodes: tuple[EpisodeInfo, ...] = ()
    repeat_of: str | None = None
    episodes_before: int = 0
    # Still missing seven years after last seen: kept open, marked for review; only a court
    # can declare a person presumed dead (models/rules/long_term.py).
    long_term_missing: bool = False
    # POCSO s.23 governs disclosure: only the Special Court's order lifts the block
    # (models/rules/publicity.py).
    pocso: bool = False
    # What the user who asked may do with it (nothing when read without a user).
    permissions: CasePermissions = field(default_factory=CasePermissions)

    @property
    def display_name(self) -> str:
        return self.person.display_name

    def as_input(self) -> CaseInput:
        """The editable part, to start an edit from."""
        return CaseInput(
            report=self.report,
            person=self.person,
            circumstances=self.circumstances,
            complainant=self.complainant,
            fir=self.fir,
            fir_not_filed_reason=self.fir_not_filed_reason,
            suspects=self.suspects,
            reasons=self.reasons,
            risk=self.risk,
            publication_order=self.publication_order,
        )


@dataclass(frozen=True)
class EpisodeInfo:
    """Another register entry of the same person."""

    register_no: str
    uuid: str
    status: CaseStatus
    name: str
    reported_at: datetime
    last_seen_at: datetime
    last_seen_place: str
    repeat_of: str | None  # the register number it was marked a repeat of
    earlier: bool  # reported before the case it is shown with


# -- trace and reunion -----------------------------------------------------------------------


@dataclass(frozen=True)
class TraceInput:
    trace_type: TraceType
    traced_at: datetime
    how_traced: HowTraced
    place: str
    locality: Locality
    condition: Condition = Condition.SAFE
    ps_informed_at: datetime | None = None
    how_details: LongText | None = None
    portal: Portal | None = None
    portal_match_id: str | None = None
    drive: str | None = None
    district: str | None = None
    state: str | None = None
    country: str | None = None
    traced_by_name: str | None = None
    traced_by_rank: str | None = None
    traced_by_number: str | None = None
    traced_by_unit: str | None = None
    found_with: LongText | None = None
    activity: Activity | None = None
    condition_details: LongText | None = None
    medical_exam: LongText | None = None
    new_fir_number: str | None = None
    accused_arrested: int = 0
    uidb_number: str | None = None
    statement_recorded: bool = False
    statement_by: str | None = None
    do_not_disclose_location: bool = False
    confirmed_reason: str | None = None


@dataclass(frozen=True)
class ReunionInput:
    cwc_produced_at: datetime | None = None
    cwc_name: str | None = None
    cwc_order_number: str | None = None
    cwc_order: CwcOrder | None = None
    cci_name: str | None = None
    cwc_not_required_reason: str | None = None
    handover_to_name: str | None = None
    handover_relation: Relation | None = None
    handover_id_type: IdDocumentType | None = None
    handover_id_number: str | None = None
    handover_id_checked: bool = False
    handover_at: datetime | None = None
    handover_place: str | None = None
    handover_witnesses: LongText | None = None
    counselling_done: bool = False
    school_readmission: bool = False
    follow_up: LongText | None = None
    safe_well_by: str | None = None
    safe_well_at: datetime | None = None
    safe_well_notes: LongText | None = None
    return_interview: ReturnInterview | None = None
    return_interview_by: str | None = None
    return_interview_at: datetime | None = None


@dataclass(frozen=True)
class ClosureInput:
    complainant_informed_at: datetime | None = None
    dlsa_informed_at: datetime | None = None
    final_report_ref: str | None = None
    portals_updated: tuple[PortalUpdateInput, ...] = ()


@dataclass(frozen=True)
class PortalUpdateInput:
    portal: Portal
    updated_at: datetime
    reference: str | None = None


@dataclass(frozen=True)
class PortalUpdateInfo:
    portal: Portal
    updated_at: datetime
    reference: str | None
    recorded_by: str


@dataclass(frozen=True)
class TraceInfo:
    trace: TraceInput
    reunion: ReunionInput
    closure: ClosureInput
    recorded_at: datetime
    recorded_by: str
    reunion_recorded_at: datetime | None
    out_of_state: bool
    out_of_country: bool


@dataclass(frozen=True)
class ClosureStep:
    """Something still to do before the case can be closed."""

    code: str
    label: str


# -- lists -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseRow:
    """One line of the register view."""

    id: int
    uuid: str
    register_no: str
    status: CaseStatus
    name: str
    other_names: str
    sex: Sex
    age_at_disappearance: int | None
    is_child: bool
    reported_at: datetime
    last_seen_at: datetime
    last_seen_place: str
    fir_number: str | None
    io_name: str | None
    suspected_reason: str
    confirmed_reason: str | None
    overdue: bool
    version: int


@dataclass(frozen=True)
class CaseFilter:
    statuses: tuple[CaseStatus, ...] = ()
    child: bool | None = None
    sex: Sex | None = None
    reported_from: datetime | None = None
    reported_to: datetime | None = None
    reason_category: str | None = None
    io: str | None = None  # username
    overdue_only: bool = False
    text: str | None = None  # names, aliases, register and FIR numbers (Latin or Devanagari)
    include_void: bool = False


class CaseSort:
    """Orders the register can be read in (keyset-paged)."""

    REPORTED_DESC = "reported_desc"
    REPORTED_ASC = "reported_asc"
    REGISTER_DESC = "register_desc"
    REGISTER_ASC = "register_asc"
    ALL = (REPORTED_DESC, REPORTED_ASC, REGISTER_DESC, REGISTER_ASC)


@dataclass(frozen=True)
class CasePage:
    rows: tuple[CaseRow, ...]
    next_cursor: str | None  # pass back to get the next page; None at the end
    # A text search answers page and count at once (one look-up per keystroke): the records
    # the index found (capped at 1,000: ``capped``), and each row's fit as
    # (case id, fit 0–100, what fitted). The overdue filter's page carries its count too.
    total: int | None = None
    capped: bool = False
    fits: tuple[tuple[int, int, str], ...] = ()
