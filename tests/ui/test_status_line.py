"""The status bar's message area: a long message is cut with "…" before the labels on the right
and whole in its tooltip; a short message does not hide a longer-lasting one for good."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from ui.desk import Desk
from ui.main_window import MainWindow
from ui.widgets.status_line import StatusLine

LONG = (
    "The automatic backup failed: the backup folder D:\\Talash\\backups is full. It is tried "
    "again within the hour; a station head or administrator can back up now (Administration → "
    "Backups)."
)


def _window(qtbot: QtBot) -> tuple[QMainWindow, StatusLine, QLabel]:
    window = QMainWindow()
    qtbot.addWidget(window)
    status = StatusLine(window)
    window.setStatusBar(status)
    user = QLabel("PSI Sunil More (Investigating officer)", window)
    status.addPermanentWidget(user)
    status.addPermanentWidget(QLabel("Database: talash.db", window))
    window.resize(900, 400)
    window.show()
    qtbot.waitExposed(window)
    return window, status, user


def test_a_long_message_is_cut_before_the_labels_and_whole_in_its_tooltip(qtbot: QtBot) -> None:
    window, status, user = _window(qtbot)
    window.statusBar().showMessage(LONG, 10_000)  # as the window's parts call it
    area = status.area
    assert status.currentMessage() == LONG
    assert area.toolTip() == LONG
    shown = area.text()
    assert shown.endswith("…") and LONG.startswith(shown[:-1])
    assert area.fontMetrics().horizontalAdvance(shown) <= area.contentsRect().width()
    # The message ends where the permanent labels begin: it never runs under them.
    assert area.geometry().right() < user.geometry().left()
    assert user.isVisible() and user.text().startswith("PSI Sunil More")

    window.resize(1900, 400)
    qtbot.waitUntil(lambda: area.text() == LONG, timeout=2000)  # room for all of it now


def test_a_short_message_gives_the_longer_lasting_one_back(qtbot: QtBot) -> None:
    _window_, status, _user = _window(qtbot)
    status.showMessage("The automatic backup failed.", 60_000)
    status.showMessage("Unsaved form kept as a draft at 13:40", 50)
    assert status.currentMessage() == "Unsaved form kept as a draft at 13:40"
    qtbot.waitUntil(lambda: status.currentMessage() == "The automatic backup failed.", timeout=2000)

    # A message for good is replaced, not queued; clearing clears everything.
    status.showMessage("Locked at 13:45")
    status.showMessage("Unlocked")
    assert status.currentMessage() == "Unlocked"
    status.clearMessage()
    assert status.currentMessage() == "" and status.area.text() == ""


def test_a_message_over_its_time_is_gone(qtbot: QtBot) -> None:
    _window_, status, _user = _window(qtbot)
    status.showMessage("Today's automatic backup is written", 30)
    qtbot.waitUntil(lambda: status.currentMessage() == "", timeout=2000)
    assert status.area.toolTip() == ""


def test_the_windows_messages_stop_before_who_is_logged_on(qtbot: QtBot, writer_desk: Desk) -> None:
    window = MainWindow(writer_desk)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not window.register.loading, timeout=10_000)
    status = window.statusBar()
    assert isinstance(status, StatusLine)
    status.showMessage(LONG * 2, 10_000)
    user = window.findChild(QLabel, "status-user")
    database = window.findChild(QLabel, "status-database")
    assert user is not None and database is not None
    assert status.area.text().endswith("…") and status.area.toolTip() == LONG * 2
    assert status.area.geometry().right() < min(user.x(), database.x())
    assert user.isVisible() and database.isVisible()
