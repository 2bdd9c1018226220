"""FIR numbers unique per station and year; publicity orders say who made them and what they allow.

Revision ID: 0012_fir_numbers
Revises: 0011_state_hashes
Create Date: 2026-12-05

``mp_case.fir_year`` is the year of the FIR in the station's time zone, filled here from
``fir_at``; ``(station_id, fir_year, fir_number)`` is unique. A register that already holds the
same FIR number twice in one year is upgraded, not refused (a refused upgrade would leave the
station without its register): the case registered first keeps the number inside the
constraint, each later one is left outside it (``fir_year`` null), and the migration logs them.
The register then refuses any edit of such a later case until its FIR number is corrected, and
the rules check of the whole register (models/services/rules_check.py) lists them
(docs/decisions.md, "FIR numbers").

The publicity order gains its authority kind, what it permits, and who recorded it and when
(models/rules/publicity.py). Orders recorded before carry none of these: they no longer lift the
block on publicity until the station head completes them.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision: str = "0012_fir_numbers"
down_revision: str | None = "0011_state_hashes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

_case = sa.table(
    "mp_case",
    sa.column("id", sa.Integer),
    sa.column("station_id", sa.Integer),
    sa.column("register_no", sa.String),
    sa.column("fir_number", sa.String),
    sa.column("fir_at", sa.DateTime),
    sa.column("fir_year", sa.Integer),
)
_station = sa.table("station", sa.column("id", sa.Integer), sa.column("timezone", sa.String))


def upgrade() -> None:
    with op.batch_alter_table("mp_case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("fir_year", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("publication_order_kind", sa.String(16), nullable=True))
        batch_op.add_column(sa.Column("publication_order_permits", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("publication_order_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("publication_order_at", sa.DateTime(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_mp_case_publication_order_by_id_app_user"),
            "app_user",
            ["publication_order_by_id"],
            ["id"],
        )
    _fill_fir_years()
    with op.batch_alter_table("mp_case", schema=None) as batch_op:
        batch_op.create_unique_constraint(
            batch_op.f("uq_mp_case_station_id_fir_year_fir_number"),
            ["station_id", "fir_year", "fir_number"],
        )


def _fill_fir_years() -> None:
    bind = op.get_bind()
    zones = {sid: ZoneInfo(tz or "Asia/Kolkata") for sid, tz in bind.execute(sa.select(_station))}
    rows = bind.execute(
        sa.select(
            _case.c.id, _case.c.station_id, _case.c.register_no, _case.c.fir_number, _case.c.fir_at
        )
        .where(_case.c.fir_number.is_not(None), _case.c.fir_at.is_not(None))
        .order_by(_case.c.id)
    ).all()
    holders: dict[tuple[int, int, str], str] = {}
    for case_id, station_id, register_no, number, fir_at in rows:
        zone = zones.get(station_id, ZoneInfo("Asia/Kolkata"))
        year = fir_at.replace(tzinfo=UTC).astimezone(zone).year
        key = (station_id, year, number)
        if key in holders:
            log.warning(
                "FIR %s of %d is recorded on both %s and %s: %s keeps it; correct the FIR number "
                "of %s (the register refuses its edits until then).",
                number,
                year,
                holders[key],
                register_no,
                holders[key],
                register_no,
            )
            continue
        holders[key] = register_no
        bind.execute(sa.update(_case).where(_case.c.id == case_id).values(fir_year=year))


def downgrade() -> None:
    with op.batch_alter_table("mp_case", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("uq_mp_case_station_id_fir_year_fir_number"), type_="unique"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_mp_case_publication_order_by_id_app_user"), type_="foreignkey"
        )
        batch_op.drop_column("publication_order_at")
        batch_op.drop_column("publication_order_by_id")
        batch_op.drop_column("publication_order_permits")
        batch_op.drop_column("publication_order_kind")
        batch_op.drop_column("fir_year")
