"""The possible matches of saved cases, worked out off the window's thread.

A save only marks its case's possible matches due (models/services/match_due.py): the desk does
not wait for the case to be scored against every found person in care. The window then works
them out in the background after each save, and once after logon (what a window closed too
early left due). Nothing is shown for it: the matches section scores the case it shows by
itself ("Looking for possible matches…", then the list), and the count of possible matches to
review settles what is due before it counts. A refusal here (the register busy at another
desk) leaves the cases due for the next time; only a bug is reported.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject

from models.errors import UserError
from ui.desk import Desk
from ui.tasks import Task, run_in_background

log = logging.getLogger(__name__)


def refresh_in_background(desk: Desk, owner: QObject | None = None) -> Task[int]:
    """Start working out every case's possible matches that are due; the task is returned
    for whoever needs to know when it is over (tests)."""
    matching, actor = desk.services.matching, desk.actor

    def failed(exc: BaseException) -> None:
        if isinstance(exc, UserError):
            log.warning("possible matches left due for later: %s", type(exc).__name__)
            return
        sys.excepthook(type(exc), exc, exc.__traceback__)  # a bug: the window reports it

    return run_in_background(
        lambda: matching.refresh_due_matches(actor), _refreshed, failed, owner=owner
    )


def _refreshed(count: int) -> None:
    if count:
        log.info("possible matches worked out for %d saved case(s)", count)
