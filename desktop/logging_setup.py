"""Logging to a rotating file in the data folder, and a crash log for hard faults.

Log lines name records by register number or id, never by a person's name, phone or address.
A traceback is logged with its frames (file, line, code) but not with the messages of its
exceptions, which may carry case data: a database error names the row's values (SQLAlchemy's
"[parameters: …]", PostgreSQL's "DETAIL: Failing row contains (…)"), a ``ValueError`` quotes
what it could not read. Only the parts that name code are kept (see ``safe_message``).
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sqlite3
import sys
import traceback
from types import TracebackType
from typing import IO

from sqlalchemy.exc import StatementError
from sqlalchemy.orm.exc import StaleDataError

from desktop.paths import AppPaths

_crash_file: IO[str] | None = None

# Exceptions whose messages describe the code, never the data (an attribute that is missing, a
# call with the wrong arguments): kept, so a bug report still says what went wrong.
_CODE_ERRORS = (
    AttributeError,
    TypeError,
    NameError,
    ImportError,
    NotImplementedError,
    RecursionError,
    ZeroDivisionError,
    StaleDataError,
)
_MAX_MESSAGE = 300
_MAX_STATEMENT = 2000
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def _driver_message(orig: BaseException) -> str:
    """The first line of a database driver's error: what failed and on which constraint or
    column, never the values (psycopg's DETAIL and the row it quotes are left out)."""
    diag = getattr(orig, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    if primary:
        state = getattr(orig, "sqlstate", None)
        return f"{primary} (SQLSTATE {state})" if state else str(primary)
    if isinstance(orig, sqlite3.Error):
        name = getattr(orig, "sqlite_errorname", "")
        first = str(orig).splitlines()[0] if str(orig) else ""
        return f"{first} ({name})" if name else first
    return "(message withheld: it may hold case data)"


def safe_message(exc: BaseException) -> str:
    """What may be logged of ``exc``'s message: never a value the user typed or stored."""
    if isinstance(exc, StatementError):
        orig = exc.orig
        what = _driver_message(orig) if orig is not None else "(no driver error)"
        statement = (exc.statement or "").strip()[:_MAX_STATEMENT]
        return f"{what}\n[SQL: {statement}]"  # the statement has placeholders, never values
    if isinstance(exc, sqlite3.Error) or hasattr(exc, "sqlstate"):
        return _driver_message(exc)
    if isinstance(exc, OSError):
        return f"[Errno {exc.errno}] {exc.strerror}"  # no file name: it may be a person's
    if isinstance(exc, _CODE_ERRORS):
        return str(exc)[:_MAX_MESSAGE]
    return "(message withheld: it may hold case data)"


def _chain(exc: BaseException) -> list[BaseException]:
    out: list[BaseException] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        out.append(current)
        cause = current.__cause__
        current = (
            cause
            if cause is not None
            else (None if current.__suppress_context__ else current.__context__)
        )
    return out[::-1]


def scrubbed_traceback(exc: BaseException) -> str:
    """``exc`` and the exceptions it came from, each with its frames and its safe message."""
    parts: list[str] = []
    for i, item in enumerate(_chain(exc)):
        if i:
            parts.append("\nwhich led to:\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(item.__traceback__))
        kind = type(item)
        parts.append(f"{kind.__module__}.{kind.__qualname__}: {safe_message(item)}\n")
    return "".join(parts).rstrip("\n")


class ScrubbingFormatter(logging.Formatter):
    """A formatter whose tracebacks carry no exception message that may hold case data."""

    def formatException(self, ei: ExcInfo | tuple[None, None, None]) -> str:
        if ei[1] is None:
            return ""
        return scrubbed_traceback(ei[1])


def setup_logging(paths: AppPaths, *, verbose: bool = False) -> None:
    global _crash_file
    paths.logs_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_talash", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s")
    )
    handler._talash = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if verbose:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(ScrubbingFormatter("%(levelname)s %(name)s: %(message)s"))
        console._talash = True  # type: ignore[attr-defined]
        root.addHandler(console)
    # A segfault in Qt or a driver leaves Python's traceback here instead of nowhere.
    if _crash_file is None:
        _crash_file = open(paths.crash_log, "a", encoding="utf-8")
        faulthandler.enable(_crash_file)


def forget_crash_log() -> None:
    """In a copy of a running program (``talash serve``'s verbs): the next ``setup_logging``
    opens the crash log of the verb's own data folder, not the copied program's."""
    global _crash_file
    if _crash_file is not None:
        faulthandler.disable()
        _crash_file.close()
        _crash_file = None
