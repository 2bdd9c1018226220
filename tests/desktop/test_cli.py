"""The command line as a person uses it: help, set-up, errors in plain words, exit codes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.__main__ import main
from tests.conftest import TEST_PASSWORD

INIT_ARGS = [
    "init",
    "--code",
    "MH-MUM-DHR",
    "--name",
    "Dharavi Police Station",
    "--district",
    "Mumbai City",
    "--state",
    "Maharashtra",
    "--head-username",
    "pi.shinde",
    "--head-name",
    "Suresh Shinde",
]


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("TALASH_DATA_DIR", str(folder))
    monkeypatch.delenv("TALASH_DB", raising=False)
    monkeypatch.setenv("TALASH_PASSWORD", TEST_PASSWORD)
    return folder


def test_help_lists_the_verbs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for verb in ("init", "selfcheck"):
        assert verb in out
    assert "--db" in out and "--data-dir" in out


def test_init_creates_the_station_database(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(INIT_ARGS) == 0
    assert (data_dir / "talash.sqlite").exists()
    assert "MH-MUM-DHR" in capsys.readouterr().out
    # A second set-up of the same database is refused, not silently repeated.
    assert main(INIT_ARGS) == 1
    assert "already has its station" in capsys.readouterr().err


def test_init_reports_every_bad_field(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TALASH_PASSWORD", "password123")
    args = [
        "init",
        "--code",
        "bad code!",
        "--name",
        " ",
        "--district",
        "X",
        "--state",
        "Y",
        "--head-username",
        "A B",
        "--head-name",
        "Z",
    ]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "Station code: " in err and "Station name: is required" in err
    assert "Username: " in err and "too common" in err
    assert "Traceback" not in err


def test_random_bytes_as_db_give_a_clear_error(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "random.db"
    bogus.write_bytes(os.urandom(4096))
    assert main(["--db", str(bogus), *INIT_ARGS]) == 1
    err = capsys.readouterr().err
    assert str(bogus) in err and "not a Talash database" in err
    assert "Traceback" not in err


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["no-such-verb"]) == 2


def test_selfcheck_passes_from_source(data_dir: Path, tmp_path: Path) -> None:
    # Run as a separate process, the way a person (or the bundle test) runs it.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    kept = tmp_path / "printouts"
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "selfcheck", "--keep-printouts", str(kept)],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "FAIL" not in done.stdout
    checks = (
        *("database", "names", "pdf", "crypto", "qt", "FIR", "missing notice", "notice as PNG"),
        *("notice as JPEG", "help-identify notice", "bulk sheet", "case sheet", "return PDF"),
        *("return XLSX", "return CSV", "PFIF", "withdrawn slip"),
    )
    for check in checks:
        assert f"PASS {check}: " in done.stdout
    assert "versions:" in done.stdout
    # What the self-check made are the real papers: the notice's photo and QR code, the notice on
    # the bulk sheet, the annex in the return, the FIR's sections.
    notice = PdfReader(kept / "selfcheck-notice.pdf")
    assert len(notice.pages) == 1
    assert "LN/2026/0001" in notice.pages[0].extract_text()
    assert len(notice.pages[0].images) == 1  # the photo
    for paper in ("bulk-sheet", "withdrawn-slip"):
        first_page = PdfReader(kept / f"selfcheck-{paper}.pdf").pages[0]
        assert "LN/2026/0001" in first_page.extract_text()
    fir_text = "".join(page.extract_text() for page in PdfReader(kept / "selfcheck-fir.pdf").pages)
    assert "137(2)" in fir_text
    assert "Annex" in load_workbook(kept / "selfcheck-return.xlsx").sheetnames
    png = kept / "selfcheck-notice.png"
    assert png.read_bytes().startswith(b"\x89PNG")
    assert (kept / "selfcheck-notice.jpg").read_bytes().startswith(b"\xff\xd8\xff")
    if shutil.which("zbarimg"):
        qr = subprocess.run(
            ["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True, timeout=60
        )
        assert "LN/2026/0001" in qr.stdout


def test_selfcheck_fails_when_the_bundle_lacks_a_barcode_module(data_dir: Path) -> None:
    # The frozen program once shipped without reportlab.graphics.barcode.code128, which the QR
    # code needs; a module set to None in sys.modules cannot be imported, as in that bundle.
    script = (
        "import sys; sys.modules['reportlab.graphics.barcode.code128'] = None\n"
        "from desktop.__main__ import main; sys.exit(main(['selfcheck']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    # Said in plain words on the paper's own FAIL line, not as a crash; the other checks still run.
    assert (
        "FAIL missing notice: a part of the program is missing: the module "
        "reportlab.graphics.barcode.code128 cannot be found"
    ) in done.stdout
    assert "FAIL bulk sheet: a part of the program is missing" in done.stdout
    assert "PASS FIR: " in done.stdout and "PASS return XLSX: " in done.stdout
    assert "PASS missing notice" not in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_a_cut_short_or_wrong_pdf_is_not_whole(qapp: object) -> None:
    from desktop.pdf_check import pdf_problem
    from reports.selfcheck import selfcheck_printouts

    pdf = selfcheck_printouts(datetime(2026, 12, 5, 9, 0, tzinfo=UTC))["notice"]
    assert pdf_problem(pdf, pages=1, words=("LN/2026/0001",)) is None
    assert "cut short" in (pdf_problem(pdf[: len(pdf) // 2], pages=1, words=()) or "")
    # The end intact, the middle gone: the reader must refuse it, not the tail check.
    gutted = pdf[:200] + pdf[-1000:]
    assert pdf_problem(gutted, pages=1, words=("LN/2026/0001",)) is not None
    assert pdf_problem(pdf, pages=2, words=()) == "it has 1 page where 2 were expected"
    assert "LN/2026/9999" in (pdf_problem(pdf, pages=1, words=("LN/2026/9999",)) or "")
