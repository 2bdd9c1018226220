"""The report a front desk saves in the register benchmarks: a 14-year-old girl missing since
yesterday evening, with an FIR under BNS 137(2), complainant, suspect, reason and risk (as full
as the desk's standard child report; no photo, whose resizing is outside the transaction)."""

from __future__ import annotations

from datetime import datetime, timedelta

from models.dto.cases import (
    AddressRow,
    CaseInput,
    CircumstancesInput,
    ClothingRow,
    ComplainantInput,
    ContactRow,
    FirInput,
    IdDocumentRow,
    MarkRow,
    PersonInput,
    ReasonsInput,
    ReportInput,
    RiskAnswerRow,
    RiskInput,
    SectionRow,
    SuspectRow,
)
from models.enums import (
    Act,
    AddressKind,
    Build,
    ClothingArea,
    Complexion,
    ContactKind,
    HairColour,
    HairLength,
    IdDocumentType,
    InformationType,
    Language,
    MarkType,
    PlaceType,
    Relation,
    ReportMode,
    RiskAnswer,
    RiskGrade,
    Sex,
    Trigger,
)


def child_report(now: datetime, fir_number: str, io: str) -> CaseInput:
    """The report, made at ``now`` with FIR ``fir_number`` ("8001/2026") and IO ``io``."""
    reported = now - timedelta(hours=2)
    return CaseInput(
        report=ReportInput(
            reported_at=reported,
            report_mode=ReportMode.IN_PERSON,
            information_type=InformationType.ORAL,
            gd_entry_no="GD 23/2026",
            gd_entry_at=reported + timedelta(minutes=10),
            io=io,
        ),
        person=PersonInput(
            names=("Priya Santosh Patil", "प्रिया संतोष पाटील"),
            aliases=("Pinky",),
            sex=Sex.FEMALE,
            date_of_birth="2012-05-17",
            relative_name="Santosh Patil",
            relative_relation=Relation.FATHER,
            mother_tongue=Language.MARATHI,
            languages=(Language.MARATHI, Language.HINDI),
            school_name="Municipal Marathi School No. 2",
            id_documents=(IdDocumentRow(IdDocumentType.AADHAAR, "1234 5678 9012"),),
            addresses=(
                AddressRow(
                    AddressKind.PRESENT,
                    "Room 12, Shiv Shakti Chawl",
                    "Kumbharwada",
                    "Mumbai",
                    "Mumbai City",
                    "Maharashtra",
                    "400017",
                    "India",
                ),
            ),
            contacts=(ContactRow(ContactKind.MOBILE, "98XXXXXX10", "father"),),
            height_cm=142,
            build=Build.THIN,
            complexion=Complexion.WHEATISH,
            hair_colour=HairColour.BLACK,
            hair_length=HairLength.LONG,
            marks=(MarkRow(MarkType.MOLE, "left cheek", "small black mole"),),
            clothing=(
                ClothingRow(ClothingArea.UNIFORM, "white shirt and navy skirt", "white/navy"),
                ClothingRow(ClothingArea.FOOTWEAR, "black school shoes", "black"),
            ),
        ),
        circumstances=CircumstancesInput(
            last_seen_at=reported - timedelta(hours=3),
            last_seen_place="Outside Municipal Marathi School No. 2, 90 Feet Road",
            narrative="Left school at about 6 pm and has not returned home.",
            place_type=PlaceType.SCHOOL,
            landmark="Dharavi Bus Depot",
            triggers=(Trigger.STRANGER_CONTACT,),
            ransom_call=False,
        ),
        complainant=ComplainantInput(
            person=PersonInput(
                names=("Santosh Ramesh Patil",),
                sex=Sex.MALE,
                contacts=(ContactRow(ContactKind.MOBILE, "98XXXXXX10"),),
            ),
            relation=Relation.FATHER,
        ),
        fir=FirInput(
            number=fir_number,
            registered_at=reported + timedelta(minutes=30),
            sections=(SectionRow(Act.BNS, "137(2)"),),
        ),
        suspects=(SuspectRow(name="unknown young man", description="about 20, thin"),),
        reasons=ReasonsInput(suspected="1.1"),
        risk=RiskInput(
            grade=RiskGrade.HIGH,
            rationale="Child of 14 seen with an unknown young man.",
            answers=(RiskAnswerRow("suspected_abduction", RiskAnswer.YES, "unknown young man"),),
        ),
    )
