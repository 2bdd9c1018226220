"""What ``talash selfcheck`` prints to prove the printing chain: a page of shaped Devanagari, and a
lookout notice and a bulk sheet made from built-in sample data."""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from models.dto.accounts import StationInfo
from models.dto.cases import ClothingRow, MarkRow, OfficerRef
from models.dto.notices import (
    BulkNoticeEntry,
    BulkNotices,
    MissingNotice,
    PrintContext,
    PublicDescription,
)
from models.enums import (
    Build,
    ClothingArea,
    Complexion,
    EyeColour,
    HairColour,
    HairLength,
    Language,
    MarkType,
    NoticeKind,
    Sex,
)
from models.rules.notice_rules import qr_payload
from reports.fonts import register_fonts

SAMPLE_LINES = (
    "Talash self-check / तलाश स्व-तपासणी",
    "हरवले आहे — गुमशुदा — MISSING",
    "क्षितिज श्रीकांत प्रियांका ज्ञानेश्वर श्रद्धा",
)


def selfcheck_pdf(lines: tuple[str, ...] = SAMPLE_LINES) -> bytes:
    regular, bold = register_fonts()
    style = ParagraphStyle("check", fontName=regular, fontSize=14, leading=22, shaping=1)
    title = ParagraphStyle("title", parent=style, fontName=bold, fontSize=18, leading=26)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        title="Talash self-check",
        invariant=1,
    )
    story = [Paragraph(escape(lines[0]), title)]
    story += [Paragraph(escape(line), style) for line in lines[1:]]
    doc.build(story)
    return buffer.getvalue()


# -- the printouts, from built-in sample data -----------------------------------------------------
#
# The self-check proves that the program can print what a station prints, inside the frozen bundle
# too, where a module ReportLab imports by name can be missing (the QR code needs the barcode
# package) and only shows when someone prints. The sample is invented: a drawn figure, not a
# person, and a station that does not exist. No database is needed.

SAMPLE_NOTICE_NO = "LN/2026/0001"
SAMPLE_CASE_REF = "MP/2026/0001"
SAMPLE_BULK_NOTICE_NOS = ("LN/2026/0001", "LN/2026/0002", "LN/2026/0003")


def sample_photo_jpeg(width: int = 300, height: int = 390) -> bytes:
    """A drawn head-and-shoulders figure as a JPEG (photos are stored as JPEG)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), (214, 222, 230))
    draw = ImageDraw.Draw(image)
    cx = width // 2
    draw.ellipse((cx - 110, int(height * 0.62), cx + 110, height + 130), fill=(40, 70, 120))
    draw.ellipse((cx - 60, int(height * 0.18), cx + 60, int(height * 0.58)), fill=(176, 132, 100))
    draw.ellipse((cx - 68, int(height * 0.13), cx + 68, int(height * 0.36)), fill=(25, 20, 20))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def _sample_context(at: datetime) -> PrintContext:
    station = StationInfo(
        id=1,
        uuid="00000000-0000-4000-8000-000000000000",
        code="MH-SELF-CHK",
        name="Self-check Police Station",
        name_local="स्व-तपासणी पोलीस ठाणे",
        district="Mumbai City",
        state="Maharashtra",
        zone=None,
        phone="022-0000XXXX",
        email=None,
        language="mr",
        timezone="Asia/Kolkata",
    )
    return PrintContext(station=station, printed_at=at, printed_by=_SAMPLE_OFFICER)


_SAMPLE_OFFICER = OfficerRef(
    username="selfcheck",
    full_name="Sample Officer",
    rank="PSI",
    buckle_no="0000",
    official_phone="98XXXXXX00",
)


def _sample_person(names: tuple[str, ...], sex: Sex, age: str) -> PublicDescription:
    return PublicDescription(
        names=names,
        sex=sex,
        age=age,
        age_now=None,
        height="142 cm",
        build=Build.THIN,
        complexion=Complexion.WHEATISH,
        hair_colour=HairColour.BLACK,
        hair_length=HairLength.LONG,
        hair_style="two plaits",
        eye_colour=EyeColour.BLACK,
        facial_hair=None,
        spectacles=False,
        marks=(MarkRow(MarkType.MOLE, "left cheek", "small black mole"),),
        clothing=(ClothingRow(ClothingArea.UPPER, "white shirt", "white"),),
        languages=(Language.MARATHI, Language.HINDI),
        disabilities=(),
        photo_taken_on="2026-06",
    )


def sample_missing_notice(at: datetime, photo_jpeg: bytes) -> MissingNotice:
    """A child's lookout notice with a photo and a QR code, issued at ``at``."""
    context = _sample_context(at)
    return MissingNotice(
        context=context,
        notice_no=SAMPLE_NOTICE_NO,
        issued_at=at,
        case_ref=SAMPLE_CASE_REF,
        is_child=True,
        person=_sample_person(("Sample Child", "क्षितिज श्रीवास्तव"), Sex.MALE, "12"),
        last_seen_at=at - timedelta(days=1),
        last_seen_place="near the bus depot",
        issued_by=_SAMPLE_OFFICER,
        io=_SAMPLE_OFFICER,
        qr_text=qr_payload(NoticeKind.MISSING, SAMPLE_NOTICE_NO, context.station.phone),
        photo_jpeg=photo_jpeg,
    )


def sample_bulk_sheet(at: datetime, photo_jpeg: bytes) -> BulkNotices:
    """A bulk sheet of three notices (one page), with their photos."""
    names = (("Sample Child", "क्षितिज श्रीवास्तव"), ("Sample Girl", "प्रियांका"), ())
    entries = tuple(
        BulkNoticeEntry(
            notice_no=notice_no,
            issued_at=at,
            case_ref=f"MP/2026/000{i + 1}",
            is_child=i < 2,
            person=_sample_person(person, Sex.FEMALE if i else Sex.MALE, ("12", "15", "32")[i]),
            last_seen_at=at - timedelta(days=i + 1),
            last_seen_place="near the railway station",
            io_phone="98XXXXXX00",
            photo_jpeg=photo_jpeg if i < 2 else None,  # one without a photo, as happens
        )
        for i, (notice_no, person) in enumerate(zip(SAMPLE_BULK_NOTICE_NOS, names, strict=True))
    )
    return BulkNotices(context=_sample_context(at), entries=entries)


def selfcheck_printouts(at: datetime) -> dict[str, bytes]:
    """The missing-person notice (Marathi, with photo and QR) and the bulk sheet, as PDFs."""
    from reports.notice import render_bulk_sheet, render_missing_notice

    photo = sample_photo_jpeg()
    return {
        "notice": render_missing_notice(sample_missing_notice(at, photo), lang="mr"),
        "bulk sheet": render_bulk_sheet(sample_bulk_sheet(at, photo), lang="hi"),
    }
