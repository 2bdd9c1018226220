"""The first logon of the day: the window is there at once and the daily automatic backup is
written behind it, as a background task that finishes on its own."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

import desktop.gui as gui
from desktop.context import AppContext
from desktop.paths import AppPaths
from desktop.settings import DeskSettings
from models.clock import FixedClock
from models.db import Database
from models.services.backups import BackupInfo, BackupService
from tests.conftest import TEST_PASSWORD
from ui.admin.auto_backup import AutomaticBackups
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _keep_hooks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window installs its exception hooks; put the test runner's back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


def test_the_window_opens_before_the_daily_backup_is_written(
    qtbot: QtBot,
    tmp_path: Path,
    db: Database,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db.dispose()  # the window opens the register itself
    paths = AppPaths.resolve(tmp_path / "data")
    paths.ensure()
    ctx = AppContext(
        paths=paths,
        settings=DeskSettings(desk_name="desk-1"),
        db_option=db.target.url.render_as_string(hide_password=False),
        clock=clock,
    )
    # The backup waits until the test has seen the window: if the logon or the window waited
    # for the backup, nothing would ever open.
    seen_window = threading.Event()
    write = BackupService.automatic_backup

    def held(self: BackupService) -> BackupInfo | None:
        assert seen_window.wait(60)
        return write(self)

    monkeypatch.setattr(BackupService, "automatic_backup", held)

    def log_on(self: LoginDialog) -> int:
        self.username.setText("pi.shinde")
        self.password.setText(TEST_PASSWORD)
        self.accept()
        return QDialog.DialogCode.Accepted if self.actor else QDialog.DialogCode.Rejected

    written: list[BackupInfo | None] = []

    def run_window(_app: QApplication) -> int:
        (window,) = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        backups = window.findChild(AutomaticBackups)
        assert backups is not None and backups.running is not None
        assert not backups.running.finished
        seen_window.set()
        qtbot.waitUntil(
            lambda: backups.running is not None and backups.running.finished, timeout=60_000
        )
        assert backups.last_error is None
        written.append(backups.last_written)
        window.close()
        return 0

    monkeypatch.setattr(LoginDialog, "exec", log_on)
    monkeypatch.setattr(QApplication, "exec", run_window)
    assert gui.run_gui(ctx) == 0
    (info,) = written
    if db.is_sqlite:
        # Today's copy, beside the register, checked when it was written.
        assert info is not None and info.path.exists() and info.path.name.startswith("talash-auto-")
    else:
        assert info is None  # a server register is kept by the server's own backups (pg_dump)
    ctx.close()
