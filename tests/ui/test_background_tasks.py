"""A background job outlives the widget that asked for it: nothing is delivered to a deleted one."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from shiboken6 import delete

from ui.tasks import run_in_background


def test_a_job_for_a_deleted_widget_delivers_nothing(qtbot: QtBot) -> None:
    label = QLabel("waiting")
    release = threading.Event()
    delivered: list[str] = []

    def done(text: str) -> None:
        delivered.append(text)
        label.setText(text)  # on a deleted label this raised "Internal C++ object already deleted"

    task = run_in_background(lambda: release.wait(10) and "found", done, owner=label)
    delete(label)  # the panel is closed while its search runs
    release.set()
    qtbot.waitUntil(lambda: task.finished, timeout=5000)
    assert delivered == []


def test_a_job_for_a_live_widget_delivers_its_result(qtbot: QtBot) -> None:
    label = QLabel("waiting")
    qtbot.addWidget(label)
    task = run_in_background(lambda: "found", label.setText, owner=label)
    qtbot.waitUntil(lambda: task.finished, timeout=5000)
    assert label.text() == "found"
