"""The window started as a person starts it, stopped the moment the logon box is on screen.

``python -m benchmarks.logon_probe [talash options]`` runs ``talash`` (no verb: the window) with
the given options; when the logon box has been shown and painted it prints ``logon-shown`` and
the process ends at once (no clean-up, which a person never waits for). Any other dialog on the
way (the first-run box, the damaged-register offer) is a failure of the measurement: the probe
says which and exits 3. Used by ``bench_startup``; no hook in the program is needed.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication, QDialog

from desktop.__main__ import main

SHOWN = "logon-shown"
WRONG_DIALOG_EXIT = 3


def _exec(dialog: QDialog) -> int:
    name = type(dialog).__name__
    if name != "LoginDialog":
        print(f"unexpected dialog before the logon: {name}", flush=True)
        os._exit(WRONG_DIALOG_EXIT)
    dialog.show()
    QApplication.processEvents()  # laid out and painted, as the person sees it
    print(SHOWN, flush=True)
    os._exit(0)


def probe(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QDialog.exec = _exec  # type: ignore[method-assign,assignment]
    return main(argv)


if __name__ == "__main__":
    sys.exit(probe(sys.argv[1:]))
