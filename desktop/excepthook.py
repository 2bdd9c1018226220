"""What the window does with an exception nobody caught.

A ``UserError`` (a refusal the user can act on) is shown as it is. Anything else is a bug: it is
logged with its traceback and shown as "an internal error" with the path of the log file, never
as a traceback. Forms keep their drafts, so nothing typed is lost either way.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from models.errors import UserError
from models.text import shown

log = logging.getLogger("talash.window")

Shower = Callable[[str, str, bool], None]


def _show_box(title: str, text: str, critical: bool) -> None:
    if QApplication.instance() is None:
        print(f"talash: {text}", file=sys.stderr)
        return
    parent: QWidget | None = QApplication.activeWindow()
    if critical:
        QMessageBox.critical(parent, title, text)
    else:
        QMessageBox.warning(parent, title, text)


def internal_error_text(log_file: Path) -> str:
    return (
        "An internal error stopped what you were doing. What you typed is kept: unsaved forms "
        "are kept as drafts and offered again when Talash starts.\n\n"
        f"The details are in the log file:\n{log_file}\n\nPlease tell the station's "
        "administrator."
    )


def install(log_file: Path, show: Shower = _show_box) -> Callable[..., None]:
    """Route uncaught exceptions (the window's and background threads') to the log and a box."""
    showing = threading.local()

    def hook(
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, UserError):
            log.info("refused: %s", type(exc).__name__)
            # A refusal may quote a file's content or a name typed elsewhere: shown escaped.
            text, title, critical = shown(exc.message, multiline=True), "Not done", False
        else:
            log.error("internal error in the window", exc_info=(exc_type, exc, tb))
            text, title, critical = internal_error_text(log_file), "Internal error", True
        if getattr(showing, "active", False):
            return  # an error while showing an error: logged above, not shown twice
        showing.active = True
        try:
            show(title, text, critical)
        finally:
            showing.active = False

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        log.error(
            "internal error in a background thread",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )

    sys.excepthook = hook
    threading.excepthook = thread_hook
    return hook
