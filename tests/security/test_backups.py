"""Backups and restores (reliability-reference §8 items 4–6): consistent copies while desks
write, a restore that checks the file before it replaces anything, hostile files refused, the
daily automatic copy, and the read-only start after a failed check."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from models.clock import FixedClock
from models.db import DamagedDatabase, Database, integrity_problems, open_database
from models.errors import DatabaseFileError, StorageError, UserError
from models.services import Services
from models.services.backups import (
    KEEP_AUTOMATIC,
    BackupService,
    check_backup_file,
    latest_backup,
)
from tests.conftest import People
from tests.factories import adult_case, child_case
from tests.security.conftest import audit_count, case_count, db_path


def _copy_of(svc: Services, people: People, tmp_path: Path, name: str = "b.sqlite") -> Path:
    return svc.backups.backup(people.admin, tmp_path / "copies" / name).path


def test_backup_while_another_desk_writes_is_consistent(
    sqlite_svc: Services, sqlite_people: People, tmp_path: Path
) -> None:
    svc, people = sqlite_svc, sqlite_people
    stop = threading.Event()
    saved: list[str] = []

    def desk() -> None:
        while not stop.is_set():
            saved.append(svc.cases.register_case(people.writer, adult_case()).value.register_no)
            # A busy desk, not a lock held forever: SQLite's lock is not fair, and a writer that
            # never pauses can keep the backup's own audit event waiting past the busy timeout.
            stop.wait(0.01)

    writer = threading.Thread(target=desk)
    writer.start()
    try:
        while len(saved) < 3:
            threading.Event().wait(0.05)
        before = len(saved)
        path = _copy_of(svc, people, tmp_path)
        after = len(saved)
    finally:
        stop.set()
        writer.join()
    check = check_backup_file(path, None)
    assert check.ok, check.problems
    copy = open_database(path)
    try:
        assert integrity_problems(copy) == []
        assert before <= case_count(copy) <= after + 1
    finally:
        copy.dispose()


def test_restore_checks_first_and_keeps_the_replaced_register(
    sqlite_svc: Services, sqlite_people: People, tmp_path: Path
) -> None:
    svc, people = sqlite_svc, sqlite_people
    svc.cases.register_case(people.writer, child_case())
    path = _copy_of(svc, people, tmp_path)
    svc.cases.register_case(people.writer, adult_case())
    assert case_count(svc.db) == 2
    outcome = svc.backups.restore(people.admin, path)
    db = open_database(svc.db.target)
    try:
        assert case_count(db) == 1
        restored = Services.build(db, svc.clock)
        assert restored.audit_log.verify(people.sho).ok
        events = restored.audit_log.events(people.sho)
        assert any(e.action == "backup.restore" and e.username == "admin.it" for e in events)
    finally:
        db.dispose()
    assert outcome.replaced_copy is not None
    kept = open_database(outcome.replaced_copy)
    try:
        assert case_count(kept) == 2
    finally:
        kept.dispose()


def _hostile(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        (
            "CREATE TRIGGER evil AFTER INSERT ON setting BEGIN DELETE FROM mp_case; END",
            "trigger 'evil'",
        ),
        ("CREATE VIEW spy AS SELECT * FROM person", "view 'spy'"),
        ("CREATE TABLE extra (x)", "table 'extra'"),
        ("DROP TRIGGER audit_event_no_update", "audit_event_no_update"),
        ("UPDATE alembic_version SET version_num = '9999_future'", "newer Talash"),
    ],
    ids=["trigger", "view", "table", "guard-removed", "newer-schema"],
)
def test_hostile_backups_are_refused_and_nothing_changes(
    sqlite_svc: Services, sqlite_people: People, tmp_path: Path, statement: str, named: str
) -> None:
    svc, people = sqlite_svc, sqlite_people
    svc.cases.register_case(people.writer, child_case())
    path = _copy_of(svc, people, tmp_path)
    _hostile(path, statement)
    live = db_path(svc.db)
    audits = audit_count(svc.db)
    with pytest.raises(DatabaseFileError) as err:
        svc.backups.restore(people.admin, path)
    assert "nothing was changed" in str(err.value) and named in str(err.value)
    assert audit_count(svc.db) == audits and case_count(svc.db) == 1
    assert not live.with_name(live.name + ".restoring").exists()


def test_a_backup_with_a_rewritten_audit_row_is_refused(
    sqlite_svc: Services, sqlite_people: People, tmp_path: Path
) -> None:
    svc, people = sqlite_svc, sqlite_people
    path = _copy_of(svc, people, tmp_path)
    conn = sqlite3.connect(path)
    sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'audit_event_no_update'"
    ).fetchone()[0]
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("UPDATE audit_event SET desk = 'elsewhere' WHERE id = 2")
    conn.execute(sql)  # the guard put back exactly as it was
    conn.commit()
    conn.close()
    check = check_backup_file(path, None)
    assert not check.ok and any("altered at event 2" in p for p in check.problems)
    assert "the SHA-256 differs" in check.problems[0]


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 100, b"MZ\x90\x00"])
def test_garbage_and_truncated_files_are_refused(
    sqlite_svc: Services, sqlite_people: People, tmp_path: Path, content: bytes
) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content + b"\x00" * 10)
    with pytest.raises(DatabaseFileError, match="nothing was changed|Nothing was changed"):
        sqlite_svc.backups.restore(sqlite_people.admin, bad)
    assert case_count(sqlite_svc.db) == 0


def test_automatic_backup_once_a_day_keeping_the_newest(
    sqlite_db: Database, clock: FixedClock
) -> None:
    service = BackupService(sqlite_db, clock)
    assert service.automatic_backup() is not None
    assert service.automatic_backup() is None  # one a day
    for _ in range(KEEP_AUTOMATIC + 3):
        clock.advance(timedelta(days=1))
        assert service.automatic_backup() is not None
    autos = sorted(service.backup_dir.glob("talash-auto-*.sqlite"))
    assert len(autos) == KEEP_AUTOMATIC
    newest = latest_backup(service.backup_dir)
    assert newest is not None and newest.path == autos[-1]
    assert check_backup_file(newest.path, None).ok
    # Backups are closed files: reading them leaves nothing beside them.
    assert not list(service.backup_dir.glob("*-wal")) and not list(service.backup_dir.glob("*-shm"))


def test_postgresql_registers_are_backed_up_with_pg_dump(svc: Services, people: People) -> None:
    if svc.db.is_sqlite:
        pytest.skip("PostgreSQL only")
    with pytest.raises(UserError, match="pg_dump"):
        svc.backups.backup(people.admin)


def _damage_an_index(path: Path) -> None:
    """Wreck the cells of one index page: the tables stay readable, the quick check fails."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_event' "
        "ORDER BY name LIMIT 1"
    ).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * size
    data[start + size - 300 : start + size] = b"\xff" * 300
    path.write_bytes(bytes(data))


