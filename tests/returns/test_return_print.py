"""The return as HQ's clerk prints it: the XLSX in words and set up for A4, and the PDF's annex
and signature block.

The workbook is printed by LibreOffice headless and the pages of its PDF are counted per sheet:
the cover on one page, each table on one page (one page wide), a long annex on as many pages as
it needs, each with its headings.
"""

from __future__ import annotations

import dataclasses
import io
import os
import re
import shutil
import subprocess
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from pypdf import PdfReader

from models.dto.returns import ReturnDocument, Signatory
from models.enums import Sex
from reports.returns_pdf import return_pdf
from reports.returns_xlsx import return_xlsx
from tests.conftest import IST
from tests.returns.conftest import PASSPHRASE, W46, KnownStation, Station, child, ist

SHO = Signatory("pi.shinde", "Suresh Shinde", "Police Inspector")
PAGE = re.compile(r"Page (\d+) of (\d+)")


@pytest.fixture
def station_copy(known: KnownStation) -> ReturnDocument:
    """Week 46 with the annex and names, as the station head writes it for the station's file."""
    return known.svc_returns.preview(known.people.sho, W46, annex=True, include_names=True)


def _strings(ws: Worksheet) -> set[str]:
    return {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}


def _last_title_row(ws: Worksheet) -> int:
    """The last row of the headings repeated on every page ("$1:$3" gives 3)."""
    return int(re.findall(r"\d+", ws.print_title_rows)[-1])


def test_the_workbook_shows_words_not_the_programs_keys(station_copy: ReturnDocument) -> None:
    book = load_workbook(io.BytesIO(return_xlsx(station_copy, IST)))
    for table in station_copy.tables:
        shown = _strings(book[table.code])
        labels = {c.label for c in table.columns} | {r.label for r in table.rows}
        keys = {c.key for c in table.columns} | {r.key for r in table.rows}
        assert not (keys - labels) & shown, table.code
        assert {r.label for r in table.rows} <= shown
    # R2's headings are grouped: "Reported" over M, F …, not "Reported: M" fifteen times.
    r2 = _strings(book["R2"])
    assert {"Reported", "Traced", "Untraced at end", "M", "Not known"} <= r2
    assert "Reported: M" not in r2

    annex = book["Annex"]
    rows = [[c.value for c in row] for row in annex.iter_rows(min_row=2, max_row=7)]
    assert rows[0] == ["Case reference", "Reported on", "Age band (years)", "Sex", "Reason", "Name"]
    by_ref = {r[0]: r for r in rows[1:]}
    assert by_ref["MP/2026/0002"][3:5] == ["Male", "Kidnapping from lawful guardianship"]
    assert by_ref["MP/2026/0009"][4] == "Trafficking for commercial sexual exploitation"
    codes = {a.reason_code for a in station_copy.annex} | {a.sex.value for a in station_copy.annex}
    assert not codes & _strings(annex)


def test_every_sheet_is_set_up_for_a4_landscape_one_page_wide(
    station_copy: ReturnDocument,
) -> None:
    book = load_workbook(io.BytesIO(return_xlsx(station_copy, IST)))
    assert book.sheetnames == ["Cover", *(t.code for t in station_copy.tables), "Annex"]
    for ws in book:
        setup = ws.page_setup
        assert setup.orientation == "landscape" and int(setup.paperSize) == int(ws.PAPERSIZE_A4), (
            ws.title
        )
        assert ws.sheet_properties.pageSetUpPr.fitToPage and setup.fitToWidth == 1, ws.title
        assert setup.fitToHeight == (1 if ws.title == "Cover" else 0), ws.title
        assert "Dharavi Police Station (MH-MUM-DHR)" in ws.oddHeader.left.text
        assert ws.oddHeader.center.text == "Week 46 of 2026 (09-11-2026 to 15-11-2026)"
        assert ws.oddFooter.center.text == "Page &P of &N"
    for table in station_copy.tables:  # the title and the headings repeat on every page
        ws = book[table.code]
        assert ws.print_title_rows.startswith("$1:"), table.code
        assert ws.cell(row=_last_title_row(ws) + 1, column=1).value == table.rows[0].label
    assert book["Annex"].cell(row=_last_title_row(book["Annex"]), column=1).value == (
        "Case reference"
    )
    for table in station_copy.tables:
        ws = book[table.code]
        # No word of a heading is wider than its column, and every heading may wrap.
        for row in ws.iter_rows(min_row=2, max_row=_last_title_row(ws)):
            for c in row:
                if isinstance(c.value, str) and c.coordinate not in ws.merged_cells:
                    width = ws.column_dimensions[c.column_letter].width
                    assert max(len(w) for w in c.value.split()) < width, (table.code, c.value)
                    assert c.alignment.wrap_text, (table.code, c.value)


