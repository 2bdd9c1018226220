"""Start-up with a damaged register: the window offers the latest backup, restores it after a
station head or administrator proves their account in that backup, and goes on to the logon on
the restored register; declined, the register opens read-only with a banner; one that cannot be
read at all must be restored or left."""

from __future__ import annotations

import shutil
import sqlite3
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QToolBar
from pytestqt.qtbot import QtBot

import desktop.gui as gui
from desktop.context import AppContext
from desktop.paths import AppPaths
from desktop.settings import DeskSettings
from models.backup_manifest import manifest_path
from models.clock import FixedClock
from models.db import Database
from models.services import Services
from models.services.backups import BackupInfo
from tests.conftest import TEST_PASSWORD, actors_of
from tests.damage import damage_an_index
from tests.factories import child_case
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.startup_dialogs import DamagedRegisterDialog

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _keep_hooks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window installs its exception hooks; put the test runner's back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def box(_parent: object, title: str, text: str, *_args: object) -> int:
        shown.append((title, text))
        return 0

    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(box))
    return shown


def _cases(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM mp_case").fetchone()[0])
    finally:
        conn.close()


def _wreck_the_schema(path: Path) -> None:
    """Overwrite the schema's records on the first page: the file cannot even be read."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[size - 2000 : size] = b"\xff" * 2000
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(sqlite_db: Database, clock: FixedClock) -> tuple[Path, BackupInfo]:
    """The station register with one case in a backup and a second one after it, damaged."""
    svc = Services.build(sqlite_db, clock)
    people = actors_of(sqlite_db)
    svc.cases.register_case(people.writer, child_case())
    backup = svc.backups.backup(people.admin)
    svc.cases.register_case(people.writer, child_case())
    path = sqlite_db.target.sqlite_path
    assert path is not None
    sqlite_db.dispose()
    damage_an_index(path)
    return path, backup


@pytest.fixture
def ctx(tmp_path: Path, damaged: tuple[Path, BackupInfo], clock: FixedClock) -> AppContext:
    paths = AppPaths.resolve(tmp_path / "data")
    paths.ensure()
    return AppContext(
        paths=paths,
        settings=DeskSettings(desk_name="desk-1"),
        db_option=str(damaged[0]),
        clock=clock,
    )


def _answer(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    act: Callable[[DamagedRegisterDialog], None],
    seen: list[DamagedRegisterDialog],
) -> None:
    """Replace the dialog's modal loop by what a person does in it."""

    def run(dialog: DamagedRegisterDialog) -> int:
        seen.append(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        act(dialog)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
        return dialog.result()

    monkeypatch.setattr(DamagedRegisterDialog, "exec", run)


def _restore_as(username: str, password: str) -> Callable[[DamagedRegisterDialog], None]:
    def act(dialog: DamagedRegisterDialog) -> None:
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.restore_button.click()

    return act


def test_the_latest_backup_is_offered_and_restoring_it_brings_the_register_back(
    qtbot: QtBot,
    ctx: AppContext,
    damaged: tuple[Path, BackupInfo],
    boxes: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, backup = damaged
    seen: list[DamagedRegisterDialog] = []
    _answer(qtbot, monkeypatch, _restore_as("admin.it", TEST_PASSWORD), seen)
    db = gui.open_station_register(ctx)
    assert db is not None and not db.read_only
    (dialog,) = seen
    assert "Extends off end of page" in dialog.findChild(QLabel, "damage-text").text()  # type: ignore[union-attr]
    assert backup.path.name in dialog.backup_label.text()
    assert dialog.continue_button.text() == "Continue read-only"
    assert dialog.outcome is not None and dialog.outcome.restored_from == backup.path
    title, text = boxes[-1]
    assert title == "Backup restored" and "before-restore" in text
    # The register is the backup's: one case, sound; the damaged file is kept aside.
    assert Services.build(db, ctx.clock).accounts.is_initialised()
    assert _cases(path) == 1
    kept = dialog.outcome.replaced_copy
    assert kept is not None and kept.exists() and kept.parent == path.parent / "backups"
    ctx.close()


def test_a_wrong_password_restores_nothing_and_says_so(
    qtbot: QtBot,
    ctx: AppContext,
    damaged: tuple[Path, BackupInfo],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _backup = damaged
    before = path.read_bytes()
    seen: list[DamagedRegisterDialog] = []

    def act(dialog: DamagedRegisterDialog) -> None:
        _restore_as("pi.shinde", "not the password")(dialog)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
        assert "not right (in the backup being restored)" in dialog.error.text()
        _restore_as("hc.pawar", TEST_PASSWORD)(dialog)  # a writer may not restore
        qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
        assert "cannot make or restore backups" in dialog.error.text()
        dialog.continue_button.click()

    _answer(qtbot, monkeypatch, act, seen)
    db = gui.open_station_register(ctx)
    assert db is not None and db.read_only
    assert path.read_bytes() == before
    ctx.close()


def test_another_backup_can_be_chosen(
    qtbot: QtBot,
    ctx: AppContext,
    damaged: tuple[Path, BackupInfo],
    tmp_path: Path,
    boxes: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    path, backup = damaged
    usb = tmp_path / "usb"
    usb.mkdir()
    other = usb / "copy-from-district.sqlite"
    shutil.copyfile(backup.path, other)
    # A backup travels with its signed manifest (renamed alike), or restore refuses it.
    shutil.copyfile(manifest_path(backup.path), manifest_path(other))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(other), ""))
    seen: list[DamagedRegisterDialog] = []

    def act(dialog: DamagedRegisterDialog) -> None:
        dialog.choose_button.click()
        assert "copy-from-district.sqlite" in dialog.backup_label.text()
        _restore_as("pi.shinde", TEST_PASSWORD)(dialog)

    _answer(qtbot, monkeypatch, act, seen)
    db = gui.open_station_register(ctx)
    assert db is not None and not db.read_only
    assert seen[0].outcome is not None and seen[0].outcome.restored_from == other
    assert _cases(path) == 1
    ctx.close()


def test_declined_the_register_opens_read_only_with_a_banner_and_a_logon(
    qtbot: QtBot,
    ctx: AppContext,
    boxes: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[DamagedRegisterDialog] = []
    _answer(qtbot, monkeypatch, lambda d: d.continue_button.click(), seen)

    def log_on(self: LoginDialog) -> int:
        if not seen:
            # The logon box came without waiting for the whole file; the check behind it finds
            # the damage and closes it to make the offer.
            self.show()
            qtbot.waitUntil(lambda: not self.isVisible(), timeout=60_000)
            return self.result()
        self.username.setText("pi.shinde")
        self.password.setText(TEST_PASSWORD)
        self.accept()
        return QDialog.DialogCode.Accepted if self.actor else QDialog.DialogCode.Rejected

    windows: list[MainWindow] = []

    def run_window(_app: QApplication) -> int:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible():
                windows.append(window)
                window.close()
        return 0

    monkeypatch.setattr(LoginDialog, "exec", log_on)
    monkeypatch.setattr(QApplication, "exec", run_window)
    assert gui.run_gui(ctx) == 0
    assert len(seen) == 1 and len(windows) == 1
    window = windows[0]
    assert window.desk.actor.username == "pi.shinde"  # a logon works on a read-only register
    banner = window.findChild(QToolBar, "read-only-banner")
    assert banner is not None and not banner.toggleViewAction().isVisible()
    text = banner.findChild(QLabel, "read-only-text").text()  # type: ignore[union-attr]
    # Nobody chose a language: the banner speaks the station's (Marathi), naming the way out.
    assert window.desk.lang == "mr"
    assert "फक्त वाचण्यासाठी" in text and "प्रशासन → बॅकअप" in text
    ctx.close()


def test_damage_found_behind_the_open_window_is_said_and_offered_the_same_way(
    qtbot: QtBot,
    tmp_path: Path,
    sqlite_db: Database,
    clock: FixedClock,
    boxes: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Damage where the logon never looks: the window opens at once, the whole-file check
    behind it finds the damage, says so and closes the window; the register opens again with
    the offer, and declined, read-only with its banner."""
    path = sqlite_db.target.sqlite_path
    assert path is not None
    svc = Services.build(sqlite_db, clock)
    svc.cases.register_case(actors_of(sqlite_db).writer, child_case())
    sqlite_db.dispose()
    damage_an_index(path, "clothing_item")
    paths = AppPaths.resolve(tmp_path / "data")
    paths.ensure()
    ctx = AppContext(
        paths=paths, settings=DeskSettings(desk_name="desk-1"), db_option=str(path), clock=clock
    )
    seen: list[DamagedRegisterDialog] = []
    _answer(qtbot, monkeypatch, lambda d: d.continue_button.click(), seen)

    def log_on(self: LoginDialog) -> int:
        self.username.setText("pi.shinde")
        self.password.setText(TEST_PASSWORD)
        self.accept()
        return QDialog.DialogCode.Accepted if self.actor else QDialog.DialogCode.Rejected

    banners: list[bool] = []

    def run_window(_app: QApplication) -> int:
        (window,) = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        banners.append(window.findChild(QToolBar, "read-only-banner") is not None)
        if banners == [False]:
            assert seen == [] and window.desk.actor.username == "pi.shinde"
            qtbot.waitUntil(lambda: not window.isVisible(), timeout=60_000)
        else:
            window.close()
        return 0

    monkeypatch.setattr(LoginDialog, "exec", log_on)
    monkeypatch.setattr(QApplication, "exec", run_window)
    assert gui.run_gui(ctx) == 0
    assert banners == [False, True] and len(seen) == 1
    title, text = boxes[0]
    # The window spoke the station's language (Marathi), and so does what is said as it closes.
    assert title == "रजिस्टर खराब झाले आहे" and "ताजा बॅकअप परत आणण्याच्या" in text
    ctx.close()


def test_a_register_that_cannot_be_read_must_be_restored_or_left(
    qtbot: QtBot,
    ctx: AppContext,
    damaged: tuple[Path, BackupInfo],
    boxes: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, backup = damaged
    _wreck_the_schema(path)
    seen: list[DamagedRegisterDialog] = []
    _answer(qtbot, monkeypatch, lambda d: d.continue_button.click(), seen)
    assert gui.open_station_register(ctx) is None
    assert seen[0].continue_button.text() == "Quit"
    _answer(qtbot, monkeypatch, _restore_as("admin.it", TEST_PASSWORD), seen)
    db = gui.open_station_register(ctx)
    assert db is not None and not db.read_only and _cases(path) == 1
    ctx.close()


def test_a_restore_from_the_window_goes_back_to_the_logon_on_the_restored_register(
    qtbot: QtBot,
    tmp_path: Path,
    sqlite_db: Database,
    clock: FixedClock,
    boxes: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Administration → Backups → Restore: the window closes, the register is opened again
    (migrated if need be) and the next logon is on the restored register."""
    from ui import messages

    path = sqlite_db.target.sqlite_path
    assert path is not None
    people = actors_of(sqlite_db)
    svc = Services.build(sqlite_db, clock)
    svc.cases.register_case(people.writer, child_case())
    backup = svc.backups.backup(people.admin)
    svc.cases.register_case(people.writer, child_case())
    sqlite_db.dispose()
    paths = AppPaths.resolve(tmp_path / "data")
    paths.ensure()
    ctx = AppContext(
        paths=paths, settings=DeskSettings(desk_name="desk-1"), db_option=str(path), clock=clock
    )
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    logons: list[str] = []

    def log_on(self: LoginDialog) -> int:
        if len(logons) == 2:
            return QDialog.DialogCode.Rejected  # the third time: leave
        self.username.setText("pi.shinde")
        self.password.setText(TEST_PASSWORD)
        self.accept()
        logons.append("pi.shinde")
        return QDialog.DialogCode.Accepted

    counts: list[int] = []

    def run_window(_app: QApplication) -> int:
        (window,) = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        counts.append(_cases(path))
        if len(counts) == 1:
            window.show_page("admin")
            tab = window.admin.backups
            assert tab is not None
            window.admin.show_tab("Backups")
            rows = [i.path for i in tab.model.records]
            tab.table.selectRow(rows.index(backup.path))
            tab.restore_button.click()
            qtbot.waitUntil(lambda: not window.isVisible(), timeout=60_000)
        else:
            window.close()
        return 0

    monkeypatch.setattr(LoginDialog, "exec", log_on)
    monkeypatch.setattr(QApplication, "exec", run_window)
    assert gui.run_gui(ctx) == 0
    assert counts == [2, 1] and len(logons) == 2
    ctx.close()
