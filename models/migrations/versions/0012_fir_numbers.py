"""FIR numbers unique per station and year.

Revision ID: 0012_fir_numbers
Revises: 0011_state_hashes
Create Date: 2026-12-05

(Reserved in the chain; its steps are added with the change it belongs to.)
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0012_fir_numbers"
down_revision: str | None = "0011_state_hashes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
