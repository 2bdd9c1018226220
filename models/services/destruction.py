"""Destroying a case or a found person under a court or retention order.

Records are normally never deleted: a case entered in error is voided and kept. A court order or
a retention/destruction order can still require that a record be destroyed. That is a
two-person action: the station head asks (with the order's reference, date and issuing
authority), and an administrator — never the same person — carries it out. Request and decision
are audit events (entity type ``destruction``), like the other two-person actions.

On approval, in one transaction: every row of the record is deleted (the case, its person and
the complainant's, names, documents, addresses, contacts, marks, clothing, photos, FIR
sections, suspects, risk assessments, trace, portal updates, notices, status history and the
append-only action log, whose guard is lifted for this one statement and put back inside the
same transaction), its audit-details key is deleted, and a ``case.destroyed`` (or
``found.destroyed``) event names only the number, the order and the two officers. The trail's
earlier details of the record were sealed under that key (models/audit.py), so they can no
longer be read, while the hash chain still verifies.

Deleted bytes must not survive in the file: on SQLite the transaction runs with
``secure_delete`` on (deleted content and freed pages are overwritten with zeros), then the WAL
is checkpointed and truncated and the file is rebuilt with ``VACUUM`` (which also drops older
copies left in free space by earlier edits). On PostgreSQL the server reuses the space in its
own time; ``VACUUM FULL`` by the database owner rewrites the tables now (docs/security.md).
Backups made before the destruction still hold the record: the outcome lists them, and the
station destroys them separately.
"""

from __future__ import annotations

import logging
import uuid as uuidlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, delete, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from models import audit
from models.actor import Actor
from models.clock import Clock
from models.db import Database, storage_error
from models.dto.destruction import (
    DestructionOrder,
    DestructionOutcome,
    DestructionRequest,
    DestructionStatus,
    DestructionSubject,
    StorageScrub,
)
from models.entities import (
    ActionEntry,
    Address,
    AuditEvent,
    Case,
    CaseStatusChange,
    ClothingItem,
    Complainant,
    Contact,
    FirSection,
    FoundPerson,
    IdDocument,
    IdentificationMark,
    MatchDue,
    MatchSuggestion,
    NameKey,
    Notice,
    Person,
    PersonName,
    Photo,
    PortalUpdate,
    RiskAssessment,
    SubjectKey,
    Suspect,
    TraceRecord,
)
from models.entities.person import unindex_persons
from models.errors import (
    NotFound,
    PermissionDenied,
    Problem,
    RuleViolation,
    ValidationFailed,
)
from models.messages import msg, said
from models.permissions import Capability, allowed, require
from models.services.accounts import required_reason
from models.services.approvals import independence_problem, request_event_id
from models.services.backups import backup_folder, list_backups
from models.services.case_store import find_case
from models.services.common import station_context
from models.services.found import find_found
from models.text import TextProblem, clean_text

log = logging.getLogger(__name__)

ENTITY = "destruction"
DESTROYED_ACTION = {
    DestructionSubject.CASE: "case.destroyed",
    DestructionSubject.FOUND_PERSON: "found.destroyed",
}
assert set(DESTROYED_ACTION.values()) == audit.DESTROYED_ACTIONS

_PERSON_PARTS: tuple[type[Any], ...] = (
    PersonName,
    NameKey,
    IdDocument,
    Address,
    Contact,
    IdentificationMark,
    ClothingItem,
    Photo,
)
_CASE_PARTS: tuple[type[Any], ...] = (
    Complainant,
    FirSection,
    Suspect,
    CaseStatusChange,
    RiskAssessment,
    TraceRecord,
    PortalUpdate,
    MatchDue,  # its possible matches waiting to be worked out, and those worked out
    MatchSuggestion,
)
_PG_INSUFFICIENT_PRIVILEGE = "42501"


# -- reading requests back from the trail ------------------------------------------------------


def _load(s: Session) -> dict[str, DestructionRequest]:
    rows = s.scalars(
        select(AuditEvent).where(AuditEvent.entity_type == ENTITY).order_by(AuditEvent.id)
    ).all()
    out: dict[str, DestructionRequest] = {}
    for ev in rows:
        key = ev.entity_uuid
        if key is None:
            continue
        details = audit.read_details(s, ev) or {}
        if ev.action == "destruction.request":
            order = details["order"]
            out[key] = DestructionRequest(
                uuid=key,
                subject=DestructionSubject(details["subject"]),
                subject_ref=details["subject_ref"],
                order=DestructionOrder(
                    order["reference"], date.fromisoformat(order["date"]), order["authority"]
                ),
                status=DestructionStatus.PENDING,
                requested_by=ev.username,
                requested_at=ev.at,
            )
        elif key in out and ev.action in {"destruction.approve", "destruction.refuse"}:
            out[key] = replace(
                out[key],
                status=DestructionStatus.DESTROYED
                if ev.action == "destruction.approve"
                else DestructionStatus.REFUSED,
                decided_by=ev.username,
                decided_at=ev.at,
                refusal_reason=details.get("reason"),
            )
    return out


