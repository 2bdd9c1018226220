"""Found persons of the kind unidentified dead body (inquest / UD number).

Revision ID: 0007_unidentified_bodies
Revises: 0006_match_decisions
Create Date: 2026-12-04

Every existing found person is a living person (kind ``person``). A body has no "activity when
found", so that column may now be empty. The ``body_*`` columns hold the inquest, the post-mortem
and the disposal of the body.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_unidentified_bodies"
down_revision: str | None = "0006_match_decisions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BODY_COLUMNS = (
    ("body_inquest_no", sa.String(length=100)),
    ("body_inquest_station", sa.String(length=200)),
    ("body_inquest_date", sa.Date()),
    ("body_postmortem_ref", sa.String(length=100)),
    ("body_postmortem_hospital", sa.String(length=200)),
    ("body_time_since_death", sa.String(length=200)),
    ("body_recorded_cause", sa.Text()),
    ("body_kept_at", sa.String(length=200)),
    ("body_disposal", sa.String(length=16)),
    ("body_disposed_on", sa.Date()),
    ("body_disposal_place", sa.String(length=200)),
)


def upgrade() -> None:
    with op.batch_alter_table("found_person") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(length=16), server_default="person", nullable=False)
        )
        for name, type_ in BODY_COLUMNS:
            batch.add_column(sa.Column(name, type_, nullable=True))
        batch.alter_column(
            "activity", existing_type=sa.String(length=24), existing_nullable=False, nullable=True
        )


def downgrade() -> None:
    bodies = op.get_bind().scalar(
        sa.text("SELECT count(*) FROM found_person WHERE kind = 'dead_body'")
    )
    if bodies:
        # Dropping the kind would turn each body into a living person in care.
        raise RuntimeError(
            f"{bodies} unidentified dead bodies are recorded; this register cannot go back to a "
            "version that has no such records."
        )
    with op.batch_alter_table("found_person") as batch:
        batch.alter_column(
            "activity", existing_type=sa.String(length=24), existing_nullable=True, nullable=False
        )
        for name, _ in reversed(BODY_COLUMNS):
            batch.drop_column(name)
        batch.drop_column("kind")
