"""ORM entities (SQLAlchemy 2 typed mappings). Only services and migrations import these."""

from models.entities.audit import AuditEvent, AuditHead, SubjectKey
from models.entities.case import (
    ActionEntry,
    Case,
    CaseStatusChange,
    Complainant,
    FirSection,
    PortalUpdate,
    RiskAssessment,
    Suspect,
    TraceRecord,
)
from models.entities.found import FoundPerson
from models.entities.match_decision import MatchDecision, MatchSuggestion
from models.entities.match_due import MatchDue
from models.entities.matching_exchange import (
    HqMatchNotice,
    HqMatchRecord,
    HqMatchStation,
    HqPossibleMatch,
    MatchNotice,
)
from models.entities.notice import Notice
from models.entities.person import (
    Address,
    ClothingItem,
    Contact,
    IdDocument,
    IdentificationMark,
    NameKey,
    Person,
    PersonName,
    Photo,
)
from models.entities.returns import (
    Drive,
    HqAnnexRow,
    HqPackage,
    HqReturnCell,
    HqReturnLayout,
    HqStationKey,
    ReturnExport,
)
from models.entities.station import AppUser, RegisterCounter, Setting, Station

__all__ = [
    "ActionEntry",
    "Address",
    "AppUser",
    "AuditEvent",
    "AuditHead",
    "Case",
    "CaseStatusChange",
    "ClothingItem",
    "Complainant",
    "Contact",
    "Drive",
    "FirSection",
    "FoundPerson",
    "HqAnnexRow",
    "HqMatchNotice",
    "HqMatchRecord",
    "HqMatchStation",
    "HqPackage",
    "HqPossibleMatch",
    "HqReturnCell",
    "HqReturnLayout",
    "HqStationKey",
    "IdDocument",
    "IdentificationMark",
    "MatchDecision",
    "MatchDue",
    "MatchNotice",
    "MatchSuggestion",
    "Notice",
    "Person",
    "NameKey",
    "PersonName",
    "Photo",
    "PortalUpdate",
    "RegisterCounter",
    "ReturnExport",
    "RiskAssessment",
    "Setting",
    "Station",
    "SubjectKey",
    "Suspect",
    "TraceRecord",
]
