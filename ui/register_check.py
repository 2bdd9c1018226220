"""The register's whole-file check, run off the window's thread once the logon box is up.

At start-up the window opens the register after checking only what the logon needs (the schema
and a few small tables), so the logon box does not wait for a read of the whole file (seconds at
a million cases). This check reads the rest while the person logs on and works; if it finds
damage, ``when_damaged`` is called on the window's thread, and the composition root makes the
same offer as a start-up that found it: restore the latest backup, or go on read-only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from ui.tasks import Task, run_on_own_thread

log = logging.getLogger(__name__)


class RegisterCheck:
    """One run of ``check`` (None: sound; else what it found) and what to do with damage."""

    def __init__(self, check: Callable[[], str | None]) -> None:
        self.check = check
        self.problem: str | None = None
        # Set by the composition root to what fits the moment: close the logon box, or tell
        # the person and close the window so the register opens again with the offer.
        self.when_damaged: Callable[[str], None] = lambda _problem: None
        self.task: Task[str | None] | None = None

    def start(self) -> None:
        self.task = run_on_own_thread(self.check, self._done, self._failed)

    @property
    def finished(self) -> bool:
        return self.task is not None and self.task.finished

    def _done(self, problem: str | None) -> None:
        if problem is None:
            log.info("the register passed its whole-file check")
            return
        log.warning("the register failed its whole-file check")
        self.problem = problem
        self.when_damaged(problem)

    def _failed(self, exc: BaseException) -> None:
        # Not a finding about the register: the check itself broke. The next start checks again.
        log.error(
            "the whole-file check could not run", exc_info=(type(exc), exc, exc.__traceback__)
        )
