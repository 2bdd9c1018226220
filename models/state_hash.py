"""The hash of a record's state, carried by its audit events and checked by ``audit verify``.

The audit chain proves that no *event* was altered; these hashes extend that to the records the
events are about. Every event about a case, a found person or a user account carries the
SHA-256 of a canonical serialisation of that record as it stands after the change
(``audit_event.state_hash``). ``audit verify`` recomputes the hash of every live record and
compares it with the newest event that carries one: a record changed by anything but the program
(an ``sqlite3``/``psql`` UPDATE, a deleted last event with the chain head put back) no longer
fits.

Which columns count is fixed here, not taken from the ORM, so that a later schema revision that
adds a column does not make every stored hash stale; changing a list means a new ``STATE_FORMAT``
and a revision that records the new hashes (as revision 0011 recorded the first ones). The rows
are read as the database stores them (no ORM conversion), so the hash is the same whichever
program version reads it, and the same when read back from a backup of the file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Protocol

import sqlalchemy as sa

STATE_FORMAT = 1


class Executor(Protocol):
    """A Session or a Connection: the hashes are made by migrations too."""

    def execute(self, statement: Any, parameters: Any = None) -> Any: ...


@dataclass(frozen=True)
class Kind:
    """One kind of record whose state is hashed."""

    entity_type: str  # as in audit_event.entity_type
    table: str
    ref_column: str  # what names the record to a person (register number, username)
    columns: tuple[str, ...]
    with_person: bool  # the missing or found person's identity and names count too


# What a record *is*: identity, status, who is responsible, the legal facts and the account's
# powers. Counters that change without an event of the record's own (failed logons, the lockout
# they cause, the row version) and links the database itself may clear (a repeat episode's
# link to a destroyed case) are left out.
CASE = Kind(
    "case",
    "mp_case",
    "register_no",
    (
        "uuid",
        "station_id",
        "year",
        "serial",
        "register_no",
        "status",
        "report_mode",
        "reported_at",
        "gd_entry_no",
        "received_by_id",
        "io_id",
        "fir_number",
        "fir_at",
        "is_child",
        "age_at_disappearance",
        "sex",
        "last_seen_at",
        "last_seen_place",
        "narrative",
        "suspected_reason",
        "confirmed_reason",
        "sexual_offence",
        "publication_order_ref",
        "transferred_to",
        "void_reason",
        "created_at",
        "created_by_id",
    ),
    True,
)
FOUND = Kind(
    "found_person",
    "found_person",
    "ref_no",
    (
        "uuid",
        "station_id",
        "year",
        "serial",
        "ref_no",
        "status",
        "kind",
        "is_child",
        "sex",
        "found_at",
        "found_place",
        "cwc_produced_at",
        "cwc_order",
        "linked_case_id",
        "linked_external_ref",
        "created_at",
        "created_by_id",
    ),
    True,
)
USER = Kind(
    "user",
    "app_user",
    "username",
    (
        "uuid",
        "station_id",
        "username",
        "full_name",
        "rank",
        "buckle_no",
        "role",
        "active",
        "password_hash",
        "password_changed_at",
        "created_at",
        "created_by_id",
        "password_set_by_id",
    ),
    False,
)
KINDS: dict[str, Kind] = {k.entity_type: k for k in (CASE, FOUND, USER)}
PERSON_COLUMNS = ("sex", "date_of_birth", "age_min", "age_max", "relative_name")


def _value(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)  # SQLite stores 0/1; the same record hashes alike on either database
    if isinstance(value, bytes):
        return value.hex()
    return value


def _digest(kind: Kind, row: dict[str, Any], person: dict[str, Any] | None) -> str:
    body = {
        "format": STATE_FORMAT,
        "type": kind.entity_type,
        "row": {c: _value(row[c]) for c in kind.columns},
    }
    if kind.with_person:
        body["person"] = person
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _persons(conn: Executor, person_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """The identity and the names (in order) of these persons."""
    if not person_ids:
        return {}
    person = sa.table("person", sa.column("id"), *(sa.column(c) for c in PERSON_COLUMNS))
    out: dict[int, dict[str, Any]] = {}
    for r in conn.execute(sa.select(person).where(person.c.id.in_(person_ids))).mappings():
        out[r["id"]] = {c: _value(r[c]) for c in PERSON_COLUMNS} | {"names": []}
    names = sa.table(
        "person_name",
        sa.column("person_id"),
        sa.column("position"),
        sa.column("kind"),
        sa.column("text"),
    )
    rows = conn.execute(
        sa.select(names.c.person_id, names.c.kind, names.c.text)
        .where(names.c.person_id.in_(person_ids))
        .order_by(names.c.person_id, names.c.position, names.c.kind, names.c.text)
    )
    for pid, name_kind, text in rows:
        if pid in out:
            out[pid]["names"].append([name_kind, text])
    return out


def _table(kind: Kind) -> sa.TableClause:
    cols = {"id", kind.ref_column, *kind.columns} | ({"person_id"} if kind.with_person else set())
    return sa.table(kind.table, *(sa.column(c) for c in sorted(cols)))


def _hashes(conn: Executor, kind: Kind, rows: list[dict[str, Any]]) -> list[str]:
    persons = (
        _persons(conn, [r["person_id"] for r in rows if r["person_id"] is not None])
        if kind.with_person
        else {}
    )
    return [_digest(kind, r, persons.get(r.get("person_id", -1))) for r in rows]


def state_of(conn: Executor, entity_type: str, uuid: str) -> str | None:
    """The hash of one record as it stands now; None for a kind that is not hashed, or a record
    that no longer exists."""
    kind = KINDS.get(entity_type)
    if kind is None:
        return None
    t = _table(kind)
    rows = [dict(r) for r in conn.execute(sa.select(t).where(t.c.uuid == uuid)).mappings()]
    if not rows:
        return None
    return _hashes(conn, kind, rows)[0]


@dataclass(frozen=True)
class LiveState:
    """A live record, its hash now, and the newest event that carries a hash of it."""

    uuid: str
    ref: str
    state_hash: str
    event_id: int | None
    event_hash: str | None


def live_states(conn: Executor, kind: Kind, batch: int = 2000) -> Iterator[LiveState]:
    """Every live record of ``kind`` with its newest state-carrying event, a batch at a time (a
    register of a million cases is never held in memory at once)."""
    t = _table(kind)
    ev = sa.table(
        "audit_event",
        sa.column("id"),
        sa.column("entity_type"),
        sa.column("entity_uuid"),
        sa.column("state_hash"),
    )
    newest = (
        sa.select(sa.func.max(ev.c.id))
        .where(
            ev.c.entity_uuid == t.c.uuid,
            ev.c.entity_type == kind.entity_type,
            ev.c.state_hash.is_not(None),
        )
        .scalar_subquery()
        .label("last_event")
    )
    last = 0
    while True:
        rows = [
            dict(r)
            for r in conn.execute(
                sa.select(t, newest).where(t.c.id > last).order_by(t.c.id).limit(batch)
            ).mappings()
        ]
        if not rows:
            return
        last = rows[-1]["id"]
        ids = [r["last_event"] for r in rows if r["last_event"] is not None]
        stored = (
            dict(conn.execute(sa.select(ev.c.id, ev.c.state_hash).where(ev.c.id.in_(ids))).all())
            if ids
            else {}
        )
        for row, digest in zip(rows, _hashes(conn, kind, rows), strict=True):
            event_id = row["last_event"]
            yield LiveState(
                row["uuid"],
                str(row[kind.ref_column]),
                digest,
                event_id,
                stored.get(event_id) if event_id is not None else None,
            )


def vanished(conn: Executor, kind: Kind, destroyed_actions: frozenset[str]) -> list[str]:
    """References of records whose events carry state hashes but whose row is gone, without an
    event that destroyed them under an order."""
    t = sa.table(kind.table, sa.column("uuid"))
    ev = sa.table(
        "audit_event",
        sa.column("entity_type"),
        sa.column("entity_uuid"),
        sa.column("entity_ref"),
        sa.column("state_hash"),
        sa.column("action"),
    )
    destroyed = sa.select(ev.c.entity_uuid).where(
        ev.c.action.in_(destroyed_actions), ev.c.entity_uuid.is_not(None)
    )
    rows = conn.execute(
        sa.select(ev.c.entity_uuid, sa.func.max(ev.c.entity_ref))
        .where(
            ev.c.entity_type == kind.entity_type,
            ev.c.state_hash.is_not(None),
            ev.c.entity_uuid.not_in(sa.select(t.c.uuid)),
            ev.c.entity_uuid.not_in(destroyed),
        )
        .group_by(ev.c.entity_uuid)
        .order_by(sa.func.max(ev.c.entity_ref))
    ).all()
    return [str(ref or uuid) for uuid, ref in rows]
