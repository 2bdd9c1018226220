"""The return as files: XLSX that LibreOffice opens with no formula anywhere, safe CSV, a PDF."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from models.dto.returns import ReturnDocument
from reports.returns_csv import annex_csv, return_csv
from reports.returns_files import write_return_files
from reports.returns_pdf import return_pdf
from reports.returns_xlsx import return_xlsx
from tests.conftest import IST
from tests.returns.conftest import W46, KnownStation

HYPERLINK = '=HYPERLINK("x")'
LO_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


@pytest.fixture
def station_copy(known: KnownStation) -> ReturnDocument:
    """Week 46 with the annex and names: the station head's own copy (B3 is named =HYPERLINK)."""
    return known.svc_returns.preview(known.people.sho, W46, annex=True, include_names=True)


def sheets_xml(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist() if n.startswith("xl/worksheets/")}


def test_no_cell_of_the_workbook_is_a_formula(station_copy: ReturnDocument) -> None:
    data = return_xlsx(station_copy, IST)
    sheets = sheets_xml(data)
    assert len(sheets) == 1 + 8 + 1  # cover, R1–R8, annex
    for name, xml in sheets.items():
        assert b"<f>" not in xml and b"<f " not in xml, name
    assert any(
        b"=HYPERLINK(&quot;x&quot;)" in xml or b'=HYPERLINK("x")' in xml for xml in sheets.values()
    )


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_workbook_and_shows_the_name_as_text(
    station_copy: ReturnDocument, tmp_path: Path
) -> None:
    [xlsx] = write_return_files(station_copy, tmp_path, IST, ["xlsx"])
    out = tmp_path / "lo"
    subprocess.run(
        ["soffice", "--headless", "--convert-to", LO_CSV, "--outdir", str(out), str(xlsx)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    stem = xlsx.stem
    annex = list(csv.reader((out / f"{stem}-Annex.csv").read_text(encoding="utf-8").splitlines()))
    header = next(i for i, row in enumerate(annex) if row[0] == "Case reference")
    assert annex[header][5] == "Name"
    names = [row[5] for row in annex[header + 1 :] if row[0]]
    assert HYPERLINK in names  # text, not a link and not an evaluated formula
    r1 = list(csv.reader((out / f"{stem}-R1.csv").read_text(encoding="utf-8").splitlines()))
    total = next(row for row in r1 if row[0] == "All persons: Total")
    assert total[1:9] == ["5", "8", "13", "4", "2", "6", "1", "6"] and total[9] == "46.2"
    cover = (out / f"{stem}-Cover.csv").read_text(encoding="utf-8")
    assert "Dharavi Police Station (MH-MUM-DHR)" in cover and "धारावी" in cover


def test_csv_cells_are_formula_safe(station_copy: ReturnDocument) -> None:
    rows = list(csv.reader(io.StringIO(annex_csv(station_copy).decode("utf-8-sig"))))
    assert rows[0][-1] == "name"
    assert "'" + HYPERLINK in [r[-1] for r in rows[1:]]
    cells = list(csv.DictReader(io.StringIO(return_csv(station_copy).decode("utf-8-sig"))))
    one = next(
        c
        for c in cells
        if (c["table"], c["row_key"], c["column_key"]) == ("R1", "all.total", "closing")
    )
    assert one["value"] == "6" and one["unit_code"] == "MH-MUM-DHR" and one["period"] == "2026-W46"
    for c in cells:
        assert not re.match(r"^[=+\-@\t\r]", c["row_label"]), c


def test_published_files_carry_no_annex_and_no_small_numbers(known: KnownStation) -> None:
    public = known.svc_returns.preview(known.people.sho, W46, publish=True)
    sheets = sheets_xml(return_xlsx(public, IST))
    assert "xl/worksheets/sheet10.xml" not in sheets
    cells = list(csv.DictReader(io.StringIO(return_csv(public).decode("utf-8-sig"))))
    assert not any(c["value"] in {"1", "2", "3", "4"} for c in cells)
    r1 = {
        c["column_key"]: c["value"]
        for c in cells
        if c["table"] == "R1" and c["row_key"] == "all.total"
    }
    # 13 persons in a week: R1 cannot be published without some child being worked out from
    # its totals (models/returns/disclosure.py), so it is withheld whole.
    assert r1 == {key: "x" for key in r1 if key != "pct_traced"} | {"pct_traced": "*"}
    assert {c["value"] for c in cells if c["table"] == "R7"} >= {"<5"}  # small, not withheld


def test_the_pdf_names_the_station_head_and_the_package_fingerprint(
    station_copy: ReturnDocument,
) -> None:
    import dataclasses

    from models.dto.returns import Signatory

    signed = dataclasses.replace(
        station_copy,
        signatory=Signatory("pi.shinde", "Suresh Shinde", "Police Inspector"),
        fingerprint="ab" * 32,
        annex=(),
    )
    reader = PdfReader(io.BytesIO(return_pdf(signed, IST)))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Suresh Shinde, Police Inspector" in text
    assert "abababab abababab" in text
    assert "R8 Persons found without a report here" in text
    assert len(reader.pages) >= 3
