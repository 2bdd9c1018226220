"""Lookout notices on paper: what they show, what they never show, and the variants."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A3, A4

from models.dto.cases import AddressRow, ContactRow, PersonInput, TraceInput
from models.enums import AddressKind, ContactKind, HowTraced, Locality, TraceType
from models.errors import RuleViolation
from models.services import Services
from reports.notice import (
    render_bulk_sheet,
    render_missing_notice,
    render_withdrawal_slip,
)
from tests.conftest import People
from tests.factories import at, child_case, child_person
from tests.reports.conftest import Issued, issue_for, page_count, pdf_text, register_child


def test_missing_notice_shows_the_description_and_official_contacts(
    issued: Issued, people: People, tmp_path: Path
) -> None:
    notice = issued.svc.notices.missing_notice(people.io, issued.notice.notice_no or "")
    pdf = render_missing_notice(notice)
    assert page_count(pdf) == 1
    text = pdf_text(pdf, tmp_path)
    for expected in (
        "MISSING",
        "LN/2026/0001",
        "Priya Santosh Patil",
        "14 years",
        "142 cm",
        "Female",
        "small black mole",
        "Marathi",
        "Last seen",
        "022-2407XXXX",  # the station
        "98XXXXXX02",  # the IO's official number
        "112",
        "1098",
        "MP/2026/0001",
        "This notice is withdrawn once the person is traced",
    ):
        assert expected in text, expected


def test_no_family_contact_address_school_or_offence_on_any_notice(
    svc: Services, people: People, tmp_path: Path
) -> None:
    complainant = child_case().complainant
    assert complainant is not None
    secrets_person = dataclasses.replace(
        complainant.person,
        contacts=(
            ContactRow(ContactKind.MOBILE, "9876501234"),
            ContactRow(ContactKind.EMAIL, "santosh.family@example.org"),
        ),
        addresses=(AddressRow(AddressKind.PRESENT, "Flat 7, Gulmohar Society", "Sion"),),
    )
    child = child_person(
        school_name="St. Xavier Convent High School",
        contacts=(ContactRow(ContactKind.MOBILE, "9123400001"),),
        addresses=(AddressRow(AddressKind.PRESENT, "Flat 7, Gulmohar Society", "Sion"),),
    )
    base = child_case(person=child)
    case = register_child(
        svc,
        people,
        person=child,
        complainant=dataclasses.replace(complainant, person=secrets_person),
        circumstances=dataclasses.replace(
            base.circumstances, last_seen_place="Gate of St. Xavier Convent High School, Sion"
        ),
    )
    number = issue_for(svc, people, case.register_no).notice_no or ""
    missing = render_missing_notice(svc.notices.missing_notice(people.io, number))
    bulk = render_bulk_sheet(svc.notices.bulk_notices(people.io))
    for pdf in (missing, bulk):
        text = pdf_text(pdf, tmp_path)
        for secret in (
            "9876501234",
            "9123400001",
            "santosh.family@example.org",
            "Gulmohar",
            "St. Xavier",
            "Convent",
            "1234 5678 9012",  # the child's Aadhaar
            "137(2)",  # the section (the suspected offence)
            "BNS",
            case.fir.number if case.fir else "no FIR",  # the FIR number
            "kidnap",
            "unknown young man",  # the suspect
            "Santosh Ramesh Patil",  # the complainant
        ):
            assert secret not in text, secret
        assert "Sion" in text  # the rest of the last-seen place is kept


def test_user_text_is_printed_literally_not_as_markup(
    svc: Services, people: People, tmp_path: Path
) -> None:
    odd = '<img src="/etc/passwd"> & Co'
    case = register_child(
        svc, people, person=child_person(names=(odd, "प्रिया"), hair_style="<b>plaits</b> & bun")
    )
    number = issue_for(svc, people, case.register_no).notice_no or ""
    text = pdf_text(render_missing_notice(svc.notices.missing_notice(people.io, number)), tmp_path)
    assert odd in text
    assert "<b>plaits</b> & bun" in text


def test_notice_for_a_traced_case_is_refused_and_the_slip_prints(
    issued: Issued, people: People, tmp_path: Path
) -> None:
    svc = issued.svc
    svc.cases.record_trace(
        people.io,
        issued.case.register_no,
        TraceInput(
            trace_type=TraceType.TRACED_ON_FIR,
            traced_at=at(1),
            how_traced=HowTraced.POLICE_TEAM,
            place="Dadar",
            locality=Locality.OTHER_PS_CITY,
        ),
    )
    with pytest.raises(RuleViolation):
        svc.notices.missing_notice(people.io, issued.case.register_no)
    assert render_bulk_sheet(svc.notices.bulk_notices(people.io))  # and it is off the bulk sheet
    assert svc.notices.bulk_notices(people.io).entries == ()
    slip = render_withdrawal_slip(svc.notices.withdrawal_slip(people.io, issued.case.register_no))
    text = pdf_text(slip, tmp_path)
    assert "TRACED" in text and "LN/2026/0001" in text
    assert "Priya" not in text  # a slip names no one


def test_a3_notice_is_the_same_page_scaled(issued: Issued, people: People) -> None:
    notice = issued.svc.notices.missing_notice(people.io, "LN/2026/0001")
    for paper, size in (("A4", A4), ("A3", A3)):
        page = PdfReader(io.BytesIO(render_missing_notice(notice, paper=paper))).pages
        assert len(page) == 1
        box = page[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (
            round(size[0]),
            round(size[1]),
        )


def test_rendering_is_invariant(issued: Issued, people: People) -> None:
    notice = issued.svc.notices.missing_notice(people.io, "LN/2026/0001")
    assert render_missing_notice(notice) == render_missing_notice(notice)
    assert render_missing_notice(notice, lang="hi") != render_missing_notice(notice)


def test_bulk_sheet_runs_two_columns_over_pages(
    svc: Services, people: People, tmp_path: Path
) -> None:
    names = [f"Child Number {i}" for i in range(9)]
    for name in names:
        case = register_child(svc, people, person=child_person(names=(name,)))
        issue_for(svc, people, case.register_no)
    pdf = render_bulk_sheet(svc.notices.bulk_notices(people.writer))
    assert page_count(pdf) == 2
    text = pdf_text(pdf, tmp_path)
    assert all(name in text for name in names)
    assert "LN/2026/0009" in text


def test_adult_photo_only_with_consent(svc: Services, people: People) -> None:
    adult = PersonInput(names=("Ganpat Shinde",), age_min=67, age_max=67)
    complainant = child_case().complainant
    assert complainant is not None
    for consent in (False, True):
        case = register_child(
            svc,
            people,
            person=adult,
            fir=None,
            complainant=dataclasses.replace(complainant, consent_publish_photo=consent),
        )
        number = issue_for(svc, people, case.register_no).notice_no or ""
        notice = svc.notices.missing_notice(people.io, number)
        assert (notice.photo_jpeg is not None) is consent
