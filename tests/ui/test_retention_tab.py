"""The Retention tab of Administration: the periods in force and the records due for review,
each with what the station head does; a writer has no such tab and the service refuses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from models.clock import FixedClock
from tests.factories import adult_case
from ui.admin_page import AdminPage
from ui.desk import Desk


def test_the_station_head_sees_a_voided_entry_due_and_how_it_leaves(
    qtbot: QtBot,
    make_desk: Callable[[str], Desk],
    clock: FixedClock,
    qtmodeltester: ModelTester,
) -> None:
    head = make_desk("pi.shinde")
    cases = head.services.cases
    writer = make_desk("hc.pawar")
    void_ref = cases.register_case(writer.actor, adult_case()).value.register_no
    cases.void_case(head.actor, void_ref, reason="entered twice")
    kept_ref = cases.register_case(writer.actor, adult_case()).value.register_no
    page = AdminPage(head)
    qtbot.addWidget(page)
    page.show_tab("Retention")
    tab = page.retention
    assert tab is not None
    tab.refresh()
    assert tab.model.rowCount() == 0 and "No record is due" in tab.note.text()
    assert "entry voided as made in error: 3 years" in tab.periods.text()

    clock.advance(timedelta(days=3 * 366))
    tab.refresh()
    assert tab.model.column_texts(1) == [void_ref] and kept_ref not in tab.model.column_texts(1)
    assert f"talash destroy case {void_ref} --order" in tab.model.text_at(0, 4)
    assert "1 records due for review" in tab.note.text()
    qtmodeltester.check(tab.model)


def test_a_writer_has_no_retention_tab(qtbot: QtBot, make_desk: Callable[[str], Desk]) -> None:
    page = AdminPage(make_desk("hc.pawar"))
    qtbot.addWidget(page)
    assert page.retention is None and "Retention" not in page.tab_titles()
