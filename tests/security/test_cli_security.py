"""The security verbs at the command line: check, backup, restore over a damaged register,
encrypting a register in place, and role requests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desktop.cli import run
from models.db import Database
from tests.conftest import TEST_PASSWORD
from tests.security.conftest import db_path
from tests.security.test_backups import _damage_an_index


@pytest.fixture(name="station")
def station_fixture(sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return station(sqlite_db, tmp_path, monkeypatch)


def station(sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The station register as the data folder's own database, reached through the CLI."""
    data = tmp_path / "data"
    data.mkdir()
    path = data / "talash.sqlite"
    sqlite_db.dispose()
    shutil.copyfile(db_path(sqlite_db), path)
    monkeypatch.setenv("TALASH_DATA_DIR", str(data))
    monkeypatch.setenv("TALASH_PASSWORD", TEST_PASSWORD)
    monkeypatch.delenv("TALASH_DB", raising=False)
    return path


def test_check_backup_and_restore_over_a_damaged_register(
    station: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["check"]) == 0
    assert run(["--as", "admin.it", "backup"]) == 0
    _damage_an_index(station)
    assert run(["check"]) == 1
    assert "damaged" in capsys.readouterr().out
    backup = next((station.parent / "backups").glob("talash-*-manual.sqlite"))
    assert run(["--as", "hc.pawar", "restore", str(backup)]) == 1  # a writer may not restore
    assert run(["--as", "admin.it", "restore", str(backup)]) == 0
    assert "kept as" in capsys.readouterr().out
    assert run(["check"]) == 0
    assert run(["--as", "pi.shinde", "audit", "verify"]) == 0


def test_encrypting_a_register_from_the_command_line(
    station: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TALASH_NEW_DB_PASSPHRASE", "Dharavi-Key-Phrase-2026")
    assert run(["--as", "pi.shinde", "db", "encrypt"]) == 0
    out = capsys.readouterr().out
    assert "RECOVERY KEY" in out
    assert not station.read_bytes().startswith(b"SQLite format 3")
    monkeypatch.delenv("TALASH_DB_PASSPHRASE", raising=False)
    assert run(["--as", "pi.shinde", "case", "list"]) == 1  # no passphrase, no register
    assert "passphrase" in capsys.readouterr().err
    monkeypatch.setenv("TALASH_DB_PASSPHRASE", "Wrong-Key-Phrase-2026")
    assert run(["--as", "pi.shinde", "case", "list"]) == 1
    assert "passphrase is not right" in capsys.readouterr().err
    monkeypatch.setenv("TALASH_DB_PASSPHRASE", "Dharavi-Key-Phrase-2026")
    assert run(["--as", "pi.shinde", "audit", "verify"]) == 0
    code = next(line.strip() for line in out.splitlines() if line.count("-") == 13)
    monkeypatch.setenv("TALASH_RECOVERY_KEY", code)
    monkeypatch.setenv("TALASH_NEW_DB_PASSPHRASE", "Recovered-Phrase-2027")
    os.remove(str(station) + ".key")
    assert run(["db", "recover-key"]) == 0
    monkeypatch.setenv("TALASH_DB_PASSPHRASE", "Recovered-Phrase-2027")
    assert run(["--as", "pi.shinde", "audit", "verify"]) == 0


def test_role_request_and_approval_from_the_command_line(
    station: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--as", "admin.it", "user", "role", "hc.pawar", "io", "--reason", "Promoted"]) == 0
    request = capsys.readouterr().out.split()[1]
    assert run(["--as", "admin.it", "user", "approve", request]) == 1
    assert run(["--as", "pi.shinde", "user", "approve", request]) == 0
    capsys.readouterr()
    assert run(["--as", "pi.shinde", "user", "list"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("hc.pawar"))
    assert " io " in line


def test_check_names_a_name_index_changed_outside_the_program(
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import sqlite3

    from models.clock import FixedClock
    from models.services import Services
    from tests.conftest import FIXED_NOW, actors_of
    from tests.factories import child_case

    Services.build(sqlite_db, FixedClock(FIXED_NOW)).cases.register_case(
        actors_of(sqlite_db).writer, child_case()
    )
    path = station(sqlite_db, tmp_path, monkeypatch)
    assert run(["check"]) == 0
    # Someone renames the child in the key table with sqlite3: the index no longer agrees.
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE name_key SET phonetic = 'meen pvr' WHERE kind = 'name'")
    assert run(["check"]) == 1
    assert "name index does not match" in capsys.readouterr().out
