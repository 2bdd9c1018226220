"""Repeat episodes: a case linked to the earlier case of the same person.

Revision ID: 0009_repeat_episodes
Revises: 0008_hq_match_descriptors
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0009_repeat_episodes"
down_revision: str | None = "0008_hq_match_descriptors"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
