"""Fixtures for driving the real widgets: a desk on an SQLite register, logged on as each role."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from models.clock import FixedClock
from models.db import Database
from models.services import Services
from tests.conftest import DESK, TEST_PASSWORD
from ui.desk import Desk
from ui.drafts import DraftStore
from ui.style import apply_style


@pytest.fixture(autouse=True)
def _styled(qapp: QApplication) -> None:
    apply_style(qapp)


@pytest.fixture
def services(sqlite_db: Database, clock: FixedClock) -> Services:
    return Services.build(sqlite_db, clock)


@pytest.fixture
def drafts_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    return folder


@pytest.fixture
def make_desk(services: Services, drafts_dir: Path, tmp_path: Path) -> Callable[[str], Desk]:
    def make(username: str = "hc.pawar") -> Desk:
        actor = services.accounts.authenticate(username, TEST_PASSWORD, desk=DESK)
        return Desk(
            services=services,
            actor=actor,
            station=services.accounts.station(),
            lang="en",
            drafts=DraftStore(drafts_dir, now=services.clock.now),
            outbox_dir=tmp_path / "outbox",
            database="test register",
        )

    return make


@pytest.fixture
def writer_desk(make_desk: Callable[[str], Desk]) -> Desk:
    return make_desk("hc.pawar")


@pytest.fixture
def io_desk(make_desk: Callable[[str], Desk]) -> Desk:
    return make_desk("psi.more")


@pytest.fixture
def sho_desk(make_desk: Callable[[str], Desk]) -> Desk:
    return make_desk("pi.shinde")


class Dialogs:
    """What the widgets would have asked or told in message boxes (none may block a test)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.unsaved_answer = QMessageBox.StandardButton.Discard
        self.confirm_answer = True

    def texts(self) -> list[str]:
        return [text for _title, text in self.shown]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    from ui import messages

    record = Dialogs()

    def box(_parent: object, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        record.shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    def ask(_parent: object, what: str) -> QMessageBox.StandardButton:
        record.shown.append(("Unsaved changes", what))
        return record.unsaved_answer

    def confirm(_parent: object, title: str, text: str) -> bool:
        record.shown.append((title, text))
        return record.confirm_answer

    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(box))
    monkeypatch.setattr(messages, "ask_unsaved", ask)
    monkeypatch.setattr(messages, "confirm", confirm)
    return record
