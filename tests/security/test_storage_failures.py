"""A save the disk cannot take: rolled back, said in plain words, no false audit event, no silent
retry, nothing lost (reliability-reference §8 item 3)."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from models.clock import FixedClock
from models.db import Database, integrity_problems
from models.dto.cases import PhotoInput
from models.errors import StorageError
from models.services import Services
from tests.conftest import People
from tests.factories import child_case
from tests.security.conftest import audit_count, case_count, db_path
from tests.security.fsize_child import noisy_jpeg
from tests.security.kill9_harness import REPO


@pytest.fixture
def full_disk(sqlite_db: Database) -> Iterator[list[str]]:
    """Every new connection may not grow the file: a disk with no space left. Yields the
    INSERT statements tried on the case table (to see that nothing is retried)."""
    with sqlite_db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        free = conn.exec_driver_sql("PRAGMA freelist_count").scalar()
    assert pages is not None and free is not None

    def limit(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    tried: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("INSERT INTO mp_case"):
            tried.append(statement)

    sqlite_db.engine.dispose()
    event.listen(sqlite_db.engine, "connect", limit)
    event.listen(sqlite_db.engine, "before_cursor_execute", seen)
    yield tried
    event.remove(sqlite_db.engine, "connect", limit)
    event.remove(sqlite_db.engine, "before_cursor_execute", seen)
    sqlite_db.engine.dispose()


def test_disk_full_on_save_rolls_back_with_no_false_audit_event(
    sqlite_svc: Services, sqlite_people: People, full_disk: list[str]
) -> None:
    db = sqlite_svc.db
    data = dataclasses.replace(child_case(), photos=(PhotoInput(data=noisy_jpeg()),))
    audits, cases = audit_count(db), case_count(db)
    with pytest.raises(StorageError) as err:
        sqlite_svc.cases.register_case(sqlite_people.writer, data)
    assert "full" in str(err.value) and "Nothing was saved" in str(err.value)
    assert len(full_disk) <= 1  # tried once, never retried behind the person's back
    assert (audit_count(db), case_count(db)) == (audits, cases)
    assert integrity_problems(db) == []
    assert data.photos[0].data is not None  # the form's input is untouched, ready to save again


def test_after_space_is_freed_the_same_input_saves(
    sqlite_db: Database, sqlite_people: People, clock: FixedClock
) -> None:
    people = sqlite_people
    svc = Services.build(sqlite_db, clock)
    data = dataclasses.replace(child_case(), photos=(PhotoInput(data=noisy_jpeg()),))
    with sqlite_db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def limit(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    sqlite_db.engine.dispose()
    event.listen(sqlite_db.engine, "connect", limit)
    with pytest.raises(StorageError):
        svc.cases.register_case(people.writer, data)
    event.remove(sqlite_db.engine, "connect", limit)
    sqlite_db.engine.dispose()
    saved = svc.cases.register_case(people.writer, data).value
    assert saved.register_no == "MP/2026/0001"  # the failed try took no number
    assert len(saved.photos) == 1


def test_write_failure_from_file_size_limit(sqlite_db: Database) -> None:
    path = db_path(sqlite_db)
    sqlite_db.dispose()
    env = dict(os.environ, PYTHONPATH=str(REPO), TALASH_TEST_POSTGRES="off")
    done = subprocess.run(
        [sys.executable, "-m", "tests.security.fsize_child", str(path)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["outcome"] == "StorageError"
    assert "could not write" in result["message"] and "Nothing was saved" in result["message"]
    assert result["after"] == result["before"]  # no case, no "saved" audit event
    assert integrity_problems(sqlite_db) == []


def test_a_register_locked_by_another_desk_is_a_plain_storage_error(
    sqlite_svc: Services, sqlite_people: People
) -> None:
    import sqlite3

    db = sqlite_svc.db
    audits = audit_count(db)
    other_desk = sqlite3.connect(db_path(db), timeout=0)
    other_desk.execute("BEGIN IMMEDIATE")
    try:
        db.engine.dispose()

        def short_wait(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.execute("PRAGMA busy_timeout = 200")

        event.listen(db.engine, "connect", short_wait)
        with pytest.raises(StorageError, match="busy"):
            sqlite_svc.cases.register_case(sqlite_people.writer, child_case())
        event.remove(db.engine, "connect", short_wait)
    finally:
        other_desk.rollback()
        other_desk.close()
    db.engine.dispose()
    assert audit_count(db) == audits


def test_a_write_that_finds_its_row_changed_is_a_plain_refusal(db: Database) -> None:
    """Under the services that name who changed a record: any save whose versioned row was
    changed meanwhile (SQLAlchemy's StaleDataError) ends as a refusal, never an internal error."""
    from sqlalchemy.orm.exc import StaleDataError

    from models.errors import StaleEdit

    with pytest.raises(StaleEdit, match="changed by another desk"):
        with db.write():
            raise StaleDataError("UPDATE statement on table 'mp_case' expected to update 1 row")
