"""A notice as an image (PNG or JPEG), rasterised from the very PDF that is printed.

Notices travel through messaging groups as pictures; the image must show exactly what the paper
shows, so it is a rendering of the same PDF, never a second layout. Here that is done by
``pdftoppm`` (poppler-utils), which renders shaped Devanagari correctly. reports/ stays free of
Qt, so the bundled Windows program, where poppler is not installed, rasterises in the window
layer with QtPdf (``QPdfDocument.render``) behind the same :class:`Rasteriser` signature; see
docs/printouts.md.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Protocol

IMAGE_FORMATS = ("png", "jpeg")
MESSAGING_LONG_SIDE = 1600
"""Pixels on the long side: sharp on a phone, and what messaging apps keep without resizing."""
JPEG_QUALITY = 85


class RasterUnavailable(RuntimeError):
    """No way to turn a PDF into an image on this machine."""


class Rasteriser(Protocol):
    def __call__(
        self, pdf: bytes, *, fmt: str = "png", long_side: int = MESSAGING_LONG_SIDE
    ) -> bytes: ...


def format_for(path: str | Path) -> str | None:
    """ "png" or "jpeg" from a file name, None for a PDF (or anything else)."""
    suffix = Path(path).suffix.lower()
    return {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg"}.get(suffix)


def pdftoppm_available() -> bool:
    return shutil.which("pdftoppm") is not None


def pdf_to_image(
    pdf: bytes, *, fmt: str = "png", long_side: int = MESSAGING_LONG_SIDE, page: int = 1
) -> bytes:
    """Page ``page`` of ``pdf`` as PNG or JPEG bytes, ``long_side`` pixels on its long side."""
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"image format must be one of {IMAGE_FORMATS}, not {fmt!r}")
    program = shutil.which("pdftoppm")
    if program is None:
        raise RasterUnavailable(
            "Saving a notice as an image needs pdftoppm (poppler-utils) on this machine; "
            "save it as PDF, or use the window's image export."
        )
    with tempfile.TemporaryDirectory(prefix="talash-img-") as folder:
        source = Path(folder) / "page.pdf"
        source.write_bytes(pdf)
        target = Path(folder) / "page"
        args = [
            program,
            f"-{fmt}",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            "-scale-to",
            str(long_side),
            "-aa",
            "yes",
            "-aaVector",
            "yes",
        ]
        if fmt == "jpeg":
            args += ["-jpegopt", f"quality={JPEG_QUALITY},optimize=y"]
        done = subprocess.run(
            [*args, str(source), str(target)], capture_output=True, timeout=120, check=False
        )
        produced = target.with_suffix(".png" if fmt == "png" else ".jpg")
        if done.returncode != 0 or not produced.exists():
            message = done.stderr.decode("utf-8", "replace").strip()
            raise RasterUnavailable(f"pdftoppm could not render the notice: {message}")
        return produced.read_bytes()
