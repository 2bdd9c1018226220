"""Administration → Backups, Audit and Encryption through the real widgets on SQLite registers:
a copy made now, a hostile copy refused with its reasons, a restore that brings the register
back; the chain check says OK and then names a row edited by hand; the trail filters; the
passphrase of an encrypted register is changed with the refusals beside their fields."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from models.clock import FixedClock
from models.db import Database, open_database
from models.encryption import unlock_key_file
from models.services import Services
from models.services.keys import encrypt_register
from tests.conftest import DESK, TEST_PASSWORD, actors_of
from tests.factories import child_case
from tests.ui.conftest import Dialogs
from tests.ui.helpers import type_text
from ui.admin.audit_tab import AuditModel, AuditTab
from ui.admin.backups_tab import BackupsModel, BackupsTab
from ui.admin.encryption_tab import EncryptionTab
from ui.desk import Desk

pytestmark = pytest.mark.gui
PASSPHRASE = "Dharavi-Key-Phrase-2026"


def _cases(path: Path) -> int:
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT count(*) FROM mp_case").scalar() or 0)
    finally:
        db.dispose()


def _backups_tab(qtbot: QtBot, desk: Desk) -> BackupsTab:
    tab = BackupsTab(desk)
    qtbot.addWidget(tab)
    tab.refresh()
    return tab


def test_back_up_now_writes_a_checked_copy_into_the_backups_folder(
    qtbot: QtBot, make_desk: Callable[[str], Desk], sqlite_db: Database
) -> None:
    admin = make_desk("admin.it")
    tab = _backups_tab(qtbot, admin)
    folder = admin.services.backups.backup_dir
    assert str(folder) in tab.folder_note.text() and "newest 14 kept" in tab.folder_note.text()
    assert tab.model.rowCount() == 0
    tab.now_button.click()
    assert not tab.now_button.isEnabled()  # one job at a time
    qtbot.waitUntil(lambda: not tab.busy(), timeout=30_000)
    (written,) = list(folder.glob("talash-*.sqlite"))
    assert "Backup written" in tab.status.text() and written.name in tab.status.text()
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 3).data() == "made by hand"
    assert tab.model.index(0, 4).data() == "no"
    # Checking it is the monthly test restore without replacing anything.
    tab.table.selectRow(0)
    tab.check_button.click()
    qtbot.waitUntil(lambda: not tab.busy(), timeout=30_000)
    assert "is a sound Talash register" in tab.status.text()


def test_back_up_to_a_chosen_file(
    qtbot: QtBot, sho_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(usb / "talash-copy"), "")
    )
    tab = _backups_tab(qtbot, sho_desk)
    tab.to_button.click()
    qtbot.waitUntil(lambda: not tab.busy(), timeout=30_000)
    assert (usb / "talash-copy.sqlite").is_file()


def test_a_hostile_backup_is_refused_with_its_reasons_and_nothing_changes(
    qtbot: QtBot,
    sho_desk: Desk,
    sqlite_db: Database,
    tmp_path: Path,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    sho_desk.services.cases.register_case(sho_desk.actor, child_case())
    good = sho_desk.services.backups.backup(sho_desk.actor)
    hostile = tmp_path / "talash-from-a-stranger.sqlite"
    shutil.copyfile(good.path, hostile)
    conn = sqlite3.connect(hostile)
    conn.execute("CREATE TABLE planted (x TEXT)")
    conn.commit()
    conn.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(hostile), ""))
    tab = _backups_tab(qtbot, sho_desk)
    restored: list[bool] = []
    tab.restored.connect(lambda: restored.append(True))
    tab.restore_file_button.click()
    qtbot.waitUntil(lambda: not tab.busy(), timeout=60_000)
    assert not restored
    # Refused by the check, before anyone is asked to confirm anything.
    assert "must not be restored" in tab.error.text()
    assert "table 'planted'" in tab.error.text() and "has no manifest" in tab.error.text()
    assert not any(title == "Restore a backup" for title, _text in dialogs.shown)
    assert _cases(sqlite_db.target.sqlite_path) == 1  # type: ignore[arg-type]


def test_restoring_a_backup_brings_the_register_back(
    qtbot: QtBot, sho_desk: Desk, sqlite_db: Database, dialogs: Dialogs
) -> None:
    path = sqlite_db.target.sqlite_path
    assert path is not None
    services = sho_desk.services
    services.cases.register_case(sho_desk.actor, child_case())
    services.backups.backup(sho_desk.actor)
    services.cases.register_case(sho_desk.actor, child_case())
    assert _cases(path) == 2
    tab = _backups_tab(qtbot, sho_desk)
    tab.table.selectRow(0)
    assert tab.model.index(0, 3).data() == "made by hand"
    restored: list[bool] = []
    tab.restored.connect(lambda: restored.append(True))
    tab.restore_button.click()  # checked first, then the question, then the restore
    qtbot.waitUntil(lambda: bool(restored), timeout=60_000)
    assert any("Replace the register" in text for _title, text in dialogs.shown)
    assert dialogs.shown[-1][0] == "Backup restored"
    assert "before-restore" in dialogs.shown[-1][1]
    assert _cases(path) == 1
    # The register it replaced is kept in the backups folder.
    kept = list(services.backups.backup_dir.glob("*-before-restore.sqlite"))
    assert len(kept) == 1 and _cases(kept[0]) == 2


def _tamper(path: Path, event_id: int) -> None:
    """What someone with the file and a SQLite shell could do: drop the guard, edit a row."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("UPDATE audit_event SET username = 'someone.else' WHERE id = ?", (event_id,))
    conn.commit()
    conn.close()


