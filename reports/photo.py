"""Photos on the page: the stored JPEG embedded as it is, never decoded.

ReportLab's ``Image`` flowable, given bytes, names each picture by a digest of its *decoded*
pixels, which cost a full JPEG decode and a hash of several megabytes on every notice. Handed an
object with ``jpeg_fh()`` that is not an ``ImageReader``, ReportLab instead names it by
``str()`` and copies the JPEG stream straight into the PDF (photos are stored as JPEG for this).
"""

from __future__ import annotations

import hashlib
import io
from typing import Any

from PIL import Image as PilImage
from reportlab.platypus import Flowable


class JpegSource:
    """A JPEG for ``canvas.drawImage``: named by its SHA-256, embedded byte for byte."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._key = hashlib.sha256(data).hexdigest()

    def jpeg_fh(self) -> io.BytesIO:
        return io.BytesIO(self._data)

    def __str__(self) -> str:
        return f"jpeg-{self._key}"


def jpeg_size(data: bytes) -> tuple[int, int]:
    """Width and height in pixels, read from the header only."""
    with PilImage.open(io.BytesIO(data)) as image:
        return image.size


class JpegPhoto(Flowable):  # type: ignore[misc]
    """A photo scaled to fit ``max_width`` × ``max_height``, centred in its column."""

    def __init__(self, data: bytes, max_width: float, max_height: float) -> None:
        super().__init__()
        pixels_w, pixels_h = jpeg_size(data)
        ratio = min(max_width / pixels_w, max_height / pixels_h)
        self.source = JpegSource(data)
        self.draw_width = pixels_w * ratio
        self.draw_height = pixels_h * ratio
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.draw_width, self.draw_height

    def draw(self) -> None:
        canvas: Any = self.canv
        canvas.drawImage(self.source, 0, 0, self.draw_width, self.draw_height)
