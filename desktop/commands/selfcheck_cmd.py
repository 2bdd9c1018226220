"""``talash selfcheck``: prove this installation works (also inside the frozen bundle)."""

from __future__ import annotations

import argparse
import logging
import platform
import sqlite3
import tempfile
from pathlib import Path

from desktop.context import AppContext
from models.atomic_file import atomic_write

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "selfcheck",
        help="check this installation: database, migrations, fonts, printouts, crypto, Qt; "
        "versions",
        description="Open a temporary database and migrate it, render a one-page PDF with shaped "
        "Devanagari, start Qt without a screen, print a lookout notice (photo and QR code) and "
        "a bulk sheet from built-in sample data and read them back, and print the versions in "
        "use. Exit 0 if all of it works.",
    )
    p.add_argument("--keep-pdf", metavar="FILE", help="also save the test PDF here")
    p.add_argument(
        "--keep-printouts",
        metavar="FOLDER",
        help="also save the sample notice (PDF and PNG) and bulk sheet in this folder",
    )
    p.set_defaults(handler=run)


def run(ctx: AppContext, args: argparse.Namespace) -> int:
    import alembic
    import reportlab
    import sqlalchemy
    import uharfbuzz

    from models.db import open_database
    from models.migrate import current_revision, head_revision, migrate
    from reports.selfcheck import selfcheck_pdf

    with tempfile.TemporaryDirectory(prefix="talash-selfcheck-") as tmp:
        db = open_database(Path(tmp) / "selfcheck.sqlite", create=True)
        try:
            migrate(db, backup_dir=None, clock=ctx.clock)
            revision = current_revision(db)
        finally:
            db.dispose()
    if revision != head_revision():
        print(f"FAIL database: migrated to {revision}, expected {head_revision()}")
        return 1
    print(f"ok   database: temporary SQLite migrated to {revision} (FTS5 trigram name index)")
    from models.names import name_keys

    if name_keys("सुनीता श्रीवास्तव").phonetic != name_keys("Sunita Shrivastav").phonetic:
        print("FAIL names: Devanagari and Latin spellings of one name no longer share a key")
        return 1
    print("ok   names: सुनीता श्रीवास्तव and Sunita Shrivastav share their name keys")
    pdf = selfcheck_pdf()
    if not pdf.startswith(b"%PDF") or b"NotoSansDevanagari" not in pdf:
        print("FAIL pdf: the test PDF has no embedded Devanagari font")
        return 1
    if args.keep_pdf:
        atomic_write(Path(args.keep_pdf), pdf)
    print(f"ok   pdf: one page with shaped Devanagari, {len(pdf)} bytes")
    print(f"ok   crypto: {_check_crypto()}")
    qt_version = _check_qt()
    print(f"ok   qt: {qt_version}, bundled fonts loaded")
    if not _check_printouts(ctx, Path(args.keep_printouts) if args.keep_printouts else None):
        return 1
    print(
        "versions: "
        f"python {platform.python_version()}, sqlite {sqlite3.sqlite_version}, "
        f"sqlalchemy {sqlalchemy.__version__}, alembic {alembic.__version__}, "
        f"reportlab {reportlab.Version}, uharfbuzz {uharfbuzz.__version__}, {qt_version}"
    )
    return 0


def _check_crypto() -> str:
    """Encryption at rest (SQLCipher), return-package sealing (libsodium) and signing work."""
    import nacl.public
    import sqlcipher3
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA key = 'selfcheck'")
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    if not cipher or not cipher[0]:
        raise RuntimeError("SQLCipher is not available: encrypted registers cannot be opened")
    hq = nacl.public.PrivateKey.generate()
    sealed = nacl.public.SealedBox(hq.public_key).encrypt(b"talash")
    if nacl.public.SealedBox(hq).decrypt(sealed) != b"talash":
        raise RuntimeError("sealing return packages does not work")
    key = Ed25519PrivateKey.generate()
    key.public_key().verify(key.sign(b"talash"), b"talash")
    return f"SQLCipher {cipher[0]}, sealed boxes, Ed25519 signatures"


