"""The bundled Noto Sans Devanagari (with Latin) registered for ReportLab, shaping checked.

Without uharfbuzz ReportLab silently prints broken Devanagari (visible halants, misplaced
matras), so registration fails loudly instead when a font cannot be shaped.
"""

from __future__ import annotations

import functools

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from models.resource_files import resource_path
from reports import extractable_text, shaped_split

REGULAR = "NotoSansDevanagari"
BOLD = "NotoSansDevanagari-Bold"
FONT_FILES = {REGULAR: "NotoSansDevanagari-Regular.ttf", BOLD: "NotoSansDevanagari-Bold.ttf"}


class FontError(RuntimeError):
    """The bundled fonts are missing or cannot shape Devanagari."""


@functools.cache
def register_fonts() -> tuple[str, str]:
    """Register the fonts once; return (regular, bold) font names."""
    for name, filename in FONT_FILES.items():
        path = resource_path("fonts", filename)
        if not path.exists():
            raise FontError(f"The font file {path} is missing from the installation.")
        font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        if not getattr(font, "shapable", False):
            raise FontError(
                "ReportLab cannot shape Devanagari here (uharfbuzz is missing): Marathi and Hindi "
                "would print wrongly. Reinstall Talash with reportlab[shaping]."
            )
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    extractable_text.install()
    shaped_split.install()
    return REGULAR, BOLD
