"""The audit trail: append-only in the database, hash-chained, every kind of event recorded
(reliability-reference §8 items 9, 10, 12)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from models.db import Database
from models.dto.cases import ActionInput
from models.enums import ActionType, Role
from models.errors import UserError
from models.services import Services
from tests.conftest import TEST_PASSWORD, People
from tests.factories import child_case
from tests.security.conftest import db_path
from tests.security.kill9_harness import REPO


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_event SET outcome = 'ok' WHERE id = 1",
        "DELETE FROM audit_event WHERE id = 1",
        "UPDATE action_entry SET details = 'x'",
        "DELETE FROM action_entry",
    ],
)
def test_raw_update_and_delete_of_audit_rows_fail(
    svc: Services, people: People, db: Database, statement: str
) -> None:
    case = svc.cases.register_case(people.writer, child_case()).value
    svc.cases.add_action(people.io, case.register_no, ActionInput(ActionType.NOTE, details="x"))
    with db.engine.connect() as conn:
        with pytest.raises(DBAPIError, match="append-only"):
            with conn.begin():
                conn.execute(text(statement))


def test_truncate_of_the_audit_trail_fails_on_postgresql(db: Database) -> None:
    if db.is_sqlite:
        pytest.skip("SQLite has no TRUNCATE")
    with db.engine.connect() as conn:
        with pytest.raises(DBAPIError, match="append-only"):
            with conn.begin():
                conn.execute(text("TRUNCATE audit_event"))


def _tamper(path: Path, event_id: int) -> None:
    """What someone with the file and a SQLite shell could do: drop the guard, edit a row."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("UPDATE audit_event SET username = 'someone.else' WHERE id = ?", (event_id,))
    conn.commit()
    conn.close()


def test_editing_one_row_by_hand_is_named_by_verify(
    sqlite_svc: Services, sqlite_people: People
) -> None:
    svc, people = sqlite_svc, sqlite_people
    svc.cases.register_case(people.writer, child_case())
    assert svc.audit_log.verify(people.sho).ok
    path = db_path(svc.db)
    svc.db.dispose()
    _tamper(path, 3)
    check = svc.audit_log.verify(people.admin)
    assert not check.ok and check.broken_at == 3
    assert check.events_checked == 2  # the two events before it still hold


def test_deleting_a_row_by_hand_is_named_by_verify(
    sqlite_svc: Services, sqlite_people: People
) -> None:
    svc, people = sqlite_svc, sqlite_people
    svc.cases.register_case(people.writer, child_case())
    path = db_path(svc.db)
    svc.db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_event_no_delete")
    conn.execute("DELETE FROM audit_event WHERE id = 4")
    conn.commit()
    conn.close()
    check = svc.audit_log.verify(people.sho)
    assert not check.ok and check.broken_at == 5 and "4 is missing" in (check.problem or "")


def test_talash_audit_verify_names_the_altered_row(
    sqlite_svc: Services, sqlite_people: People, tmp_path: Path
) -> None:
    svc = sqlite_svc
    svc.cases.register_case(sqlite_people.writer, child_case())
    path = db_path(svc.db)
    svc.db.dispose()
    _tamper(path, 5)
    env = dict(
        os.environ,
        PYTHONPATH=str(REPO),
        TALASH_DATA_DIR=str(tmp_path / "data"),
        TALASH_PASSWORD=TEST_PASSWORD,
    )
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(path), "--as", "admin.it", "audit", "verify"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "BROKEN at event 5" in done.stderr and "event 5 was altered" in done.stderr


def test_every_kind_of_event_is_audited_with_time_user_desk_and_outcome(
    svc: Services, people: People, db: Database
) -> None:
    """One scripted scenario per event type (reliability-reference §8 item 12)."""
    with pytest.raises(UserError):
        svc.accounts.authenticate("hc.pawar", "wrong-password!", desk="desk-7")
    writer = svc.accounts.authenticate("hc.pawar", TEST_PASSWORD, desk="desk-7")
    case = svc.cases.register_case(writer, child_case()).value
    svc.cases.case_detail(people.io, case.register_no)
    svc.cases.add_action(people.io, case.register_no, ActionInput(ActionType.NOTE, details="x"))
    svc.notices.request(people.io, case.register_no)
    svc.notices.case_papers(people.io, case.register_no, "sheet")
    svc.cases.void_case(people.sho, case.register_no, reason="Entered twice")
    svc.accounts.change_password(writer, TEST_PASSWORD, "Naya-Password-2027")
    svc.accounts.reset_password(people.admin, "psi.more", "Temporary-Pass-11")
    svc.accounts.change_role(people.sho, "api.khan", Role.WRITER, reason="Posted to the desk")
    svc.audit_log.verify(people.admin)
    events = svc.audit_log.events(people.sho)
    seen = {(e.action, e.outcome) for e in events}
    for wanted in [
        ("logon", "failed"),
        ("logon", "ok"),
        ("case.create", "ok"),
        ("case.view", "ok"),
        ("case.action", "ok"),
        ("notice.request", "ok"),
        ("case.void", "ok"),
        ("user.password", "ok"),
        ("user.password_reset", "ok"),
        ("user.role", "ok"),
        ("audit.verify", "ok"),
        ("case.print_sheet", "ok"),
    ]:
        assert wanted in seen, wanted
    logon = next(e for e in events if e.action == "logon" and e.outcome == "failed")
    assert logon.username == "hc.pawar" and logon.desk == "desk-7"
    assert logon.at.utcoffset() is not None and logon.at.utcoffset().total_seconds() == 0
    void = next(e for e in events if e.action == "case.void")
    assert void.entity_ref == case.register_no
    # The reading itself is audited.
    assert svc.audit_log.events(people.sho)[0].action == "audit.view"


def test_the_postgresql_app_role_can_only_append_to_the_audit_trail(
    svc: Services, people: People, db: Database
) -> None:
    if db.is_sqlite:
        pytest.skip("PostgreSQL only")
    from sqlalchemy import create_engine, inspect

    from models.db import Target, postgres_app_grants

    svc.cases.register_case(people.writer, child_case())
    role = f"talash_app_{uuid.uuid4().hex[:8]}"
    with db.engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        tables = inspect(conn).get_table_names()
        for statement in postgres_app_grants(role, tables):
            conn.exec_driver_sql(statement)
    app = create_engine(db.engine.url.set(username=role))
    try:
        with app.connect() as conn:
            with conn.begin():
                assert conn.execute(text("SELECT count(*) FROM audit_event")).scalar()
            with pytest.raises(DBAPIError, match="permission denied"):
                with conn.begin():
                    # Even with the trigger gone, the role itself may not change audit rows.
                    conn.execute(text("UPDATE audit_event SET desk = 'x' WHERE id = 1"))
            with conn.begin():
                conn.execute(text("UPDATE setting SET value = value WHERE key = 'policy'"))
        app_db = Database(Target(app.url, None), app)
        app_svc = Services.build(app_db, svc.clock)
        assert app_svc.cases.register_case(people.writer, child_case()).value.register_no
    finally:
        app.dispose()
        with db.engine.begin() as conn:
            conn.exec_driver_sql(f"DROP OWNED BY {role}")
            conn.exec_driver_sql(f"DROP ROLE {role}")
