"""The window's daily automatic backup: one copy a day, made off the window's thread; a failure
is shown in the status bar and logged, never raised."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from models.clock import FixedClock
from models.services import Services
from ui.admin.auto_backup import AutomaticBackups

pytestmark = pytest.mark.gui


def _finished(backups: AutomaticBackups) -> bool:
    return backups.running is not None and backups.running.finished


def test_one_copy_a_day_while_the_window_is_open(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    backups = AutomaticBackups(lambda: services.backups, window.statusBar(), parent=window)
    backups.start()
    qtbot.waitUntil(lambda: _finished(backups), timeout=30_000)
    assert backups.last_written is not None and backups.last_written.path.exists()
    assert "automatic backup is written" in window.statusBar().currentMessage()
    first = backups.last_written
    backups.run()  # the same day: nothing more
    qtbot.waitUntil(lambda: _finished(backups), timeout=30_000)
    assert backups.last_written == first
    assert len(list(services.backups.backup_dir.glob("talash-auto-*.sqlite"))) == 1
    clock.advance(timedelta(days=1))
    backups.run()  # the timer's next check on the next day
    qtbot.waitUntil(lambda: _finished(backups), timeout=30_000)
    assert len(list(services.backups.backup_dir.glob("talash-auto-*.sqlite"))) == 2
    backups.stop()
    assert not backups.timer.isActive()


def test_a_failed_backup_is_shown_and_logged_not_raised(
    qtbot: QtBot, services: Services, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backups folder should be", encoding="utf-8")
    services.backups.backup_dir = blocked
    window = QMainWindow()
    qtbot.addWidget(window)
    backups = AutomaticBackups(lambda: services.backups, window.statusBar(), parent=window)
    with caplog.at_level(logging.WARNING):
        backups.start()
        qtbot.waitUntil(lambda: _finished(backups), timeout=30_000)
    assert backups.last_written is None and backups.last_error
    assert "The automatic backup failed" in window.statusBar().currentMessage()
    assert any("automatic backup failed" in r.getMessage() for r in caplog.records)
    backups.stop()