def test_the_chain_check_says_ok_then_names_a_row_edited_by_hand(
    qtbot: QtBot, sho_desk: Desk, sqlite_db: Database
) -> None:
    sho_desk.services.cases.register_case(sho_desk.actor, child_case())
    tab = AuditTab(sho_desk)
    qtbot.addWidget(tab)
    tab.check_button.click()
    qtbot.waitUntil(lambda: tab.last_check is not None, timeout=30_000)
    check = tab.last_check
    assert check is not None and check.ok
    text = tab.chain_result.text()
    assert "intact" in text and f"{check.events_checked} events" in text
    assert check.head_hash in text and f"#{check.head_id}" in text
    sqlite_db.dispose()
    _tamper(sqlite_db.target.sqlite_path, 3)  # type: ignore[arg-type]
    tab.last_check = None
    tab.check_button.click()
    qtbot.waitUntil(lambda: tab.last_check is not None, timeout=30_000)
    assert "BROKEN at event #3" in tab.chain_result.text()
    assert "2 events before it hold" in tab.chain_result.text()


def test_the_station_head_reads_and_filters_the_trail(
    qtbot: QtBot, make_desk: Callable[[str], Desk]
) -> None:
    writer = make_desk("hc.pawar")
    writer.services.cases.register_case(writer.actor, child_case())
    sho = make_desk("pi.shinde")
    tab = AuditTab(sho)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.model.rowCount() > 3
    ids = [e.id for e in tab.model.records]
    assert ids == sorted(ids, reverse=True)  # newest first
    assert not tab.more_button.isEnabled()
    type_text(tab.user, "hc.pawar")
    tab.show_button.click()
    users = {e.username for e in tab.model.records}
    assert users == {"hc.pawar"}
    assert {"logon", "case.create"} <= {e.action for e in tab.model.records}
    type_text(tab.since, "31-02-2026")
    tab.show_button.click()
    assert "31-02-2026" in tab.filter_error.text() or "February" in tab.filter_error.text()
    assert tab.since.property("problem") is True
    tab.since.clear()
    type_text(tab.since, "21-11-2026")  # the day after everything happened
    tab.show_button.click()
    assert tab.model.rowCount() == 0 and tab.since.property("problem") is False


def test_a_writer_reads_only_their_own_trail(
    qtbot: QtBot, make_desk: Callable[[str], Desk]
) -> None:
    make_desk("psi.more")  # another officer's logon
    writer = make_desk("hc.pawar")
    tab = AuditTab(writer)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.model.rowCount() >= 1
    assert {e.username for e in tab.model.records} == {"hc.pawar"}


def test_backup_and_audit_models_pass_the_model_tester(
    qtmodeltester: ModelTester,
    sho_desk: Desk,
) -> None:
    services = sho_desk.services
    services.backups.backup(sho_desk.actor)
    services.backups.automatic_backup()
    backups = BackupsModel()
    backups.set_records(services.backups.backups(sho_desk.actor))
    assert backups.rowCount() == 2
    assert {backups.index(r, 3).data() for r in range(2)} == {"made by hand", "automatic (daily)"}
    qtmodeltester.check(backups)
    audit = AuditModel(sho_desk.zone)
    audit.set_records(services.audit_log.events(sho_desk.actor))
    assert audit.rowCount() > 0
    qtmodeltester.check(audit)


def test_the_passphrase_of_an_encrypted_register_is_changed_from_the_window(
    qtbot: QtBot, sqlite_db: Database, clock: FixedClock, dialogs: Dialogs, tmp_path: Path
) -> None:
    people = actors_of(sqlite_db)
    outcome = encrypt_register(sqlite_db, people.sho, PASSPHRASE, clock)
    db = open_database(sqlite_db.target, key=outcome.key.key)
    try:
        services = Services.build(db, clock)
        desk = Desk(
            services=services,
            actor=services.accounts.authenticate("pi.shinde", TEST_PASSWORD, desk=DESK),
            station=services.accounts.station(),
        )
        tab = EncryptionTab(desk)
        qtbot.addWidget(tab)
        tab.refresh()
        assert "is encrypted at rest" in tab.status.text()
        assert outcome.key.key_id in tab.status.text()
        assert outcome.key.key.hex() not in tab.status.text()
        assert "docs/security.md" in tab.recovery.text() and "recover-key" in tab.recovery.text()
        type_text(tab.present, "not-the-passphrase-at-all")
        type_text(tab.new, "short")
        type_text(tab.repeat, "short")
        tab.change_button.click()
        assert "at least 12 characters" in tab.error.text()
        assert tab.new.property("problem") is True
        for edit in (tab.new, tab.repeat):
            edit.clear()
            type_text(edit, "Mahim-Causeway-Lantern-9")
        tab.change_button.click()
        assert "not right" in tab.error.text() and tab.present.property("problem") is True
        tab.present.clear()
        type_text(tab.present, PASSPHRASE)
        tab.change_button.click()
        assert dialogs.shown[-1][0] == "Passphrase changed"
        key_file = outcome.key.key_file
        assert unlock_key_file(key_file, "Mahim-Causeway-Lantern-9") == outcome.key.key
        actions = [e.action for e in services.audit_log.events(desk.actor)]
        assert "db.passphrase" in actions
    finally:
        db.dispose()


def test_a_plain_register_says_it_is_not_encrypted(qtbot: QtBot, sho_desk: Desk) -> None:
    tab = EncryptionTab(sho_desk)
    qtbot.addWidget(tab)
    tab.refresh()
    assert "NOT encrypted" in tab.status.text() and "talash db encrypt" in tab.status.text()
    assert tab.change_box.isHidden()
