"""Decisions on possible matches (not a match, linked against a contradiction) and the possible
matches awaiting review.

Revision ID: 0006_match_decisions
Revises: 0005_name_keys
Create Date: 2026-12-04

``match_decision`` remembers what an officer decided about a pair (found person, case);
``match_suggestion`` holds the pairs that scored at or above the threshold when either record was
last saved, so that counting what awaits review never scores anything. Both go with the records
they name. Two composite indexes serve the candidate search: open cases by station, status, sex
and time last seen; found persons by station, status, sex and time found.

Suggestions of records saved before this revision are not computed here (that needs the
program's scoring); they appear as each record is saved again.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_match_decisions"
down_revision: str | None = "0005_name_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "match_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("found_person_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mp_case.id"],
            name=op.f("fk_match_decision_case_id_mp_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["app_user.id"],
            name=op.f("fk_match_decision_decided_by_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["found_person_id"],
            ["found_person.id"],
            name=op.f("fk_match_decision_found_person_id_found_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_decision")),
        sa.UniqueConstraint(
            "found_person_id",
            "case_id",
            name=op.f("uq_match_decision_found_person_id_case_id"),
        ),
    )
    op.create_index(op.f("ix_match_decision_case_id"), "match_decision", ["case_id"])
    op.create_table(
        "match_suggestion",
        sa.Column("found_person_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mp_case.id"],
            name=op.f("fk_match_suggestion_case_id_mp_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["found_person_id"],
            ["found_person.id"],
            name=op.f("fk_match_suggestion_found_person_id_found_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("found_person_id", "case_id", name=op.f("pk_match_suggestion")),
    )
    op.create_index("ix_match_suggestion_case", "match_suggestion", ["case_id"])
    op.create_index("ix_mp_case_match", "mp_case", ["station_id", "status", "sex", "last_seen_at"])
    op.create_index(
        "ix_found_person_match", "found_person", ["station_id", "status", "sex", "found_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_found_person_match", table_name="found_person")
    op.drop_index("ix_mp_case_match", table_name="mp_case")
    op.drop_index("ix_match_suggestion_case", table_name="match_suggestion")
    op.drop_table("match_suggestion")
    op.drop_index(op.f("ix_match_decision_case_id"), table_name="match_decision")
    op.drop_table("match_decision")
