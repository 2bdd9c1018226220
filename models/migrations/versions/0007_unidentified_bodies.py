"""Found persons of the kind unidentified dead body (inquest / UD number).

Revision ID: 0007_unidentified_bodies
Revises: 0006_match_decisions
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0007_unidentified_bodies"
down_revision: str | None = "0006_match_decisions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
