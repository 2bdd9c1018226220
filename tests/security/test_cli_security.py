"""The security verbs at the command line: check, backup, restore over a damaged register,
encrypting a register in place, and role requests."""

from __future__ import annotations

import json
import os
import shutil
import stat
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
    assert run(["db", "recover-key"]) == 1  # the key alone is not a logon
    assert not os.path.exists(str(station) + ".key")
    assert run(["--as", "pi.shinde", "db", "recover-key"]) == 0
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


# -- output that cannot forge --------------------------------------------------------------------

HOSTILE_NAME = "evil\x1b[2J\x1b[1;1H\nforged  logon ok\r\u202eko nogol\u0085"


def test_shown_escapes_what_moves_hides_or_forges_text() -> None:
    from models.text import shown, terminal_safe

    got = shown(HOSTILE_NAME)
    assert got == ("evil\\u001b[2J\\u001b[1;1H\\nforged  logon ok\\r\\u202eko nogol\\u0085")
    assert got.isprintable()
    # Indic text with its joiner, and ordinary punctuation, are shown as they are.
    assert shown("क्\u200dष Priya (O'Neil) #2 — ठाणे") == "क्\u200dष Priya (O'Neil) #2 — ठाणे"
    assert shown("line one\nline two", multiline=True) == "line one\nline two"
    assert shown("line one\nline two") == "line one\\nline two"
    # The output guard keeps the program's own line ends (CSV's CR LF too) and nothing else.
    assert terminal_safe("a,b\r\nc\td\n\x1b[31mred\rX") == "a,b\r\nc\td\n\\u001b[31mred\\rX"


