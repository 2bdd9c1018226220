"""The audit trail: who did what, when, from which desk, with what outcome.

Each event is chained to the one before: ``hash = SHA-256(prev_hash ‖ canonical JSON of the
event)``. Editing any stored event breaks the chain at that event, and ``verify_chain`` names it.
Appends lock the single ``audit_head`` row, so two desks on PostgreSQL cannot fork the chain.

Events about a case, a found person or a user account also carry the hash of that record's state
after the change (models/state_hash.py), and ``verify_state`` compares every live record with
its newest such event. A change the program makes to such a record without an event of the
record's own (a password re-hashed at logon, rows written in bulk) gets a ``….state`` event when
its transaction commits, so the hashes never fall behind the records.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import event as sa_event
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import state_hash
from models.actor import Actor
from models.entities import (
    AppUser,
    AuditEvent,
    AuditHead,
    Case,
    FoundPerson,
    Person,
    PersonName,
    SubjectKey,
)
from models.messages import msg

GENESIS_HASH = "0" * 64

# Records whose audit details are sealed under their own key, and the marker of sealed details.
SEALED_SUBJECTS = frozenset({"case", "found_person"})
SEALED_PREFIX = "enc1:"
_NONCE_BYTES = 12
# Details that say how an act was done, not who it was about, stay readable after a destruction.
_PLAIN_KEYS = frozenset({"break_glass"})
# The events that record a destruction; their details are never sealed.
DESTROYED_ACTIONS = frozenset({"case.destroyed", "found.destroyed"})


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _payload(event: AuditEvent) -> dict[str, Any]:
    payload = {
        "id": event.id,
        "at": event.at.isoformat(),
        "user_id": event.user_id,
        "username": event.username,
        "desk": event.desk,
        "action": event.action,
        "outcome": event.outcome,
        "station_id": event.station_id,
        "entity_type": event.entity_type,
        "entity_uuid": event.entity_uuid,
        "entity_ref": event.entity_ref,
        "details": event.details,
    }
    # Events written before state hashes existed keep the payload (and hash) they were made with.
    if event.state_hash is not None:
        payload["state_hash"] = event.state_hash
    return payload


def link_hash(prev_hash: str, event: AuditEvent) -> str:
    data = prev_hash.encode("ascii") + canonical_json(_payload(event)).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Subject:
    """The record an event is about."""

    entity_type: str
    uuid: str | None = None
    ref: str | None = None


def record(
    session: Session,
    *,
    at: datetime,
    actor: Actor | None,
    action: str,
    outcome: str = "ok",
    subject: Subject | None = None,
    details: Mapping[str, Any] | None = None,
    username: str | None = None,
    desk: str | None = None,
    station_id: int | None = None,
    seal: bool = True,
) -> AuditEvent:
    """Append one event inside the caller's transaction (it commits or rolls back with it).

    Details about a case or a found person are sealed under its key unless ``seal`` is False
    (only for the event that records the record's destruction, which must stay readable).
    """
    head = session.execute(
        select(AuditHead).where(AuditHead.id == 1).with_for_update()
    ).scalar_one()
    event_id = head.last_id + 1
    state = None
    if subject is not None and subject.uuid is not None and subject.entity_type in state_hash.KINDS:
        session.flush()  # the state after the change, with this transaction's edits in it
        state = state_hash.state_of(session, subject.entity_type, subject.uuid)
        stated: dict[str, int] = session.info.setdefault(_STATED, {})
        stated[subject.uuid] = session.info.get(_GENERATION, 0)
    plain = _details(actor, details)
    stored = canonical_json(plain)
    if (
        seal
        and subject is not None
        and subject.entity_type in SEALED_SUBJECTS
        and subject.uuid is not None
        and set(plain) - _PLAIN_KEYS
    ):
        key = _subject_key(session, subject.uuid, at)
        stored = _seal(key, event_id, subject.uuid, stored)
    event = AuditEvent(
        id=event_id,
        at=at,
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else (username or "-"),
        desk=actor.desk if actor else (desk or "-"),
        action=action,
        outcome=outcome,
        station_id=actor.station_id if actor else station_id,
        entity_type=subject.entity_type if subject else None,
        entity_uuid=subject.uuid if subject else None,
        entity_ref=subject.ref if subject else None,
        details=stored,
        prev_hash=head.last_hash,
        state_hash=state,
    )
    # Hash the value as the database will return it (UTC, microseconds kept).
    event.hash = link_hash(head.last_hash, event)
    session.add(event)
    head.last_id = event.id
    head.last_hash = event.hash
    session.flush()
    session.info[_LAST_EVENT] = (at, actor)
    return event


def _details(actor: Actor | None, details: Mapping[str, Any] | None) -> dict[str, Any]:
    out = dict(details or {})
    if actor is not None and actor.break_glass:
        out["break_glass"] = True  # every act under a break-glass grant is marked as such
    return out


def _subject_key(session: Session, subject_uuid: str, at: datetime) -> bytes:
    """The record's key, made on first use (appends are serialised by the head lock)."""
    row = session.get(SubjectKey, subject_uuid)
    if row is None:
        row = SubjectKey(
            subject_uuid=subject_uuid, key=AESGCM.generate_key(bit_length=256), created_at=at
        )
        session.add(row)
        session.flush()
    return row.key


def _aad(event_id: int, subject_uuid: str) -> bytes:
    # Binds the sealed text to its event and record: it cannot be moved to another row.
    return f"talash-audit/{event_id}/{subject_uuid}".encode("ascii")


def _seal(key: bytes, event_id: int, subject_uuid: str, text: str) -> str:
    nonce = os.urandom(_NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, text.encode("utf-8"), _aad(event_id, subject_uuid))
    return SEALED_PREFIX + base64.b64encode(nonce + sealed).decode("ascii")


def is_sealed(event: AuditEvent) -> bool:
    return event.details.startswith(SEALED_PREFIX)


def holds_plain_details(event: AuditEvent) -> bool:
    """True for unsealed details that say more than how the act was done (events about a
    record written before details were sealed: they cannot be rewritten)."""
    if is_sealed(event) or event.action in DESTROYED_ACTIONS:
        return False
    return bool(set(json.loads(event.details)) - _PLAIN_KEYS)


def read_details(session: Session, event: AuditEvent) -> dict[str, Any] | None:
    """The event's details; None when they were sealed and the record's key was destroyed.

    Sealed details that do not open with their key (an altered row) read as
    ``{"unreadable": …}``; ``verify_chain`` names such a row.
    """
    if not is_sealed(event):
        value: dict[str, Any] = json.loads(event.details)
        return value
    if event.entity_uuid is None:
        return {"unreadable": "sealed details without a record"}
    row = session.get(SubjectKey, event.entity_uuid)
    if row is None:
        return None
    try:
        raw = base64.b64decode(event.details[len(SEALED_PREFIX) :], validate=True)
        text = AESGCM(row.key).decrypt(
            raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], _aad(event.id, event.entity_uuid)
        )
    except (InvalidTag, binascii.Error, ValueError):
        return {"unreadable": "the sealed details do not open with their key (altered?)"}
    opened: dict[str, Any] = json.loads(text)
    return opened


