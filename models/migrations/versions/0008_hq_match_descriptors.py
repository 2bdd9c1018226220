"""Matching descriptors of other stations held at HQ, and possible-match notices.

Revision ID: 0008_hq_match_descriptors
Revises: 0007_unidentified_bodies
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0008_hq_match_descriptors"
down_revision: str | None = "0007_unidentified_bodies"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
