"""Audit events carry the hash of the record's state after the change; backup manifests.

Revision ID: 0011_state_hashes
Revises: 0010_account_requests
Create Date: 2026-12-05

(Reserved in the chain; its steps are added with the change it belongs to.)
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0011_state_hashes"
down_revision: str | None = "0010_account_requests"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
