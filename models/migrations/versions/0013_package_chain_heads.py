"""HQ keeps, for each imported package, whether its audit chain extends the head HQ held.

Revision ID: 0013_package_chain_heads
Revises: 0012_fir_numbers
Create Date: 2026-12-05

``hq_package`` gains ``chain_check`` ("first", "extends", "rewritten" or "unchecked") and the
warning HQ showed when a station's chain did not extend the head HQ held from its previous
package (docs/security.md, "The chain head HQ holds"). Packages imported before stay without
either: nothing is claimed about them after the fact.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_package_chain_heads"
down_revision: str | None = "0012_fir_numbers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("hq_package", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain_check", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("chain_warning", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("hq_package", schema=None) as batch_op:
        batch_op.drop_column("chain_warning")
        batch_op.drop_column("chain_check")