def _subject_uuid(s: Session, request_uuid: str) -> str:
    ev = s.scalar(
        select(AuditEvent).where(
            AuditEvent.entity_type == ENTITY,
            AuditEvent.entity_uuid == request_uuid,
            AuditEvent.action == "destruction.request",
        )
    )
    details = audit.read_details(s, ev) if ev is not None else None
    assert details is not None
    value: str = details["subject_uuid"]
    return value


def _order_json(order: DestructionOrder) -> dict[str, str]:
    return {
        "reference": order.reference,
        "date": order.date.isoformat(),
        "authority": order.authority,
    }


# -- deleting the rows --------------------------------------------------------------------------


def _delete(s: Session, entity: type[Any], where: ColumnElement[bool]) -> int:
    table: Table = entity.__table__
    result = s.execute(delete(table).where(where))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _erase_persons(s: Session, person_ids: list[int]) -> int:
    unindex_persons(s.connection(), person_ids)
    n = 0
    for part in _PERSON_PARTS:
        n += _delete(s, part, part.person_id.in_(person_ids))
    return n + _delete(s, Person, Person.id.in_(person_ids))


def _erase_action_log(s: Session, case_id: int) -> int:
    """Delete a case's action log, the one place its append-only guard is lifted.

    The guard is put back inside the same transaction, so no other statement ever runs
    without it, and a failure anywhere rolls both back.
    """
    where = ActionEntry.case_id == case_id
    if s.get_bind().dialect.name == "sqlite":
        guards = s.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name = 'action_entry' AND name = 'action_entry_no_delete'"
            )
        ).all()
        for name, _sql in guards:
            s.execute(text(f'DROP TRIGGER "{name}"'))
        n = _delete(s, ActionEntry, where)
        for _name, sql in guards:
            s.execute(text(sql))
        return n
    try:
        s.execute(text("ALTER TABLE action_entry DISABLE TRIGGER action_entry_append_only"))
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == _PG_INSUFFICIENT_PRIVILEGE:
            raise PermissionDenied(
                msg(
                    "On a PostgreSQL server a destruction is carried out through the "
                    "database owner's account: the desks' login role may not remove "
                    "action-log entries. Run the approval with --db naming the owner "
                    "(docs/security.md).",
                )
            ) from exc
        raise
    n = _delete(s, ActionEntry, where)
    s.execute(text("ALTER TABLE action_entry ENABLE TRIGGER action_entry_append_only"))
    return n


def _erase_case(s: Session, case: Case) -> int:
    person_ids = [case.person_id]
    if case.complainant is not None:
        person_ids.append(case.complainant.person_id)
    case_id = case.id
    s.expunge_all()  # rows are deleted below by statement; keep no stale objects
    n = _delete(s, Notice, Notice.case_id == case_id)
    n += _erase_action_log(s, case_id)
    for part in _CASE_PARTS:
        n += _delete(s, part, part.case_id == case_id)
    n += _delete(s, Case, Case.id == case_id)
    return n + _erase_persons(s, person_ids)


def _erase_found(s: Session, row: FoundPerson) -> int:
    person_id, row_id = row.person_id, row.id
    s.expunge_all()
    n = _delete(s, Notice, Notice.found_person_id == row_id)
    n += _delete(s, FoundPerson, FoundPerson.id == row_id)
    return n + _erase_persons(s, [person_id])


def _unsealed_events(s: Session, subject_uuid: str) -> int:
    """Events about the record written before details were sealed, still holding details."""
    events = s.scalars(select(AuditEvent).where(AuditEvent.entity_uuid == subject_uuid)).all()
    return sum(1 for e in events if audit.holds_plain_details(e))


# -- the storage ---------------------------------------------------------------------------------


def _driver(conn: Connection) -> Any:
    return conn.connection.driver_connection


@contextmanager
def _erasing_connection(db: Database) -> Iterator[Connection]:
    """A connection on which deleted content is overwritten (SQLite ``secure_delete``)."""
    with db.engine.connect() as conn:
        if not db.is_sqlite:
            yield conn
            return
        driver = _driver(conn)
        previous = int(driver.execute("PRAGMA secure_delete").fetchone()[0])
        driver.execute("PRAGMA secure_delete = ON")
        try:
            yield conn
        finally:
            driver.execute(f"PRAGMA secure_delete = {previous}")


