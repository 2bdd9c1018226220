"""A one-page PDF with shaped Devanagari: ``talash selfcheck`` proves the printing chain with it."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

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
