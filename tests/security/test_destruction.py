"""Secure hard delete under a court or retention order (reliability-reference §3 and §8 item 33).

Two people (the station head asks, an administrator carries it out); every row of the record
goes; the audit trail's details about it become unreadable while the chain still verifies;
and on SQLite neither the file nor its write-ahead log keeps a byte of the person.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import DBAPIError

from desktop.cli import run
from models import audit
from models.base import Base
from models.clock import FixedClock
from models.db import Database, open_database
from models.dto.accounts import NewUser
from models.dto.audit import AuditFilter
from models.dto.cases import (
    ActionInput,
    CaseInput,
    ClosureInput,
    PhotoInput,
    PortalUpdateInput,
    TraceInput,
)
from models.dto.destruction import (
    DestructionOrder,
    DestructionOutcome,
    DestructionStatus,
    DestructionSubject,
)
from models.entities import (
    ActionEntry,
    Address,
    AuditEvent,
    Case,
    Complainant,
    Contact,
    FoundPerson,
    NameKey,
    Notice,
    Person,
    PersonName,
    Photo,
    SubjectKey,
)
from models.enums import ActionType, HowTraced, Locality, Portal, Role, TraceType
from models.errors import (
    NotFound,
    PermissionDenied,
    RuleViolation,
    StaleEdit,
    ValidationFailed,
)
from models.services import Services
from models.services.case_store import find_case
from models.services.destruction import (
    _checkpoint,
    _driver,
    _erase_case,
    _erasing_connection,
    _transaction,
)
from models.services.keys import encrypt_register
from tests.conftest import DESK, TEST_PASSWORD, People, actors_of
from tests.factories import child_case, child_person
from tests.models.test_register_and_found import found_input
from tests.reports.conftest import portrait_jpeg
from tests.security.conftest import db_path

ORDER = DestructionOrder(
    "CMM/DO/118/2026", date(2026, 11, 18), "Chief Metropolitan Magistrate, Esplanade, Mumbai"
)
# What must not survive anywhere: the child's name in both scripts (and its folded search key and
# its phonetic name key, which the FTS5 index also holds as trigrams), the complainant's name and
# phone, the ID number and the address.
TRACES: tuple[bytes, ...] = (
    b"Priya",
    b"priya",
    "प्रिया".encode(),
    b"Santosh",
    "संतोष".encode(),
    b"priy sntos ptil",
    b"sntos",
    b"98XXXXXX10",
    b"1234 5678 9012",
    b"Shiv Shakti Chawl",
)
PERSON_TABLES = (Person, PersonName, NameKey, Contact, Address, Photo, Complainant)
CASE_TABLES = (Case, ActionEntry, Notice, *PERSON_TABLES)


def _register(svc: Services, people: People, data: CaseInput | None = None) -> str:
    """A child's case with a photo, an action-log entry and a notice request: rows in every
    corner."""
    photo = PhotoInput(data=portrait_jpeg(240, 312), primary=True)
    case = svc.cases.register_case(people.writer, data or child_case(photos=(photo,))).value
    ref = case.register_no
    svc.cases.add_action(people.io, ref, ActionInput(ActionType.NOTE, details="School visited"))
    svc.notices.request(people.io, ref)
    return ref


def _destroy(
    svc: Services,
    people: People,
    ref: str,
    subject: DestructionSubject = DestructionSubject.CASE,
) -> DestructionOutcome:
    req = svc.destruction.request(people.sho, subject, ref, ORDER)
    return svc.destruction.approve(people.admin, req.uuid)


def _count(db: Database, entity: type[Any]) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(entity)) or 0)


def _file_bytes(path: Path) -> bytes:
    """The register and its write-ahead log, as a disk examiner would read them."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _table_counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            t.name: int(s.scalar(select(func.count()).select_from(t)) or 0)
            for t in Base.metadata.sorted_tables
        }


def _traces_in(data: bytes) -> list[bytes]:
    return [t for t in TRACES if t in data]


# -- two people ------------------------------------------------------------------------------


