"""The audit trail: append-only in the database, hash-chained, every kind of event recorded
(reliability-reference §8 items 9, 10, 12)."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from models import audit
from models.clock import FixedClock
from models.db import Database
from models.dto.cases import ActionInput
from models.entities import AuditEvent, Case
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
    reset = svc.accounts.reset_password(people.sho, "psi.more", "Temporary-Pass-11")
    assert reset.waiting_request is not None
    svc.approvals.approve(people.admin, reset.waiting_request)  # a second person
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


# -- the state of the records: edits outside the program ------------------------------------------


def _outside(db: Database, *statements: str) -> None:
    """Run statements as someone with the file or the server would: sqlite3 on the file, or a
    plain connection to the PostgreSQL server (psql), with the audit trail's guards lifted."""
    if db.is_sqlite:
        db.dispose()
        conn = sqlite3.connect(db_path(db))
        conn.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()
        return
    with db.engine.connect() as pg:
        with pg.begin():
            pg.exec_driver_sql("ALTER TABLE audit_event DISABLE TRIGGER USER")
            for statement in statements:
                pg.exec_driver_sql(statement)
            pg.exec_driver_sql("ALTER TABLE audit_event ENABLE TRIGGER USER")


def _busy_register(svc: Services, people: People) -> tuple[str, str]:
    """A register after a day's work through the program: a case registered, edited, viewed,
    actioned; a found person; an account made, its role changed, a wrong password, a password
    changed. Its state must verify."""
    from models.dto.accounts import NewUser
    from models.dto.cases import PersonInput
    from models.dto.found import FoundInput
    from models.enums import Activity, Sex
    from tests.factories import at

    case = svc.cases.register_case(people.writer, child_case()).value
    detail = svc.cases.case_detail(people.io, case.register_no)
    data = detail.as_input()
    renamed = dataclasses.replace(
        data, person=dataclasses.replace(data.person, names=("Priya S. Patil", "प्रिया पाटील"))
    )
    svc.cases.update_case(people.io, case.register_no, renamed, detail.version)
    svc.cases.add_action(people.io, case.register_no, ActionInput(ActionType.NOTE, details="x"))
    found = svc.found.add_found(
        people.writer,
        FoundInput(
            person=PersonInput(names=("Raju",), sex=Sex.MALE, age_min=9, age_max=11),
            found_at=at(5),
            found_place="Dadar railway station, platform 4",
            activity=Activity.BEGGING,
            found_by="GRP Dadar",
        ),
    ).value
    with pytest.raises(UserError):
        svc.accounts.authenticate("hc.pawar", "wrong-password!", desk="desk-7")
    svc.accounts.change_password(people.writer, TEST_PASSWORD, "Naya-Password-2027")
    svc.accounts.add_user(
        people.sho,
        NewUser("pc.jadhav", "Sunil Jadhav", "Police Constable", Role.WRITER, "PC-7781"),
        "Pehla-Password-2026",
    )
    return case.register_no, found.ref_no


def test_a_register_worked_through_the_program_verifies(svc: Services, people: People) -> None:
    _busy_register(svc, people)
    check = svc.audit_log.verify(people.sho)
    assert check.ok, check.state_problems
    # the seeded station's five accounts and the new one, the case and the found person
    assert check.records_checked == 8


@pytest.mark.parametrize(
    ("edit", "named"),
    [
        ("UPDATE app_user SET role = 'sho' WHERE username = 'hc.pawar'", "user account hc.pawar"),
        (
            "UPDATE person_name SET text = 'Pooja Santosh Patil' WHERE position = 0 AND "
            "person_id = (SELECT person_id FROM mp_case)",
            "case MP/",
        ),
        ("UPDATE mp_case SET status = 'closed'", "case MP/"),
        ("UPDATE found_person SET found_place = 'Thane'", "found person FP/"),
        ("UPDATE app_user SET password_hash = 'x' WHERE username = 'pi.shinde'", "pi.shinde"),
    ],
)
def test_a_record_changed_outside_the_program_is_named_by_verify(
    svc: Services, people: People, db: Database, edit: str, named: str
) -> None:
    _busy_register(svc, people)
    assert svc.audit_log.verify(people.admin).ok
    _outside(db, edit)
    check = svc.audit_log.verify(people.admin)
    assert not check.ok
    assert check.problem is None and check.broken_at is None  # the chain itself is intact
    assert len(check.state_problems) == 1, check.state_problems
    assert named in check.state_problems[0] and "changed outside Talash" in check.state_problems[0]