def test_failed_start_up_check_gives_read_only_mode_and_a_restore(
    sqlite_svc: Services, sqlite_people: People, tmp_path: Path
) -> None:
    svc, people = sqlite_svc, sqlite_people
    svc.cases.register_case(people.writer, child_case())
    backup = svc.backups.backup(people.admin)
    path = db_path(svc.db)
    svc.db.dispose()
    _damage_an_index(path)
    with pytest.raises(DamagedDatabase) as err:
        open_database(path)
    assert err.value.path == path
    db = open_database(path, on_damage="read_only")
    try:
        assert db.read_only and db.damage
        with pytest.raises(StorageError, match="read-only"):
            Services.build(db, svc.clock).cases.register_case(people.writer, child_case())
        offer = latest_backup(path.parent / "backups")
        assert offer is not None and offer.path == backup.path
        from models.services.backups import restore_over_damaged

        restore_over_damaged(
            db.target,
            None,
            offer.path,
            actor=people.admin,
            clock=svc.clock,
            keep_dir=path.parent / "backups",
        )
    finally:
        db.dispose()
    healthy = open_database(path)
    try:
        assert integrity_problems(healthy) == [] and case_count(healthy) == 1
    finally:
        healthy.dispose()
    shutil.rmtree(path.parent / "backups")


# -- manifests: backups that cannot be swapped -----------------------------------------------------


def _edited(path: Path, statement: str) -> None:
    """An edit with sqlite3, the manifest left as it was."""
    conn = sqlite3.connect(path)
    conn.execute(statement)
    conn.commit()
    conn.close()


def _flip_a_bit_in(path: Path, text: str) -> None:
    data = bytearray(path.read_bytes())
    at = data.find(text.encode("utf-8"))
    assert at >= 0
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


def test_every_backup_has_a_signed_manifest_recorded_in_the_trail(
    sqlite_svc: Services, sqlite_people: People, tmp_path: Path
) -> None:
    from models.backup_manifest import file_sha256, read_manifest

    svc, people = sqlite_svc, sqlite_people
    path = _copy_of(svc, people, tmp_path)
    manifest, _signature = read_manifest(path)
    assert manifest.sha256 == file_sha256(path) and manifest.station_code == "MH-MUM-DHR"
    assert manifest.taken_by == "admin.it" and not manifest.demo
    event = svc.audit_log.events(people.sho)[0]
    assert event.action == "backup.create" and event.details["sha256"] == manifest.sha256
    check = svc.backups.check(people.admin, path)
    assert check.ok and check.account_changes == () and check.manifest == manifest