def _second_head(svc: Services, people: People) -> Any:
    """A second station head: asked for by the first, approved by the administrator, and the
    officer's own password chosen at the first logon."""
    info = svc.accounts.add_user(
        people.sho,
        NewUser("pi.jadhav", "Meera Jadhav", "Police Inspector", Role.SHO, "PI-1022"),
        "Pehla-Password-2026",
    )
    if info.waiting_request is not None:
        svc.approvals.approve(people.admin, info.waiting_request)
    first = svc.accounts.authenticate("pi.jadhav", "Pehla-Password-2026", desk=DESK)
    return svc.accounts.change_password(first, "Pehla-Password-2026", TEST_PASSWORD)


def test_the_station_head_asks_and_another_person_an_administrator_carries_out(
    svc: Services, people: People
) -> None:
    ref = _register(svc, people)
    for someone in (people.writer, people.io, people.admin):
        with pytest.raises(PermissionDenied):
            svc.destruction.request(someone, DestructionSubject.CASE, ref, ORDER)
    req = svc.destruction.request(people.sho, DestructionSubject.CASE, ref, ORDER)
    assert req.status is DestructionStatus.PENDING and req.subject_ref == ref
    for someone in (people.sho, people.io, people.writer):
        with pytest.raises(PermissionDenied):
            svc.destruction.approve(someone, req.uuid)
    with pytest.raises(PermissionDenied):
        svc.destruction.requests(people.writer)
    assert svc.cases.case_detail(people.sho, ref).register_no == ref  # nothing happened yet
    assert [r.uuid for r in svc.destruction.requests(people.admin)] == [req.uuid]
    done = svc.destruction.approve(people.admin, req.uuid)
    assert done.request.status is DestructionStatus.DESTROYED
    assert done.request.decided_by == "admin.it" and done.request.requested_by == "pi.shinde"
    with pytest.raises(NotFound):
        svc.cases.case_detail(people.sho, ref)
    with pytest.raises(RuleViolation, match="already decided"):
        svc.destruction.approve(people.admin, req.uuid)


def test_nobody_carries_out_their_own_request(svc: Services, people: People) -> None:
    """Roles change: a head who asked and is later made administrator still cannot approve."""
    ref = _register(svc, people)
    jadhav = _second_head(svc, people)
    req = svc.destruction.request(jadhav, DestructionSubject.CASE, ref, ORDER)
    move = svc.approvals.request_role_change(
        people.sho, "pi.jadhav", Role.ADMIN, reason="Posted to the IT cell"
    )
    svc.approvals.approve(people.admin, move.uuid)
    jadhav_admin = svc.accounts.authenticate("pi.jadhav", TEST_PASSWORD, desk=DESK)
    assert jadhav_admin.role is Role.ADMIN
    with pytest.raises(RuleViolation, match="someone other than its author"):
        svc.destruction.approve(jadhav_admin, req.uuid)
    assert svc.destruction.approve(people.admin, req.uuid).rows_deleted > 0


def test_a_request_is_refused_with_a_reason_and_the_order_is_checked(
    svc: Services, people: People
) -> None:
    ref = _register(svc, people)
    with pytest.raises(ValidationFailed) as bad:
        svc.destruction.request(
            people.sho,
            DestructionSubject.CASE,
            ref,
            DestructionOrder(" ", date(2027, 1, 1), ""),
        )
    fields = {p.field for p in bad.value.problems}
    assert fields == {"order.reference", "order.date", "order.authority"}
    with pytest.raises(NotFound):
        svc.destruction.request(people.sho, DestructionSubject.CASE, "MP/2026/0999", ORDER)
    req = svc.destruction.request(people.sho, DestructionSubject.CASE, ref, ORDER)
    with pytest.raises(RuleViolation, match="already asked for"):
        svc.destruction.request(people.sho, DestructionSubject.CASE, ref, ORDER)
    with pytest.raises(ValidationFailed):
        svc.destruction.refuse(people.admin, req.uuid, reason="")
    refused = svc.destruction.refuse(people.admin, req.uuid, reason="The order names another case")
    assert refused.status is DestructionStatus.REFUSED
    assert refused.refusal_reason == "The order names another case"
    with pytest.raises(RuleViolation, match="already decided"):
        svc.destruction.approve(people.admin, req.uuid)
    assert svc.cases.case_detail(people.sho, ref).register_no == ref
    events = {e.action for e in svc.audit_log.events(people.sho)}
    assert {"destruction.request", "destruction.refuse"} <= events


