"""Fixtures for the returns and HQ pages: the worked-example station at a desk, an HQ database
at another desk, and answers for the dialogs those pages open (folders, key files, passphrases).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from models.clock import FixedClock
from models.db import Database
from models.dto.accounts import NewUser, StationInput
from models.enums import Role
from models.packages.keys import KeyStore
from models.services import Services
from models.services.hq import HqService
from tests.conftest import TEST_PASSWORD, _make_db, _Templates, actors_of
from tests.returns.conftest import PASSPHRASE, KnownStation, build_known_station
from ui.desk import Desk
from ui.returns import keys as keys_ui

HQ_DESK = "hq-desk"


@dataclass
class Answers:
    """What the file and passphrase dialogs answer; each test sets what it needs."""

    folder: Path | None = None
    open_file: Path | None = None
    open_files: list[Path] = dataclasses.field(default_factory=list)
    save_file: Path | None = None
    passphrase: str | None = PASSPHRASE
    new_passphrase: str | None = PASSPHRASE
    asked: list[str] = dataclasses.field(default_factory=list)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    given = Answers()

    def folder(*_args: object, **_kw: object) -> str:
        given.asked.append("folder")
        return str(given.folder) if given.folder else ""

    def open_file(*_args: object, **_kw: object) -> tuple[str, str]:
        given.asked.append("open")
        return (str(given.open_file) if given.open_file else "", "")

    def open_files(*_args: object, **_kw: object) -> tuple[list[str], str]:
        given.asked.append("open-many")
        return [str(p) for p in given.open_files], ""

    def save_file(*_args: object, **_kw: object) -> tuple[str, str]:
        given.asked.append("save")
        return (str(given.save_file) if given.save_file else "", "")

    def passphrase(*_args: object, **_kw: object) -> tuple[str, bool]:
        given.asked.append("passphrase")
        return (given.passphrase or "", given.passphrase is not None)

    def new_passphrase(_parent: object, _what: str) -> str | None:
        given.asked.append("new-passphrase")
        return given.new_passphrase

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_file))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(open_files))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(passphrase))
    monkeypatch.setattr(keys_ui, "choose_new_passphrase", new_passphrase)
    return given


@pytest.fixture
def opened_folders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Folders handed to the computer's file manager."""
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()))
    )
    return opened


@pytest.fixture
def known(sqlite_db: Database, clock: FixedClock) -> KnownStation:
    """The worked example of docs/returns.md (week 46 of 2026 counted by hand)."""
    return build_known_station(sqlite_db, clock, actors_of(sqlite_db))


@pytest.fixture
def station_desk(
    known: KnownStation, make_desk: Callable[[str], Desk], tmp_path: Path
) -> Callable[[str], Desk]:
    """A desk at the worked-example station, with its own (empty) keys folder."""

    def make(username: str = "pi.shinde") -> Desk:
        return dataclasses.replace(make_desk(username), keys_dir=tmp_path / "station-keys")

    return make


@dataclass
class HqSide:
    db: Database
    services: Services
    keys_dir: Path

    def desk(self, username: str = "clerk.joshi") -> Desk:
        actor = self.services.accounts.authenticate(username, TEST_PASSWORD, desk=HQ_DESK)
        return Desk(
            services=self.services,
            actor=actor,
            station=self.services.accounts.station(),
            lang="en",
            keys_dir=self.keys_dir,
            database="HQ test database",
        )

    def head(self) -> Desk:
        return self.desk("dcp.rao")


@pytest.fixture
def hq_side(_templates: _Templates, tmp_path: Path, clock: FixedClock) -> Iterator[HqSide]:
    """An HQ database on SQLite with its sealing key (made by HQ's head) in its keys folder."""
    folder = tmp_path / "hq"
    folder.mkdir()
    for db in _make_db("empty", "sqlite", _templates, folder):
        HqService(db, clock).init_hq(
            StationInput(
                code="MH-MUM-CP",
                name="Commissioner of Police, Mumbai",
                district="Mumbai",
                state="Maharashtra",
            ),
            NewUser("dcp.rao", "Meena Rao", "Deputy Commissioner", Role.SHO),
            TEST_PASSWORD,
            NewUser("clerk.joshi", "Anil Joshi", "Head Clerk", Role.HQ_CLERK),
            TEST_PASSWORD,
            desk=HQ_DESK,
        )
        services = Services.build(db, clock)
        side = HqSide(db, services, folder / "keys")
        services.exchange_keys.init_key(side.head().actor, KeyStore(side.keys_dir), PASSPHRASE)
        yield side


def hq_public_key_file(hq: HqSide, folder: Path) -> Path:
    info = hq.services.exchange_keys.own_public_key(hq.head().actor)
    path = folder / "hq-public-key.json"
    path.write_bytes(info.to_file())
    return path
