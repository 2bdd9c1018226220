"""Accounts: two-person requests for roles and password resets, first-logon password change, timed lockout.

Revision ID: 0010_account_requests
Revises: 0009_repeat_episodes
Create Date: 2026-12-05

``app_user`` learns who made each account (``created_by_id``) and who last set a temporary
password for it (``password_set_by_id``): an account never decides a request of either, nor they
one of its. A new account above writer, or a password reset, waits for a second person's approval
in ``pending_request`` (the approval request's id) with the temporary password's hash in
``pending_password_hash``. Accounts made before this revision have no maker recorded: they were
set up under the earlier rules and count as founders. The lockout's length is a station setting
(``lockout_minutes`` in the policy JSON, 30 by default), so it needs no column.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_account_requests"
down_revision: str | None = "0009_repeat_episodes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("created_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("password_set_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("pending_request", sa.String(length=36), nullable=True))
        batch_op.add_column(
            sa.Column("pending_password_hash", sa.String(length=255), nullable=True)
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_app_user_created_by_id_app_user"), "app_user", ["created_by_id"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_app_user_password_set_by_id_app_user"),
            "app_user",
            ["password_set_by_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_app_user_password_set_by_id_app_user"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_app_user_created_by_id_app_user"), type_="foreignkey"
        )
        batch_op.drop_column("pending_password_hash")
        batch_op.drop_column("pending_request")
        batch_op.drop_column("password_set_by_id")
        batch_op.drop_column("created_by_id")
