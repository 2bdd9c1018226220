"""The case form's 'May be the same person as …' panel, through the real widgets: typing a child
reported before (in another script) brings up the earlier case; it opens from the keyboard; after
the first save the report is marked a repeat episode and the panel shows the person's episodes."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.enums import Sex
from tests.factories import at, child_case
from tests.ui.conftest import Dialogs
from tests.ui.helpers import type_text
from ui.case_form.duplicates_panel import DuplicatesPanel
from ui.case_form.form import CaseForm
from ui.case_form.state import case_to_state
from ui.desk import Desk

pytestmark = pytest.mark.gui
TIMEOUT = 20_000


def _earlier_priya(desk: Desk) -> str:
    """Priya's first report, eight months ago."""
    base = child_case()
    hours = 240 * 24
    data = dataclasses.replace(
        base,
        report=dataclasses.replace(base.report, reported_at=at(hours), gd_entry_at=None),
        fir=dataclasses.replace(base.fir, number="0100/2026", registered_at=at(hours - 0.5)),  # type: ignore[arg-type]
        circumstances=dataclasses.replace(base.circumstances, last_seen_at=at(hours + 2)),
    )
    return desk.services.cases.register_case(desk.actor, data).value.register_no


def test_the_panel_proposes_opens_and_marks_a_repeat_episode(
    qtbot: QtBot, writer_desk: Desk, dialogs: Dialogs
) -> None:
    earlier = _earlier_priya(writer_desk)
    form = CaseForm(writer_desk)
    qtbot.addWidget(form)
    form.resize(1366, 768)
    form.show()
    panel: DuplicatesPanel = form.duplicates
    assert panel.isHidden()

    names = form.binder.fields["person.names"]
    type_text(names.lines[1], "प्रिया पाटील")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(panel.candidates), timeout=TIMEOUT)
    assert panel.isVisible()
    assert panel.candidates[0].ref == earlier
    assert earlier in panel.list.item(0).text()
    assert "name" in panel.list.item(0).toolTip()
    assert not panel.mark_button.isEnabled()  # not before the first save
    assert "Save the report" in panel.note.text()

    # A boy of that name is not the same person.
    form.set_field("person.sex", Sex.MALE.value)
    qtbot.waitUntil(lambda: not panel.candidates, timeout=TIMEOUT)
    assert panel.isHidden()
    form.set_field("person.sex", Sex.FEMALE.value)
    qtbot.waitUntil(lambda: bool(panel.candidates), timeout=TIMEOUT)

    # Reached from the keyboard: the list takes focus and Enter opens the earlier case.
    assert panel.list.focusPolicy() != Qt.FocusPolicy.NoFocus
    panel.list.setFocus()
    QApplication.processEvents()
    with qtbot.waitSignal(form.open_case_requested, timeout=TIMEOUT) as opened:
        QTest.keyClick(panel.list, Qt.Key.Key_Return)
    assert opened.args == [panel.candidates[0].uuid]

    # The whole report entered (Priya reported again by her mother today) and saved.
    again = child_case()
    again = dataclasses.replace(
        again,
        person=dataclasses.replace(
            again.person,
            names=("प्रिया पाटील",),
            aliases=(),
            date_of_birth=None,
            age_min=14,
            age_max=14,
        ),
    )
    form.load_state(case_to_state(again, writer_desk.zone))
    assert form.save(), form.message.plain()
    assert form.detail is not None
    qtbot.waitUntil(lambda: bool(panel.candidates), timeout=TIMEOUT)
    assert panel.mark_button.isEnabled()
    QTest.mouseClick(panel.mark_button, Qt.MouseButton.LeftButton)
    assert any(title == "Repeat episode" for title, _ in dialogs.shown)
    assert form.detail.repeat_of == earlier and form.detail.episodes_before == 1
    assert "Marked as a repeat episode" in form.message.plain()
    assert earlier in panel.episodes.text() and panel.episodes.isVisible()
    qtbot.waitUntil(lambda: not panel.candidates, timeout=TIMEOUT)  # linked: no longer proposed
    assert not panel.mark_button.isEnabled()


def test_an_opened_case_shows_its_episodes_and_asks_nothing(
    qtbot: QtBot, writer_desk: Desk, sho_desk: Desk
) -> None:
    earlier = _earlier_priya(writer_desk)
    later = writer_desk.services.cases.register_case(writer_desk.actor, child_case()).value
    writer_desk.services.cases.mark_repeat(writer_desk.actor, later.register_no, earlier)
    detail = sho_desk.services.cases.case_detail(sho_desk.actor, earlier)
    form = CaseForm(sho_desk, detail)
    qtbot.addWidget(form)
    form.show()
    panel = form.duplicates
    assert not panel.active
    assert panel.isVisible() and f"{later.register_no} (later)" in panel.episodes.text()
    assert panel.list.isHidden()
