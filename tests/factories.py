"""Ready-made inputs for tests: a full child case as a station writer would enter it."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import datetime, timedelta
from typing import Any

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
    MeansOfTravel,
    PlaceType,
    Relation,
    ReportMode,
    RiskAnswer,
    RiskGrade,
    Sex,
    SignatureKind,
    Trigger,
)
from tests.conftest import FIXED_NOW

# An FIR number is given once per station and year: each case a factory makes has its own.
_FIR_SERIALS = itertools.count(7001)  # above the numbers tests write out themselves


def next_fir_number() -> str:
    """A fresh FIR number of the test year ("7001/2026", "7002/2026", …)."""
    return f"{next(_FIR_SERIALS):04d}/{FIXED_NOW.year}"


def at(hours_before_now: float) -> datetime:
    """An instant this many hours before the fixed test clock."""
    return FIXED_NOW - timedelta(hours=hours_before_now)


def child_person(**changes: Any) -> PersonInput:
    person = PersonInput(
        names=("Priya Santosh Patil", "प्रिया संतोष पाटील"),
        aliases=("Pinky", "पिंकी"),
        sex=Sex.FEMALE,
        date_of_birth="2012-05-17",
        relative_name="Santosh Patil",
        relative_relation=Relation.FATHER,
        nationality="Indian",
        mother_tongue=Language.MARATHI,
        languages=(Language.MARATHI, Language.HINDI),
        education="Class 8",
        school_name="Municipal Marathi School No. 2",
        school_class="8 B",
        marital_status=None,
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
            AddressRow(AddressKind.NATIVE, None, "Kudal", None, "Sindhudurg", "Maharashtra"),
        ),
        contacts=(ContactRow(ContactKind.MOBILE, "98XXXXXX10", "father"),),
        height_cm=142,
        build=Build.THIN,
        complexion=Complexion.WHEATISH,
        hair_colour=HairColour.BLACK,
        hair_length=HairLength.LONG,
        hair_style="two plaits",
        marks=(MarkRow(MarkType.MOLE, "left cheek", "small black mole"),),
        clothing=(
            ClothingRow(
                ClothingArea.UNIFORM,
                "white shirt and navy blue skirt (school uniform)",
                "white/navy",
            ),
            ClothingRow(ClothingArea.FOOTWEAR, "black school shoes", "black"),
            ClothingRow(ClothingArea.BAG, "pink school bag", "pink"),
        ),
    )
    return dataclasses.replace(person, **changes)


def child_case(**changes: Any) -> CaseInput:
    """A 14-year-old girl missing since yesterday evening, FIR under BNS 137(2) (a fresh FIR
    number each time: read it from the case rather than assuming it)."""
    reported = at(16)
    case = CaseInput(
        report=ReportInput(
            reported_at=reported,
            report_mode=ReportMode.IN_PERSON,
            information_type=InformationType.ORAL,
            gd_entry_no="GD 23/2026",
            gd_entry_at=reported + timedelta(minutes=10),
            io="psi.more",
            jwo="hc.pawar",
        ),
        person=child_person(),
        circumstances=CircumstancesInput(
            last_seen_at=at(20),
            last_seen_place="Outside Municipal Marathi School No. 2, 90 Feet Road",
            narrative=(
                "Santosh Patil states that his daughter Priya, aged about 14 years, left school at "
                "about 6 pm and has not returned home.\nFriends say she was talking to an unknown "
                "young man near the bus stop."
            ),
            place_type=PlaceType.SCHOOL,
            landmark="Dharavi Bus Depot",
            beat="Beat 3",
            direction_from_ps="North, about 1.5 km",
            last_seen_with="two school friends",
            means_of_travel=MeansOfTravel.ON_FOOT,
            triggers=(Trigger.STRANGER_CONTACT,),
            ransom_call=False,
        ),
        complainant=ComplainantInput(
            person=PersonInput(
                names=("Santosh Ramesh Patil", "संतोष रमेश पाटील"),
                sex=Sex.MALE,
                date_of_birth="1984",
                relative_name="Ramesh Patil",
                occupation="Driver",
                contacts=(ContactRow(ContactKind.MOBILE, "98XXXXXX10"),),
                addresses=(
                    AddressRow(AddressKind.PRESENT, "Room 12, Shiv Shakti Chawl", "Kumbharwada"),
                ),
            ),
            relation=Relation.FATHER,
            seen_or_heard="heard",
            read_over_language=Language.MARATHI,
            consent_publish_photo=True,
            signature_kind=SignatureKind.SIGNATURE,
        ),
        fir=FirInput(
            number=next_fir_number(),
            registered_at=reported + timedelta(minutes=30),
            sections=(SectionRow(Act.BNS, "137(2)"),),
            copy_given_at=reported + timedelta(minutes=45),
        ),
        suspects=(SuspectRow(name="unknown young man", description="about 20, thin, red T-shirt"),),
        reasons=ReasonsInput(suspected="1.1"),
        risk=RiskInput(
            grade=RiskGrade.HIGH,
            rationale="Child of 14 seen with an unknown young man; presumed abduction.",
            answers=(RiskAnswerRow("suspected_abduction", RiskAnswer.YES, "unknown young man"),),
        ),
    )
    return dataclasses.replace(case, **changes)


def adult_case(**changes: Any) -> CaseInput:
    """A 67-year-old man with dementia who wandered off; no FIR needed."""
    base = child_case()
    case = dataclasses.replace(
        base,
        person=PersonInput(
            names=("Ganpat Shinde", "गणपत शिंदे"),
            sex=Sex.MALE,
            age_min=67,
            age_max=67,
            languages=(Language.MARATHI,),
            disability_notes="dementia; forgets his address",
        ),
        fir=None,
        suspects=(),
        reasons=ReasonsInput(suspected="3.3"),
        risk=RiskInput(grade=RiskGrade.MEDIUM, rationale="Elderly with dementia, needs medicine."),
    )
    return dataclasses.replace(case, **changes)
