"""``talash selfcheck``: prove this installation works (also inside the frozen bundle)."""

from __future__ import annotations

import argparse
import logging
import platform
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.context import AppContext
from models.atomic_file import atomic_write

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "selfcheck",
        help="check this installation: database, migrations, fonts, crypto, Qt, every paper; "
        "versions",
        description="Open a temporary database and migrate it, render a one-page PDF with shaped "
        "Devanagari, check encryption and signatures, start Qt without a screen; then, in a "
        "throw-away station, register an invented child's case and a found child, issue their "
        "notices and make every paper and file the program makes (FIR, missing notice with photo "
        "and QR code, the notice as PNG and JPEG, help-identify notice, bulk sheet, case sheet, "
        "weekly return PDF with its annex, XLSX and CSV, PFIF, withdrawn slip), each read back "
        "(PDFs by QtPdf, the workbook by openpyxl). One PASS or FAIL line per check, then the "
        "versions in use. Exit 0 if all of it works, 1 if anything failed.",
    )
    p.add_argument("--keep-pdf", metavar="FILE", help="also save the test PDF here")
    p.add_argument(
        "--keep-printouts",
        metavar="FOLDER",
        help="also save every paper the check made in this folder (selfcheck-*.pdf, …)",
    )
    p.set_defaults(handler=run)


def run(ctx: AppContext, args: argparse.Namespace) -> int:
    keep = Path(args.keep_printouts) if args.keep_printouts else None
    checks: list[tuple[str, Callable[[], str]]] = [
        ("database", lambda: _check_database(ctx)),
        ("names", _check_names),
        ("pdf", lambda: _check_pdf(args.keep_pdf)),
        ("crypto", _check_crypto),
        ("qt", _check_qt),
    ]
    failures = sum(not _report(name, check) for name, check in checks)
    failures += _check_papers(ctx, keep)
    print(f"versions: {_versions()}")
    if failures:
        print(f"{failures} check(s) failed: this installation cannot do everything a station does.")
        return 1
    return 0


class CheckFailed(Exception):
    """A check ran and found something wrong (the message says what, in plain words)."""


def _report(name: str, check: Callable[[], str]) -> bool:
    """Run one check and print its PASS or FAIL line; a failure never stops the others."""
    try:
        detail = check()
    except Exception as exc:  # whatever went wrong is the finding, reported in plain words
        log.exception("selfcheck: %s failed", name)
        print(f"FAIL {name}: {plain_reason(exc)}")
        return False
    print(f"PASS {name}: {detail}")
    return True


def plain_reason(exc: BaseException) -> str:
    """Why a check failed, in words a station's IT person can act on."""
    from desktop.selfcheck_papers import NotWhole
    from models.errors import UserError

    if isinstance(exc, ModuleNotFoundError):
        return (
            f"a part of the program is missing: the module {exc.name or exc} cannot be found "
            "(a bundle built without it; build it again from build.spec)"
        )
    if isinstance(exc, ImportError):
        return f"a part of the program cannot be loaded: {exc}"
    if isinstance(exc, CheckFailed | NotWhole | UserError):
        return str(exc)
    return f"an internal error ({type(exc).__name__}: {exc}); the log has the details"


def _check_database(ctx: AppContext) -> str:
    from models.db import open_database
    from models.migrate import current_revision, head_revision, migrate

    with tempfile.TemporaryDirectory(prefix="talash-selfcheck-") as tmp:
        db = open_database(Path(tmp) / "selfcheck.sqlite", create=True)
        try:
            migrate(db, backup_dir=None, clock=ctx.clock)
            revision = current_revision(db)
        finally:
            db.dispose()
    if revision != head_revision():
        raise CheckFailed(f"migrated to {revision}, expected {head_revision()}")
    return f"temporary SQLite migrated to {revision} (FTS5 trigram name index)"


def _check_names() -> str:
    from models.names import name_keys

    if name_keys("सुनीता श्रीवास्तव").phonetic != name_keys("Sunita Shrivastav").phonetic:
        raise CheckFailed("Devanagari and Latin spellings of one name no longer share a key")
    return "सुनीता श्रीवास्तव and Sunita Shrivastav share their name keys"


def _check_pdf(keep: str | None) -> str:
    from reports.selfcheck import selfcheck_pdf

    pdf = selfcheck_pdf()
    if not pdf.startswith(b"%PDF") or b"NotoSansDevanagari" not in pdf:
        raise CheckFailed("the test PDF has no embedded Devanagari font")
    if keep:
        atomic_write(Path(keep), pdf)
    return f"one page with shaped Devanagari, {len(pdf)} bytes"


def _check_papers(ctx: AppContext, keep: Path | None) -> int:
    """Make every paper and file the program makes, each checked whole; the number that failed."""
    from desktop.selfcheck_papers import make_papers

    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
    failures = 0
    papers = make_papers(ctx.clock)
    while True:
        try:
            name, file, make = next(papers)
        except StopIteration:
            return failures
        except Exception as exc:  # the throw-away station could not be set up or carried on
            log.exception("selfcheck: the sample station failed")
            print(f"FAIL papers: the sample station could not be set up: {plain_reason(exc)}")
            return failures + 1
        made: list[bytes] = []
        if not _report(name, _keeping(make, made)):
            failures += 1
        elif keep is not None:
            atomic_write(keep / f"selfcheck-{file}", made[0])


def _keeping(make: Callable[[], tuple[bytes, str]], into: list[bytes]) -> Callable[[], str]:
    """``make`` as a check: its bytes go to ``into`` (to be saved), its description is returned."""

    def check() -> str:
        data, detail = make()
        into.append(data)
        return detail

    return check


def _versions() -> str:
    import importlib

    parts = [f"python {platform.python_version()}", f"sqlite {sqlite3.sqlite_version}"]
    for module, attribute in (
        ("sqlalchemy", "__version__"),
        ("alembic", "__version__"),
        ("reportlab", "Version"),
        ("uharfbuzz", "__version__"),
        ("PySide6", "__version__"),
    ):
        try:
            version = getattr(importlib.import_module(module), attribute)
        except ImportError:
            version = "missing"
        parts.append(f"{module} {version}")
    return ", ".join(parts)


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
        raise CheckFailed("SQLCipher is not available: encrypted registers cannot be opened")
    hq = nacl.public.PrivateKey.generate()
    sealed = nacl.public.SealedBox(hq.public_key).encrypt(b"talash")
    if nacl.public.SealedBox(hq).decrypt(sealed) != b"talash":
        raise CheckFailed("sealing return packages does not work")
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
        raise CheckFailed("Qt could not load the bundled Devanagari fonts")
    del app
    return f"Qt {qVersion()} (PySide6 {PySide6.__version__})"
