"""Returns and headquarters: drives, the station's export log, HQ's trusted keys and imports.

Revision ID: 0003_returns_hq
Revises: 0002_append_only
Create Date: 2026-11-28

Station databases use ``drive`` and ``return_export``; HQ databases use the ``hq_*`` tables
(pinned station keys, imported packages, their figures, labels and untraced-children annex).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_returns_hq"
down_revision: str | None = "0002_append_only"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "drive",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["app_user.id"], name=op.f("fk_drive_created_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["station.id"], name=op.f("fk_drive_station_id_station")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drive")),
        sa.UniqueConstraint("station_id", "name_key", name=op.f("uq_drive_station_id_name_key")),
        sa.UniqueConstraint("uuid", name=op.f("uq_drive_uuid")),
    )
    op.create_table(
        "hq_package",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("export_id", sa.String(length=36), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("station_name", sa.String(length=200), nullable=False),
        sa.Column("key_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("prev_sha256", sa.String(length=64), nullable=False),
        sa.Column("period_kind", sa.String(length=8), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("created_utc", sa.DateTime(), nullable=False),
        sa.Column("audit_head_id", sa.Integer(), nullable=False),
        sa.Column("audit_head_hash", sa.String(length=64), nullable=False),
        sa.Column("signed_by", sa.String(length=200), nullable=True),
        sa.Column("include_names", sa.Boolean(), nullable=False),
        sa.Column("manifest", sa.Text(), nullable=False),
        sa.Column("signature", sa.String(length=100), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.ForeignKeyConstraint(
            ["imported_by_id"], ["app_user.id"], name=op.f("fk_hq_package_imported_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_package")),
        sa.UniqueConstraint("export_id", name=op.f("uq_hq_package_export_id")),
        sa.UniqueConstraint("station_code", "seq", name=op.f("uq_hq_package_station_code_seq")),
    )
    with op.batch_alter_table("hq_package", schema=None) as batch_op:
        batch_op.create_index(
            "ix_hq_package_period", ["period_kind", "period_start", "period_end"], unique=False
        )

    op.create_table(
        "hq_station_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("station_name", sa.String(length=200), nullable=False),
        sa.Column("district", sa.String(length=100), nullable=True),
        sa.Column("key_id", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("trusted_at", sa.DateTime(), nullable=False),
        sa.Column("trusted_by_id", sa.Integer(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["trusted_by_id"],
            ["app_user.id"],
            name=op.f("fk_hq_station_key_trusted_by_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_station_key")),
        sa.UniqueConstraint("key_id", name=op.f("uq_hq_station_key_key_id")),
    )
    with op.batch_alter_table("hq_station_key", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_hq_station_key_station_code"), ["station_code"], unique=False
        )

    op.create_table(
        "return_export",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("export_id", sa.String(length=36), nullable=False),
        sa.Column("period_kind", sa.String(length=8), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("package_sha256", sa.String(length=64), nullable=False),
        sa.Column("prev_sha256", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=64), nullable=False),
        sa.Column("hq_key_id", sa.String(length=64), nullable=False),
        sa.Column("include_names", sa.Boolean(), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["app_user.id"], name=op.f("fk_return_export_created_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["station.id"], name=op.f("fk_return_export_station_id_station")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_export")),
        sa.UniqueConstraint("export_id", name=op.f("uq_return_export_export_id")),
        sa.UniqueConstraint("station_id", "seq", name=op.f("uq_return_export_station_id_seq")),
    )
    op.create_table(
        "hq_annex_row",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("case_ref", sa.String(length=40), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("age_band", sa.String(length=16), nullable=False),
        sa.Column("sex", sa.String(length=16), nullable=False),
        sa.Column("reason_code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["hq_package.id"],
            name=op.f("fk_hq_annex_row_package_id_hq_package"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_annex_row")),
    )
    with op.batch_alter_table("hq_annex_row", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_hq_annex_row_package_id"), ["package_id"], unique=False
        )

    op.create_table(
        "hq_return_cell",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("table_code", sa.String(length=8), nullable=False),
        sa.Column("row_key", sa.String(length=100), nullable=False),
        sa.Column("col_key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["hq_package.id"],
            name=op.f("fk_hq_return_cell_package_id_hq_package"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_return_cell")),
        sa.UniqueConstraint(
            "package_id",
            "table_code",
            "row_key",
            "col_key",
            name=op.f("uq_hq_return_cell_package_id_table_code_row_key_col_key"),
        ),
    )
    with op.batch_alter_table("hq_return_cell", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_hq_return_cell_package_id"), ["package_id"], unique=False
        )

    op.create_table(
        "hq_return_layout",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("table_code", sa.String(length=8), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("extra", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["hq_package.id"],
            name=op.f("fk_hq_return_layout_package_id_hq_package"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_return_layout")),
        sa.UniqueConstraint(
            "package_id",
            "table_code",
            "kind",
            "key",
            name=op.f("uq_hq_return_layout_package_id_table_code_kind_key"),
        ),
    )
    with op.batch_alter_table("hq_return_layout", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_hq_return_layout_package_id"), ["package_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("hq_return_layout", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hq_return_layout_package_id"))

    op.drop_table("hq_return_layout")
    with op.batch_alter_table("hq_return_cell", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hq_return_cell_package_id"))

    op.drop_table("hq_return_cell")
    with op.batch_alter_table("hq_annex_row", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hq_annex_row_package_id"))

    op.drop_table("hq_annex_row")
    op.drop_table("return_export")
    with op.batch_alter_table("hq_station_key", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hq_station_key_station_code"))

    op.drop_table("hq_station_key")
    with op.batch_alter_table("hq_package", schema=None) as batch_op:
        batch_op.drop_index("ix_hq_package_period")

    op.drop_table("hq_package")
    op.drop_table("drive")
