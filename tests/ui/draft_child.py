"""A desk that is killed in the middle of typing a report (run by test_drafts.py).

Usage: python -m tests.ui.draft_child REGISTER DRAFTS_DIR
Opens a new report, types a name, prints DRAFT-KEPT once the form's own timer has written the
draft, then goes on typing until it is killed.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from models.clock import FixedClock
from models.db import open_database
from models.services import Services
from tests.conftest import DESK, FIXED_NOW, TEST_PASSWORD
from tests.ui.helpers import type_text
from ui.case_form.form import CaseForm
from ui.desk import Desk
from ui.drafts import DraftStore


def main(register: str, drafts_dir: str) -> None:
    app = QApplication([])
    services = Services.build(open_database(register), FixedClock(FIXED_NOW))
    actor = services.accounts.authenticate("hc.pawar", TEST_PASSWORD, desk=DESK)
    desk = Desk(
        services=services,
        actor=actor,
        station=services.accounts.station(),
        drafts=DraftStore(Path(drafts_dir), now=services.clock.now),
    )
    form = CaseForm(desk)
    form.show()
    names = form.binder.fields["person.names"]
    type_text(names.lines[0], "Sunita Kamble")  # type: ignore[attr-defined]
    type_text(names.lines[1], "सुनीता कांबळे")  # type: ignore[attr-defined]
    type_text(form.binder.fields["circumstances.last_seen_place"], "Sion station, platform 2")

    def announce(_stamp: str) -> None:
        print("DRAFT-KEPT", flush=True)
        # Keep typing: the kill comes in the middle of more edits.
        more = QTimer(form)
        more.timeout.connect(lambda: type_text(form.binder.fields["circumstances.landmark"], "x"))
        more.start(50)

    form.draft_written.connect(announce)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