def _check_qt() -> str:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import PySide6
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication

    from ui.fonts import load_bundled_fonts

    app = QApplication.instance() or QApplication(["talash-selfcheck"])
    families = load_bundled_fonts()
    if not families:
        raise RuntimeError("Qt could not load the bundled Devanagari fonts")
    del app
    return f"Qt {qVersion()} (PySide6 {PySide6.__version__})"


def _check_printouts(ctx: AppContext, keep: Path | None) -> bool:
    """Print the lookout notice and the bulk sheet from sample data, read each back with QtPdf
    (the bundle has no other PDF reader) and make the notice's image, as ``talash print`` does.

    A module ReportLab imports by name can be missing from the bundle and show only when someone
    prints: rendering here is what finds it. A failure is reported as a FAIL line (the traceback
    goes to the log), since the self-check's job is to say what does not work."""
    from reports.selfcheck import SAMPLE_BULK_NOTICE_NOS, SAMPLE_NOTICE_NO, selfcheck_printouts

    try:
        from ui.pdf_render import pdf_to_image

        pdfs = selfcheck_printouts(ctx.clock.now())
        png = pdf_to_image(pdfs["notice"], fmt="png")
    except Exception as exc:  # any failure of the printing chain is the finding
        log.exception("selfcheck: printing the sample notice failed")
        print(f"FAIL printouts: {type(exc).__name__}: {exc}")
        return False
    expected = {"notice": (SAMPLE_NOTICE_NO,), "bulk sheet": SAMPLE_BULK_NOTICE_NOS}
    for name, pdf in pdfs.items():
        problem = pdf_problem(pdf, pages=1, words=expected[name])
        if problem:
            print(f"FAIL {name}: {problem}")
            return False
    if not png.startswith(b"\x89PNG"):
        print("FAIL notice: its PNG image is not a PNG")
        return False
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        atomic_write(keep / "selfcheck-notice.pdf", pdfs["notice"])
        atomic_write(keep / "selfcheck-notice.png", png)
        atomic_write(keep / "selfcheck-bulk.pdf", pdfs["bulk sheet"])
    print(
        f"ok   notice: missing-person notice with photo and QR code, 1 page, "
        f"{len(pdfs['notice'])} bytes; as PNG {len(png)} bytes"
    )
    print(
        f"ok   bulk sheet: {len(SAMPLE_BULK_NOTICE_NOS)} notices on 1 page, "
        f"{len(pdfs['bulk sheet'])} bytes"
    )
    return True


def pdf_problem(pdf: bytes, *, pages: int, words: tuple[str, ...]) -> str | None:
    """What is wrong with ``pdf``, or None when it is whole: it starts and ends as a PDF does,
    QtPdf opens it, it has ``pages`` pages and its first page's text holds each of ``words``."""
    from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice
    from PySide6.QtPdf import QPdfDocument

    if not pdf.startswith(b"%PDF-") or not pdf.rstrip().endswith(b"%%EOF"):
        return "the file does not start and end as a PDF (cut short?)"
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() == QPdfDocument.Status.Loading:
        loop = QEventLoop()
        document.statusChanged.connect(lambda _status: loop.quit())
        if document.status() == QPdfDocument.Status.Loading:
            loop.exec()
    try:
        if document.status() != QPdfDocument.Status.Ready:
            return f"the PDF reader cannot open it ({document.error().name})"
        if document.pageCount() != pages:
            count = document.pageCount()
            return f"it has {count} page{'s' if count != 1 else ''} where {pages} were expected"
        text = document.getAllText(0).text()
        missing = [word for word in words if word not in text]
        if missing:
            return f"its first page does not show {', '.join(missing)}"
        return None
    finally:
        document.close()
