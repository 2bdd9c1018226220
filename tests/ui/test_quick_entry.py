"""The quick report (Ctrl+R): the standard child's report by keyboard alone, in one save.

The writer types what the family says in the order they say it; only the keys that are not
typing (Tab, Enter, arrows, shortcuts) are counted. The register runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from models.clock import FixedClock
from models.db import Database
from models.dto.cases import CaseDetail
from models.enums import ContactKind, Relation, Sex
from models.rules.case_rules import RuleContext
from models.rules.required_fields import required_fields
from models.services import Services
from ui.case_form.form import CaseForm
from ui.case_form.quick_entry import QuickEntryForm
from ui.case_form.state import state_key_for
from ui.desk import Desk
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui

# The figure in docs/performance.md ("The quick report by keyboard").
MOST_KEYS = 40


@pytest.fixture
def services(db: Database, clock: FixedClock) -> Services:
    """The desk on each database backend (the UI fixtures default to SQLite)."""
    return Services.build(db, clock)


class Keyboard:
    """Keys sent to whatever has the focus, as a person at the desk would; counts the keys that
    are not typing, and the saves."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.keys = 0
        self.saves = 0

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        assert self.window.isAncestorOf(widget) or widget is self.window
        return widget

    def type(self, text: str) -> None:
        QTest.keyClicks(self.focus(), text)  # ASCII only (see the tech notes)
        QApplication.processEvents()

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.keys += 1
        QTest.keyClick(self.focus(), key, modifier)
        QApplication.processEvents()

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.press(Qt.Key.Key_Tab)

    def tab_to(self, field: QWidget) -> None:
        """Tab until the cursor is in ``field`` (a few presses at most)."""
        for _ in range(4):
            self.press(Qt.Key.Key_Tab)
            now = self.focus()
            if now is field or field.isAncestorOf(now):
                return
        raise AssertionError(f"Tab does not reach {type(field).__name__}")

    def save(self) -> None:
        self.saves += 1
        self.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def window(qtbot: QtBot, writer_desk: Desk) -> Iterator[MainWindow]:
    win = MainWindow(writer_desk)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: not win.register.loading, timeout=10_000)
    yield win


def _open_quick(window: MainWindow, keyboard: Keyboard) -> QuickEntryForm:
    keyboard.press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    form = window.current_form()
    assert isinstance(form, QuickEntryForm)
    return form


def test_the_standard_child_report_by_keyboard_in_one_save(
    qtbot: QtBot, window: MainWindow
) -> None:
    kb = Keyboard(window)
    form = _open_quick(window, kb)
    fields = form.binder.fields
    assert fields["person.names"].isAncestorOf(QApplication.focusWidget())

    kb.type("Sakshi Ramesh Jadhav")
    kb.tab_to(fields["person.age"])  # past the name in Devanagari
    kb.type("about 13")
    kb.tab_to(fields["person.sex"])  # past the date of birth, not known
    kb.type("F")  # the sex, chosen by its first letter
    kb.tab_to(fields["circumstances.last_seen_at"])
    kb.type("19-11-2026 18:30")
    kb.tab_to(fields["circumstances.last_seen_place"])
    kb.type("Dharavi bus depot")
    kb.tab_to(fields["circumstances.narrative"])
    kb.type("Her mother says Sakshi left for tuition at 6 pm and did not come home.")
    kb.tab_to(fields["complainant.person.names"])
    kb.type("Sunita Ramesh Jadhav")
    kb.tab_to(fields["complainant.relation"])
    kb.type("M")  # Mother
    kb.tab_to(fields["complainant.person.contacts"])
    kb.type("9820012345")
    # The age made her a child: the badge shows and the FIR section is suggested.
    assert form.child_badge.isVisibleTo(form)
    assert "BNS 137(2)" in form.quick.suggestion.text()
    kb.press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # add the suggested sections
    assert fields["fir.number"].hasFocus()
    kb.type("0412/2026")

    saved: list[CaseDetail] = []
    form.saved.connect(saved.append)
    kb.save()

    assert len(saved) == 1, form.message.plain()
    assert kb.saves == 1
    assert kb.keys <= MOST_KEYS
    detail = saved[0]
    case = detail.as_input()
    assert case.person.names[0] == "Sakshi Ramesh Jadhav"
    assert (case.person.age_min, case.person.age_max) == (12, 14)
    assert case.person.sex is Sex.FEMALE
    assert case.complainant is not None
    assert case.complainant.relation is Relation.MOTHER
    assert [(c.kind, c.value) for c in case.complainant.person.contacts] == [
        (ContactKind.MOBILE, "9820012345")
    ]
    assert case.fir is not None
    assert [(r.act.value, r.section) for r in case.fir.sections] == [("BNS", "137(2)")]
    assert detail.is_child
    # Saved, the report opens in the full form for the rest of the case.
    full = window.current_form()
    assert isinstance(full, CaseForm) and not isinstance(full, QuickEntryForm)
    assert full.detail is not None and full.detail.uuid == detail.uuid
    assert detail.register_no in full.message.plain()
    print(f"quick report: {kb.keys} non-typing keys, {kb.saves} save")