@pytest.mark.parametrize(
    "tamper",
    ["role", "name-bit", "manifest-removed", "manifest-forged"],
)
def test_an_edited_backup_is_refused(
    sqlite_svc: Services, sqlite_people: People, tmp_path: Path, tamper: str
) -> None:
    import json

    from models.backup_manifest import file_sha256, manifest_path

    svc, people = sqlite_svc, sqlite_people
    svc.cases.register_case(people.writer, child_case())
    path = _copy_of(svc, people, tmp_path)
    if tamper == "role":
        _edited(path, "UPDATE app_user SET role = 'sho' WHERE username = 'hc.pawar'")
        named = "the SHA-256 differs"
    elif tamper == "name-bit":
        _flip_a_bit_in(path, "Priya Santosh Patil")
        named = "the SHA-256 differs"
    elif tamper == "manifest-removed":
        _edited(path, "UPDATE app_user SET role = 'sho' WHERE username = 'hc.pawar'")
        manifest_path(path).unlink()
        named = "has no manifest"
    else:  # the file edited and its manifest's hash put right: the signature no longer holds
        _edited(path, "UPDATE app_user SET role = 'sho' WHERE username = 'hc.pawar'")
        data = json.loads(manifest_path(path).read_text())
        data["manifest"]["sha256"] = file_sha256(path)
        data["manifest"]["size"] = path.stat().st_size
        manifest_path(path).write_text(json.dumps(data))
        named = "signature does not hold"
    check = svc.backups.check(people.admin, path)
    assert not check.ok and any(named in p for p in check.problems), check.problems
    audits = audit_count(svc.db)
    with pytest.raises(DatabaseFileError, match="nothing was changed"):
        svc.backups.restore(people.sho, path, accept_account_changes=True)
    assert audit_count(svc.db) == audits and case_count(svc.db) == 1
    if tamper in {"role", "manifest-removed", "manifest-forged"}:  # the edit itself shows too
        assert any("user account hc.pawar: changed outside Talash" in p for p in check.problems)


def test_a_backup_of_another_register_or_the_demo_is_refused(
    sqlite_svc: Services, sqlite_people: People, clock: FixedClock, tmp_path: Path
) -> None:
    from models.demo import create_demo_station
    from models.migrate import migrate

    svc, people = sqlite_svc, sqlite_people
    other = open_database(tmp_path / "demo" / "talash.sqlite", create=True)
    try:
        migrate(other, backup_dir=None, clock=clock)
        create_demo_station(other, clock)
        from models.demo import DEMO_PASSWORD

        head = Services.build(other, clock).accounts.authenticate(
            "pi.shinde", DEMO_PASSWORD, desk="demo"
        )
        demo_copy = BackupService(other, clock).backup(head, tmp_path / "demo-copy.sqlite").path
    finally:
        other.dispose()
    assert check_backup_file(demo_copy, None).ok  # sound in itself
    check = svc.backups.check(people.admin, demo_copy)
    joined = "\n".join(check.problems)
    assert "it is the demo register" in joined
    assert "copy of another register" in joined and "not signed with this register's key" in joined
    with pytest.raises(DatabaseFileError, match="demo register"):
        svc.backups.restore(people.sho, demo_copy, accept_account_changes=True)


def test_account_changes_are_listed_and_only_the_station_head_accepts_them(
    sqlite_svc: Services, sqlite_people: People, tmp_path: Path
) -> None:
    from models.dto.accounts import NewUser
    from models.enums import Role

    svc, people = sqlite_svc, sqlite_people
    path = _copy_of(svc, people, tmp_path)
    svc.accounts.add_user(
        people.sho,
        NewUser("pc.jadhav", "Sunil Jadhav", "Police Constable", Role.WRITER, "PC-7781"),
        "Pehla-Password-2026",
    )
    check = svc.backups.check(people.admin, path)
    assert check.ok
    assert check.account_changes == (
        "pc.jadhav (writer) was made after the backup: it would disappear",
    )
    with pytest.raises(UserError, match="would change these accounts"):
        svc.backups.restore(people.admin, path)
    with pytest.raises(UserError, match="only the station head"):
        svc.backups.restore(people.admin, path, accept_account_changes=True)
    svc.backups.restore(people.sho, path, accept_account_changes=True)
    restored = open_database(svc.db.target)
    try:
        events = Services.build(restored, svc.clock).audit_log.events(people.sho)
        done = next(e for e in events if e.action == "backup.restore")
        assert done.details["account_changes"] == list(check.account_changes)
    finally:
        restored.dispose()


def test_restore_check_on_the_command_line_refuses_an_edited_backup(
    sqlite_svc: Services, sqlite_people: People, tmp_path: Path
) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import TEST_PASSWORD
    from tests.security.kill9_harness import REPO

    path = _copy_of(sqlite_svc, sqlite_people, tmp_path)
    _edited(path, "UPDATE app_user SET role = 'sho' WHERE username = 'hc.pawar'")
    live = db_path(sqlite_svc.db)
    sqlite_svc.db.dispose()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--db",
            str(live),
            "--as",
            "admin.it",
            "restore",
            "--check",
            str(path),
        ],
        cwd=REPO,
        env=dict(
            os.environ,
            PYTHONPATH=str(REPO),
            TALASH_DATA_DIR=str(tmp_path / "data"),
            TALASH_PASSWORD=TEST_PASSWORD,
        ),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "must not be restored" in done.stdout and "SHA-256 differs" in done.stdout
