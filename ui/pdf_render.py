"""A page of a PDF as a PNG or JPEG image, rendered in memory with QtPdf.

Notices travel through messaging groups as pictures, and the picture must be the very paper
that is printed, so it is a rendering of the same PDF. The PDF bytes go to QtPdf through a
``QBuffer`` and the image comes back as bytes: nothing is written to disk on the way (a notice
carries a child's photo, and a temporary file is a copy nobody deletes on a crash). QtPdf ships
with the program for the print preview, so this works on every desk, the bundled Windows
program included, and headless: a ``QCoreApplication`` is enough.

``pdf_to_image`` has the signature of ``reports.images.Rasteriser``.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEventLoop, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from reports.images import (
    IMAGE_FORMATS,
    JPEG_QUALITY,
    MESSAGING_LONG_SIDE,
    RasterUnavailable,
)

_QT_FORMAT = {"png": "PNG", "jpeg": "JPEG"}
_app: QCoreApplication | None = None  # kept alive when this module had to make one


def _ensure_application() -> None:
    """QtPdf needs a Qt application object; the command line has none of its own."""
    global _app
    if QCoreApplication.instance() is None:
        _app = QCoreApplication(["talash"])


def open_document(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    """``pdf`` loaded by QtPdf from memory, waiting while it loads, whatever its status then
    (the self-check reports a PDF that does not open). The buffer must outlive the reading."""
    data = QByteArray(pdf)
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() == QPdfDocument.Status.Loading:
        loop = QEventLoop()
        document.statusChanged.connect(lambda _status: loop.quit())
        if document.status() == QPdfDocument.Status.Loading:
            loop.exec()
    return document, buffer


def _load(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    document, buffer = open_document(pdf)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise RasterUnavailable(
            f"The printout could not be read to make an image ({document.error().name})."
        )
    return document, buffer  # the buffer must outlive the document's reading


def image_size(points_width: float, points_height: float, long_side: int) -> QSize:
    """Pixels for a page of that many points, ``long_side`` on its longer side."""
    scale = long_side / max(points_width, points_height)
    return QSize(
        max(1, math.ceil(points_width * scale - 1e-6)),
        max(1, math.ceil(points_height * scale - 1e-6)),
    )


def render_page(pdf: bytes, *, page: int = 0, long_side: int = MESSAGING_LONG_SIDE) -> QImage:
    """Page ``page`` (from 0) on a white background, ``long_side`` pixels on its long side."""
    _ensure_application()
    document, _buffer = _load(pdf)
    if not 0 <= page < document.pageCount():
        raise RasterUnavailable(f"The printout has no page {page + 1}.")
    points = document.pagePointSize(page)
    size = image_size(points.width(), points.height(), long_side)
    rendered = document.render(page, size)
    if rendered.isNull():
        raise RasterUnavailable("The printout could not be drawn as an image.")
    # The page comes back transparent; pictures in messaging apps need a white sheet.
    sheet = QImage(size, QImage.Format.Format_RGB32)
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    painter.drawImage(0, 0, rendered)
    painter.end()
    document.close()
    return sheet


def encode(image: QImage, fmt: str) -> bytes:
    """PNG or JPEG bytes of ``image``, made in memory."""
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"image format must be one of {IMAGE_FORMATS}, not {fmt!r}")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    quality = JPEG_QUALITY if fmt == "jpeg" else -1
    # PySide6 takes the format as text here (its type stubs say bytes, which it refuses).
    if not image.save(buffer, _QT_FORMAT[fmt], quality):  # type: ignore[call-overload]
        raise RasterUnavailable(f"This computer cannot write {fmt.upper()} images.")
    buffer.close()
    return bytes(data.data())


def pdf_to_image(pdf: bytes, *, fmt: str = "png", long_side: int = MESSAGING_LONG_SIDE) -> bytes:
    """The first page of ``pdf`` as PNG or JPEG bytes (a ``reports.images.Rasteriser``)."""
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"image format must be one of {IMAGE_FORMATS}, not {fmt!r}")
    return encode(render_page(pdf, long_side=long_side), fmt)