def destruction_note(session: Session, subject_uuid: str | None) -> str:
    """How a record whose key is gone was destroyed, from the event that recorded it."""
    event = None
    if subject_uuid is not None:
        event = session.scalar(
            select(AuditEvent)
            .where(
                AuditEvent.entity_uuid == subject_uuid,
                AuditEvent.action.in_(DESTROYED_ACTIONS),
            )
            .order_by(AuditEvent.id.desc())
            .limit(1)
        )
    if event is None:
        return msg("destroyed (the record's key is gone)")
    order = json.loads(event.details).get("order", {})
    return msg(
        "destroyed under order {reference} of {date} ({authority})",
        reference=order.get("reference", "?"),
        date=order.get("date", "?"),
        authority=order.get("authority", "?"),
    )


def details_for_reading(
    session: Session, event: AuditEvent, notes: dict[str, str] | None = None
) -> dict[str, Any]:
    """The details as a person reads them: a destroyed record's say how it was destroyed.

    ``notes`` caches the destruction notes across the events of one listing.
    """
    details = read_details(session, event)
    if details is not None:
        return details
    cache = notes if notes is not None else {}
    uuid = event.entity_uuid or ""
    if uuid not in cache:
        cache[uuid] = destruction_note(session, event.entity_uuid)
    return {"destroyed": cache[uuid]}