@contextmanager
def _transaction(db: Database, conn: Connection) -> Iterator[Session]:
    """One writing transaction on ``conn`` (taking SQLite's write lock at BEGIN)."""
    if db.is_sqlite:
        conn = conn.execution_options(talash_begin="IMMEDIATE")
    session = Session(bind=conn, expire_on_commit=False, autoflush=True)
    try:
        with session.begin():
            yield session
    except DBAPIError as exc:
        raise storage_error(exc, db.describe()) from exc
    finally:
        session.close()


def _scrub(db: Database, conn: Connection) -> StorageScrub:
    """Empty the WAL and rebuild the file, so no deleted byte is left in it."""
    if not db.is_sqlite:
        return StorageScrub(
            backend="postgresql",
            secure_delete=False,
            wal_emptied=False,
            vacuumed=False,
            remaining=(
                "The server reuses the freed space in its own time. To rewrite the tables now, "
                "the database owner runs VACUUM FULL (docs/security.md); the server's WAL "
                "archive and base backups keep the old rows until they are destroyed."
            ),
        )
    driver = _driver(conn)
    wal_emptied = vacuumed = False
    problem = None
    try:
        wal_emptied = _checkpoint(driver)
        driver.execute("VACUUM")
        vacuumed = True
        wal_emptied = _checkpoint(driver)
    except Exception as exc:  # the driver's own error class (sqlite3 or sqlcipher3)
        log.warning("compacting the register after a destruction failed: %s", type(exc).__name__)
        problem = said(exc)
    remaining = None
    if not (wal_emptied and vacuumed):
        why = f" ({problem})" if problem else " (another program has the register open)"
        remaining = (
            "The record is destroyed, but the file could not be compacted yet"
            f"{why}. Close every other Talash window on this register and run "
            "'talash destroy scrub'."
        )
    return StorageScrub("sqlite", True, wal_emptied, vacuumed, remaining)


def _checkpoint(driver: Any) -> bool:
    busy, _log, _done = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return int(busy) == 0


# -- the service ---------------------------------------------------------------------------------


def _clean(field: str, value: str, max_length: int, problems: list[Problem]) -> str:
    try:
        out = clean_text(value or "", max_length=max_length)
    except TextProblem as exc:
        problems.append(Problem(field, said(exc)))
        return ""
    if not out:
        problems.append(Problem(field, msg("is required")))
    return out


