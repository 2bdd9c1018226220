"""A child's case from the front desk to the reunion, through the real widgets.

The writer types the report (Marathi name one character at a time, as an input method sends
it), saves with Ctrl+S, finds it in the register by a Latin and a Devanagari fragment; the
investigating officer records the trace and the reunion, and the case leaves the overdue list.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.enums import CaseStatus, RiskAnswer
from tests.ui.helpers import choose, jpeg_file, leave, type_text
from ui import messages
from ui.case_form.form import CaseForm
from ui.case_form.pickers import ReasonPicker, RiskChecklistEdit
from ui.case_form.record_sections import TraceSection
from ui.case_form.report_section import ReportSection
from ui.desk import Desk
from ui.main_window import MainWindow
from ui.trace_dialog import TraceDialog
from ui.widgets.fields import ChoiceCombo, InstantEdit, NamesEdit, TextBox, TextLine
from ui.widgets.rows import RowsEditor

pytestmark = pytest.mark.gui


def _field(form: CaseForm, key: str):  # type: ignore[no-untyped-def]
    return form.binder.fields[key]


def _type_into(form: CaseForm, key: str, text: str, qtbot: QtBot) -> None:
    widget = _field(form, key)
    if isinstance(widget, InstantEdit):
        widget.line.clear()
        qtbot.keyClicks(widget.line, text)
        leave(widget.line)
    elif isinstance(widget, TextBox | TextLine):
        type_text(widget, text)
        if isinstance(widget, TextLine):
            leave(widget)
    else:
        type_text(widget, text)
        leave(widget)


def _window(qtbot: QtBot, desk: Desk) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not window.register.loading, timeout=10_000)
    return window


def _register_a_child_case(qtbot: QtBot, window: MainWindow, photo: Path) -> CaseForm:
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.current_form()
    assert isinstance(form, CaseForm) and form.detail is None
    # Defaults for the writer: reported now, received by whoever is logged on.
    assert _field(form, "report.reported_at").raw() == "20-11-2026 10:00"
    assert _field(form, "report.received_by").raw() == "hc.pawar"
    assert _field(form, "person.nationality").raw() == "Indian"

    choose(_field(form, "report.io"), "psi.more")
    _type_into(form, "report.gd_entry_no", "GD 31/2026", qtbot)

    names: NamesEdit = _field(form, "person.names")
    qtbot.keyClicks(names.lines[0], "Priya Santosh Patil")
    type_text(names.lines[1], "प्रिया संतोष पाटील")
    assert names.raw()[1] == "प्रिया संतोष पाटील"
    _type_into(form, "person.aliases", "Pinky, पिंकी", qtbot)
    choose(_field(form, "person.sex"), "female")
    _type_into(form, "person.date_of_birth", "17-05-2012", qtbot)
    _type_into(form, "person.relative_name", "Santosh Patil", qtbot)
    assert form.child_badge.isVisibleTo(form)

    marks: RowsEditor = _field(form, "person.marks")
    marks.add_and_focus()
    type_text(marks.rows[0].cells["body_location"], "left cheek")
    type_text(marks.rows[0].cells["description"], "small black mole")
    form.section(type(form.sections[2])).photos.add_files([photo])  # type: ignore[attr-defined]

    clothing: RowsEditor = _field(form, "person.clothing")
    clothing.add_and_focus()
    choose(clothing.rows[0].cells["area"], "uniform")
    type_text(clothing.rows[0].cells["description"], "white shirt, navy blue skirt")

    _type_into(form, "circumstances.last_seen_at", "19-11-2026 18:00", qtbot)
    _type_into(form, "circumstances.last_seen_place", "90 Feet Road, near the school", qtbot)
    _type_into(
        form,
        "circumstances.narrative",
        "Santosh Patil says his daughter left school at 6 pm and has not come home.",
        qtbot,
    )

    complainant: NamesEdit = _field(form, "complainant.person.names")
    qtbot.keyClicks(complainant.lines[0], "Santosh Ramesh Patil")
    type_text(complainant.lines[1], "संतोष रमेश पाटील")
    choose(_field(form, "complainant.relation"), "father")

    risk: RiskChecklistEdit = _field(form, "risk.answers")
    choose(risk.answers["suspected_abduction"], RiskAnswer.YES.value)
    type_text(risk.details["suspected_abduction"], "seen with an unknown young man")
    choose(_field(form, "risk.grade"), "high")
    _type_into(form, "risk.rationale", "A child of 14 seen with a stranger.", qtbot)

    reason: ReasonPicker = _field(form, "reasons.suspected")
    choose(reason.category, "1")
    choose(reason.reason, "1.1")

    # The FIR: the reason picker and the age suggest BNS 137(2); one button adds it.
    report = form.section(ReportSection)
    assert "BNS 137(2)" in report.suggestion.text()  # type: ignore[attr-defined]
    qtbot.mouseClick(report.suggest_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert _field(form, "fir.registered").raw() is True
    assert _field(form, "fir.sections").raw() == [{"act": "BNS", "section": "137(2)"}]
    _type_into(form, "fir.number", "0412/2026", qtbot)
    _type_into(form, "fir.registered_at", "20-11-2026 10:00", qtbot)

    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.detail is not None, form.message.plain()
    return form


def test_a_child_case_from_report_to_reunion(
    qtbot: QtBot,
    make_desk: Callable[[str], Desk],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    writer = _window(qtbot, make_desk("hc.pawar"))
    form = _register_a_child_case(qtbot, writer, jpeg_file(tmp_path))
    detail = form.detail
    assert detail is not None
    assert detail.register_no == "MP/2026/0001"
    assert detail.person.names == ("Priya Santosh Patil", "प्रिया संतोष पाटील")
    assert detail.person.aliases == ("Pinky", "पिंकी")
    assert detail.is_child and detail.fir is not None and len(detail.photos) == 1
    assert detail.reasons.suspected == "1.1"
    assert "Saved as" in form.message.plain()
    assert not form.is_dirty()

    # It is in the register, and found by a Latin and by a Devanagari fragment.
    writer.show_page("register")
    register = writer.register
    qtbot.waitUntil(lambda: register.model.rowCount() == 1, timeout=10_000)
    search = register.filters.search
    qtbot.keyClicks(search, "pri")
    qtbot.waitUntil(
        lambda: register.model.filter.text == "pri" and not register.loading, timeout=10_000
    )
    assert [r.register_no for r in register.model.rows()] == ["MP/2026/0001"]
    search.clear()
    type_text(search, "पाटी")
    qtbot.waitUntil(
        lambda: register.model.filter.text == "पाटी" and not register.loading, timeout=10_000
    )
    assert [r.name for r in register.model.rows()] == ["Priya Santosh Patil"]
    search.clear()
    qtbot.keyClicks(search, "nobody-by-this-name")
    qtbot.waitUntil(
        lambda: register.model.filter.text == "nobody-by-this-name" and not register.loading,
        timeout=10_000,
    )
    assert register.model.rowCount() == 0

    # The investigating officer: the case is on the overdue list (its first risk review).
    writer.close()
    officer = _window(qtbot, make_desk("psi.more"))
    officer.show_page("overdue")
    qtbot.waitUntil(lambda: not officer.overdue.loading, timeout=10_000)
    assert "MP/2026/0001" in officer.overdue.refs()
    case_form = officer.open_case(detail.uuid)
    assert case_form is not None and case_form.can_edit()

    dialog = case_form.open_trace_dialog("trace")
    assert isinstance(dialog, TraceDialog)
    trace = dialog.trace_page.binder.fields
    trace["place"].setFocus()
    type_text(trace["place"], "Dadar railway station")
    choose(trace["how_traced"], "grp_rpf")
    choose(trace["locality"], "other_ps_city")
    choose(trace["activity"], "begging")
    confirmed: ReasonPicker = trace["confirmed_reason"]
    choose(confirmed.category, "5")
    choose(confirmed.reason, "5.1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.detail.status is CaseStatus.TRACED, dialog.message.text()
    # The CWC's 24-hour clock runs from the trace.
    assert "CWC production due 21-11-2026 10:00" in dialog.clock_label.text()
    assert "24:00:00 left" in dialog.clock_label.text()
    officer.overdue.refresh()
    qtbot.waitUntil(lambda: not officer.overdue.loading, timeout=10_000)
    assert "MP/2026/0001" in officer.overdue.refs()  # now for the CWC

    assert dialog.tabs.currentIndex() == 1
    reunion = dialog.reunion_page.binder.fields
    reunion["cwc_produced_at"].line.setText("20-11-2026 10:00")
    type_text(reunion["cwc_name"], "CWC Mumbai City")
    choose(reunion["cwc_order"], "restore_to_family")
    type_text(reunion["handover_to_name"], "Santosh Ramesh Patil")
    choose(reunion["handover_relation"], "father")
    reunion["handover_at"].line.setText("20-11-2026 10:00")
    qtbot.mouseClick(reunion["handover_id_checked"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Reunion recorded" in dialog.message.text(), dialog.message.text()
    assert "CWC production done" in dialog.clock_label.text()

    told: list[str] = []
    monkeypatch.setattr(messages, "inform", lambda _p, _t, text: told.append(text))
    dialog.reject()  # Done: what is still open before the case can be closed
    assert told and "complainant" in told[0].lower()
    QApplication.processEvents()

    officer.overdue.refresh()
    qtbot.waitUntil(lambda: not officer.overdue.loading, timeout=10_000)
    assert "MP/2026/0001" not in officer.overdue.refs()
    assert case_form.detail is not None and case_form.detail.status is CaseStatus.TRACED
    trace_section = case_form.section(TraceSection)
    assert "Traced" in trace_section.summary.text()  # type: ignore[attr-defined]


def test_every_field_of_the_form_is_reached_with_tab(qtbot: QtBot, writer_desk: Desk) -> None:
    form = CaseForm(writer_desk)
    qtbot.addWidget(form)
    form.resize(1366, 768)
    form.show()
    form.binder.fields[FIRST := "report.reported_at"].setFocus()
    QApplication.processEvents()
    reached: set[str] = set()
    widgets = {key: w for key, w in form.binder.fields.items()}
    for _ in range(600):
        focused = QApplication.focusWidget()
        for key, widget in widgets.items():
            if focused is widget or (focused is not None and widget.isAncestorOf(focused)):
                reached.add(key)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    # FIR fields are off until "An FIR is registered" is ticked; the zero-FIR ones too.
    switched_off = {k for k, w in widgets.items() if not w.isEnabled()}
    assert FIRST in reached
    assert set(widgets) - switched_off - reached == set()
    assert isinstance(form.binder.fields["report.report_mode"], ChoiceCombo)