def test_an_empty_quick_report_lists_every_missing_field_on_the_first_save(
    qtbot: QtBot, window: MainWindow
) -> None:
    kb = Keyboard(window)
    form = _open_quick(window, kb)
    kb.save()
    listed = form.message.plain()
    assert "Not saved." in listed
    # In the order of the form, the cursor on the first: the name.
    assert listed.index("field:person.names") < listed.index("field:complainant")
    assert form.binder.fields["person.names"].isAncestorOf(QApplication.focusWidget())
    ctx = RuleContext.default(form.desk.now(), form.desk.zone)
    for path in required_fields(ctx, child=False) - {"report.reported_at"}:  # reported: now
        key = state_key_for(path)
        label = form.binder.labels[key]
        assert f"field:{path}" in listed or f">{label}<" in listed, (path, listed)
    # Each entry is a link that puts the cursor in its field.
    form.message.link_clicked.emit("field:circumstances.last_seen_place")
    assert form.binder.fields["circumstances.last_seen_place"].hasFocus()


def test_the_list_follows_the_fields_as_they_are_mended(qtbot: QtBot, window: MainWindow) -> None:
    kb = Keyboard(window)
    form = _open_quick(window, kb)
    kb.save()
    assert "field:circumstances.last_seen_at" in form.message.plain()
    form.message.link_clicked.emit("field:circumstances.last_seen_at")
    kb.type("now")
    kb.tab()  # leaving the field checks the form again
    listed = form.message.plain()
    assert "Not saved." in listed
    assert "field:circumstances.last_seen_at" not in listed
    assert "field:circumstances.last_seen_place" in listed


def test_required_marks_come_from_the_rules_and_follow_the_age(
    qtbot: QtBot, window: MainWindow
) -> None:
    kb = Keyboard(window)
    form = _open_quick(window, kb)
    quick = form.quick
    caption = quick.captions["fir.number"][0]
    assert "person.names" in quick.required_keys()
    assert quick.captions["person.names"][0].text().endswith("*")
    assert not caption.text().endswith("*")  # an adult's report may wait for its FIR
    kb.tab_to(form.binder.fields["person.age"])
    kb.type("9")
    kb.tab()
    assert form.child_badge.isVisibleTo(form)
    assert caption.text().endswith("*")


def test_more_details_carries_the_typing_into_the_full_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    kb = Keyboard(window)
    form = _open_quick(window, kb)
    kb.type("Sakshi")
    kb.press(Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    full = window.current_form()
    assert isinstance(full, CaseForm) and not isinstance(full, QuickEntryForm)
    assert form not in window.forms
    assert full.binder.fields["person.names"].raw()[0] == "Sakshi"  # type: ignore[attr-defined]
    assert full.is_dirty()


def test_the_full_form_lists_everything_at_the_first_save_too(
    qtbot: QtBot, writer_desk: Desk
) -> None:
    form = CaseForm(writer_desk)
    qtbot.addWidget(form)
    form.show()
    assert not form.save()
    listed = form.message.plain()
    # "Last seen at" left empty no longer hides the rest until it is filled.
    for path in ("person.names", "circumstances.last_seen_at", "circumstances.narrative"):
        assert f"field:{path}" in listed, path
    assert "field:complainant" in listed


def test_the_full_form_tells_apart_two_fields_with_the_same_caption(
    qtbot: QtBot, writer_desk: Desk
) -> None:
    form = CaseForm(writer_desk)
    qtbot.addWidget(form)
    form.show()
    form.binder.fields["complainant.relation"].set_raw(Relation.MOTHER.value)  # type: ignore[attr-defined]
    assert not form.save()
    listed = form.message.plain()
    # The complainant's name is captioned "Name" in its section, as the child's is in theirs.
    assert "'field:complainant.person.names'>Complainant, name<" in listed, listed
