"""Whether a PDF is whole, asked of QtPdf (the bundle has no poppler): the self-check's test of
every paper it makes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument


def pdf_problem(pdf: bytes, *, pages: int | None, words: tuple[str, ...]) -> str | None:
    """What is wrong with ``pdf``, or None when it is whole: it starts and ends as a PDF does,
    QtPdf opens it, it has ``pages`` pages (or at least one when None) and its first page's text
    holds each of ``words``."""
    from PySide6.QtPdf import QPdfDocument

    if not pdf.startswith(b"%PDF-") or not pdf.rstrip().endswith(b"%%EOF"):
        return "the file does not start and end as a PDF (cut short?)"
    with _opened(pdf) as document:
        if document.status() != QPdfDocument.Status.Ready:
            return f"the PDF reader cannot open it ({document.error().name})"
        count = document.pageCount()
        if count < 1:
            return "it has no pages"
        if pages is not None and count != pages:
            return f"it has {count} page{'s' if count != 1 else ''} where {pages} were expected"
        text = document.getAllText(0).text()
        missing = [word for word in words if word not in text]
        if missing:
            return f"its first page does not show {', '.join(missing)}"
        return None


def pdf_page_count(pdf: bytes) -> int:
    """How many pages QtPdf finds in ``pdf`` (0 when it cannot open it)."""
    with _opened(pdf) as document:
        return document.pageCount()


@contextmanager
def _opened(pdf: bytes) -> Iterator[QPdfDocument]:
    """``pdf`` loaded by QtPdf from memory (no temporary file), as the notice's image is."""
    from ui.pdf_render import open_document

    document, _buffer = open_document(pdf)
    try:
        yield document
    finally:
        document.close()
