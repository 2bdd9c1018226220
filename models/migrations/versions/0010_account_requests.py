"""Accounts: two-person requests for roles and password resets, first-logon password change, timed lockout.

Revision ID: 0010_account_requests
Revises: 0009_repeat_episodes
Create Date: 2026-12-05

(Reserved in the chain; its steps are added with the change it belongs to.)
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0010_account_requests"
down_revision: str | None = "0009_repeat_episodes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
