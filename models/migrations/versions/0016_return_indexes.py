"""Indexes the weekly return reads its figures through, bounded by the period.

Revision ID: 0016_return_indexes
Revises: 0015_clock_indexes
Create Date: 2026-12-05

The return used to read every case open today, row by row, for the untraced at the start and
end of the period and for the children due for the AHTU. It now counts those cases from one
index holding everything those figures need (station, status, child, sex, age, FIR and report
instants), reads the FIRs registered in the period by their date, and the AHTU transfers and
portal uploads by their date (models/returns/open_cases.py, docs/decisions.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0016_return_indexes"
down_revision: str | None = "0015_clock_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_mp_case_open_figures",
        "mp_case",
        [
            "station_id",
            "status",
            "is_child",
            "sex",
            "age_at_disappearance",
            "fir_at",
            "reported_at",
            "id",
        ],
    )
    op.create_index("ix_mp_case_station_fir", "mp_case", ["station_id", "fir_at"])
    op.create_index(
        "ix_action_entry_type_happened",
        "action_entry",
        ["action_type", "happened_at", "case_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_action_entry_type_happened", table_name="action_entry")
    op.drop_index("ix_mp_case_station_fir", table_name="mp_case")
    op.drop_index("ix_mp_case_open_figures", table_name="mp_case")
