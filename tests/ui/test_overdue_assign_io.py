"""The station head sees a missing child's case saved without an IO as "IO to be assigned" on
the overdue list and assigns the officer from that row; the row then leaves the list. Others
are not offered the button."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from models.clock import FixedClock
from models.db import Database
from models.rules.clocks import IO_ASSIGNMENT
from models.services import Services, match_due
from tests.factories import child_case
from tests.ui.helpers import choose
from ui.assign_io_dialog import AssignIoDialog, assign_io
from ui.desk import Desk
from ui.overdue_view import OverdueView


@pytest.fixture
def services(db: Database, clock: FixedClock) -> Services:
    """Both databases: the assignment is the case's own edit, with its lock and version."""
    return Services.build(db, clock)


def _register_without_io(desk: Desk) -> str:
    data = child_case()
    data = dataclasses.replace(data, report=dataclasses.replace(data.report, io=None))
    return desk.services.cases.register_case(desk.actor, data).value.register_no


def _io_row(view: OverdueView, ref: str) -> int:
    rows = [
        row
        for row, item in enumerate(view.model.items)
        if item.ref == ref and item.clock.kind == IO_ASSIGNMENT
    ]
    return rows[0] if rows else -1


def _answer_dialog(qtbot: QtBot, pick: Callable[[AssignIoDialog], None]) -> list[str]:
    """Answer the dialog once it opens (it is modal); return the error lines it showed."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AssignIoDialog):
            QTimer.singleShot(20, answer)
            return
        pick(dialog)
        error = dialog.findChild(QLabel, "assign-io-error")
        seen.append(error.text() if error is not None else "")
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, answer)
    return seen


def test_the_station_head_assigns_the_io_from_the_overdue_list(
    qtbot: QtBot, make_desk: Callable[[str], Desk]
) -> None:
    writer = make_desk("hc.pawar")
    ref = _register_without_io(writer)
    head = make_desk("pi.shinde")
    view = OverdueView(head)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    view.refresh()
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    row = _io_row(view, ref)
    assert row >= 0
    assert view.model.items[row].clock.label.startswith("IO to be assigned")
    assert not view.assign_button.isEnabled()  # nothing chosen yet
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, 0))
    assert view.assign_button.isEnabled()

    def pick(dialog: AssignIoDialog) -> None:
        offered = {dialog.officer.itemData(i) for i in range(dialog.officer.count())}
        assert "hc.pawar" not in offered  # a writer is not an investigating officer
        choose(dialog.officer, "psi.more")
        qtbot.keyClick(dialog.officer, Qt.Key.Key_Return)  # Enter assigns

    errors = _answer_dialog(qtbot, pick)
    view.assign_button.setFocus()  # Tab from the list reaches it; Space presses it
    qtbot.keyClick(view.assign_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert errors == [""]
    qtbot.waitUntil(lambda: _io_row(view, ref) == -1, timeout=10_000)  # the row leaves the list
    detail = head.services.cases.case_detail(head.actor, ref, audit_view=False)
    assert detail.io_officer is not None and detail.io_officer.username == "psi.more"
    assert detail.updated_by == "pi.shinde"
    qtbot.waitUntil(lambda: _due(head) == 0, timeout=10_000)  # its matches, worked out after


def test_only_the_station_head_is_offered_the_assignment(
    qtbot: QtBot, make_desk: Callable[[str], Desk]
) -> None:
    writer = make_desk("hc.pawar")
    ref = _register_without_io(writer)
    view = OverdueView(writer)
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    row = _io_row(view, ref)
    assert row >= 0  # the writer sees the clock
    view.table.setCurrentIndex(view.model.index(row, 0))
    assert not view.assign_button.isEnabled() and view.assign_button.isHidden()


def test_an_assignment_has_the_case_s_possible_matches_worked_out_again(
    qtbot: QtBot, make_desk: Callable[[str], Desk]
) -> None:
    """The edit leaves the case's possible matches due (models/services/match_due.py); the
    assignment has them worked out off the window's thread, as the case form's save does."""
    writer = make_desk("hc.pawar")
    ref = _register_without_io(writer)
    head = make_desk("pi.shinde")
    head.services.matching.refresh_due_matches(head.actor)
    assert _due(head) == 0
    assign_io(head, ref, "psi.more")
    qtbot.waitUntil(lambda: _due(head) == 0, timeout=10_000)


def _due(desk: Desk) -> int:
    with desk.services.db.read() as s:
        return match_due.count_due(s)
