"""A found person's upload to the portal (JJ Act s.32): when, which portal, its reference.

Revision ID: 0014_found_portal_upload
Revises: 0013_package_chain_heads
Create Date: 2026-12-05

Since 1 Sept 2022 whoever finds a lost or abandoned child must have the information uploaded to
the portal the Centre specifies. ``found_person`` gains the instant of that upload, the portal
and the portal's reference. Found persons recorded before have none: nothing is claimed about
them after the fact, and a child among them shows the upload clock as not done.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_found_portal_upload"
down_revision: str | None = "0013_package_chain_heads"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("found_person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("portal_uploaded_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("portal", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("portal_reference", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("found_person", schema=None) as batch_op:
        batch_op.drop_column("portal_reference")
        batch_op.drop_column("portal")
        batch_op.drop_column("portal_uploaded_at")
