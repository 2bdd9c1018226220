"""The frame every printout is built on (the pretix renderer pattern, over DTOs).

A report subclass sets its page geometry as class data and supplies ``story()``; ``build()``
returns the PDF as bytes with no file and no clock involved. Output is invariant (no creation
date, no random ID), so the same DTO gives the same bytes, which the tests rely on.

Pages carry a footer drawn by :class:`NumberedCanvas` after the whole document is laid out, so it
can say "page x of y"; a report names what else the footer repeats (the FIR number, the notice
number) through ``footer_left``/``footer_right``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from reports.fonts import register_fonts
from reports.labels import text
from reports.styles import RULE

FOOTER_SIZE = 7.5

# Binary streams instead of ASCII85 text: without ReportLab's optional C accelerator the ASCII85
# encoder is pure Python and spent ~100 ms on every photo; binary PDFs are also 20 % smaller.
rl_config.useA85 = 0


def shaped(value: str, font: str, size: float) -> str:
    """Canvas text with Devanagari shaped (``drawString`` alone prints it broken)."""
    return shapeStr(value, font, size) if any(ord(ch) > 0x7F for ch in value) else value


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds every page back until the end, then stamps the footer with "page x of y"."""

    def __init__(
        self,
        *args: Any,
        footer: Callable[[int, int], tuple[str, str]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []
        self._footer = footer

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            if self._footer is not None:
                self._draw_footer(*self._footer(number, total))
            super().showPage()
        super().save()

    def _draw_footer(self, left: str, right: str) -> None:
        regular, _ = register_fonts()
        width, _ = self._pagesize
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(12 * mm, 11 * mm, width - 12 * mm, 11 * mm)
        self.setFont(regular, FOOTER_SIZE)
        self.drawString(12 * mm, 7.5 * mm, shaped(left, regular, FOOTER_SIZE))
        self.drawRightString(width - 12 * mm, 7.5 * mm, shaped(right, regular, FOOTER_SIZE))
        self.restoreState()


class BaseReport:
    """One printout. Subclasses set the geometry and write ``story()``."""

    pagesize: tuple[float, float] = A4
    left_margin: float = 14 * mm
    right_margin: float = 14 * mm
    top_margin: float = 12 * mm
    bottom_margin: float = 16 * mm
    numbered: bool = True
    title: str = "Talash"
    subject: str = ""
    lang: str = "mr"

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def footer_left(self) -> str:
        """Plain text repeated at the foot of every page (e.g. "FIR 0412/2026")."""
        return ""

    def footer_right(self, page: int, total: int) -> str:
        return text("page_of", self.lang).format(page=page, total=total) + (
            f" · Page {page} of {total}" if self.lang != "en" else ""
        )

    def on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Drawn under the frame on every page (watermarks, borders). Nothing by default."""

    def frames(self) -> list[Frame]:
        width, height = self.pagesize
        return [
            Frame(
                self.left_margin,
                self.bottom_margin,
                width - self.left_margin - self.right_margin,
                height - self.top_margin - self.bottom_margin,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id="body",
            )
        ]

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - self.left_margin - self.right_margin

    def _footer(self, page: int, total: int) -> tuple[str, str]:
        return self.footer_left(), self.footer_right(page, total)

    def canvas_maker(self) -> Callable[..., Canvas]:
        footer = self._footer if self.numbered else None

        def make(*args: Any, **kwargs: Any) -> Canvas:
            return NumberedCanvas(*args, footer=footer, **kwargs)

        return make

    def build(self) -> bytes:
        """The PDF, as bytes."""
        register_fonts()
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.left_margin,
            rightMargin=self.right_margin,
            topMargin=self.top_margin,
            bottomMargin=self.bottom_margin,
            title=self.title,
            subject=self.subject,
            author="Talash",
            creator="Talash",
            invariant=1,
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=self.frames(), onPage=self.on_page)])
        doc.build(self.story(), canvasmaker=self.canvas_maker())
        return buffer.getvalue()
