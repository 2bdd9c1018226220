"""Repeat episodes: a case linked to the earlier case of the same person.

Revision ID: 0009_repeat_episodes
Revises: 0008_hq_match_descriptors
Create Date: 2026-12-04

``mp_case.repeat_of_id`` points to the earlier register entry of the same person (null for a
first or only episode). The person's episodes are the cases joined by these links; the number of
episodes before a case is derived from them (models/rules/episodes.py), so nothing is counted
twice. Destroying the earlier case under an order leaves the later one unlinked (SET NULL).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_repeat_episodes"
down_revision: str | None = "0008_hq_match_descriptors"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("mp_case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("repeat_of_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_mp_case_repeat_of_id_mp_case"),
            "mp_case",
            ["repeat_of_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(batch_op.f("ix_mp_case_repeat_of_id"), ["repeat_of_id"])


def downgrade() -> None:
    with op.batch_alter_table("mp_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mp_case_repeat_of_id"))
        batch_op.drop_constraint(batch_op.f("fk_mp_case_repeat_of_id_mp_case"), type_="foreignkey")
        batch_op.drop_column("repeat_of_id")
