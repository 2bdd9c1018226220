"""Damage made on purpose to an SQLite register file, for the tests of its checks."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def damage_an_index(path: Path, table: str = "audit_event") -> None:
    """Wreck the cells of one index page of ``table``: the tables stay readable, SQLite's quick
    check fails. The table must hold rows (an empty index has no cells to wreck)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "ORDER BY name LIMIT 1",
        (table,),
    ).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * size
    data[start + size - 300 : start + size] = b"\xff" * 300
    path.write_bytes(bytes(data))