def test_an_account_added_outside_the_program_is_named_by_verify(
    svc: Services, people: People, db: Database
) -> None:
    _outside(
        db,
        "INSERT INTO app_user (uuid, station_id, username, full_name, rank, role, password_hash, "
        "failed_logins, active, created_at, version) SELECT "
        "'f0e1d2c3-0000-4000-8000-000000000001', station_id, 'evil.admin', 'X', 'Y', 'admin', "
        "password_hash, 0, active, created_at, 1 "
        "FROM app_user WHERE username = 'pi.shinde'",
    )
    check = svc.audit_log.verify(people.sho)
    assert not check.ok
    assert check.state_problems == (
        "user account evil.admin: no audit event records it: it was added outside Talash, or "
        "its events were removed",
    )


def test_removing_the_last_event_and_fixing_the_head_is_named_by_verify(
    svc: Services, people: People, db: Database
) -> None:
    """The chain alone cannot see this: the head is put back to the event before."""
    ref, _ = _busy_register(svc, people)
    svc.cases.void_case(people.sho, ref, reason="Entered twice")
    with db.read() as s:
        from sqlalchemy import func, select

        from models.entities import AuditEvent

        void_id = s.scalar(select(func.max(AuditEvent.id)).where(AuditEvent.action == "case.void"))
        last = s.scalar(select(func.max(AuditEvent.id)))
        assert void_id == last
        prev_hash = s.get(AuditEvent, void_id - 1).hash
    _outside(
        db,
        f"DELETE FROM audit_event WHERE id = {void_id}",  # noqa: S608 (numbers from the test)
        f"UPDATE audit_head SET last_id = {void_id - 1}, last_hash = '{prev_hash}'",  # noqa: S608
    )
    check = svc.audit_log.verify(people.sho)
    assert check.problem is None and check.broken_at is None
    assert not check.ok
    assert len(check.state_problems) == 1
    assert check.state_problems[0].startswith(f"case {ref}: changed outside Talash")


def test_a_case_deleted_outside_the_program_is_named_by_verify(
    sqlite_svc: Services, sqlite_people: People
) -> None:
    ref, _ = _busy_register(sqlite_svc, sqlite_people)
    _outside(sqlite_svc.db, "DELETE FROM mp_case")  # sqlite3 leaves foreign keys off
    check = sqlite_svc.audit_log.verify(sqlite_people.sho)
    assert check.state_problems == (
        f"case {ref}: removed outside Talash: its audit events remain and no order destroyed it",
    )


def test_talash_audit_verify_names_a_changed_account(
    sqlite_svc: Services, sqlite_people: People, tmp_path: Path
) -> None:
    _outside(sqlite_svc.db, "UPDATE app_user SET role = 'sho' WHERE username = 'hc.pawar'")
    env = dict(
        os.environ,
        PYTHONPATH=str(REPO),
        TALASH_DATA_DIR=str(tmp_path / "data"),
        TALASH_PASSWORD=TEST_PASSWORD,
    )
    path = db_path(sqlite_svc.db)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(path), "--as", "admin.it", "audit", "verify"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "user account hc.pawar: changed outside Talash" in done.stderr


