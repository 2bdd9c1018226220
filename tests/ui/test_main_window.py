"""The main window: keys, the idle lock, logon, first start, printouts, long jobs, the dashboard
and found persons."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from models.dto.accounts import NewUser, StationInput
from models.enums import Activity, CaseStatus, FoundStatus, Sex
from models.errors import ValidationFailed
from models.idle import IdlePolicy
from models.services import Services
from tests.conftest import TEST_PASSWORD
from tests.factories import child_case
from tests.ui.conftest import Dialogs
from tests.ui.helpers import choose, type_text
from ui.case_form.form import CaseForm
from ui.dashboard import DashboardView
from ui.desk import Desk
from ui.first_run import FirstRunDialog
from ui.found.form import FoundForm
from ui.found.link_dialog import LinkDialog
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.pdf_preview import PdfPreview
from ui.printing import CASE_PAPERS, show_printout
from ui.tasks import run_with_progress

pytestmark = pytest.mark.gui


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _window(qtbot: QtBot, desk: Desk, **options: object) -> MainWindow:
    window = MainWindow(desk, **options)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not window.register.loading, timeout=10_000)
    return window


def test_the_keys_of_the_desk(qtbot: QtBot, writer_desk: Desk, dialogs: Dialogs) -> None:
    window = _window(qtbot, writer_desk)
    ctrl = Qt.KeyboardModifier.ControlModifier
    QTest.keyClick(window, Qt.Key.Key_N, ctrl)
    form = window.current_form()
    assert isinstance(form, CaseForm)
    # Ctrl+N lands on the name; the time already in "Reported at" is not selected to type over.
    names = form.binder.fields["person.names"].lines[0]  # type: ignore[attr-defined]
    reported = form.binder.fields["report.reported_at"].line  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is names
    assert not reported.hasSelectedText() and not names.hasSelectedText()
    time_shown = reported.text()
    assert time_shown
    QTest.keyClicks(QApplication.focusWidget(), "Asha")
    assert names.text() == "Asha" and reported.text() == time_shown
    names.clear()
    QTest.keyClick(window, Qt.Key.Key_F, ctrl)
    assert window.pages.currentWidget() is window.register
    assert QApplication.focusWidget() is window.register.filters.search
    QTest.keyClick(window, Qt.Key.Key_3, ctrl)
    assert window.pages.currentWidget() is window.overdue
    QTest.keyClick(window, Qt.Key.Key_5, ctrl)
    assert window.pages.currentWidget() is window.dashboard
    window.nav.setCurrentItem(window._form_item(form))
    type_text(form.binder.fields["person.names"].lines[0], "Sunita")  # type: ignore[attr-defined]
    QTest.keyClick(window, Qt.Key.Key_W, ctrl)  # unsaved: asks (the test answers Discard)
    assert dialogs.shown[-1][0] == "Unsaved changes"
    assert window.forms == []
    QTest.keyClick(window, Qt.Key.Key_F1)
    assert dialogs.shown[-1][0] == "Keys"


def test_a_page_is_built_when_first_shown_and_wired_like_the_others(
    qtbot: QtBot, writer_desk: Desk
) -> None:
    # Building every page took a third of the window's first show.
    window = _window(qtbot, writer_desk)
    assert set(window.page_widgets.built()) == {"register"}
    window.show_page("admin")
    assert window.pages.currentWidget() is window.admin
    assert set(window.page_widgets.built()) == {"register", "admin"}
    assert list(window.page_widgets) == [
        "register",
        "found",
        "overdue",
        "returns",
        "dashboard",
        "admin",
    ]
    # A backup restored on the Administration page still reaches whoever reopens the register.
    with qtbot.waitSignal(window.register_replaced, timeout=1000):
        window.admin.register_replaced.emit()
    # The overdue page's link to the matches to review still leads to the found persons.
    window.show_page("overdue")
    window.overdue.review_matches.emit()
    assert window.pages.currentWidget() is window.found
    assert window.found.to_review.isChecked()


def test_the_window_remembers_its_layout(qtbot: QtBot, writer_desk: Desk) -> None:
    first = _window(qtbot, writer_desk)
    first.register.table.horizontalHeader().resizeSection(2, 333)
    first.splitter.setSizes([250, 1100])
    saved = first.layout_state()
    second = _window(qtbot, writer_desk)
    second.restore_layout_state(saved)
    assert second.register.table.horizontalHeader().sectionSize(2) == 333
    second.restore_layout_state("not a layout")  # an old or damaged setting is ignored


def test_an_idle_window_hides_every_case_until_the_password(qtbot: QtBot, io_desk: Desk) -> None:
    detail = io_desk.services.cases.register_case(io_desk.actor, child_case()).value
    clock = FakeMonotonic()
    window = _window(
        qtbot, io_desk, idle_policy=IdlePolicy(60.0), monotonic=clock, idle_check_ms=20
    )
    form = window.open_case(detail.uuid)
    assert form is not None
    dialog = form.open_trace_dialog("trace")
    assert dialog is not None and dialog.isVisible()
    clock.now += 30
    QTest.qWait(60)
    assert not window.is_locked()
    clock.now += 31  # 61 s without a key press or a mouse move
    qtbot.waitUntil(window.is_locked, timeout=5000)
    assert not form.isVisible() and not dialog.isVisible()
    assert not window.register.isVisible() and window.lock_screen.isVisible()
    assert not window.menuBar().isEnabled()
    screen = window.lock_screen
    type_text(screen.password, "wrong password")
    screen.try_unlock()
    assert window.is_locked() and "not right" in screen.error.text()
    type_text(screen.password, TEST_PASSWORD)
    screen.try_unlock()
    assert not window.is_locked()
    assert form.isVisible() and dialog.isVisible()
    dialog.reject()


def test_logon_shows_the_services_refusals_and_locks_after_five(
    qtbot: QtBot, services: Services
) -> None:
    login = LoginDialog(services.accounts, services.accounts.station(), desk_name="desk-1")
    qtbot.addWidget(login)
    qtbot.keyClicks(login.username, "psi.more")
    for _ in range(4):
        qtbot.keyClicks(login.password, "not-the-password")
        login.accept()
        assert login.error.text() == "The username or password is not right."
    qtbot.keyClicks(login.password, "not-the-password")
    login.accept()
    assert "locked" in login.error.text()
    login.username.setText("hc.pawar")
    qtbot.keyClicks(login.password, TEST_PASSWORD)
    login.accept()
    assert login.actor is not None and login.actor.username == "hc.pawar"


def test_first_start_sets_up_the_station_with_the_services_rules(qtbot: QtBot) -> None:
    calls: list[tuple[StationInput, NewUser, str]] = []

    def set_up(station: StationInput, head: NewUser, password: str) -> None:
        if len(password) < 12:
            from models.errors import Problem

            raise ValidationFailed([Problem("password", "use at least 12 characters")])
        calls.append((station, head, password))

    dialog = FirstRunDialog(set_up)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.station_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    qtbot.keyClicks(dialog.code, "MH-MUM-DHR")
    qtbot.keyClicks(dialog.name, "Dharavi Police Station")
    type_text(dialog.name_local, "धारावी पोलीस ठाणे")
    qtbot.keyClicks(dialog.district, "Mumbai City")
    qtbot.keyClicks(dialog.username, "pi.shinde")
    qtbot.keyClicks(dialog.full_name, "Suresh Shinde")
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    dialog._set_up()
    assert "Password: use at least 12 characters" in dialog.error.text()
    for edit in (dialog.password, dialog.repeat):
        edit.setText("Station-Head-2026")
    dialog._set_up()
    assert dialog.choice == "station" and calls[0][0].name_local == "धारावी पोलीस ठाणे"
    demo = FirstRunDialog(set_up)
    qtbot.addWidget(demo)
    demo.show()
    qtbot.mouseClick(demo.demo_button, Qt.MouseButton.LeftButton)
    assert demo.choice == "demo" and demo.result() == QDialog.DialogCode.Accepted


def test_printouts_are_previewed_saved_and_printed(
    qtbot: QtBot, io_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    detail = io_desk.services.cases.register_case(io_desk.actor, child_case()).value
    previews: list[PdfPreview] = []
    monkeypatch.setattr(PdfPreview, "exec", lambda self: previews.append(self) or 0)
    fir = next(p for p in CASE_PAPERS if p.key == "fir")
    show_printout(None, io_desk, fir, detail.uuid)
    qtbot.waitUntil(lambda: bool(previews), timeout=20_000)
    preview = previews[0]
    qtbot.addWidget(preview)
    assert preview.pdf.startswith(b"%PDF") and preview.page_count() >= 1
    preview.save_to(tmp_path / "fir-copy")
    assert (tmp_path / "fir-copy.pdf").read_bytes() == preview.pdf
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    assert preview.open_external() == io_desk.outbox_dir / "FIR-MP-2026-0001.pdf"  # type: ignore[operator]


def test_a_long_job_runs_off_the_window_and_can_be_cancelled(qtbot: QtBot) -> None:
    started = threading.Event()
    results: list[int] = []
    window_thread = threading.get_ident()
    threads: list[int] = []

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        done = 0
        started.set()
        while not cancelled() and done < 10_000:
            done += 1
            progress(done, 10_000)
            time.sleep(0.001)
        return done

    task, dialog = run_with_progress(None, "Export", "Exporting…", work, results.append)
    assert started.wait(5)
    QApplication.processEvents()
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert task.cancelled() and 0 < results[0] < 10_000
    assert threads and threads[0] != window_thread


def test_the_dashboard_shows_the_weeks_figures(qtbot: QtBot, io_desk: Desk) -> None:
    for _ in range(3):
        io_desk.services.cases.register_case(io_desk.actor, child_case())
    view = DashboardView(io_desk)
    qtbot.addWidget(view)
    view.refresh()
    assert view.as_of.text() == "Loading…"  # counted off the window's thread
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    assert view.tiles[("week", "reported")].number.text() == "3"
    assert view.tiles[("week", "untraced")].number.text() == "3"
    assert view.missing_tile.number.text() == "3"
    series = view.sex_chart.series()
    assert len(series) == 1 and [s.label() for s in series[0].barSets()] == [
        "Reported",
        "Traced",
        "Still missing",
    ]
    view.show_period("year")
    assert "this year" in view.sex_chart.title()


def test_a_found_child_is_recorded_and_linked_to_a_case(
    qtbot: QtBot, writer_desk: Desk, io_desk: Desk
) -> None:
    case = writer_desk.services.cases.register_case(writer_desk.actor, child_case()).value
    form = FoundForm(writer_desk)
    qtbot.addWidget(form)
    names = form.binder.fields["person.names"]
    qtbot.keyClicks(names.lines[0], "Priya")  # type: ignore[attr-defined]
    type_text(names.lines[1], "प्रिया")  # type: ignore[attr-defined]
    choose(form.binder.fields["person.sex"], Sex.FEMALE.value)  # type: ignore[arg-type]
    type_text(form.binder.fields["person.age"], "13-15")
    type_text(form.binder.fields["found_place"], "Dadar station, platform 1")
    choose(form.binder.fields["activity"], Activity.BEGGING.value)  # type: ignore[arg-type]
    assert form.save(), form.message.plain()
    assert form.detail is not None and form.detail.is_child
    assert form.detail.clock is not None and "Found child before the CWC" in form.clock.text()

    officer = FoundForm(
        io_desk, io_desk.services.found.found_detail(io_desk.actor, form.detail.uuid)
    )
    qtbot.addWidget(officer)
    assert officer.link_button.isEnabled()
    link = LinkDialog(io_desk, officer.detail)  # type: ignore[arg-type]
    qtbot.addWidget(link)
    assert link.candidates.count() == 1 and case.register_no in link.candidates.item(0).text()
    link.candidates.setCurrentRow(0)
    link.accept()
    assert link.result_detail is not None
    assert link.result_detail.status is FoundStatus.LINKED
    assert link.result_detail.linked_case == case.register_no
    assert case.status is CaseStatus.REGISTERED
