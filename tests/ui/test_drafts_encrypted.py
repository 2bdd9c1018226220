"""Drafts of an encrypted register are sealed: the file in the data folder shows no name typed
into the form, only the desk of that register opens it, and a plain draft left from before the
encryption is sealed. Drafts of a plain register stay plain JSON (tests/ui/test_drafts.py)."""

from __future__ import annotations

import json
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import desktop.gui as gui
from desktop.context import AppContext
from desktop.paths import AppPaths
from desktop.settings import DeskSettings
from models.clock import FixedClock
from models.db import Database, open_database
from models.draft_crypto import DraftSealer
from models.services import Services
from models.services.keys import encrypt_register
from tests.conftest import DESK, TEST_PASSWORD, actors_of
from tests.ui.helpers import type_text
from ui.case_form.form import CaseForm
from ui.desk import Desk
from ui.drafts import DraftStore

pytestmark = pytest.mark.gui
PASSPHRASE = "Dharavi-Key-Phrase-2026"
NAMES = ("Priya Patil", "प्रिया पाटील")
STATE = {"current": {"person.names": list(NAMES)}, "baseline": {}}


def _in_clear(folder: Path) -> list[str]:
    found = []
    for path in folder.iterdir():
        data = path.read_bytes()
        found += [f"{path.name}: {n}" for n in (*NAMES, "Priya", "प्रिया") if n.encode() in data]
    return found


@pytest.fixture
def encrypted(sqlite_db: Database, clock: FixedClock) -> Iterator[tuple[Database, bytes]]:
    """The station register, converted to an encrypted one."""
    outcome = encrypt_register(sqlite_db, actors_of(sqlite_db).sho, PASSPHRASE, clock)
    db = open_database(sqlite_db.target, key=outcome.key.key)
    yield db, outcome.key.key
    db.dispose()


def test_a_sealed_draft_is_private_and_shows_no_name(tmp_path: Path) -> None:
    key = secrets.token_bytes(32)
    store = DraftStore(tmp_path, sealer=DraftSealer.for_register_key(key))
    path = store.save(
        "case-new-1",
        kind="case",
        title="New report: प्रिया पाटील",
        ref=None,
        version=None,
        user="hc.pawar",
        state=STATE,
    )
    assert path.suffix == ".sealed" and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert _in_clear(tmp_path) == []
    (draft,) = store.drafts("hc.pawar")
    assert draft.title == "New report: प्रिया पाटील"
    assert draft.state["current"]["person.names"] == list(NAMES)
    assert store.load("case-new-1") == draft
    # A desk without the register's key does not see it (and leaves it alone).
    assert DraftStore(tmp_path).drafts() == [] and path.exists()
    # Under another register's key it does not open: set aside, never offered.
    other = DraftStore(tmp_path, sealer=DraftSealer.for_register_key(secrets.token_bytes(32)))
    assert other.drafts() == []
    assert not path.exists() and path.with_suffix(".damaged").exists()


def test_a_plain_draft_left_from_before_the_encryption_is_sealed(tmp_path: Path) -> None:
    plain = DraftStore(tmp_path)
    plain.save(
        "case-new-2",
        kind="case",
        title="New report: Priya Patil",
        ref=None,
        version=None,
        user="hc.pawar",
        state=STATE,
    )
    assert _in_clear(tmp_path)  # the test sees a name when there is one
    kept_at = plain.drafts()[0].saved_at
    sealed = DraftStore(tmp_path, sealer=DraftSealer.for_register_key(secrets.token_bytes(32)))
    (draft,) = sealed.drafts()
    assert draft.path.suffix == ".sealed" and draft.saved_at == kept_at
    assert _in_clear(tmp_path) == [] and not list(tmp_path.glob("*.json"))
    sealed.delete("case-new-2")
    assert list(tmp_path.iterdir()) == []


def test_the_form_of_an_encrypted_register_keeps_its_draft_sealed(
    qtbot: QtBot, encrypted: tuple[Database, bytes], clock: FixedClock, tmp_path: Path
) -> None:
    db, key = encrypted
    services = Services.build(db, clock)
    folder = tmp_path / "sealed-drafts"
    desk = Desk(
        services=services,
        actor=services.accounts.authenticate("hc.pawar", TEST_PASSWORD, desk=DESK),
        station=services.accounts.station(),
        drafts=DraftStore(folder, now=clock.now, sealer=DraftSealer.for_register_key(key)),
    )
    form = CaseForm(desk)
    qtbot.addWidget(form)
    names = form.binder.fields["person.names"]
    type_text(names.lines[0], "Priya Patil")  # type: ignore[attr-defined]
    assert form.write_draft()
    (path,) = list(folder.iterdir())
    assert path.suffix == ".sealed"
    assert _in_clear(folder) == []
    with pytest.raises(UnicodeDecodeError):
        json.loads(path.read_bytes().decode("utf-8"))
    assert desk.drafts is not None
    (draft,) = desk.drafts.drafts("hc.pawar")
    assert draft.state["current"]["person.names"][0] == "Priya Patil"


def test_the_window_seals_drafts_only_for_an_encrypted_register(
    tmp_path: Path, encrypted: tuple[Database, bytes], sqlite_db: Database
) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    ctx = AppContext(paths=paths, settings=DeskSettings(desk_name="desk-1"))
    db, key = encrypted
    station = gui._drafts(ctx, db, demo=False)
    assert station.sealed and station.folder == paths.drafts_dir
    assert station.sealer is not None
    assert station.sealer.open(DraftSealer.for_register_key(key).seal(b"x")) == b"x"
    plain = open_database(tmp_path / "plain.sqlite", create=True)
    try:
        demo = gui._drafts(ctx, plain, demo=True)
        assert not demo.sealed and demo.folder == paths.drafts_dir / "demo"
    finally:
        plain.dispose()
