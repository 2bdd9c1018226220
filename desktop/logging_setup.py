"""Logging to a rotating file in the data folder, and a crash log for hard faults.

Log lines name records by register number or id, never by a person's name, phone or address.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
from typing import IO

from desktop.paths import AppPaths

_crash_file: IO[str] | None = None


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
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s")
    )
    handler._talash = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if verbose:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        console._talash = True  # type: ignore[attr-defined]
        root.addHandler(console)
    # A segfault in Qt or a driver leaves Python's traceback here instead of nowhere.
    if _crash_file is None:
        _crash_file = open(paths.crash_log, "a", encoding="utf-8")
        faulthandler.enable(_crash_file)
