"""``talash selfcheck``: prove this installation works (also inside the frozen bundle)."""

from __future__ import annotations

import argparse
import platform
import sqlite3
import tempfile
from pathlib import Path

from desktop.context import AppContext
from models.atomic_file import atomic_write


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "selfcheck",
        help="check this installation: database, migrations, fonts, PDF, crypto, Qt; versions",
        description="Open a temporary database and migrate it, render a one-page PDF with shaped "
        "Devanagari, start Qt without a screen, and print the versions in use. Exit 0 if all "
        "of it works.",
    )
    p.add_argument("--keep-pdf", metavar="FILE", help="also save the test PDF here")
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