@pytest.fixture(scope="session")
def lo_profile(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A LibreOffice profile of this test run's own: runs side by side do not share one (a
    profile in use makes another soffice hand its work over and exit), and it is made once."""
    return tmp_path_factory.mktemp("lo-profile").as_uri()


def _soffice_pdf(xlsx: bytes, folder: Path, profile: str) -> PdfReader:
    source = folder / "return.xlsx"
    source.write_bytes(xlsx)
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
        + ["--outdir", str(folder), str(source)],
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, "HOME": str(folder)},
    )
    return PdfReader(folder / "return.pdf")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_each_table_on_its_own_page_and_the_annex_with_its_headings(
    station_copy: ReturnDocument, tmp_path: Path, lo_profile: str
) -> None:
    # 5 children × 20: an annex of 100 rows, longer than a page.
    long_annex = dataclasses.replace(station_copy, annex=station_copy.annex * 20)
    pdf = _soffice_pdf(return_xlsx(long_annex, IST), tmp_path, lo_profile)
    texts = [page.extract_text() for page in pdf.pages]
    sheets: list[str] = []
    for number, text in enumerate(texts, start=1):
        assert "Dharavi Police Station (MH-MUM-DHR)" in text and "Week 46 of 2026" in text
        footer = PAGE.search(text)
        assert footer is not None and footer.groups() == (str(number), str(len(texts)))
        sheet = re.search(r"\b(Cover|Table \w+|Annex \(confidential\))", text)
        assert sheet is not None, text[:200]
        sheets.append(sheet.group(1))
    pages = Counter(sheets)
    assert pages["Cover"] == 1
    for table in station_copy.tables:
        assert pages[f"Table {table.code}"] == 1, (table.code, pages)
    assert pages["Annex (confidential)"] >= 2
    for text in (t for t, s in zip(texts, sheets, strict=True) if s.startswith("Annex")):
        # The headings repeat on every page, all columns on it: nothing spills to the right.
        assert "Case reference" in text and "Name" in text and "Reason" in text
    in_order = list(dict.fromkeys(sheets))
    assert in_order == ["Cover", *(f"Table {t.code}" for t in station_copy.tables), sheets[-1]]


def _pdf_text(doc: ReturnDocument) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(return_pdf(doc, IST)))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def test_the_pdf_prints_the_annex_only_when_the_station_head_asked_for_it(
    station_copy: ReturnDocument, known: KnownStation
) -> None:
    with_annex, pages = _pdf_text(station_copy)
    assert "Annex: children untraced at the end of the period" in with_annex
    assert "MP/2026/0014" in with_annex and "Priya Santosh Patil" in with_annex
    assert "Trafficking for labour or bonded labour" in with_annex  # words, not "5.2"
    plain = known.svc_returns.preview(known.people.sho, W46)
    without, fewer = _pdf_text(plain)
    assert "Annex" not in without and "MP/2026/0014" not in without
    assert fewer < pages  # the annex starts a page of its own


def test_the_signature_block_has_name_rank_date_and_room_for_the_seal() -> None:
    bare = ReturnDocument(
        kind="station",
        title="Missing persons: return to headquarters",
        unit_code="MH-MUM-DHR",
        unit_name="Dharavi Police Station",
        unit_name_local=None,
        district="Mumbai City",
        state="Maharashtra",
        period=W46,
        generated_at=datetime(2026, 11, 16, 10, 0, tzinfo=IST),
        tables=(),
    )
    signed, _ = _pdf_text(dataclasses.replace(bare, signatory=SHO))
    block = " ".join(signed[signed.index("Approved and signed by the") :].split())
    for line in ("Signature ____", "Name Suresh Shinde", "Rank Police Inspector", "Date ____"):
        assert line in block
    assert "Seal of the police station" in block
    unsigned, _ = _pdf_text(bare)
    block = " ".join(unsigned[unsigned.index("Approved and signed by the") :].split())
    assert re.search(r"Name _{10,} Rank _{10,} Date", block)


def test_the_signed_export_prints_its_annex_when_asked(
    station_keys: Station, tmp_path: Path
) -> None:
    """`talash return export --annex`: the PDF to sign lists the package's untraced children."""
    cases, sho = station_keys.svc.cases, station_keys.people.sho
    missing = cases.register_case(
        station_keys.people.writer, child(ist(10, 11), Sex.FEMALE, "2012-05-17")
    ).value.register_no
    signer = station_keys.store.station_signer(PASSPHRASE)
    plain = station_keys.returns.export_package(sho, W46, tmp_path / "a", signer)
    asked = station_keys.returns.export_package(
        sho, W46, tmp_path / "b", signer, annex_in_document=True
    )
    assert plain.document.annex == ()
    assert [a.case_ref for a in asked.document.annex] == [missing]
    text, _ = _pdf_text(asked.document)
    assert "Annex: children untraced" in text and missing in text
    assert "Suresh Shinde" in text.split("Approved and signed by the")[1]
