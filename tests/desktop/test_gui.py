"""``talash`` with no verb: start-up errors in plain words, the exception hook, the first start."""

from __future__ import annotations

import gc
import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

import desktop.gui as gui
from desktop.context import AppContext
from desktop.excepthook import install
from desktop.paths import AppPaths
from desktop.settings import DeskSettings, load_settings
from models.errors import UserError
from ui.first_run import FirstRunDialog
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(tmp_path: Path) -> AppContext:
    paths = AppPaths.resolve(tmp_path / "data")
    paths.ensure()
    return AppContext(paths=paths, settings=DeskSettings(desk_name="desk-1"))


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


def test_the_hook_shows_refusals_plainly_and_bugs_with_the_log_path(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str, bool]] = []
    log_file = tmp_path / "talash.log"
    hook = install(
        log_file, show=lambda title, text, critical: shown.append((title, text, critical))
    )
    hook(UserError, UserError("The register is in use by another desk."), None)
    assert shown[-1] == ("Not done", "The register is in use by another desk.", False)
    try:
        raise RuntimeError("a bug")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR):
            hook(RuntimeError, exc, exc.__traceback__)
    title, text, critical = shown[-1]
    assert title == "Internal error" and critical
    assert str(log_file) in text and "Traceback" not in text and "a bug" not in text
    assert "kept" in text  # nothing typed is lost
    assert any("a bug" in r.exc_text for r in caplog.records if r.exc_text)


def test_a_damaged_register_is_refused_in_plain_words(
    ctx: AppContext, boxes: list[tuple[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"\x00garbage" * 4096)
    ctx.db_option = str(damaged)
    assert gui.run_gui(ctx) == 1
    title, text = boxes[-1]
    assert title == "Talash cannot start" and "damaged.sqlite" in text
    assert "Traceback" not in text


def test_first_start_with_the_demo_station_shows_the_main_window(
    ctx: AppContext, boxes: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gui, "DEMO_CASES", 12)

    def choose_demo(self: FirstRunDialog) -> int:
        self.choice = "demo"
        return QDialog.DialogCode.Accepted

    def log_on(self: LoginDialog) -> int:
        self.username.setText("pi.shinde")
        self.password.setText("Demo-Station-2026")
        self.accept()
        return QDialog.DialogCode.Accepted if self.actor else QDialog.DialogCode.Rejected

    seen: list[MainWindow] = []
    set_aside: list[int] = []

    def run_window(_app: QApplication) -> int:
        set_aside.append(gc.get_freeze_count())
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        visible = [w for w in windows if w.isVisible()]
        seen.extend(visible)
        for window in visible:
            window.close()
        return 0

    monkeypatch.setattr(FirstRunDialog, "exec", choose_demo)
    monkeypatch.setattr(LoginDialog, "exec", log_on)
    monkeypatch.setattr(QApplication, "exec", run_window)
    assert gui.run_gui(ctx) == 0
    assert len(seen) == 1
    # The session's long-lived objects were kept out of full collections while the window was
    # open, and handed back to the collector when it closed.
    assert set_aside[0] > 0 and gc.get_freeze_count() == 0
    window = seen[0]
    # Nobody chose a language: the window speaks the station's (the demo station's is Marathi).
    assert window.desk.lang == "mr" and window.windowTitle().endswith("(सराव)")
    assert window.desk.demo and window.desk.actor.username == "pi.shinde"
    assert ctx.paths.demo_db.exists() and not ctx.paths.station_db.exists()
    # Its size and layout went into the desk's settings when it closed.
    saved = load_settings(ctx.paths.settings_file)
    assert saved.window_geometry and saved.window_state
