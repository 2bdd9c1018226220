"""Keys that seal the audit details of each case and found person.

Revision ID: 0004_subject_keys
Revises: 0003_returns_hq
Create Date: 2026-11-28

Audit events about a case or a found person keep their details (before and after values: names,
addresses, phone numbers) encrypted under a key of that record's own. A destruction order deletes
the record and its key, so the details in the append-only, hash-chained trail can no longer be
read while the chain still verifies. Events recorded before this revision stay as they were
written (plain): rewriting them would break the chain.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_subject_keys"
down_revision: str | None = "0003_returns_hq"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "subject_key",
        sa.Column("subject_uuid", sa.String(length=36), nullable=False),
        sa.Column("key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("subject_uuid", name=op.f("pk_subject_key")),
    )


def downgrade() -> None:
    # Dropping the keys would make every sealed audit detail unreadable, as if every case had
    # been destroyed: refuse while any exist.
    keys = op.get_bind().execute(sa.text("SELECT count(*) FROM subject_key")).scalar()
    if keys:
        raise RuntimeError(
            f"subject_key holds {keys} keys of sealed audit details; downgrading would make "
            "those details unreadable for good. Restore a backup made before revision 0004."
        )
    op.drop_table("subject_key")
