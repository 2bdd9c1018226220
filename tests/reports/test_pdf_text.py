"""Text in every printout extracts as the text it shows: Devanagari names and narratives too.

Shaped Devanagari is drawn as glyphs (conjuncts without a code point of their own, the ि matra
before its consonant); without /ActualText pdftotext turned "क्षितिज श्रीवास्तव" into "तज ीवातव".
"""

from __future__ import annotations

import dataclasses
import io
import subprocess
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import Paragraph, Table

from models.dto.cases import CircumstancesInput
from models.dto.returns import AnnexRow, ReturnDocument, Signatory
from models.enums import Sex
from models.services import Services
from reports.base import BaseReport
from reports.case_sheet import render_case_sheet
from reports.fir import render_fir
from reports.notice import render_bulk_sheet, render_found_notice, render_missing_notice
from reports.returns_pdf import return_pdf
from reports.selfcheck import sample_bulk_sheet, sample_missing_notice, sample_photo_jpeg
from reports.styles import style
from tests.conftest import IST, People
from tests.factories import child_case, child_person
from tests.reports.conftest import pdf_text, register_child
from tests.returns.conftest import W46

# Conjuncts (क्ष, श्र, ज्ञ, द्ध, त्र्य), a reph (र्), pre-base matras (ि), a nukta (ज़) and Hindi.
CHILD = "क्षितिज श्रीवास्तव"
OTHER = "प्रियांका ज्ञानेश्वर पाटील"
HINDI = "ज़ैनब त्र्यंबक सिद्धार्थ"
NARRATIVE = (
    "तक्रारदार सांगतात की त्यांची मुलगी क्षितिजा शाळेतून घरी परत आली नाही. तिने निळ्या रंगाचा "
    "गणवेश घातला होता आणि तिच्याजवळ गुलाबी दप्तर होते. मित्रांनी तिला बसस्थानकाजवळ एका "
    "अनोळखी तरुणाशी बोलताना पाहिले."
)
AT = datetime(2026, 11, 12, 10, 30, tzinfo=IST)


def extracted(pdf: bytes, tmp_path: Path) -> str:
    """pdftotext's text, NFC-normalised and whitespace-collapsed."""
    return unicodedata.normalize("NFC", pdf_text(pdf, tmp_path))


def assert_extracts(pdf: bytes, tmp_path: Path, *expected: str) -> None:
    text = extracted(pdf, tmp_path)
    for value in expected:
        assert " ".join(unicodedata.normalize("NFC", value).split()) in text, value


def subprocess_text(pdf: bytes, tmp_path: Path) -> str:
    """pdftotext's text with its line breaks."""
    path = tmp_path / "lines.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, check=True, timeout=60
    )
    return done.stdout.decode("utf-8")


def page_content(pdf: bytes) -> bytes:
    """The first page's drawing operators, decompressed."""
    return bytes(PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data())


class _Page(BaseReport):
    """Paragraphs (the platypus path) and a canvas footer (the ``shaped`` path) on one page."""

    def story(self) -> list[Paragraph]:
        return [
            Paragraph(CHILD, style("name")),
            Paragraph(
                f"Name / नाव: <b>{OTHER[:7]}</b>{OTHER[7:]}, Kishore Tawde AVA", style("body")
            ),
            Paragraph(NARRATIVE, style("narrative")),
        ]

    def footer_left(self) -> str:
        return f"एफआयआर {HINDI}"


def test_shaped_runs_extract_as_typed_and_latin_still_does(tmp_path: Path) -> None:
    pdf = _Page().build()
    # A name whose first letters are bold splits one shaped word across two fonts.
    assert_extracts(
        pdf, tmp_path, CHILD, f"Name / नाव: {OTHER}, Kishore Tawde AVA", NARRATIVE, HINDI
    )
    assert b"/ActualText" in page_content(pdf)


def test_latin_only_text_carries_no_actual_text() -> None:
    class Latin(_Page):
        def story(self) -> list[Paragraph]:
            return [Paragraph("Kishore Tawde, AVA WAVE Tr.", style("body"))]

        def footer_left(self) -> str:
            return "FIR 0412/2026"

        def footer_right(self, page: int, total: int) -> str:
            return f"Page {page} of {total}"

    # Latin glyphs map back to their own letters: nothing to add (and the files stay small).
    assert b"/ActualText" not in page_content(Latin().build())


