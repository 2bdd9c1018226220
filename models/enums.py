"""The register's closed vocabularies.

Each enum value is a stable code: it is stored in the database, written to JSON, CSV and
return packages, and used as the key of its labels in ``resources/vocabulary.json``
(English, Marathi, Hindi). Never rename a value; add a new one instead.
"""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"
    TRANSGENDER = "transgender"
    UNKNOWN = "unknown"


class Role(StrEnum):
    WRITER = "writer"
    IO = "io"
    SHO = "sho"
    ADMIN = "admin"
    HQ_CLERK = "hq_clerk"


class ReportMode(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    SMS = "sms"
    EMAIL = "email"
    WHATSAPP = "whatsapp"
    E_FIR = "e_fir"
    ERSS_112 = "erss_112"
    ZERO_FIR = "zero_fir"


class CaseStatus(StrEnum):
    REGISTERED = "registered"
    TRACED = "traced"
    CLOSED = "closed"
    TRANSFERRED = "transferred"
    VOID = "void"


class MaritalStatus(StrEnum):
    UNMARRIED = "unmarried"
    MARRIED = "married"
    WIDOWED = "widowed"
    DIVORCED = "divorced"
    SEPARATED = "separated"
    UNKNOWN = "unknown"


class Build(StrEnum):
    THIN = "thin"
    MEDIUM = "medium"
    STOUT = "stout"


class Complexion(StrEnum):
    FAIR = "fair"
    FAIR_WHEATISH = "fair_wheatish"
    WHEATISH = "wheatish"
    DARK = "dark"


class FaceShape(StrEnum):
    ROUND = "round"
    OVAL = "oval"
    LONG = "long"
    SQUARE = "square"
    OTHER = "other"


class HairColour(StrEnum):
    BLACK = "black"
    BROWN = "brown"
    GREY = "grey"
    WHITE = "white"
    DYED = "dyed"
    BALD = "bald"


class HairLength(StrEnum):
    SHAVED = "shaved"
    SHORT = "short"
    MEDIUM = "medium"
    LONG = "long"


class EyeColour(StrEnum):
    BLACK = "black"
    BROWN = "brown"
    GREY = "grey"
    BLUE = "blue"
    GREEN = "green"
    OTHER = "other"


class Disability(StrEnum):
    SPEECH = "speech"
    HEARING = "hearing"
    VISUAL = "visual"
    LOCOMOTOR = "locomotor"
    INTELLECTUAL = "intellectual"
    MENTAL_ILLNESS = "mental_illness"
    DEMENTIA = "dementia"
    OTHER = "other"


class Language(StrEnum):
    """Languages spoken, mother tongue, read-over language (ISO 639 where one exists)."""

    MARATHI = "mr"
    HINDI = "hi"
    ENGLISH = "en"
    GUJARATI = "gu"
    URDU = "ur"
    BENGALI = "bn"
    TAMIL = "ta"
    TELUGU = "te"
    KANNADA = "kn"
    MALAYALAM = "ml"
    PUNJABI = "pa"
    ODIA = "or"
    ASSAMESE = "as"
    NEPALI = "ne"
    BHOJPURI = "bho"
    KONKANI = "kok"
    SINDHI = "sd"
    OTHER = "other"


class IdDocumentType(StrEnum):
    AADHAAR = "aadhaar"
    RATION_CARD = "ration_card"
    VOTER_ID = "voter_id"
    PASSPORT = "passport"
    PAN = "pan"
    DRIVING_LICENCE = "driving_licence"
    BIRTH_CERTIFICATE = "birth_certificate"
    SCHOOL_ID = "school_id"
    OTHER = "other"


class AddressKind(StrEnum):
    PRESENT = "present"
    PERMANENT = "permanent"
    NATIVE = "native"


class ContactKind(StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"
    EMAIL = "email"
    SOCIAL_MEDIA = "social_media"
    HANDSET_IMEI = "handset_imei"


class MarkType(StrEnum):
    MOLE = "mole"
    SCAR = "scar"
    TATTOO = "tattoo"
    BIRTHMARK = "birthmark"
    BURN_MARK = "burn_mark"
    DEFORMITY = "deformity"
    PIERCING = "piercing"
    OTHER = "other"


class ClothingArea(StrEnum):
    HEAD = "head"
    UPPER = "upper"
    LOWER = "lower"
    FOOTWEAR = "footwear"
    OUTERWEAR = "outerwear"
    UNIFORM = "uniform"
    JEWELLERY = "jewellery"
    BAG = "bag"
    CARRIED = "carried"
    OTHER = "other"


class PlaceType(StrEnum):
    HOME = "home"
    SCHOOL = "school"
    CCI = "cci"
    RAILWAY_STATION = "railway_station"
    BUS_STAND = "bus_stand"
    MARKET = "market"
    RELIGIOUS_PLACE = "religious_place"
    FAIR_GATHERING = "fair_gathering"
    HOSPITAL = "hospital"
    WORKPLACE = "workplace"
    STREET = "street"
    OTHER = "other"


class MeansOfTravel(StrEnum):
    ON_FOOT = "on_foot"
    TRAIN = "train"
    BUS = "bus"
    AUTO_TAXI = "auto_taxi"
    PRIVATE_VEHICLE = "private_vehicle"
    UNKNOWN = "unknown"
    OTHER = "other"


class Trigger(StrEnum):
    """Recent events before the disappearance (domain-reference (a) E)."""

    SCOLDING_PUNISHMENT = "scolding_punishment"
    EXAM_RESULT = "exam_result"
    QUARREL = "quarrel"
    RELATIONSHIP = "relationship"
    JOB_OFFER = "job_offer"
    STRANGER_CONTACT = "stranger_contact"
    ONLINE_CONTACT = "online_contact"
    OTHER = "other"


class Relation(StrEnum):
    FATHER = "father"
    MOTHER = "mother"
    HUSBAND = "husband"
    WIFE = "wife"
    GUARDIAN = "guardian"
    BROTHER = "brother"
    SISTER = "sister"
    SON = "son"
    DAUGHTER = "daughter"
    GRANDPARENT = "grandparent"
    UNCLE_AUNT = "uncle_aunt"
    OTHER_RELATIVE = "other_relative"
    EMPLOYER = "employer"
    CCI_STAFF = "cci_staff"
    TEACHER = "teacher"
    NEIGHBOUR = "neighbour"
    SELF = "self"
    OTHER = "other"


class RiskGrade(StrEnum):
    NO_APPARENT_RISK = "no_apparent_risk"  # adults only
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class RiskAnswer(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class ActionType(StrEnum):
    WIRELESS_MESSAGE = "wireless_message"
    PORTAL_UPLOAD = "portal_upload"
    HUE_AND_CRY_NOTICE = "hue_and_cry_notice"
    STATIONS_INFORMED = "stations_informed"
    PLACES_CHECKED = "places_checked"
    CCTV_REVIEWED = "cctv_reviewed"
    CDR_REQUESTED = "cdr_requested"
    MEDIA = "media"
    CHILDLINE_INFORMED = "childline_informed"
    DLSA_INFORMED = "dlsa_informed"
    AHTU_TRANSFER = "ahtu_transfer"
    REVIEW = "review"
    NOTE = "note"


class Portal(StrEnum):
    TRACKCHILD = "trackchild"
    KHOYA_PAYA = "khoya_paya"
    ZIPNET = "zipnet"
    CCTNS = "cctns"
    DARPAN = "darpan"
    OTHER = "other"


class ExploitationType(StrEnum):
    SEXUAL = "sexual"
    LABOUR = "labour"
    BEGGING = "begging"
    MARRIAGE = "marriage"
    ORGAN = "organ"
    OTHER = "other"


class TraceType(StrEnum):
    TRACED_ON_FIR = "traced_on_fir"
    RETURNED_ON_OWN = "returned_on_own"
    FOUND_DEAD = "found_dead"


class HowTraced(StrEnum):
    POLICE_TEAM = "police_team"
    CRIME_BRANCH_AHTU = "crime_branch_ahtu"
    GRP_RPF = "grp_rpf"
    CHILDLINE_NGO = "childline_ngo"
    CITIZEN_TIP = "citizen_tip"
    PORTAL_MATCH = "portal_match"
    CDR_CCTV = "cdr_cctv"
    DRIVE = "drive"
    ALREADY_IN_CCI = "already_in_cci"
    RETURNED_ON_OWN = "returned_on_own"
    OTHER = "other"


class Locality(StrEnum):
    """Where a person was traced or found, relative to this police station (return R4)."""

    SAME_PS = "same_ps"
    OTHER_PS_CITY = "other_ps_city"
    OTHER_DISTRICT = "other_district"
    OTHER_STATE = "other_state"
    OTHER_COUNTRY = "other_country"


class Activity(StrEnum):
    """What the person was doing when traced or found."""

    BEGGING = "begging"
    CHILD_LABOUR = "child_labour"
    RAG_PICKING = "rag_picking"
    DOMESTIC_WORK = "domestic_work"
    STREET_LIVING = "street_living"
    WITH_PARTNER = "with_partner"
    AT_RELATIVE = "at_relative"
    RELIGIOUS_PLACE = "religious_place"
    IN_CCI = "in_cci"
    LOST_WANDERING = "lost_wandering"
    OTHER = "other"


class Condition(StrEnum):
    SAFE = "safe"
    INJURED = "injured"
    VICTIM_OF_OFFENCE = "victim_of_offence"
    DECEASED = "deceased"


class CwcOrder(StrEnum):
    RESTORE_TO_FAMILY = "restore_to_family"
    CCI_PLACEMENT = "cci_placement"
    FIT_PERSON = "fit_person"
    REPATRIATION = "repatriation"
    SOCIAL_INVESTIGATION = "social_investigation"


class ReturnInterview(StrEnum):
    NOT_OFFERED = "not_offered"
    OFFERED = "offered"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class InformationType(StrEnum):
    """FIR item 4."""

    WRITTEN = "written"
    ORAL = "oral"


class FirActionTaken(StrEnum):
    """FIR item 13."""

    REGISTERED_INVESTIGATING = "registered_investigating"
    DIRECTED_IO = "directed_io"
    REFUSED = "refused"
    TRANSFERRED = "transferred"


class SignatureKind(StrEnum):
    SIGNATURE = "signature"
    THUMB_IMPRESSION = "thumb_impression"


class FoundKind(StrEnum):
    """A living person found without a report, or an unidentified dead body (UIDB)."""

    PERSON = "person"
    DEAD_BODY = "dead_body"


class BodyDisposal(StrEnum):
    """How an unidentified body was disposed of after the holding period."""

    BURIED = "buried"
    CREMATED = "cremated"


class FoundStatus(StrEnum):
    IN_CARE = "in_care"
    LINKED = "linked"
    RESTORED = "restored"
    CLOSED = "closed"


class NoticeKind(StrEnum):
    MISSING = "missing"
    FOUND = "found"


class NoticeStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    ISSUED = "issued"
    WITHDRAWAL_DUE = "withdrawal_due"
    WITHDRAWN = "withdrawn"
    REFUSED = "refused"


class Act(StrEnum):
    """Acts whose sections appear on missing-person FIRs (resources/legal/sections.json)."""

    BNS = "BNS"
    IPC = "IPC"
    POCSO = "POCSO"
    JJ = "JJ"
    ITPA = "ITPA"
    PCMA = "PCMA"
    CLPRA = "CLPRA"
    BNSS = "BNSS"
    OTHER = "OTHER"


class OrderAuthority(StrEnum):
    """Who made an order allowing publicity for a case whose victim the law protects."""

    SPECIAL_COURT = "special_court"  # POCSO s.23: only the Special Court
    JJ_BOARD = "jj_board"  # JJ Act s.74: the Juvenile Justice Board …
    CWC = "cwc"  # … or the Child Welfare Committee
    COURT = "court"  # any other court (an adult victim: BNS s.72)


class OrderPermit(StrEnum):
    """What a publicity order allows."""

    NOTICE = "notice"  # lookout notices, posters, hue-and-cry sheets
    MEDIA = "media"  # press notes and media reports
    PORTAL = "portal"  # portal and PFIF records (TrackChild, Khoya-Paya, ZIPNET)
