"""A lookout notice as the public uses it: a QR code that calls the station, a photo that fills
the page, and a last-seen place in plain words."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageOps
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from sqlalchemy import update

from models.dto.cases import MarkRow, PhotoInput
from models.entities import Station
from models.enums import MarkType
from models.services import Services
from reports.formatting import when, zone_of
from reports.notice import (
    MAX_PHOTO_SHARE,
    MIN_PHOTO_HEIGHT,
    MissingNoticeReport,
    render_found_notice,
    render_missing_notice,
)
from reports.photo import JpegPhoto
from tests.conftest import People
from tests.factories import child_person
from tests.models.test_unidentified_bodies import body_input
from tests.reports.conftest import (
    Issued,
    issue_for,
    page_count,
    pdf_text,
    portrait_jpeg,
    register_child,
)

MARKS = 6
OLD_PHOTO_HEIGHT = 102 * mm
"""The fixed photo height before the photo grew to the page."""


def page_png(pdf: bytes, tmp_path: Path, dpi: int) -> Image.Image:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    (tmp_path / "page.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-singlefile", "page.pdf", "page"],
        cwd=tmp_path,
        check=True,
        timeout=60,
    )
    return Image.open(tmp_path / "page.png").convert("L")


def blank_below(image: Image.Image) -> float:
    """The share of the page's height left white below the last mark on it."""
    box = ImageOps.invert(image).point(lambda v: 255 if v > 16 else 0).getbbox()
    assert box is not None
    return (image.height - box[3]) / image.height


def photos_of(report: MissingNoticeReport) -> list[JpegPhoto]:
    """The photos in the notice's story (inside the person block's table)."""
    found: list[JpegPhoto] = []

    def walk(item: object) -> None:
        if isinstance(item, JpegPhoto):
            found.append(item)
        elif isinstance(item, (list, tuple)):
            for x in item:
                walk(x)
        elif hasattr(item, "_cellvalues"):
            walk(item._cellvalues)

    walk(report.story())
    return found


def test_qr_code_calls_the_station_and_gives_the_notice_number(
    svc: Services, people: People, tmp_path: Path
) -> None:
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg (zbar-tools) is not installed")
    with svc.db.write() as s:
        s.execute(update(Station).values(phone="022-2407 1234"))
    case = register_child(svc, people)
    number = issue_for(svc, people, case.register_no).notice_no or ""
    pdf = render_missing_notice(svc.notices.missing_notice(people.io, number))
    page_png(pdf, tmp_path, 150)
    done = subprocess.run(
        ["zbarimg", "-q", "--raw", "page.png"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.splitlines() == ["tel:+912224071234", f"Lookout notice {number}"]
    # The case reference stays on the paper, as text, and out of the code a phone passes on.
    assert case.register_no not in done.stdout
    assert case.register_no in pdf_text(pdf, tmp_path)


def test_photo_fills_the_page_a_short_description_leaves(
    issued: Issued, people: People, tmp_path: Path
) -> None:
    notice = issued.svc.notices.missing_notice(people.io, issued.notice.notice_no or "")
    (photo,) = photos_of(MissingNoticeReport(notice))
    assert photo.draw_height > OLD_PHOTO_HEIGHT * 1.1
    assert photo.draw_width <= (A4[0] - 24 * mm) * MAX_PHOTO_SHARE + 0.5
    pdf = render_missing_notice(notice)
    assert page_count(pdf) == 1
    # Under the last line only the bottom margin (12 mm of 297) and a little more stay white.
    assert blank_below(page_png(pdf, tmp_path, 30)) < 0.06


def test_a_long_description_shrinks_the_photo_to_keep_one_page(
    svc: Services, people: People, tmp_path: Path
) -> None:
    marks = tuple(
        MarkRow(MarkType.SCAR, f"left forearm, place {i}", "a thin white scar about 2 cm long")
        for i in range(MARKS)
    )
    case = register_child(svc, people, person=child_person(marks=marks))
    number = issue_for(svc, people, case.register_no).notice_no or ""
    notice = svc.notices.missing_notice(people.io, number)
    (photo,) = photos_of(MissingNoticeReport(notice))
    assert MIN_PHOTO_HEIGHT - 0.5 <= photo.draw_height < OLD_PHOTO_HEIGHT * 1.1
    pdf = render_missing_notice(notice)
    assert page_count(pdf) == 1
    assert f"place {MARKS - 1}" in pdf_text(pdf, tmp_path)


def test_found_notice_fills_its_page_too(svc: Services, people: People, tmp_path: Path) -> None:
    body = svc.found.add_found(
        people.writer, body_input(photos=(PhotoInput(data=portrait_jpeg(), primary=True),))
    ).value
    number = issue_for(svc, people, body.ref_no).notice_no or ""
    pdf = render_found_notice(svc.notices.found_notice(people.io, number))
    assert page_count(pdf) == 1
    assert blank_below(page_png(pdf, tmp_path, 30)) < 0.06


def test_a_place_named_by_the_school_reads_as_near_the_road(
    issued: Issued, people: People, tmp_path: Path
) -> None:
    # The factory's case was last seen "Outside Municipal Marathi School No. 2, 90 Feet Road".
    notice = issued.svc.notices.missing_notice(people.io, issued.notice.notice_no or "")
    assert notice.last_seen_place == "near 90 Feet Road"
    extracted = pdf_text(render_missing_notice(notice), tmp_path)
    assert "near 90 Feet Road" in extracted
    assert "Outside" not in extracted and "…" not in extracted


def test_a_place_that_was_only_the_school_prints_the_time_alone(
    issued: Issued, people: People, tmp_path: Path
) -> None:
    notice = issued.svc.notices.missing_notice(people.io, issued.notice.notice_no or "")
    blank = dataclasses.replace(notice, last_seen_place="")
    extracted = pdf_text(render_missing_notice(blank), tmp_path)
    seen = when(notice.last_seen_at, zone_of(notice.context.station))
    assert seen in extracted
    assert f"{seen} —" not in extracted  # no dash left pointing at nothing
