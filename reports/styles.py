"""The one stylesheet every printout uses: bundled Noto fonts, Devanagari shaping on."""

from __future__ import annotations

import functools

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1

from reports.fonts import register_fonts

INK = colors.black
RULE = colors.HexColor("#555555")
SHADE = colors.HexColor("#EEEEEE")
ALERT = colors.HexColor("#B00020")


@functools.cache
def stylesheet() -> StyleSheet1:
    """Paragraph styles by name. All shape: Marathi and Hindi need it; Latin is unharmed."""
    regular, bold = register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle(
        "body", fontName=regular, fontSize=9.5, leading=13, shaping=1, textColor=INK
    )
    sheet.add(base)
    sheet.add(ParagraphStyle("small", parent=base, fontSize=8, leading=10.5))
    sheet.add(ParagraphStyle("tiny", parent=base, fontSize=7, leading=9))
    sheet.add(ParagraphStyle("label", parent=base, fontName=bold, fontSize=8.5, leading=11.5))
    sheet.add(ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11.5))
    sheet.add(ParagraphStyle("item", parent=base, fontName=bold, spaceBefore=5, spaceAfter=2))
    sheet.add(ParagraphStyle("narrative", parent=base, fontSize=10, leading=15, spaceAfter=4))
    sheet.add(
        ParagraphStyle(
            "title", parent=base, fontName=bold, fontSize=13, leading=18, alignment=TA_CENTER
        )
    )
    sheet.add(ParagraphStyle("subtitle", parent=base, fontSize=10, leading=14, alignment=TA_CENTER))
    sheet.add(ParagraphStyle("right", parent=base, alignment=TA_RIGHT))
    sheet.add(
        ParagraphStyle("small_right", parent=base, fontSize=8, leading=10.5, alignment=TA_RIGHT)
    )
    sheet.add(
        ParagraphStyle(
            "h2", parent=base, fontName=bold, fontSize=11, leading=15, spaceBefore=8, spaceAfter=3
        )
    )
    # The lookout notice: big type to be read from a few steps away.
    sheet.add(
        ParagraphStyle(
            "banner",
            parent=base,
            fontName=bold,
            fontSize=34,
            leading=44,
            alignment=TA_CENTER,
            textColor=ALERT,
        )
    )
    sheet.add(
        ParagraphStyle(
            "banner_sub", parent=base, fontName=bold, fontSize=15, leading=21, alignment=TA_CENTER
        )
    )
    sheet.add(ParagraphStyle("name", parent=base, fontName=bold, fontSize=17, leading=23))
    sheet.add(ParagraphStyle("fact", parent=base, fontSize=10.5, leading=14))
    sheet.add(ParagraphStyle("fact_label", parent=base, fontName=bold, fontSize=9, leading=12))
    sheet.add(
        ParagraphStyle(
            "appeal", parent=base, fontName=bold, fontSize=11.5, leading=16, alignment=TA_CENTER
        )
    )
    sheet.add(
        ParagraphStyle(
            "phone", parent=base, fontName=bold, fontSize=12.5, leading=17, alignment=TA_CENTER
        )
    )
    sheet.add(ParagraphStyle("centre", parent=base, alignment=TA_CENTER))
    sheet.add(
        ParagraphStyle("centre_small", parent=base, fontSize=8, leading=10.5, alignment=TA_CENTER)
    )
    return sheet


def style(name: str) -> ParagraphStyle:
    """One style of the stylesheet."""
    found: ParagraphStyle = stylesheet()[name]
    return found


def scaled(name: str, factor: float) -> ParagraphStyle:
    """A style at ``factor`` times its size (the A3 notice), cached by name and factor."""
    return _scaled(name, round(factor, 3))


@functools.cache
def _scaled(name: str, factor: float) -> ParagraphStyle:
    src = style(name)
    if factor == 1:
        return src
    return ParagraphStyle(
        f"{name}@{factor}",
        parent=src,
        fontSize=src.fontSize * factor,
        leading=src.leading * factor,
        spaceBefore=src.spaceBefore * factor,
        spaceAfter=src.spaceAfter * factor,
    )
