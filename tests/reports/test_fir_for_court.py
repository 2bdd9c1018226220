"""The FIR as a court reads it: no blank where the accused go, a signed page that shows what was
signed, and each section described in the station's language."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import Paragraph, Table

from models.enums import Act
from models.legal_sections import load_sections
from models.services import Services
from reports.fir import FirReport, render_fir
from reports.labels import text
from tests.conftest import People
from tests.reports.conftest import pdf_text, register_child


def cell_text(table: Table, row: int, column: int) -> str:
    cell = table._cellvalues[row][column]
    assert isinstance(cell, Paragraph)
    return str(cell.text)


def test_item_7_says_unknown_when_no_suspect_is_known(
    svc: Services, people: People, tmp_path: Path
) -> None:
    case = register_child(svc, people, suspects=())
    papers = svc.notices.case_papers(people.writer, case.register_no, "fir")
    for lang, local in (("mr", "अज्ञात"), ("hi", "अज्ञात")):
        accused = FirReport(papers, lang=lang).item_7()
        assert cell_text(accused, 1, 1) == f"Unknown / {local}"
    extracted = pdf_text(render_fir(papers, lang="en"), tmp_path)
    item_7 = extracted.split(text("fir_7", "en"))[1].split(text("fir_8", "en"))[0]
    assert "Unknown" in item_7


def test_item_7_lists_a_known_suspect_instead(svc: Services, people: People) -> None:
    case = register_child(svc, people)  # the factory's case names "unknown young man"
    papers = svc.notices.case_papers(people.writer, case.register_no, "fir")
    accused = FirReport(papers).item_7()
    assert cell_text(accused, 1, 1) == "unknown young man"
    assert len(accused._cellvalues) == 2


def test_signature_block_is_never_alone_on_its_page(svc: Services, people: People) -> None:
    # Narratives of several lengths move the page break through items 12 to 15; wherever it
    # falls, the page with the signatures also shows the read-over statement above them.
    case = register_child(svc, people, suspects=())
    papers = svc.notices.case_papers(people.writer, case.register_no, "fir")
    for paragraphs in (1, 3, 6, 9):
        story = "\n\n".join(
            f"Paragraph {i}: the complainant described where the family searched that evening."
            for i in range(paragraphs)
        )
        circumstances = dataclasses.replace(papers.case.circumstances, narrative=story)
        longer = dataclasses.replace(
            papers, case=dataclasses.replace(papers.case, circumstances=circumstances)
        )
        pdf = render_fir(longer)
        pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]
        signed = [p for p in pages if "Signature of the Officer in charge" in p]
        assert len(signed) == 1, paragraphs
        assert "read over to the complainant" in signed[0], paragraphs
        assert "15. Date and time of dispatch" in signed[0], paragraphs


def test_sections_are_described_in_the_station_language(svc: Services, people: People) -> None:
    case = register_child(svc, people)  # BNS 137(2)
    papers = svc.notices.case_papers(people.writer, case.register_no, "fir")
    found = load_sections().find(Act.BNS, "137(2)")
    assert found is not None
    for lang in ("mr", "hi"):
        local = found.title.get(lang)
        assert local != found.title.en
        described = cell_text(FirReport(papers, lang=lang).item_2(), 1, 2)
        assert described == f"137(2) — {found.title.en} / {local}"
    assert cell_text(FirReport(papers, lang="en").item_2(), 1, 2) == f"137(2) — {found.title.en}"


def test_footer_names_who_printed_by_name_and_rank(
    svc: Services, people: People, tmp_path: Path
) -> None:
    case = register_child(svc, people)
    pdf = render_fir(svc.notices.case_papers(people.writer, case.register_no, "fir"))
    extracted = pdf_text(pdf, tmp_path)
    assert "by Vijay Pawar (Head Constable, HC-4410)" in extracted
    assert "hc.pawar" not in extracted