# -- what is left ----------------------------------------------------------------------------


def test_a_destroyed_case_leaves_no_row_and_a_trail_that_still_verifies(
    svc: Services, people: People, db: Database
) -> None:
    ref = _register(svc, people)
    other = child_case(
        person=child_person(names=("Kavita Jadhav",)), photos=(PhotoInput(data=portrait_jpeg()),)
    )
    kept = _register(svc, people, other)
    now = svc.clock.now()
    where = TraceInput(
        TraceType.TRACED_ON_FIR, now, HowTraced.POLICE_TEAM, "Sion", Locality.OTHER_PS_CITY
    )
    svc.cases.record_trace(people.io, ref, where)
    portal = PortalUpdateInput(Portal.TRACKCHILD, now, "TC123456")
    svc.cases.record_closure_steps(people.io, ref, ClosureInput(portals_updated=(portal,)))
    with db.read() as s:
        case_uuid = s.scalar(select(Case.uuid).where(Case.register_no == ref))
    kept_before = svc.cases.case_detail(people.sho, kept)
    before = _table_counts(db)

    done = _destroy(svc, people, ref)

    # Only the destroyed case's rows went (its key with them); the other case is whole.
    after = _table_counts(db)
    shrunk = {t for t in before if after[t] < before[t]}
    assert shrunk == {
        "mp_case", "person", "person_name", "name_key", "id_document", "address", "contact",
        "identification_mark", "clothing_item", "photo", "complainant", "fir_section",
        "suspect", "case_status_change", "risk_assessment", "action_entry", "notice",
        "trace_record", "portal_update", "subject_key",
        "match_due",  # its possible matches were due: nothing left to work out
    }  # fmt: skip
    assert {t for t in before if after[t] > before[t]} == {"audit_event"}
    assert done.rows_deleted == sum(before[t] - after[t] for t in shrunk)
    assert svc.cases.case_detail(people.sho, kept) == kept_before
    assert done.unsealed_events == 0
    with db.read() as s:
        assert s.get(SubjectKey, case_uuid) is None
        old = s.scalars(
            select(AuditEvent).where(
                AuditEvent.entity_uuid == case_uuid, AuditEvent.action == "case.create"
            )
        ).one()
        assert audit.read_details(s, old) is None
    # The chain is intact, and the trail still shows the case existed and how it ended.
    assert svc.audit_log.verify(people.admin).ok
    trail = svc.audit_log.events(people.sho, AuditFilter(entity_ref=ref))
    actions = [e.action for e in trail]
    assert {"case.create", "case.action", "destruction.request", "case.destroyed"} <= set(actions)
    create = next(e for e in trail if e.action == "case.create")
    assert create.details == {
        "destroyed": "destroyed under order CMM/DO/118/2026 of 2026-11-18 "
        "(Chief Metropolitan Magistrate, Esplanade, Mumbai)"
    }
    destroyed = next(e for e in trail if e.action == "case.destroyed")
    assert destroyed.details == {
        "order": {
            "reference": "CMM/DO/118/2026",
            "date": "2026-11-18",
            "authority": "Chief Metropolitan Magistrate, Esplanade, Mumbai",
        },
        "requested_by": "pi.shinde",
        "approved_by": "admin.it",
        "request": done.request.uuid,
    }
    assert "Priya" not in repr([e.details for e in trail])
    # The action log's guard is back: nobody else's entries can be removed.
    with db.engine.connect() as conn:
        with pytest.raises(DBAPIError, match="append-only"):
            with conn.begin():
                conn.execute(text("DELETE FROM action_entry"))
    if db.is_sqlite:
        assert done.storage.vacuumed and done.storage.wal_emptied
        assert done.storage.remaining is None
    else:
        assert "VACUUM FULL" in (done.storage.remaining or "")


