"""Matching descriptors of other stations held at HQ, and possible-match notices.

Revision ID: 0008_hq_match_descriptors
Revises: 0007_unidentified_bodies
Create Date: 2026-12-04

HQ keeps each station's newest matching descriptors (``hq_match_station``, ``hq_match_record``),
the possible matches it found across stations and the notices it sent about them; a station
keeps the possible-match notices it received (``match_notice``).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_hq_match_descriptors"
down_revision: str | None = "0007_unidentified_bodies"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "hq_match_station",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("station_name", sa.String(length=200), nullable=False),
        sa.Column("name_local", sa.String(length=200), nullable=True),
        sa.Column("district", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("replaced_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["hq_package.id"],
            name=op.f("fk_hq_match_station_package_id_hq_package"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_match_station")),
        sa.UniqueConstraint("station_code", name=op.f("uq_hq_match_station_station_code")),
    )
    op.create_table(
        "hq_match_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("station_code", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("ref", sa.String(length=40), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("profile", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_match_record")),
        sa.UniqueConstraint(
            "station_code", "uuid", name=op.f("uq_hq_match_record_station_code_uuid")
        ),
    )
    with op.batch_alter_table("hq_match_record", schema=None) as batch_op:
        batch_op.create_index("ix_hq_match_record_kind", ["kind", "station_code"], unique=False)
    op.create_table(
        "hq_possible_match",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("found_station", sa.String(length=32), nullable=False),
        sa.Column("found_kind", sa.String(length=8), nullable=False),
        sa.Column("found_ref", sa.String(length=40), nullable=False),
        sa.Column("found_uuid", sa.String(length=36), nullable=False),
        sa.Column("case_station", sa.String(length=32), nullable=False),
        sa.Column("case_ref", sa.String(length=40), nullable=False),
        sa.Column("case_uuid", sa.String(length=36), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("first_found_at", sa.DateTime(), nullable=False),
        sa.Column("last_found_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_possible_match")),
        sa.UniqueConstraint(
            "found_uuid", "case_uuid", name=op.f("uq_hq_possible_match_found_uuid_case_uuid")
        ),
    )
    op.create_table(
        "hq_match_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notice_id", sa.String(length=36), nullable=False),
        sa.Column("match_id", sa.Integer(), nullable=False),
        sa.Column("to_station", sa.String(length=32), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("sent_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["match_id"],
            ["hq_possible_match.id"],
            name=op.f("fk_hq_match_notice_match_id_hq_possible_match"),
        ),
        sa.ForeignKeyConstraint(
            ["sent_by_id"], ["app_user.id"], name=op.f("fk_hq_match_notice_sent_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hq_match_notice")),
        sa.UniqueConstraint("notice_id", name=op.f("uq_hq_match_notice_notice_id")),
    )
    with op.batch_alter_table("hq_match_notice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hq_match_notice_match_id"), ["match_id"], unique=False)
    op.create_table(
        "match_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notice_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("found_id", sa.Integer(), nullable=True),
        sa.Column("hq_key_id", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("other_station", sa.String(length=32), nullable=False),
        sa.Column("other_ref", sa.String(length=40), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mp_case.id"],
            name=op.f("fk_match_notice_case_id_mp_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["found_id"],
            ["found_person.id"],
            name=op.f("fk_match_notice_found_id_found_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["imported_by_id"],
            ["app_user.id"],
            name=op.f("fk_match_notice_imported_by_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_notice")),
        sa.UniqueConstraint("notice_id", name=op.f("uq_match_notice_notice_id")),
    )
    with op.batch_alter_table("match_notice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_match_notice_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_match_notice_found_id"), ["found_id"], unique=False)


def downgrade() -> None:
    op.drop_table("match_notice")
    op.drop_table("hq_match_notice")
    op.drop_table("hq_possible_match")
    op.drop_table("hq_match_record")
    op.drop_table("hq_match_station")