class DestructionService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def request(
        self, actor: Actor, subject: DestructionSubject, ref: str, order: DestructionOrder
    ) -> DestructionRequest:
        """The station head asks for a case or a found person to be destroyed under ``order``.

        Nothing is deleted until an administrator approves.
        """
        require(actor, Capability.REQUEST_DESTRUCTION)
        now = self.clock.now()
        problems: list[Problem] = []
        order = DestructionOrder(
            reference=_clean("order.reference", order.reference, 100, problems),
            date=order.date,
            authority=_clean("order.authority", order.authority, 200, problems),
        )
        with self.db.write() as s:
            sc = station_context(s)
            if order.date > now.astimezone(sc.zone).date():
                problems.append(Problem("order.date", msg("cannot be in the future")))
            if problems:
                raise ValidationFailed(problems)
            if subject is DestructionSubject.CASE:
                case = find_case(s, ref, sc.station.id)
                subject_uuid, subject_ref = case.uuid, case.register_no
                _refuse_linked_found(s, case.id, subject_ref)
            else:
                found = find_found(s, ref, sc.station.id)
                subject_uuid, subject_ref = found.uuid, found.ref_no
            for other in _load(s).values():
                if other.subject_ref == subject_ref and other.status is DestructionStatus.PENDING:
                    raise RuleViolation(
                        msg(
                            "A destruction of {subject_ref} was already asked for (request "
                            "{uuid}); it waits for an administrator.",
                            subject_ref=subject_ref,
                            uuid=other.uuid,
                        )
                    )
            key = str(uuidlib.uuid4())
            audit.record(
                s,
                at=now,
                actor=actor,
                action="destruction.request",
                outcome="pending",
                subject=audit.Subject(ENTITY, key, subject_ref),
                details={
                    "subject": subject.value,
                    "subject_uuid": subject_uuid,
                    "subject_ref": subject_ref,
                    "order": _order_json(order),
                },
            )
            return _load(s)[key]

    def requests(self, actor: Actor) -> list[DestructionRequest]:
        """Every destruction request, newest first (station head and administrator)."""
        if not allowed(actor, Capability.APPROVE_DESTRUCTION):
            require(actor, Capability.REQUEST_DESTRUCTION)
        with self.db.read() as s:
            found = list(_load(s).values())
        return sorted(found, key=lambda r: r.requested_at, reverse=True)

    def refuse(self, actor: Actor, request_uuid: str, *, reason: str) -> DestructionRequest:
        """The administrator declines (e.g. the order does not name this record)."""
        require(actor, Capability.APPROVE_DESTRUCTION)
        why = required_reason(reason)
        with self.db.write() as s:
            req = self._pending(s, actor, request_uuid)
            audit.record(
                s,
                at=self.clock.now(),
                actor=actor,
                action="destruction.refuse",
                subject=audit.Subject(ENTITY, req.uuid, req.subject_ref),
                details={"reason": why},
            )
            return _load(s)[req.uuid]

    def approve(self, actor: Actor, request_uuid: str) -> DestructionOutcome:
        """The administrator carries out the destruction the station head asked for."""
        require(actor, Capability.APPROVE_DESTRUCTION)
        now = self.clock.now()
        with _erasing_connection(self.db) as conn:
            with _transaction(self.db, conn) as s:
                req = self._pending(s, actor, request_uuid)
                subject_uuid = _subject_uuid(s, req.uuid)
                sc = station_context(s)
                if req.subject is DestructionSubject.CASE:
                    case = find_case(s, subject_uuid, sc.station.id)
                    _refuse_linked_found(s, case.id, req.subject_ref)
                    rows = _erase_case(s, case)
                else:
                    rows = _erase_found(s, find_found(s, subject_uuid, sc.station.id))
                rows += _delete(s, SubjectKey, SubjectKey.subject_uuid == subject_uuid)
                unsealed = _unsealed_events(s, subject_uuid)
                audit.record(
                    s,
                    at=now,
                    actor=actor,
                    action="destruction.approve",
                    subject=audit.Subject(ENTITY, req.uuid, req.subject_ref),
                    details={"rows": rows},
                )
                audit.record(
                    s,
                    at=now,
                    actor=actor,
                    action=DESTROYED_ACTION[req.subject],
                    subject=audit.Subject(req.subject.value, subject_uuid, req.subject_ref),
                    details={
                        "order": _order_json(req.order),
                        "requested_by": req.requested_by,
                        "approved_by": actor.username,
                        "request": req.uuid,
                    },
                    seal=False,
                )
                done = _load(s)[req.uuid]
            storage = _scrub(self.db, conn)
        log.info("record destroyed under an order: request %s, %d rows", req.uuid, rows)
        return DestructionOutcome(
            request=done,
            rows_deleted=rows,
            unsealed_events=unsealed,
            storage=storage,
            backups_to_destroy=self._backups(),
        )

    def scrub(self, actor: Actor) -> StorageScrub:
        """Compact the register again (after a destruction whose compaction could not finish)."""
        if not allowed(actor, Capability.APPROVE_DESTRUCTION):
            require(actor, Capability.MANAGE_BACKUPS)
        with _erasing_connection(self.db) as conn:
            storage = _scrub(self.db, conn)
        with self.db.write() as s:
            audit.record(
                s,
                at=self.clock.now(),
                actor=actor,
                action="register.scrub",
                outcome="ok" if storage.remaining is None else "incomplete",
                details={"wal_emptied": storage.wal_emptied, "vacuumed": storage.vacuumed},
            )
        return storage

    def _pending(self, s: Session, actor: Actor, request_uuid: str) -> DestructionRequest:
        req = _load(s).get(request_uuid.strip())
        if req is None:
            raise NotFound(
                msg("There is no destruction request {request_uuid}.", request_uuid=request_uuid)
            )
        if req.status is not DestructionStatus.PENDING:
            raise RuleViolation(
                msg("The request was already decided ({value}).", value=req.status.value)
            )
        if req.requested_by == actor.username:
            raise RuleViolation(msg("A request must be decided by someone other than its author."))
        problem = independence_problem(
            s, actor, req.requested_by, request_event_id(s, req.uuid, "destruction.request")
        )
        if problem is not None:  # two accounts, possibly one person (models/services/approvals)
            raise RuleViolation(
                msg("This account cannot decide the request: {problem}.", problem=problem)
            )
        return req

    def _backups(self) -> tuple[Path, ...]:
        if not self.db.is_sqlite:
            return ()
        return tuple(b.path for b in list_backups(backup_folder(self.db.target)))


def _refuse_linked_found(s: Session, case_id: int, register_no: str) -> None:
    """A found person linked to the case is (usually) the same person: the order must cover
    that record too, and it is destroyed first."""
    linked = s.scalars(
        select(FoundPerson.ref_no).where(FoundPerson.linked_case_id == case_id)
    ).all()
    if linked:
        raise RuleViolation(
            msg(
                "Found person {items} is linked to case {register_no}. Destroy that "
                "record first (under the same order, if it names it), then the case.",
                items=", ".join(linked),
                register_no=register_no,
            )
        )
