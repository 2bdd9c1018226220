"""The overdue page reads its list off the window's thread, shows the most urgent first (a
screenful at most), and refreshes itself only while it is on screen."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from models.services.overdue import OverdueItem
from tests.factories import child_case
from ui import overdue_view
from ui.desk import Desk
from ui.overdue_view import OverdueView


def test_the_page_fills_off_the_windows_thread(
    qtbot: QtBot, io_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(3):
        io_desk.services.cases.register_case(io_desk.actor, child_case())
    register = io_desk.services.register
    read_on: list[int] = []
    real = register.overdue

    def overdue(*args: Any, **kwargs: Any) -> list[OverdueItem]:
        read_on.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(register, "overdue", overdue)
    view = OverdueView(io_desk)
    qtbot.addWidget(view)
    view.refresh()
    assert view.loading and view.summary.text() == "Loading…"
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    assert read_on and read_on[0] != threading.get_ident()
    # Each child's first risk review and TrackChild upload fall due within the day.
    assert len(view.refs()) == 6 and view.summary.text() == "0 overdue, 6 due within a day"

    monkeypatch.setattr(overdue_view, "SHOWN", 4)
    view.refresh()
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    assert view.model.rowCount() == 4
    assert view.summary.text().startswith("The 4 most urgent shown")


def test_the_refresh_timer_stops_while_the_page_is_hidden(qtbot: QtBot, io_desk: Desk) -> None:
    view = OverdueView(io_desk)
    qtbot.addWidget(view)
    assert not view._timer.isActive()  # never shown yet: nothing is read
    view.show()
    qtbot.waitExposed(view)
    assert view._timer.isActive() and view.loading  # shown: read at once, then every 5 min
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    assert view.refs() == []
    view.hide()
    assert not view._timer.isActive()
    # A case comes in while the page is hidden; shown again after the refresh interval, the
    # page reads the list at once.
    io_desk.services.cases.register_case(io_desk.actor, child_case())
    view._since_filled.invalidate()  # as if five minutes had passed
    view.show()
    assert view._timer.isActive() and view.loading
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    assert len(view.refs()) == 2
