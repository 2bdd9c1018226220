"""Opening databases: pragmas, unusable files refused in plain words, storage errors translated."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

from models.db import Database, open_database, parse_target
from models.errors import DatabaseFileError, StorageError


def test_sqlite_pragmas_hold_on_every_connection(sqlite_db: Database) -> None:
    for _ in range(3):
        with sqlite_db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_random_bytes_are_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite"
    path.write_bytes(os.urandom(8192))
    with pytest.raises(DatabaseFileError) as err:
        open_database(path)
    assert str(path) in str(err.value)
    assert "not a Talash database" in str(err.value)


def test_a_damaged_database_is_refused(sqlite_db: Database, tmp_path: Path) -> None:
    assert sqlite_db.target.sqlite_path is not None
    path = sqlite_db.target.sqlite_path
    sqlite_db.dispose()
    data = bytearray(path.read_bytes())
    # Keep the header, wreck the pages after the first one.
    data[4096 * 2 : 4096 * 4] = os.urandom(4096 * 2)
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseFileError) as err:
        open_database(path)
    assert str(path) in str(err.value)


def test_missing_file_is_not_created_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(DatabaseFileError, match="no database file"):
        open_database(tmp_path / "nope.sqlite")
    assert not (tmp_path / "nope.sqlite").exists()


@pytest.mark.parametrize("path", [r"\\server\share\talash.sqlite", "//server/share/talash.sqlite"])
def test_network_share_paths_are_refused(path: str) -> None:
    with pytest.raises(DatabaseFileError, match="network share"):
        parse_target(path)


def test_unknown_database_kinds_are_refused() -> None:
    with pytest.raises(DatabaseFileError, match="not 'mysql'"):
        parse_target("mysql://u@h/db")


def test_full_disk_is_a_storage_error_and_nothing_is_saved(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    # A connection limited to the present size stands in for a full disk.
    with pytest.raises(StorageError, match="full"):
        with sqlite_db.write() as s:
            s.execute(text(f"PRAGMA max_page_count = {pages}"))
            for i in range(2000):
                s.execute(
                    text("INSERT INTO setting (key, value) VALUES (:k, :v)"),
                    {"k": f"filler-{i}", "v": "x" * 2000},
                )
    with sqlite_db.read() as s:
        assert (
            s.execute(text("SELECT count(*) FROM setting WHERE key LIKE 'filler-%'")).scalar() == 0
        )


def test_write_rolls_back_on_any_error(db: Database) -> None:
    with pytest.raises(RuntimeError):
        with db.write() as s:
            s.execute(text("INSERT INTO setting (key, value) VALUES ('half', '1')"))
            raise RuntimeError("boom")
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM setting WHERE key='half'")).scalar() == 0