def test_case_details_are_sealed_in_the_trail_and_other_events_stay_plain(
    svc: Services, people: People, db: Database
) -> None:
    ref = _register(svc, people)
    with db.read() as s:
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        create = next(e for e in events if e.action == "case.create")
        assert create.details.startswith("enc1:")
        assert audit.read_details(s, create)["after"]["person"]["names"][0] == "Priya Santosh Patil"
        logon = next(e for e in events if e.action == "logon")
        assert not logon.details.startswith("enc1:") and audit.read_details(s, logon)
        raw = " ".join(e.details for e in events)
    assert not [t for t in TRACES if t.decode() in raw]
    # A second desk's stale edit still lists what changed, read from the sealed details.
    version = svc.cases.case_detail(people.io, ref).version
    svc.cases.update_case(
        people.io, ref, child_case(person=child_person(aliases=("Pinky", "Pinu"))), version
    )
    with pytest.raises(StaleEdit) as stale:
        svc.cases.update_case(people.io, ref, child_case(), version)
    assert "person.aliases" in [c.field for c in stale.value.changes]


def test_a_found_person_is_destroyed_and_a_case_linked_to_one_waits_for_it(
    svc: Services, people: People, db: Database
) -> None:
    found = svc.found.add_found(people.writer, found_input()).value
    ref = _register(svc, people)
    req = svc.destruction.request(people.sho, DestructionSubject.CASE, ref, ORDER)
    svc.found.link(people.io, found.ref_no, case_ref=ref, reason="identified by the family")
    # Destroying the case would leave the found record pointing at nothing (and naming the
    # same child): the found record goes first, whether the link came before or after asking.
    with pytest.raises(RuleViolation, match=found.ref_no):
        svc.destruction.approve(people.admin, req.uuid)
    with pytest.raises(RuleViolation, match=found.ref_no):
        svc.destruction.request(people.sho, DestructionSubject.CASE, ref, ORDER)
    persons = _count(db, Person)
    gone = _destroy(svc, people, found.ref_no, DestructionSubject.FOUND_PERSON)
    assert gone.request.subject is DestructionSubject.FOUND_PERSON
    assert _count(db, FoundPerson) == 0 and _count(db, Person) == persons - 1
    with pytest.raises(NotFound):
        svc.found.found_detail(people.sho, found.ref_no)
    actions = {e.action for e in svc.audit_log.events(people.sho)}
    assert "found.destroyed" in actions
    svc.destruction.approve(people.admin, req.uuid)
    assert _count(db, Case) == 0 and _count(db, Person) == 0
    assert svc.audit_log.verify(people.sho).ok


def test_on_postgresql_the_desks_login_role_cannot_destroy(
    svc: Services, people: People, db: Database
) -> None:
    """The desks' role may not remove action-log entries; the owner's account carries it out."""
    if db.is_sqlite:
        pytest.skip("PostgreSQL only")
    from sqlalchemy import create_engine, inspect

    from models.db import Target, postgres_app_grants

    ref = _register(svc, people)
    role = f"talash_app_{uuid.uuid4().hex[:8]}"
    with db.engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        for statement in postgres_app_grants(role, inspect(conn).get_table_names()):
            conn.exec_driver_sql(statement)
    app = create_engine(db.engine.url.set(username=role))
    try:
        app_svc = Services.build(Database(Target(app.url, None), app), svc.clock)
        req = app_svc.destruction.request(people.sho, DestructionSubject.CASE, ref, ORDER)
        with pytest.raises(PermissionDenied, match="database owner"):
            app_svc.destruction.approve(people.admin, req.uuid)
        assert app_svc.cases.case_detail(people.sho, ref).register_no == ref
        assert svc.destruction.approve(people.admin, req.uuid).rows_deleted > 0
    finally:
        app.dispose()
        with db.engine.begin() as conn:
            conn.exec_driver_sql(f"DROP OWNED BY {role}")
            conn.exec_driver_sql(f"DROP ROLE {role}")


# -- the bytes on disk (SQLite) ---------------------------------------------------------------


