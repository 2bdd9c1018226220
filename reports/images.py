"""A notice as an image (PNG or JPEG): what the image is, not how it is drawn.

Notices travel through messaging groups as pictures; the image must show exactly what the paper
shows, so it is a rendering of the same PDF, never a second layout. The rendering itself needs a
PDF engine, which reports/ does not have (it stays free of Qt): the window and the command line
use ``ui.pdf_render.pdf_to_image`` (QtPdf, in memory, no temporary files), which has the
:class:`Rasteriser` signature below. See docs/printouts.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

IMAGE_FORMATS = ("png", "jpeg")
MESSAGING_LONG_SIDE = 1600
"""Pixels on the long side: sharp on a phone, and what messaging apps keep without resizing."""
JPEG_QUALITY = 85


class RasterUnavailable(RuntimeError):
    """The PDF could not be turned into an image."""


class Rasteriser(Protocol):
    def __call__(
        self, pdf: bytes, *, fmt: str = "png", long_side: int = MESSAGING_LONG_SIDE
    ) -> bytes: ...


def format_for(path: str | Path) -> str | None:
    """ "png" or "jpeg" from a file name, None for a PDF (or anything else)."""
    suffix = Path(path).suffix.lower()
    return {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg"}.get(suffix)
