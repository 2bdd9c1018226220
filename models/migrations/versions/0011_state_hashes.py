"""Audit events carry the hash of the record's state after the change.

Revision ID: 0011_state_hashes
Revises: 0010_account_requests
Create Date: 2026-12-05

``audit_event.state_hash`` holds, for events about a case, a found person or a user account, the
SHA-256 of that record's state after the change (models/state_hash.py); the chained hash covers
it when present, so events written before this revision keep their hashes. Records that exist at
the upgrade get one ``….state`` event each (the baseline), dated as the newest event before it:
from then on ``talash audit verify`` can tell a record changed outside the program.

The register also gets its id and the Ed25519 key that signs its backups' manifests (``setting``
rows ``register_id`` and ``backup_signing_key``; models/backup_manifest.py).

A downgrade drops the column; the chain then no longer verifies from the first event that
carried a hash (downgrades are for development only).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0011_state_hashes"
down_revision: str | None = "0010_account_requests"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 1000


def upgrade() -> None:
    op.add_column("audit_event", sa.Column("state_hash", sa.String(length=64), nullable=True))
    conn = op.get_bind()
    _record_baseline(conn)
    _identity(conn)


def downgrade() -> None:
    op.execute("DELETE FROM setting WHERE key IN ('register_id', 'backup_signing_key')")
    op.drop_column("audit_event", "state_hash")


def _identity(conn: sa.Connection) -> None:
    from models.backup_manifest import new_identity_settings

    for key, value in new_identity_settings().items():
        conn.execute(
            sa.text("INSERT INTO setting (key, value) VALUES (:k, :v)"), {"k": key, "v": value}
        )


def _record_baseline(conn: sa.Connection) -> None:
    from models import state_hash
    from models.audit import canonical_json, link_hash
    from models.entities import AuditEvent

    head = conn.execute(sa.text("SELECT last_id, last_hash FROM audit_head WHERE id = 1")).first()
    if head is None or head[0] == 0:
        return  # a new register: its records get their hashes as they are made
    events = AuditEvent.__table__
    last_id, last_hash = int(head[0]), str(head[1])
    at = conn.execute(sa.select(events.c.at).where(events.c.id == last_id)).scalar_one()
    actions = {"case": "case.state", "found_person": "found.state", "user": "user.state"}
    pending: list[dict[str, Any]] = []

    def flush() -> None:
        if pending:
            conn.execute(events.insert(), pending)
            pending.clear()

    for kind in state_hash.KINDS.values():
        for live in state_hash.live_states(conn, kind):
            event = AuditEvent(
                id=last_id + 1,
                at=at,
                user_id=None,
                username="talash",
                desk="system",
                action=actions[kind.entity_type],
                outcome="ok",
                station_id=None,
                entity_type=kind.entity_type,
                entity_uuid=live.uuid,
                entity_ref=live.ref[:40],
                details=canonical_json({}),
                prev_hash=last_hash,
                state_hash=live.state_hash,
            )
            event.hash = link_hash(last_hash, event)
            pending.append({c.key: getattr(event, c.key) for c in events.columns})
            last_id, last_hash = event.id, event.hash
            if len(pending) >= _BATCH:
                flush()
    flush()
    conn.execute(
        sa.text("UPDATE audit_head SET last_id = :i, last_hash = :h WHERE id = 1"),
        {"i": last_id, "h": last_hash},
    )