def test_after_destruction_the_file_and_its_log_hold_no_byte_of_the_person(
    sqlite_svc: Services, sqlite_people: People
) -> None:
    svc, people = sqlite_svc, sqlite_people
    path = db_path(svc.db)
    ref = _register(svc, people)
    # An edit leaves the old text in the pages' free space, which only a rebuild removes.
    edited = child_case(person=child_person(aliases=("Pinky", "Priya P.")))
    version = svc.cases.case_detail(people.io, ref).version
    svc.cases.update_case(people.io, ref, edited, version)
    backup = svc.backups.backup(people.admin).path
    with svc.db.read() as s:
        jpeg = s.scalars(select(Photo.jpeg)).one()
    photo = jpeg[len(jpeg) // 2 : len(jpeg) // 2 + 64]
    raw = _file_bytes(path)
    assert set(_traces_in(raw)) == set(TRACES) and photo in raw  # the check can fail

    done = _destroy(svc, people, ref)

    raw = _file_bytes(path)
    assert _traces_in(raw) == [] and photo not in raw
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert done.storage.secure_delete and done.storage.vacuumed and done.storage.wal_emptied
    # The copy made before is named for separate destruction: it still holds the child.
    assert backup in done.backups_to_destroy
    assert _traces_in(backup.read_bytes())
    assert svc.audit_log.verify(people.sho).ok


@contextmanager
def _plain_delete_connection(db: Database) -> Iterator[Connection]:
    """A connection with secure_delete off, as SQLite is built on Windows and by SQLCipher
    (Debian's build has it on by default, which would hide the difference)."""
    with db.engine.connect() as conn:
        driver = _driver(conn)
        previous = driver.execute("PRAGMA secure_delete").fetchone()[0]
        driver.execute("PRAGMA secure_delete = OFF")
        try:
            yield conn
        finally:
            driver.execute(f"PRAGMA secure_delete = {int(previous)}")


@pytest.mark.parametrize("secure", [True, False], ids=["secure_delete", "plain_delete"])
def test_secure_delete_overwrites_the_rows_before_any_vacuum(
    sqlite_svc: Services, sqlite_people: People, secure: bool
) -> None:
    """The deletion itself zeroes the content (and the checkpoint carries the zeros into the
    file); a plain delete leaves it readable in the free space until a VACUUM."""
    svc, people = sqlite_svc, sqlite_people
    db, path = svc.db, db_path(svc.db)
    ref = _register(svc, people)
    opened = _erasing_connection(db) if secure else _plain_delete_connection(db)
    with opened as conn:
        with _transaction(db, conn) as s:
            station_id = s.scalar(select(Case.station_id).where(Case.register_no == ref))
            assert station_id is not None
            _erase_case(s, find_case(s, ref, station_id))
        assert _checkpoint(_driver(conn))
    left = _traces_in(_file_bytes(path))
    if secure:
        assert left == []
    else:
        assert b"Priya" in left


def test_secure_delete_is_put_back_as_it_was_on_the_pooled_connection(
    sqlite_svc: Services,
) -> None:
    """Only the destruction pays for overwriting; the connection goes back to the pool as the
    library's build had it."""
    default = sqlite3.connect(":memory:").execute("PRAGMA secure_delete").fetchone()[0]
    with _erasing_connection(sqlite_svc.db) as conn:
        driver = _driver(conn)
        assert driver.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert driver.execute("PRAGMA secure_delete").fetchone()[0] == default


def test_scrub_compacts_again_and_needs_an_administrator_or_the_head(
    sqlite_svc: Services, sqlite_people: People
) -> None:
    svc, people = sqlite_svc, sqlite_people
    with pytest.raises(PermissionDenied):
        svc.destruction.scrub(people.writer)
    for someone in (people.admin, people.sho):
        storage = svc.destruction.scrub(someone)
        assert storage.vacuumed and storage.wal_emptied and storage.remaining is None
    assert "register.scrub" in {e.action for e in svc.audit_log.events(people.sho)}


# -- the command line -------------------------------------------------------------------------


def test_talash_destroy_at_the_command_line(
    sqlite_db: Database,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    svc = Services.build(sqlite_db, clock)
    ref = _register(svc, actors_of(sqlite_db))
    data = tmp_path / "data"
    data.mkdir()
    path = data / "talash.sqlite"
    sqlite_db.dispose()
    shutil.copyfile(db_path(sqlite_db), path)
    monkeypatch.setenv("TALASH_DATA_DIR", str(data))
    monkeypatch.setenv("TALASH_PASSWORD", TEST_PASSWORD)
    monkeypatch.delenv("TALASH_DB", raising=False)
    order = ["--order", "CMM/DO/118/2026", "--order-date", "18-11-2026"]
    order += ["--authority", "Chief Metropolitan Magistrate, Esplanade"]

    assert run(["--as", "hc.pawar", "destroy", "case", ref, *order]) == 1  # a writer may not ask
    bad_date = [*order[:3], "31-02-2026", *order[4:]]
    assert run(["--as", "pi.shinde", "destroy", "case", ref, *bad_date]) == 1
    assert "order-date" in capsys.readouterr().err
    capsys.readouterr()
    assert run(["--as", "pi.shinde", "destroy", "case", ref, *order]) == 0
    found = re.search(r"Request ([0-9a-f-]{36})", capsys.readouterr().out)
    assert found is not None
    request = found.group(1)
    assert run(["--as", "pi.shinde", "destroy", "approve", request]) == 1  # not the asker
    assert run(["--as", "admin.it", "destroy", "requests"]) == 0
    assert f"{request}  pending" in capsys.readouterr().out
    assert run(["--as", "admin.it", "destroy", "approve", request]) == 0
    out = capsys.readouterr().out
    assert f"{ref} destroyed under order CMM/DO/118/2026" in out
    assert "compacted" in out
    assert _traces_in(_file_bytes(path)) == []
    assert run(["--as", "pi.shinde", "audit", "verify"]) == 0


def test_an_encrypted_register_is_scrubbed_the_same_way(
    sqlite_db: Database, sqlite_people: People, clock: FixedClock
) -> None:
    """The same path through SQLCipher's driver: the pragmas, the compaction, the key's rows."""
    ref = _register(Services.build(sqlite_db, clock), sqlite_people)
    outcome = encrypt_register(sqlite_db, sqlite_people.sho, "Dharavi-Key-Phrase-2026", clock)
    db = open_database(sqlite_db.target, key=outcome.key.key)
    try:
        svc = Services.build(db, clock)
        with db.engine.connect() as conn:
            secure_before = _driver(conn).execute("PRAGMA secure_delete").fetchone()[0]
        done = _destroy(svc, sqlite_people, ref)
        assert done.storage.secure_delete and done.storage.vacuumed and done.storage.wal_emptied
        with pytest.raises(NotFound):
            svc.cases.case_detail(sqlite_people.sho, ref)
        assert svc.audit_log.verify(sqlite_people.sho).ok
        with db.engine.connect() as conn:
            assert _driver(conn).execute("PRAGMA secure_delete").fetchone()[0] == secure_before
    finally:
        db.dispose()


def test_downgrading_below_the_keys_is_refused_while_keys_exist(
    sqlite_svc: Services, sqlite_people: People
) -> None:
    """Dropping subject_key would shred every case's audit details at once."""
    from alembic import command

    from models.migrate import _sqlite_pragma, alembic_config

    db = sqlite_svc.db
    _register(sqlite_svc, sqlite_people)
    cfg = alembic_config()
    # As models.migrate runs revisions: foreign keys off, since batch steps rebuild tables that
    # others point at (with them on, dropping the old copy would cascade).
    with db.engine.connect() as conn:
        _sqlite_pragma(conn, "PRAGMA foreign_keys = OFF")
        with conn.begin():
            cfg.attributes["connection"] = conn
            with pytest.raises(RuntimeError, match="unreadable"):
                command.downgrade(cfg, "0003_returns_hq")
        _sqlite_pragma(conn, "PRAGMA foreign_keys = ON")
    assert _count(db, SubjectKey) == 1
