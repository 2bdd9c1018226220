"""Indexes the overdue list reads clocks through, in the order they fall due.

Revision ID: 0015_clock_indexes
Revises: 0014_found_portal_upload
Create Date: 2026-12-05

The overdue list used to load every open case and compute its clocks; it now reads the open
cases of a station in the order of the instant each clock counts from (the report, the FIR, the
latest risk review) and stops once it has the most urgent. These indexes serve those reads.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0015_clock_indexes"
down_revision: str | None = "0014_found_portal_upload"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_mp_case_clock_reported", "mp_case", ["station_id", "status", "reported_at", "id"]
    )
    op.create_index("ix_mp_case_clock_fir", "mp_case", ["station_id", "status", "fir_at", "id"])
    op.create_index("ix_risk_assessment_review", "risk_assessment", ["next_review_due", "id"])


def downgrade() -> None:
    op.drop_index("ix_risk_assessment_review", table_name="risk_assessment")
    op.drop_index("ix_mp_case_clock_fir", table_name="mp_case")
    op.drop_index("ix_mp_case_clock_reported", table_name="mp_case")
