"""The FIR (IIF-I, 15 items) and the case sheet: headings, pages, escaping, languages."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from models.dto.cases import ActionInput
from models.enums import ActionType
from models.errors import RuleViolation
from models.services import Services
from reports.case_sheet import render_case_sheet
from reports.fir import ITEM_COUNT, render_fir
from reports.labels import LABELS, LANGS, text
from tests.conftest import People
from tests.factories import child_case, child_person
from tests.reports.conftest import Issued, page_count, pdf_text, register_child

FIR_HEADINGS = [f"{n}. {text(f'fir_{n}', 'en')}" for n in range(1, ITEM_COUNT + 1)]


def test_every_label_has_english_marathi_and_hindi() -> None:
    assert len(LANGS) == 3
    for key, texts in LABELS.items():
        assert len(texts) == 3 and all(t.strip() for t in texts), key
    assert len(FIR_HEADINGS) == 15


def test_fir_has_the_fifteen_items_and_the_facts(
    issued: Issued, people: People, tmp_path: Path
) -> None:
    papers = issued.svc.notices.case_papers(people.writer, issued.case.register_no, "fir")
    text_ = pdf_text(render_fir(papers), tmp_path)
    for heading in FIR_HEADINGS:
        assert heading in text_, heading
    for fact in (
        "FIRST INFORMATION REPORT",
        "Under Section 173 B.N.S.S.",
        issued.case.fir.number if issued.case.fir else "no FIR",
        "Mumbai City",
        "Bharatiya Nyaya Sanhita",
        "137(2)",
        "GD 23/2026",
        "Santosh Ramesh Patil",
        "98XXXXXX10",  # the complainant's phone belongs on the FIR
        "unknown young man",
        "has not returned home",
        "[X] (2) Directed an officer to take up the investigation",
        "Anita More",
        "read over to the complainant / informant in Marathi",
        "free of cost",
        "Suresh Shinde",
    ):
        assert fact in text_, fact


def test_long_narrative_runs_over_pages_with_number_and_page_on_each(
    svc: Services, people: People
) -> None:
    base = child_case()
    story = "\n\n".join(
        f"Paragraph {i}: the complainant then described in detail where the family searched, "
        "which relatives and friends were called, and what the neighbours had seen that evening."
        for i in range(60)
    )
    case = register_child(
        svc, people, circumstances=dataclasses.replace(base.circumstances, narrative=story)
    )
    pdf = render_fir(svc.notices.case_papers(people.writer, case.register_no, "fir"))
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        body = " ".join(page.extract_text().split())
        assert case.fir is not None and f"FIR No. {case.fir.number}" in body
        assert f"Page {number} of {len(pages)}" in body
    assert "Paragraph 59:" in " ".join(p.extract_text() for p in pages)


def test_names_with_markup_print_literally_on_fir_and_sheet(
    svc: Services, people: People, tmp_path: Path
) -> None:
    odd = '<img src="/etc/passwd"> & Co'
    case = register_child(svc, people, person=child_person(names=(odd, "प्रिया")))
    for paper, render in (("fir", render_fir), ("sheet", render_case_sheet)):
        papers = svc.notices.case_papers(people.writer, case.register_no, paper)
        assert odd in pdf_text(render(papers), tmp_path), paper


def test_fir_in_hindi_and_english(issued: Issued, people: People, tmp_path: Path) -> None:
    papers = issued.svc.notices.case_papers(people.writer, issued.case.register_no, "fir")
    for lang in ("hi", "en"):
        pdf = render_fir(papers, lang=lang)
        assert page_count(pdf) >= 2
        assert "15. Date and time of dispatch to the court" in pdf_text(pdf, tmp_path)
    with pytest.raises(ValueError):
        render_fir(papers, lang="fr")


def test_english_fir_states_its_form_and_section_once(
    issued: Issued, people: People, tmp_path: Path
) -> None:
    papers = issued.svc.notices.case_papers(people.writer, issued.case.register_no, "fir")
    text_ = pdf_text(render_fir(papers, lang="en"), tmp_path)
    assert text_.count("Integrated Investigation Form-I") == 1
    assert text_.count("Under Section 173 B.N.S.S.") == 1


def test_no_fir_no_fir_printout(svc: Services, people: People) -> None:
    case = register_child(
        svc, people, fir=None, fir_not_filed_reason="Zero FIR registered at Sion PS"
    )
    with pytest.raises(RuleViolation, match="Zero FIR"):
        svc.notices.case_papers(people.writer, case.register_no, "fir")


def test_case_sheet_holds_the_action_log_and_notices(
    issued: Issued, people: People, tmp_path: Path
) -> None:
    svc = issued.svc
    svc.cases.add_action(
        people.io,
        issued.case.register_no,
        ActionInput(ActionType.CCTV_REVIEWED, details="Bus depot cameras 17:30 to 19:00 checked"),
    )
    papers = svc.notices.case_papers(people.writer, issued.case.register_no, "sheet")
    pdf = render_case_sheet(papers)
    text_ = pdf_text(pdf, tmp_path)
    for fact in (
        "CASE SHEET",
        "CONFIDENTIAL",
        "Bus depot cameras 17:30 to 19:00 checked",
        "LN/2026/0001",
        "Status history",
        "Action log",
        "Not traced.",
    ):
        assert fact in text_, fact
    assert page_count(pdf) >= 2


def test_prints_are_audited(issued: Issued, people: People) -> None:
    from sqlalchemy import select

    from models.entities import AuditEvent

    svc = issued.svc
    svc.notices.case_papers(people.writer, issued.case.register_no, "fir")
    svc.notices.missing_notice(people.writer, "LN/2026/0001")
    with svc.db.read() as s:
        actions = set(s.scalars(select(AuditEvent.action).where(AuditEvent.username == "hc.pawar")))
    assert {"case.print_fir", "notice.print"} <= actions
