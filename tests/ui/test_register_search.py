"""The register's search box: another script finds the case, best fit first, from the keyboard."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.dto.cases import CaseInput
from tests.factories import child_case
from tests.models.test_register_page import reported_hours_ago
from tests.ui.helpers import type_text
from ui.desk import Desk
from ui.register.model import COLUMN_INDEX
from ui.register.view import FILTERS_KEY, RegisterView

FILTERS_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def named(name: str) -> CaseInput:
    base = child_case()
    return dataclasses.replace(
        base, person=dataclasses.replace(base.person, names=(name,), aliases=())
    )


def _view(qtbot: QtBot, desk: Desk) -> RegisterView:
    view = RegisterView(desk)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    return view


def _searched(qtbot: QtBot, view: RegisterView, text: str) -> None:
    qtbot.waitUntil(lambda: view.model.filter.text == text and not view.loading, timeout=10_000)


def test_devanagari_typed_in_the_box_finds_the_latin_entered_case_best_first(
    qtbot: QtBot, writer_desk: Desk
) -> None:
    svc, actor = writer_desk.services, writer_desk.actor
    sunita = svc.cases.register_case(actor, named("Sunita Pawar")).value
    svc.cases.register_case(actor, named("Sunita Ramesh Pawar"))
    svc.cases.register_case(actor, named("Madhuri Kulkarni"))
    view = _view(qtbot, writer_desk)
    assert view.table.isColumnHidden(COLUMN_INDEX["fit"])
    assert view.count_label.text() == "3 cases"

    type_text(view.filters.search, "सुनीता पवार")
    _searched(qtbot, view, "सुनीता पवार")
    rows = view.model.rows()
    assert [r.name for r in rows] == ["Sunita Pawar", "Sunita Ramesh Pawar"]
    assert rows[0].register_no == sunita.register_no
    assert view.count_label.text() == "2 found"
    # Ranked: the Fit column shows, first on the left, scores falling; no sort arrow.
    fit = COLUMN_INDEX["fit"]
    assert not view.table.isColumnHidden(fit)
    assert view.table.horizontalHeader().visualIndex(fit) == 0
    scores = [int(view.model.index(i, fit).data()) for i in range(2)]
    assert scores == sorted(scores, reverse=True) and scores[0] >= 80
    tip = view.model.index(0, fit).data(Qt.ItemDataRole.ToolTipRole)
    assert "Sunita Pawar (name, Latin)" in tip
    assert not view.table.horizontalHeader().isSortIndicatorShown()

    view.filters.search.clear()
    _searched(qtbot, view, None)  # type: ignore[arg-type]
    assert view.table.isColumnHidden(COLUMN_INDEX["fit"])
    assert view.model.rowCount() == 3


def test_enter_in_the_box_opens_the_one_case_found(qtbot: QtBot, writer_desk: Desk) -> None:
    svc, actor = writer_desk.services, writer_desk.actor
    svc.cases.register_case(actor, named("Madhuri Kulkarni"))
    sunita = svc.cases.register_case(actor, named("Sunita Pawar")).value
    view = _view(qtbot, writer_desk)
    opened: list[str] = []
    view.open_case.connect(opened.append)
    # Enter straight after typing: the search runs at once; one case found, it opens.
    type_text(view.filters.search, "सुनीता")
    QTest.keyClick(view.filters.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened == [sunita.uuid], timeout=10_000)
    assert [r.name for r in view.model.rows()] == ["Sunita Pawar"]


def test_enter_with_several_found_goes_to_the_list_and_enter_there_opens_the_case(
    qtbot: QtBot, writer_desk: Desk
) -> None:
    svc, actor = writer_desk.services, writer_desk.actor
    svc.cases.register_case(actor, named("Madhuri Kulkarni"))
    first = svc.cases.register_case(actor, named("Sunita Pawar")).value
    svc.cases.register_case(actor, named("Sunita Ramesh Pawar"))
    view = _view(qtbot, writer_desk)
    opened: list[str] = []
    view.open_case.connect(opened.append)
    search = view.filters.search

    type_text(search, "Sunita Pawar")
    QTest.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.table.hasFocus(), timeout=10_000)
    assert len(view.model.rows()) == 2 and opened == []
    assert view.table.currentIndex().row() == 0
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert opened == [first.uuid]

    # Esc from the list: back in the box, its text selected to type over.
    QTest.keyClick(view.table, Qt.Key.Key_Escape)
    assert search.hasFocus() and search.selectedText() == "Sunita Pawar"

    # Down from the box after the results are in: the list, never a case opened.
    QTest.keyClick(search, Qt.Key.Key_Down)
    assert view.table.hasFocus() and view.table.currentIndex().row() == 0
    assert opened == [first.uuid]


def test_down_with_one_found_only_goes_to_the_list(qtbot: QtBot, writer_desk: Desk) -> None:
    svc, actor = writer_desk.services, writer_desk.actor
    svc.cases.register_case(actor, named("Sunita Pawar"))
    svc.cases.register_case(actor, named("Madhuri Kulkarni"))
    view = _view(qtbot, writer_desk)
    opened: list[str] = []
    view.open_case.connect(opened.append)
    type_text(view.filters.search, "Madhuri")
    QTest.keyClick(view.filters.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: view.table.hasFocus(), timeout=10_000)
    assert view.model.rowCount() == 1 and opened == []


def test_the_filters_key_reaches_the_filters_and_says_so(qtbot: QtBot, writer_desk: Desk) -> None:
    view = _view(qtbot, writer_desk)
    view.activateWindow()
    view.filters.search.setFocus()
    qtbot.waitUntil(view.filters.search.hasFocus, timeout=5000)
    QTest.keyClick(view.filters.search, Qt.Key.Key_F, FILTERS_MODIFIERS)
    assert view.filters.status.hasFocus()
    assert FILTERS_KEY in view.filters.search.toolTip()
    assert FILTERS_KEY in view.filters.status.toolTip()
    # Tab walks on through the filters, not back to the list.
    QTest.keyClick(view.filters.status, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.filters.child


def test_a_query_too_long_says_so_in_the_count(qtbot: QtBot, writer_desk: Desk) -> None:
    view = _view(qtbot, writer_desk)
    view.filters.search.setText("x" * 201)
    view.filters.search_now()
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    assert "at most 200" in view.count_label.text()


def test_overdue_only_lists_and_counts_the_cases_with_a_clock_run_out(
    qtbot: QtBot, writer_desk: Desk
) -> None:
    svc, actor = writer_desk.services, writer_desk.actor
    late = svc.cases.register_case(actor, reported_hours_ago(5 * 24)).value  # clocks run out
    svc.cases.register_case(actor, named("Madhuri Kulkarni"))  # reported yesterday evening
    view = _view(qtbot, writer_desk)
    assert view.count_label.text() == "2 cases"
    assert [r.overdue for r in view.model.rows()] == [False, True]

    view.filters.overdue.click()
    qtbot.waitUntil(lambda: view.model.filter.overdue_only and not view.loading, timeout=10_000)
    assert [r.register_no for r in view.model.rows()] == [late.register_no]
    assert view.count_label.text() == "1 case"
