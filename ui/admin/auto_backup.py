"""The daily automatic backup while the window is open.

At the logon and then every hour the window asks the backup service for the day's copy; the
service writes one only if today's (UTC) is missing, so a desk left running all week still gets
one a day. The copy is made off the window's thread. A failure never stops the desk: it is
logged and shown in the status bar, and the next hour tries again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QStatusBar

from models.errors import UserError
from models.services.backups import BackupInfo, BackupService
from ui.i18n import translated
from ui.tasks import Task, run_in_background

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000
FAILURE_SHOWN_MS = 60 * 1000


class AutomaticBackups(QObject):
    def __init__(
        self,
        backups: Callable[[], BackupService],
        status: QStatusBar | None,
        *,
        interval_ms: int = CHECK_EVERY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.backups = backups  # asked each time: a restore gives the desk new services
        self.status = status
        self.running: Task[BackupInfo | None] | None = None
        self.last_written: BackupInfo | None = None
        self.last_error: str | None = None
        self.stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.run)

    def start(self) -> None:
        """The first check now, then one every interval."""
        self.run()
        self.timer.start()

    def stop(self) -> None:
        """No more checks; a copy still being made finishes, but shows nothing (the window it
        would report to is closing)."""
        self.stopped = True
        self.timer.stop()

    def run(self) -> None:
        if self.stopped or (self.running is not None and not self.running.finished):
            return  # the previous copy is still being made
        service = self.backups()
        self.running = run_in_background(service.automatic_backup, self._done, self._failed)

    def _done(self, info: BackupInfo | None) -> None:
        self.last_error = None
        if info is not None:
            self.last_written = info
            self._show(
                self.tr("Today's automatic backup is written: {file}").format(file=info.path.name),
                8000,
            )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            reason = translated(exc.message)
            log.warning("the automatic backup failed: %s", type(exc).__name__)
        else:
            reason = self.tr("an internal error (details in the log file)")
            log.error("the automatic backup failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.last_error = reason
        self._show(
            self.tr(
                "The automatic backup failed: {reason} It is tried again within the hour; a "
                "station head or administrator can back up now (Administration → Backups)."
            ).format(reason=reason),
            FAILURE_SHOWN_MS,
        )

    def _show(self, text: str, ms: int) -> None:
        if self.status is not None and not self.stopped:
            self.status.showMessage(text, ms)