def test_missing_found_and_bulk_notices(tmp_path: Path) -> None:
    photo = sample_photo_jpeg()
    missing = sample_missing_notice(AT, photo)
    missing = dataclasses.replace(
        missing,
        person=dataclasses.replace(missing.person, names=("Kshitij", CHILD)),
        last_seen_place="धारावी बस आगाराजवळ",
    )
    assert_extracts(
        render_missing_notice(missing, lang="mr"), tmp_path, CHILD, "धारावी बस आगाराजवळ", "उंची"
    )
    bulk = sample_bulk_sheet(AT, photo)
    entries = (dataclasses.replace(bulk.entries[0], last_seen_place="स्टेशन के पास"),)
    bulk = dataclasses.replace(bulk, entries=(*entries, *bulk.entries[1:]))
    assert_extracts(render_bulk_sheet(bulk, lang="hi"), tmp_path, CHILD, "प्रियांका", "स्टेशन के पास")


def test_help_identify_notice(tmp_path: Path) -> None:
    from models.dto.notices import FoundNotice

    missing = sample_missing_notice(AT, sample_photo_jpeg())
    found = FoundNotice(
        context=missing.context,
        notice_no="HI/2026/0001",
        issued_at=AT,
        found_ref="UF/2026/0001",
        is_child=True,
        person=dataclasses.replace(missing.person, names=(HINDI,)),
        found_at=AT,
        found_place="दादर रेल्वे स्थानक",
        cwc_name="बाल कल्याण समिती, मुंबई शहर",
        issued_by=missing.issued_by,
        qr_text=missing.qr_text,
        photo_jpeg=missing.photo_jpeg,
    )
    assert_extracts(
        render_found_notice(found, lang="mr"),
        tmp_path,
        HINDI,
        "दादर रेल्वे स्थानक",
        "बाल कल्याण समिती, मुंबई शहर",
    )


def test_fir_and_case_sheet(svc: Services, people: People, tmp_path: Path) -> None:
    circumstances: CircumstancesInput = dataclasses.replace(
        child_case().circumstances, narrative=NARRATIVE
    )
    case = register_child(
        svc, people, person=child_person(names=(CHILD,)), circumstances=circumstances
    )
    for paper, render in (("fir", render_fir), ("sheet", render_case_sheet)):
        papers = svc.notices.case_papers(people.writer, case.register_no, paper)
        assert_extracts(render(papers), tmp_path, CHILD, NARRATIVE, "Santosh Ramesh Patil")


def test_return_pdf(tmp_path: Path) -> None:
    doc = ReturnDocument(
        kind="station",
        title="Missing persons: return to headquarters",
        unit_code="MH-MUM-DHR",
        unit_name="Dharavi Police Station",
        unit_name_local="धारावी पोलीस ठाणे",
        district="Mumbai City",
        state="Maharashtra",
        period=W46,
        generated_at=datetime(2026, 11, 16, 4, 30, tzinfo=UTC),
        tables=(),
        signatory=Signatory("pi.shinde", "सुरेश शिंदे", "पोलीस निरीक्षक"),
        annex=(AnnexRow("MP/2026/0014", date(2026, 11, 10), "12-14", Sex.FEMALE, "1.1", OTHER),),
    )
    assert_extracts(
        return_pdf(doc, IST),
        tmp_path,
        "धारावी पोलीस ठाणे",
        "सुरेश शिंदे",
        "पोलीस निरीक्षक",
        OTHER,
        "MP/2026/0014",
    )


def test_a_word_too_long_for_its_column_splits_between_letters(tmp_path: Path) -> None:
    long_word = CHILD.replace(" ", "") + OTHER.replace(" ", "")

    class Narrow(_Page):
        def story(self) -> list[Table]:
            return [Table([[Paragraph(long_word, style("cell"))]], colWidths=[40])]

    text = unicodedata.normalize("NFC", subprocess_text(Narrow().build(), tmp_path))
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) > 2  # it did split
    assert "".join(lines).startswith(long_word)  # every letter, in order, none drawn as a box
    for line in lines:
        assert unicodedata.category(line[0]) not in ("Mn", "Mc"), line  # no line starts "ी…"