def test_a_hostile_username_cannot_forge_the_audit_trail(
    station: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--as", HOSTILE_NAME, "case", "list"]) == 1  # a failed logon, audited
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\u202e" not in err
    assert run(["--as", "pi.shinde", "audit", "list", "--action", "logon"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\r" not in out and "\u202e" not in out and "\u0085" not in out
    lines = out.splitlines()
    # The tried name is on the failed logon's own line, escaped; no line starts with its tail.
    failed = [line for line in lines if "failed" in line]
    assert len(failed) == 1 and "evil\\u001b[2j" in failed[0] and "\\nforged" in failed[0]
    assert not [line for line in lines if line.startswith("forged")]
    assert run(["--as", "pi.shinde", "audit", "list", "--action", "logon", "--json"]) == 0
    assert "\u202e" not in capsys.readouterr().out  # JSON text reads back to the same name


def test_window_lists_escape_what_others_typed(qapp: object) -> None:
    from PySide6.QtCore import Qt

    from ui.widgets.table import TextTableModel

    model = TextTableModel(["User", "Action"])
    model.set_rows([[HOSTILE_NAME, "logon"]])
    shown_text = model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    assert "\n" not in shown_text and "\x1b" not in shown_text and "\u202e" not in shown_text
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "\x1b" not in tip and "\u202e" not in tip


# -- the desk's name -----------------------------------------------------------------------------


def test_the_desk_name_is_checked_before_it_reaches_the_audit_trail(
    station: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from models.actor import Actor
    from models.enums import Role
    from models.errors import UserError
    from models.text import check_desk_name

    assert check_desk_name(" desk-1 ") == "desk-1"
    assert check_desk_name("ठाणे अंमलदार") == "ठाणे अंमलदार"
    for bad in ("x" * 150, "desk\n2", "desk\u202e", "desk;DROP", ""):
        with pytest.raises(ValueError):
            check_desk_name(bad)
        with pytest.raises(UserError):
            Actor(1, "hc.pawar", "V Pawar", Role.WRITER, 1, bad)
    # A desk name of 150 characters in the settings file: the desk is named after the computer
    # instead (with a warning) and every verb still works, on SQLite as on PostgreSQL.
    (station.parent / "settings.ini").write_text(
        "[talash]\ndesk_name = " + "D" * 150 + "\n", encoding="utf-8"
    )
    assert run(["--as", "pi.shinde", "case", "list"]) == 0
    assert "desk name" in capsys.readouterr().err
    assert run(["--as", "pi.shinde", "audit", "list", "--json", "--limit", "1"]) == 0
    desk = json.loads(capsys.readouterr().out)[0]["desk"]
    assert desk != "D" * 150 and check_desk_name(desk) == desk


# -- file modes ----------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_registers_and_backups_are_created_readable_by_their_owner_only(
    station: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TALASH_NEW_PASSWORD", "Officer-Pass-2026")
    old = os.umask(0o022)  # the usual umask, which would make files readable by everyone
    try:
        elsewhere = tmp_path / "elsewhere" / "register.sqlite"
        elsewhere.parent.mkdir()
        assert run(["--db", str(elsewhere), "init", *INIT_ARGS]) == 0
        assert run(["--as", "admin.it", "backup"]) == 0
    finally:
        os.umask(old)
    made = [elsewhere, *(station.parent / "backups").glob("talash-*.sqlite")]
    assert len(made) >= 2
    for path in made:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


INIT_ARGS = [
    "--code",
    "MH-MUM-SIO",
    "--name",
    "Sion PS",
    "--district",
    "Mumbai",
    "--state",
    "Maharashtra",
    "--head-username",
    "pi.kadam",
    "--head-name",
    "R Kadam",
]


def test_an_administrators_new_account_waits_and_then_chooses_its_password(
    station: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add = ["user", "add", "hc.kale", "--name", "Ravi Kale", "--rank", "HC", "--role", "writer"]
    assert run(["--as", "admin.it", *add]) == 0
    request = capsys.readouterr().out.split()[1]
    monkeypatch.setenv("TALASH_PASSWORD", "Anything-At-All-2026")
    assert run(["--as", "hc.kale", "case", "list"]) == 1  # not before the approval
    monkeypatch.setenv("TALASH_PASSWORD", TEST_PASSWORD)
    monkeypatch.setenv("TALASH_NEW_PASSWORD", "Head-Typed-Temp-2026")
    assert run(["--as", "admin.it", "user", "approve", request]) == 1  # not its own
    assert run(["--as", "pi.shinde", "user", "approve", request]) == 0
    capsys.readouterr()
    monkeypatch.setenv("TALASH_PASSWORD", "Head-Typed-Temp-2026")
    assert run(["--as", "hc.kale", "case", "list"]) == 1
    assert "temporary password" in capsys.readouterr().err
    monkeypatch.setenv("TALASH_NEW_PASSWORD", "Ravi-Own-Choice-2026")
    assert run(["--as", "hc.kale", "user", "passwd"]) == 0
    monkeypatch.setenv("TALASH_PASSWORD", "Ravi-Own-Choice-2026")
    assert run(["--as", "hc.kale", "case", "list"]) == 0


def test_the_passphrase_changes_only_with_a_logon_and_is_audited(
    station: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TALASH_NEW_DB_PASSPHRASE", "Dharavi-Key-Phrase-2026")
    assert run(["--as", "pi.shinde", "db", "encrypt"]) == 0
    monkeypatch.setenv("TALASH_DB_PASSPHRASE", "Dharavi-Key-Phrase-2026")
    monkeypatch.setenv("TALASH_NEW_DB_PASSPHRASE", "Second-Key-Phrase-2027")
    monkeypatch.delenv("TALASH_USER", raising=False)
    assert run(["db", "passphrase"]) == 1  # nobody logged on
    assert run(["--as", "hc.pawar", "db", "passphrase"]) == 1  # a writer may not
    capsys.readouterr()
    assert run(["--as", "pi.shinde", "audit", "verify"]) == 0  # the old one still opens it
    assert run(["--as", "admin.it", "db", "passphrase"]) == 0
    monkeypatch.setenv("TALASH_DB_PASSPHRASE", "Second-Key-Phrase-2027")
    capsys.readouterr()
    assert run(["--as", "pi.shinde", "audit", "list", "--action", "db.passphrase"]) == 0
    listing = capsys.readouterr().out
    assert "admin.it" in listing and "db.passphrase" in listing


def test_a_recovery_key_unlock_needs_an_encrypted_register(
    station: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TALASH_RECOVERY_KEY", "A" * 56)
    assert run(["user", "unlock", "admin.it", "--recovery-key"]) == 1
    assert "not encrypted" in capsys.readouterr().err


def test_granting_the_desks_role_needs_a_logon_and_is_audited(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if db.is_sqlite:
        pytest.skip("PostgreSQL only")
    role = f"talash_app_{os.getpid()}"
    with db.engine.begin() as conn:
        conn.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
        conn.exec_driver_sql(f"CREATE ROLE {role}")
    try:
        monkeypatch.setenv("TALASH_DB", db.target.url.render_as_string(hide_password=False))
        monkeypatch.setenv("TALASH_PASSWORD", TEST_PASSWORD)
        monkeypatch.delenv("TALASH_USER", raising=False)
        assert run(["db", "grant-app-role", role, "--print"]) == 0  # printing changes nothing
        assert run(["db", "grant-app-role", role]) == 1  # nobody logged on
        assert run(["--as", "hc.pawar", "db", "grant-app-role", role]) == 1
        capsys.readouterr()
        assert run(["--as", "admin.it", "db", "grant-app-role", role]) == 0
        assert run(["--as", "pi.shinde", "audit", "list", "--action", "db.grants"]) == 0
        assert "admin.it" in capsys.readouterr().out
    finally:
        db.dispose()
        with db.engine.begin() as conn:
            conn.exec_driver_sql(f"DROP OWNED BY {role}")
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