def test_records_older_than_the_state_hashes_get_their_baseline_on_upgrade(
    empty_db: Database, clock: FixedClock
) -> None:
    """A register written before revision 0011: its accounts get one event each carrying their
    state, and an edit after the upgrade is named."""
    from alembic import command
    from sqlalchemy import select

    from models import audit
    from models.entities import AuditEvent
    from models.migrate import alembic_config, migrate

    db = empty_db
    cfg = alembic_config()
    with db.engine.connect() as conn:
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0010_account_requests")
            conn.execute(
                text(
                    "INSERT INTO station (id, uuid, code, name, district, state, language, "
                    "timezone, created_at) VALUES (1, 'a1b2c3d4-0000-4000-8000-000000000001', "
                    "'MH-MUM-OLD', 'Old Station', 'Mumbai', 'Maharashtra', 'mr', "
                    "'Asia/Kolkata', '2025-01-01 00:00:00')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO app_user (id, uuid, station_id, username, full_name, rank, "
                    "role, password_hash, failed_logins, active, created_at, version) VALUES "
                    "(1, 'a1b2c3d4-0000-4000-8000-000000000002', 1, 'pi.old', 'Old Head', 'PI', "
                    "'sho', 'h', 0, :yes, '2025-01-01 00:00:00', 1)"
                ),
                {"yes": True},
            )
            first = AuditEvent(
                id=1,
                at=clock.now(),
                user_id=None,
                username="-",
                desk="-",
                action="station.init",
                outcome="ok",
                station_id=1,
                entity_type="station",
                entity_uuid=None,
                entity_ref="MH-MUM-OLD",
                details="{}",
                prev_hash=audit.GENESIS_HASH,
                state_hash=None,
            )
            first.hash = audit.link_hash(audit.GENESIS_HASH, first)
            conn.execute(
                text(
                    "INSERT INTO audit_event (id, at, user_id, username, desk, action, outcome, "
                    "station_id, entity_type, entity_uuid, entity_ref, details, prev_hash, hash) "
                    "VALUES (1, :at, NULL, '-', '-', 'station.init', 'ok', 1, 'station', NULL, "
                    "'MH-MUM-OLD', '{}', :prev, :hash)"
                ),
                {
                    "at": clock.now().replace(tzinfo=None),
                    "prev": audit.GENESIS_HASH,
                    "hash": first.hash,
                },
            )
            conn.execute(
                text("UPDATE audit_head SET last_id = 1, last_hash = :h WHERE id = 1"),
                {"h": first.hash},
            )
    migrate(db, backup_dir=None, clock=clock)
    with db.read() as s:
        assert audit.verify_chain(s).ok
        report = audit.verify_state(s)
        assert report.ok and report.records_checked == 1
        baseline = s.scalars(select(AuditEvent).where(AuditEvent.id == 2)).one()
        assert baseline.action == "user.state" and baseline.entity_ref == "pi.old"
    _outside(db, "UPDATE app_user SET role = 'admin'")
    with db.read() as s:
        assert [p.describe() for p in audit.verify_state(s).problems] == [
            "user account pi.old: changed outside Talash: it does not match its last audit "
            "event (2)"
        ]


@pytest.mark.parametrize("changed_after_the_event", [False, True])
def test_a_record_written_after_its_event_gets_a_state_event_and_only_then(
    svc: Services, people: People, db: Database, clock: FixedClock, changed_after_the_event: bool
) -> None:
    """An event carries its record's state as it stood then; a change later in the same
    transaction must still be covered at commit (else verify calls the program a tamperer),
    and a record not written since its event needs no second event."""
    case = svc.cases.register_case(people.writer, child_case()).value
    with db.write() as s:
        row = s.scalars(select(Case).where(Case.uuid == case.uuid)).one()
        audit.record(
            s,
            at=clock.now(),
            actor=None,
            action="case.update",
            subject=audit.Subject("case", row.uuid, row.register_no),
            username="pi.shinde",
            desk="test",
        )
        if changed_after_the_event:
            row.gd_entry_no = "GD 77/2026"
    with db.read() as s:
        actions = list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id.desc())))
    assert actions[: 1 + changed_after_the_event] == (
        ["case.state", "case.update"] if changed_after_the_event else ["case.update"]
    )
    check = svc.audit_log.verify(people.sho)
    assert check.ok, check.state_problems
