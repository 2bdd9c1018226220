"""The query pieces services share (models/services/common.py), on SQLite and PostgreSQL.

- ``after_in_order``: lists read in pieces (the overdue list's streams, the register's next
  page) ask for the rows after the last one read: exactly those rows, in order; and on SQLite,
  with the statistics of a register of a million cases, each piece is read from the index in
  order rather than found twice and sorted (120 ms a piece at 1M).
- ``among``: a set of ids too large for an IN list (SQLite refuses more than 32,766 bound
  values in a statement) is asked as one value."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Column, Index, Integer, MetaData, Table, event, select, text

from models.clock import FixedClock
from models.db import Database
from models.services import Services
from models.services.common import after_in_order, among, station_context
from models.services.overdue import _streams
from tests.conftest import FIXED_NOW, actors_of
from tests.models.test_overdue_list import build_register

_PIECES = MetaData()
_ROWS = Table(
    "piece_test",
    _PIECES,
    Column("id", Integer, primary_key=True),
    Column("key", Integer, nullable=False),
    Index("ix_piece_test_key", "key", "id"),
)


@pytest.fixture
def rows(db: Database) -> Iterator[list[tuple[int, int]]]:
    """A table of (id, key) with many ties on the key."""
    _PIECES.create_all(db.engine)
    rng = random.Random(7)
    data = [(n, rng.randint(1, 12)) for n in range(1, 201)]
    with db.write() as s:
        s.execute(_ROWS.insert(), [{"id": i, "key": k} for i, k in data])
    yield data
    _PIECES.drop_all(db.engine)


@pytest.mark.parametrize("descending", [False, True])
def test_the_rows_after_a_row_are_exactly_those_in_order(
    db: Database, rows: list[tuple[int, int]], descending: bool
) -> None:
    in_order = sorted(((k, i) for i, k in rows), reverse=descending)
    order = (_ROWS.c.key.desc(), _ROWS.c.id.desc()) if descending else (_ROWS.c.key, _ROWS.c.id)
    read: list[tuple[int, int]] = []
    with db.read() as s:
        piece = list(s.execute(select(_ROWS.c.key, _ROWS.c.id).order_by(*order).limit(7)))
        while piece:
            read += [(k, i) for k, i in piece]
            last_key, last_id = piece[-1]
            after = after_in_order(
                _ROWS.c.key, _ROWS.c.id, last_key, last_id, descending=descending
            )
            query = select(_ROWS.c.key, _ROWS.c.id).where(after).order_by(*order).limit(7)
            piece = list(s.execute(query))
    assert read == in_order


# sqlite_stat1 of mp_case's indexes in a generated register of a million cases (sampled
# ANALYZE, as an upgrade takes them): with these, SQLite's planner weighs the case table as it
# does at that size (the automatic indexes' rows give it the table's size).
_MILLION_STATS = {
    "ix_mp_case_station_fir": "1000000 1000000 2",
    "ix_mp_case_open_figures": "1000000 1000000 250000 125000 50000 1370 2 1 1",
    "ix_mp_case_clock_fir": "1000000 1000000 250000 2 1",
    "ix_mp_case_clock_reported": "1000000 1000000 250000 1 1",
    "ix_mp_case_match": "1000000 1000000 250000 83334 1",
    "ix_mp_case_fir_number": "1000000 2",
    "ix_mp_case_io_id": "1000000 1000000",
    "ix_mp_case_repeat_of_id": "1000000 1000000",
    "ix_mp_case_station_status": "1000000 1000000 250000",
    "ix_mp_case_station_reported": "1000000 1000000 1 1",
    "sqlite_autoindex_mp_case_5": "1000000 1000000 83334 2",
    "sqlite_autoindex_mp_case_4": "1000000 1000000 90910 1",
    "sqlite_autoindex_mp_case_3": "1000000 1000000 1",
    "sqlite_autoindex_mp_case_2": "1000000 1",
    "sqlite_autoindex_mp_case_1": "1000000 1",
}


def test_each_piece_of_the_overdue_list_is_read_in_index_order(
    sqlite_db: Database, clock: FixedClock
) -> None:
    db = sqlite_db
    build_register(Services.build(db, clock), actors_of(db), clock, random.Random(16))
    with db.write() as s:
        s.execute(text("ANALYZE"))
        for index, stat in _MILLION_STATS.items():
            s.execute(
                text("UPDATE sqlite_stat1 SET stat = :stat WHERE tbl = 'mp_case' AND idx = :idx"),
                {"stat": stat, "idx": index},
            )
    db.dispose()  # a new connection reads the statistics
    sent: list[tuple[str, Any]] = []

    def note(_c: Any, _cur: Any, statement: str, params: Any, _ctx: Any, _many: bool) -> None:
        sent.append((statement, params))

    with db.read() as s:
        sc = station_context(s)
        streams = _streams(sc, FIXED_NOW)
        for stream in streams:
            stream.last = (FIXED_NOW - timedelta(days=400), 1)  # a piece after the first
        event.listen(db.engine, "before_cursor_execute", note)
        try:
            for stream in streams:
                stream.next_batch(s, 64)
        finally:
            event.remove(db.engine, "before_cursor_execute", note)
        plans = {
            statement: " / ".join(
                str(row[-1])
                for row in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
            )
            for statement, params in sent
        }
    assert len(plans) == len(streams)
    for statement, plan in plans.items():
        assert "MULTI-INDEX OR" not in plan, (statement, plan)


def test_a_set_of_ids_larger_than_sqlites_limit_is_asked_as_one_value(
    db: Database, rows: list[tuple[int, int]]
) -> None:
    wanted = {i for i, _ in rows if i % 3 == 0} | set(range(1_000, 41_000))  # 40,000 absent
    with db.read() as s:
        found = set(s.execute(select(_ROWS.c.id).where(among(s, _ROWS.c.id, wanted))).scalars())
        none = list(s.execute(select(_ROWS.c.id).where(among(s, _ROWS.c.id, set()))))
    assert found == {i for i, _ in rows if i % 3 == 0}
    assert none == []
