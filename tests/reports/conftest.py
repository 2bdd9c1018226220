"""Fixtures for the printouts: a registered child case with a photo and an issued notice."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from models.clock import FixedClock
from models.db import Database
from models.dto.cases import CaseDetail, PhotoInput
from models.dto.notices import NoticeRow
from models.services import Services
from tests.conftest import People
from tests.factories import child_case


def portrait_jpeg(width: int = 600, height: int = 780) -> bytes:
    """A drawn head-and-shoulders silhouette: a stand-in photo with no real person in it."""
    image = Image.new("RGB", (width, height), (214, 222, 230))
    draw = ImageDraw.Draw(image)
    cx = width // 2
    draw.ellipse((cx - 220, int(height * 0.62), cx + 220, height + 260), fill=(40, 70, 120))
    draw.ellipse((cx - 120, int(height * 0.18), cx + 120, int(height * 0.58)), fill=(176, 132, 100))
    draw.ellipse((cx - 135, int(height * 0.13), cx + 135, int(height * 0.36)), fill=(25, 20, 20))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


@dataclass(frozen=True)
class Issued:
    svc: Services
    case: CaseDetail
    notice: NoticeRow


@pytest.fixture
def svc(db: Database, clock: FixedClock) -> Services:
    return Services.build(db, clock)


def register_child(svc: Services, people: People, **changes: object) -> CaseDetail:
    photo = PhotoInput(data=portrait_jpeg(), primary=True, taken_on="2026-06", file="photo.jpg")
    data = dataclasses.replace(child_case(), photos=(photo,))
    if changes:
        data = dataclasses.replace(data, **changes)  # type: ignore[arg-type]
    return svc.cases.register_case(people.writer, data).value


def issue_for(svc: Services, people: People, ref: str) -> NoticeRow:
    svc.notices.request(people.io, ref)
    svc.notices.approve(people.sho, ref)
    return svc.notices.issue(people.io, ref)


@pytest.fixture
def issued(svc: Services, people: People) -> Issued:
    case = register_child(svc, people)
    return Issued(svc, case, issue_for(svc, people, case.register_no))


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    """The text pdftotext extracts, whitespace collapsed so wrapped phrases still match (shaped
    Devanagari extracts through /ActualText, see reports/extractable_text.py)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "extract.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, check=True, timeout=60
    )
    return " ".join(done.stdout.decode("utf-8").split())


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)
