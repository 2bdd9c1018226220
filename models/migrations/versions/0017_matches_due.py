"""Cases whose possible matches are due to be worked out again.

Revision ID: 0017_matches_due
Revises: 0016_return_indexes
Create Date: 2026-12-06

A save of a case no longer scores it against the found persons in care inside its own
transaction (most of a save in a large register): it records here that the case's possible
matches are due, and they are refreshed in a transaction of their own after the commit
(models/services/match_due.py, docs/decisions.md). A row stays until its refresh is done, so
nothing is lost if the program stops in between.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_matches_due"
down_revision: str | None = "0016_return_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "match_due",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("due_since", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mp_case.id"],
            name=op.f("fk_match_due_case_id_mp_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_match_due")),
    )


def downgrade() -> None:
    op.drop_table("match_due")
