"""Encryption at rest (reliability-reference §7, §8 item 19): the file shows no name in clear,
the stdlib sqlite3 cannot open it, the key is unlocked by passphrase or recovery key only."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.clock import FixedClock
from models.db import Database, KeyRequired, open_database
from models.encryption import (
    KeyUnavailable,
    key_from_recovery_code,
    key_id,
    recovery_code,
    unlock_key_file,
)
from models.errors import DatabaseFileError
from models.services import Services
from models.services.backups import check_backup_file
from models.services.keys import change_passphrase, encrypt_register, recover_key_file, unlock
from tests.conftest import People
from tests.factories import child_case
from tests.security.conftest import db_path

PASSPHRASE = "Dharavi-Key-Phrase-2026"
FIXTURE_NAMES = ("Priya", "Patil", "प्रिया", "पाटील")


@pytest.fixture
def encrypted(
    sqlite_db: Database, sqlite_people: People, clock: FixedClock
) -> Iterator[tuple[Database, bytes]]:
    """The station register with a child case, converted to an encrypted one."""
    Services.build(sqlite_db, clock).cases.register_case(sqlite_people.writer, child_case())
    outcome = encrypt_register(sqlite_db, sqlite_people.sho, PASSPHRASE, clock)
    db = open_database(sqlite_db.target, key=outcome.key.key)
    yield db, outcome.key.key
    db.dispose()


def _contains_names(data: bytes) -> list[str]:
    return [n for n in FIXTURE_NAMES if n.encode("utf-8") in data]


def test_the_plain_register_shows_names_the_encrypted_one_does_not(
    sqlite_db: Database, sqlite_people: People, clock: FixedClock
) -> None:
    svc = Services.build(sqlite_db, clock)
    svc.cases.register_case(sqlite_people.writer, child_case())
    path = db_path(sqlite_db)
    with sqlite_db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _contains_names(path.read_bytes())  # the test can see a name when there is one
    outcome = encrypt_register(sqlite_db, sqlite_people.sho, PASSPHRASE, clock)
    for file in path.parent.glob(path.name + "*"):
        assert _contains_names(file.read_bytes()) == [], file
    assert outcome.key.key_file.exists()
    assert PASSPHRASE.encode() not in outcome.key.key_file.read_bytes()
    assert outcome.key.key.hex().encode() not in outcome.key.key_file.read_bytes()


def test_stdlib_sqlite_cannot_open_the_encrypted_register(
    encrypted: tuple[Database, bytes],
) -> None:
    db, _key = encrypted
    with pytest.raises(sqlite3.DatabaseError) as err:
        sqlite3.connect(db_path(db)).execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert err.value.sqlite_errorname == "SQLITE_NOTADB"


def test_the_encrypted_register_works_and_keeps_every_case(
    encrypted: tuple[Database, bytes], clock: FixedClock, sqlite_people: People
) -> None:
    db, _key = encrypted
    svc = Services.build(db, clock)
    assert (
        svc.cases.case_detail(sqlite_people.sho, "MP/2026/0001").person.names[0].startswith("Priya")
    )
    assert svc.cases.register_case(sqlite_people.writer, child_case()).value.register_no == (
        "MP/2026/0002"
    )
    # The name index came across with the tables, and keeps up with new cases.
    found = svc.search.search(sqlite_people.io, "प्रिया पाटील", kinds=("case",)).hits
    assert [h.ref for h in found] == ["MP/2026/0002", "MP/2026/0001"]
    assert svc.audit_log.verify(sqlite_people.sho).ok
    for file in db_path(db).parent.glob(db_path(db).name + "*"):
        assert _contains_names(file.read_bytes()) == [], file


def test_opening_needs_the_key(encrypted: tuple[Database, bytes]) -> None:
    db, key = encrypted
    db.dispose()
    with pytest.raises(KeyRequired):
        open_database(db_path(db))
    with pytest.raises(KeyUnavailable, match="passphrase is not right"):
        unlock(db.target, "Wrong-Key-Phrase-2026")
    assert unlock(db.target, PASSPHRASE) == key
    wrong = bytes(32)
    with pytest.raises(DatabaseFileError, match="does not open with this installation's key"):
        open_database(db_path(db), key=wrong)


def test_recovery_key_round_trip_and_typing_slips() -> None:
    key = bytes(range(32))
    code = recovery_code(key)
    assert len(code.split("-")) == 14
    assert key_from_recovery_code(code) == key
    assert key_from_recovery_code(code.lower().replace("-", " ")) == key
    slipped = ("A" if code[0] != "A" else "B") + code[1:]
    with pytest.raises(KeyUnavailable, match="typing mistake"):
        key_from_recovery_code(slipped)
    with pytest.raises(KeyUnavailable, match="56 letters"):
        key_from_recovery_code(code[:-5])


def test_lost_key_file_is_recovered_with_the_recovery_key(
    encrypted: tuple[Database, bytes],
) -> None:
    db, key = encrypted
    db.dispose()
    assert db.target.key_file is not None
    db.target.key_file.unlink()
    with pytest.raises(DatabaseFileError, match="does not open"):
        recover_key_file(db.target, recovery_code(bytes(32)), "Brand-New-Phrase-2026")
    assert not db.target.key_file.exists()  # a key that does not fit writes nothing
    recover_key_file(db.target, recovery_code(key), "Brand-New-Phrase-2026")
    assert unlock_key_file(db.target.key_file, "Brand-New-Phrase-2026") == key


def test_passphrase_change_keeps_the_key(encrypted: tuple[Database, bytes]) -> None:
    db, key = encrypted
    change_passphrase(db.target, PASSPHRASE, "Second-Key-Phrase-2027")
    assert unlock(db.target, "Second-Key-Phrase-2027") == key
    with pytest.raises(KeyUnavailable):
        unlock(db.target, PASSPHRASE)
    with pytest.raises(KeyUnavailable, match="at least"):
        change_passphrase(db.target, "Second-Key-Phrase-2027", "short")


def test_backups_of_an_encrypted_register_are_encrypted(
    encrypted: tuple[Database, bytes], clock: FixedClock, sqlite_people: People, tmp_path: Path
) -> None:
    db, key = encrypted
    svc = Services.build(db, clock)
    info = svc.backups.backup(sqlite_people.admin, tmp_path / "out" / "copy.sqlite")
    assert info.encrypted
    data = info.path.read_bytes()
    assert not data.startswith(b"SQLite format 3") and _contains_names(data) == []
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(info.path).execute("SELECT 1 FROM sqlite_master").fetchone()
    assert (tmp_path / "out" / "copy.sqlite.key").exists()  # restorable elsewhere with the phrase
    assert check_backup_file(info.path, key).ok
    assert not check_backup_file(info.path, bytes(32)).ok
    assert key_id(key) in str(svc.audit_log.events(sqlite_people.sho)[0:3])


def test_plain_backups_are_removed_when_the_register_is_encrypted(
    sqlite_db: Database, sqlite_people: People, clock: FixedClock
) -> None:
    svc = Services.build(sqlite_db, clock)
    plain = svc.backups.backup(sqlite_people.admin)
    outcome = encrypt_register(sqlite_db, sqlite_people.sho, PASSPHRASE, clock)
    assert not plain.path.exists() and plain.path in outcome.plain_backups_removed
