"""A notice as a picture for messaging groups: rendered in memory by QtPdf (no poppler, no file
in the temporary folder), 1600 pixels on its long side, on white, with a QR code that reads."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from models.db import Database
from reports.images import MESSAGING_LONG_SIDE, Rasteriser, RasterUnavailable
from reports.notice import render_missing_notice
from tests.conftest import actors_of
from tests.reports.conftest import issue_for, register_child
from ui.desk import Desk
from ui.pdf_preview import PdfPreview
from ui.pdf_render import image_size, pdf_to_image

pytestmark = pytest.mark.gui


@pytest.fixture
def notice_pdf(sqlite_db: Database, writer_desk: Desk) -> bytes:
    people = actors_of(sqlite_db)
    svc = writer_desk.services
    case = register_child(svc, people)
    notice = issue_for(svc, people, case.register_no)
    return render_missing_notice(svc.notices.missing_notice(people.io, notice.notice_no or ""))


def _everything_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder, for Python and Qt alike, is an empty one of this test's own (so
    that other programs' files in /tmp cannot confuse the check)."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("TEMP", str(folder))
    monkeypatch.setenv("TMP", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    assert tempfile.gettempdir() == str(folder)
    return folder


def test_the_notice_image_is_made_in_memory_at_1600_pixels(
    notice_pdf: bytes, private_temp: Path, tmp_path: Path
) -> None:
    rasterise: Rasteriser = pdf_to_image  # the signature reports/ documents
    before = _everything_in(private_temp)
    png = rasterise(notice_pdf, fmt="png")
    jpeg = rasterise(notice_pdf, fmt="jpeg")
    assert _everything_in(Path(tempfile.gettempdir())) == before == []

    assert png.startswith(b"\x89PNG") and jpeg.startswith(b"\xff\xd8\xff")
    image = Image.open(io.BytesIO(png))
    assert image.size == (1132, MESSAGING_LONG_SIDE)  # A4 upright, as pdftoppm made it
    assert image.convert("RGB").getpixel((3, 3)) == (255, 255, 255)  # white, not transparent
    assert Image.open(io.BytesIO(jpeg)).size == image.size
    assert len(jpeg) < 1_000_000  # small enough to send
    if shutil.which("zbarimg"):
        path = tmp_path / "notice.png"
        path.write_bytes(png)
        done = subprocess.run(
            ["zbarimg", "-q", "--raw", str(path)], capture_output=True, text=True, check=False
        )
        assert "LN/2026/0001" in done.stdout and "MP/2026/0001" not in done.stdout


def test_other_sizes_and_bad_input() -> None:
    assert (image_size(595.28, 841.89, 800).width(), image_size(595.28, 841.89, 800).height()) == (
        566,
        800,
    )
    landscape = image_size(841.89, 595.28, 1600)
    assert (landscape.width(), landscape.height()) == (1600, 1132)
    with pytest.raises(RasterUnavailable):
        pdf_to_image(b"not a pdf at all")
    with pytest.raises(ValueError):
        pdf_to_image(b"%PDF", fmt="gif")


def test_the_preview_saves_the_notice_as_an_image(
    qtbot: QtBot, notice_pdf: bytes, tmp_path: Path, private_temp: Path
) -> None:
    preview = PdfPreview(
        notice_pdf, title="Notice", file_stem="notice LN/2026/0001", image_export=True
    )
    qtbot.addWidget(preview)
    assert preview.image_button is not None
    preview.save_image_to(tmp_path / "notice.jpg")
    preview.save_image_to(tmp_path / "notice")  # no ending: a PNG
    assert (tmp_path / "notice.jpg").read_bytes().startswith(b"\xff\xd8\xff")
    assert (tmp_path / "notice.png").read_bytes().startswith(b"\x89PNG")
    assert "Saved" in preview.status.text()
    assert _everything_in(private_temp) == []
    plain = PdfPreview(notice_pdf, title="FIR", file_stem="fir")
    qtbot.addWidget(plain)
    assert plain.image_button is None  # only notices are offered as pictures


def test_the_command_line_makes_the_image_without_poppler(
    notice_pdf: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_temp: Path
) -> None:
    from desktop.commands import print_cmd

    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))  # no pdftoppm to find
    target = tmp_path / "notice.png"
    print_cmd._save(notice_pdf, target)
    assert Image.open(target).size == (1132, 1600)
    assert os.listdir(private_temp) == []
