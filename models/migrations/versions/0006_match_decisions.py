"""Decisions on possible matches (not a match, linked against a contradiction) and repeat episodes.

Revision ID: 0006_match_decisions
Revises: 0005_name_keys
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0006_match_decisions"
down_revision: str | None = "0005_name_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