@dataclass(frozen=True)
class ChainReport:
    events_checked: int
    head_hash: str
    broken_at: int | None  # id of the first event whose link does not hold
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.broken_at is None and self.problem is None


def iter_events(session: Session, batch: int = 2000) -> Iterator[AuditEvent]:
    last = 0
    while True:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.id > last).order_by(AuditEvent.id).limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].id
        session.expunge_all()


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole chain; report the first event whose stored hash or link is wrong."""
    prev = GENESIS_HASH
    expected_id = 1
    count = 0
    for event in iter_events(session):
        if event.id != expected_id:
            return ChainReport(
                count, prev, event.id, msg("event {number} is missing", number=expected_id)
            )
        if event.prev_hash != prev or link_hash(prev, event) != event.hash:
            return ChainReport(
                count, prev, event.id, msg("event {number} was altered", number=event.id)
            )
        prev = event.hash
        expected_id += 1
        count += 1
    head = session.get(AuditHead, 1)
    if head is None or head.last_hash != prev or head.last_id != count:
        return ChainReport(count, prev, None, msg("the chain head does not match the last event"))
    return ChainReport(count, prev, None, None)


def chain_head(session: Session) -> tuple[int, str]:
    head = session.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one()
    return head.last_id, head.last_hash


# -- the state of the records the events are about -------------------------------------------

_LAST_EVENT = "talash_audit_last_event"  # (at, actor) of the transaction's newest event
# What this transaction changed, each with the number of the flush that last wrote it.
_TOUCHED = "talash_state_touched"  # (entity type, row id) -> flush
_TOUCHED_PERSONS = "talash_state_persons"  # person id whose identity or names changed -> flush
_GENERATION = "talash_state_flushes"  # flushes so far in this session
# uuid -> the flush its newest event's state was taken after: a record not written since
# needs no state event at commit (a save would otherwise hash the case a second time).
_STATED = "talash_state_stated"
_TRACKED: dict[type, str] = {
    Case: state_hash.CASE.entity_type,
    FoundPerson: state_hash.FOUND.entity_type,
    AppUser: state_hash.USER.entity_type,
}
_ENTITIES: dict[str, type[Case] | type[FoundPerson] | type[AppUser]] = {
    "case": Case,
    "found_person": FoundPerson,
    "user": AppUser,
}
_STATE_ACTIONS = {"case": "case.state", "found_person": "found.state", "user": "user.state"}


def _after_flush(session: Session, _context: Any) -> None:
    """Note the hashed records this flush wrote (new, changed or deleted)."""
    touched: dict[tuple[str, int], int] = session.info.setdefault(_TOUCHED, {})
    persons: dict[int, int] = session.info.setdefault(_TOUCHED_PERSONS, {})
    flush = session.info[_GENERATION] = session.info.get(_GENERATION, 0) + 1
    for obj in (*session.new, *session.dirty, *session.deleted):
        values = sa_inspect(obj).dict  # what is loaded: never a query inside a flush
        kind = _TRACKED.get(type(obj))
        if kind is not None and values.get("id") is not None:
            touched[(kind, values["id"])] = flush
        elif isinstance(obj, Person) and values.get("id") is not None:
            persons[values["id"]] = flush
        elif isinstance(obj, PersonName) and values.get("person_id") is not None:
            persons[values["person_id"]] = flush


def _before_commit(session: Session) -> None:
    """Give every hashed record this transaction changed without a later event of its own an
    event carrying its new state, so ``verify_state`` never mistakes the program for a
    tamperer."""
    # Commit calls this before its own flush: flush first, so that a change made after the
    # transaction's last flush is among the touched records.
    session.flush()
    touched: dict[tuple[str, int], int] = session.info.pop(_TOUCHED, {})
    persons: dict[int, int] = session.info.pop(_TOUCHED_PERSONS, {})
    stated: dict[str, int] = session.info.pop(_STATED, {})
    if not touched and not persons:
        return
    head = session.get(AuditHead, 1)
    if head is None or head.last_id == 0:
        return  # no chain to extend (a database being set up)
    written: dict[tuple[str, str, str], int] = {}  # subject -> the last flush that wrote it
    for (kind, row_id), flush in touched.items():
        entity = _ENTITIES[kind]
        found = session.execute(
            select(entity.uuid, _ref_column(entity)).where(entity.id == row_id)
        ).first()
        if found is not None:
            key = (kind, found[0], found[1])
            written[key] = max(flush, written.get(key, 0))
    if persons:
        for entity, kind in ((Case, "case"), (FoundPerson, "found_person")):
            for uuid, ref, person_id in session.execute(
                select(entity.uuid, _ref_column(entity), entity.person_id).where(
                    entity.person_id.in_(persons)
                )
            ):
                key = (kind, uuid, ref)
                written[key] = max(persons[person_id], written.get(key, 0))
    subjects = {key for key, flush in written.items() if stated.get(key[1], -1) < flush}
    last = session.info.get(_LAST_EVENT)
    if last is None:
        newest = session.get(AuditEvent, head.last_id)
        last = (newest.at if newest is not None else None, None)
    at, actor = last
    if at is None:
        return
    for kind, uuid, ref in sorted(subjects):
        now = state_hash.state_of(session, kind, uuid)
        if now is None or now == _newest_state(session, uuid):
            continue
        record(
            session,
            at=at,
            actor=actor,
            action=_STATE_ACTIONS[kind],
            subject=Subject(kind, uuid, ref),
            username="talash",
            desk="system",
            seal=False,
        )


def _ref_column(entity: type[Case] | type[FoundPerson] | type[AppUser]) -> Any:
    if entity is Case:
        return Case.register_no
    if entity is FoundPerson:
        return FoundPerson.ref_no
    return AppUser.username


def _newest_state(session: Session, uuid: str) -> str | None:
    return session.scalar(
        select(AuditEvent.state_hash)
        .where(AuditEvent.entity_uuid == uuid, AuditEvent.state_hash.is_not(None))
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )


sa_event.listen(Session, "after_flush", _after_flush)
sa_event.listen(Session, "before_commit", _before_commit)


_LABELS = {"case": msg("case"), "found_person": msg("found person"), "user": msg("user account")}


@dataclass(frozen=True)
class StateProblem:
    entity_type: str
    ref: str
    problem: str

    def describe(self) -> str:
        return msg(
            "{record} {ref}: {problem}",
            record=_LABELS[self.entity_type],
            ref=self.ref,
            problem=self.problem,
        )


@dataclass(frozen=True)
class StateReport:
    records_checked: int
    problems: tuple[StateProblem, ...]  # the first ``limit`` found
    more: int  # problems found beyond those listed

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_state(session: Session, limit: int = 100) -> StateReport:
    """Recompute the hash of every live case, found person and user account and compare it with
    the newest event that carries one; name the records that no longer fit, and those whose
    events remain while the record is gone without a destruction order."""
    problems: list[StateProblem] = []
    more = 0
    checked = 0

    def note(kind: str, ref: str, problem: str) -> None:
        nonlocal more
        if len(problems) < limit:
            problems.append(StateProblem(kind, ref, problem))
        else:
            more += 1

    for kind in state_hash.KINDS.values():
        for live in state_hash.live_states(session, kind):
            checked += 1
            if live.event_id is None:
                note(
                    kind.entity_type,
                    live.ref,
                    msg(
                        "no audit event records it: it was added outside Talash, or its events "
                        "were removed"
                    ),
                )
            elif live.event_hash != live.state_hash:
                note(
                    kind.entity_type,
                    live.ref,
                    msg(
                        "changed outside Talash: it does not match its last audit event ({event})",
                        event=live.event_id,
                    ),
                )
        for ref in state_hash.vanished(session, kind, DESTROYED_ACTIONS):
            note(
                kind.entity_type,
                ref,
                msg("removed outside Talash: its audit events remain and no order destroyed it"),
            )
    return StateReport(checked, tuple(problems), more)
