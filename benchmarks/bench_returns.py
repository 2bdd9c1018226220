"""The weekly return over a register of a million cases, on SQLite and PostgreSQL.

Figures, per backend (medians of three runs):
- ``r1_ms``: table R1 as the service builds it (grouped SQL through SQLAlchemy);
- ``baseline_ms``: the same R1 figures from one hand-written SQL query, run on the same database
  in the same run, and checked to give the same numbers; ``r1_ratio`` = r1 ÷ baseline;
- ``return_ms``: the whole return (R1–R8, through ``ReturnService.preview``: permission check,
  eight grouped queries, an audit event), and ``return_ratio`` = return ÷ baseline;
- ``tables_ms``: what each table cost (R1 and R2 share one set of queries, ``R1+R2``);
- ``annex_ms``: the annex of children untraced at the end of the week;
- ``export_ms``: the figures as the export computes them (the preview with the annex), and
  ``export_names_ms`` the same with the children's names (one run): the signing and sealing
  that follow are the same at every size and are not measured here.

Registers of 10k, 100k and 1M cases (``--quick``: 20k; ``BENCH_RETURNS_SIZES=10000,100000``
picks sizes), each built fresh on each backend by ``benchmarks/returns_data.py``, then analysed
(PostgreSQL: ``VACUUM ANALYZE``, as autovacuum keeps a live register); results keyed by backend,
then by size.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, text

from benchmarks.returns_data import load_register
from models.clock import FixedClock
from models.db import Database, open_database
from models.dto.accounts import NewUser, StationInput
from models.enums import Role
from models.migrate import migrate
from models.returns import station_tables
from models.returns.period import week, window
from models.services import Services
from models.services.common import station_context
from models.services.drives import drives_in

IST = ZoneInfo("Asia/Kolkata")
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=IST)
PASSWORD = "Bench-Password-2026"
PERIOD = week(2026, 46)

BASELINE_SQL = """
SELECT c.is_child, c.sex,
  SUM(CASE WHEN c.reported_at < :start
            AND (t.traced_at IS NULL OR CASE WHEN t.traced_at < c.reported_at
                 THEN c.reported_at ELSE t.traced_at END >= :start)
            AND (c.status <> 'transferred' OR c.status_changed_at >= :start)
           THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.reported_at >= :start AND c.reported_at < :end THEN 1 ELSE 0 END),
  SUM(CASE WHEN t.traced_at IS NOT NULL AND c.reported_at >= :start
            AND CASE WHEN t.traced_at < c.reported_at THEN c.reported_at ELSE t.traced_at END
                < :end THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.reported_at < :start AND t.traced_at >= :start AND t.traced_at < :end
           THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.status = 'transferred' AND c.status_changed_at >= :start
            AND c.status_changed_at < :end THEN 1 ELSE 0 END),
  SUM(CASE WHEN (t.traced_at IS NULL OR CASE WHEN t.traced_at < c.reported_at
                 THEN c.reported_at ELSE t.traced_at END >= :end)
            AND (c.status <> 'transferred' OR c.status_changed_at >= :end)
           THEN 1 ELSE 0 END)
FROM mp_case c LEFT JOIN trace_record t ON t.case_id = c.id
WHERE c.station_id = :station AND c.status <> 'void' AND c.reported_at < :end
GROUP BY c.is_child, c.sex
"""


def _median_ms(fn: Callable[[], Any], runs: int = 3) -> tuple[float, Any]:
    times = []
    result = None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def _station(db: Database, clock: FixedClock) -> Services:
    svc = Services.build(db, clock)
    svc.accounts.init_station(
        StationInput("MH-MUM-DHR", "Dharavi Police Station", "Mumbai City", "Maharashtra"),
        NewUser("pi.shinde", "Suresh Shinde", "Police Inspector", Role.SHO),
        PASSWORD,
        desk="bench",
    )
    return svc


def _bound(instant: datetime, sqlite: bool) -> Any:
    naive = instant.astimezone(UTC).replace(tzinfo=None)
    # SQLite compares the stored text; give the bound value the stored form exactly.
    return naive.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else naive


def bench_backend(url: str, cases: int, log: Callable[[str], None]) -> dict[str, Any]:
    """Build a register of ``cases`` cases at ``url`` and measure it."""
    clock = FixedClock(NOW)
    db = open_database(url, create=True)
    try:
        migrate(db, backup_dir=None, clock=clock)
        _station(db, clock)
        raw = create_engine(db.target.url)  # plain connections: no pragmas, plain inserts
        started = time.perf_counter()
        load_register(raw, station_id=1, user_id=1, cases=cases, now=NOW, progress=log)
        load_s = time.perf_counter() - started
        with raw.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            sqlite = db.target.sqlite_path is not None
            conn.execute(text("ANALYZE" if sqlite else "VACUUM ANALYZE"))
        raw.dispose()
    finally:
        db.dispose()
    return {"cases": cases, "load_seconds": round(load_s, 1), **measure(url)}


def measure(url: str) -> dict[str, Any]:
    """Measure the return over a register ``bench_backend`` built (and may have kept)."""
    clock = FixedClock(NOW)
    db = open_database(url)
    try:
        svc = Services.build(db, clock)
        raw = create_engine(db.target.url)
        sqlite = db.target.sqlite_path is not None
        sho = svc.accounts.authenticate("pi.shinde", PASSWORD, desk="bench")
        w = window(PERIOD, IST)
        params = {"start": _bound(w.start, sqlite), "end": _bound(w.end, sqlite), "station": 1}

        def baseline() -> dict[tuple[bool, str], tuple[int, ...]]:
            with raw.connect() as conn:
                rows = conn.execute(text(BASELINE_SQL), params).all()
            return {(bool(r[0]), r[1]): tuple(int(v) for v in r[2:]) for r in rows}

        def r1() -> Any:
            with db.read() as s:
                sc = station_context(s)
                scope = svc.returns._scope(sc, PERIOD)
                return station_tables.r1_flow(s, scope)

        def annex() -> int:
            with db.read() as s:
                scope = svc.returns._scope(station_context(s), PERIOD)
                return len(station_tables.untraced_children(s, scope, with_names=False))

        def per_table() -> dict[str, float]:
            with db.read() as s:
                sc = station_context(s)
                scope = svc.returns._scope(sc, PERIOD)
                drives = drives_in(s, sc.station.id, PERIOD, sc.zone)
                steps: dict[str, Callable[[], Any]] = {
                    "R1+R2": lambda: station_tables.flow_counts(s, scope),
                    "R3": lambda: station_tables.r3_compliance(s, scope),
                    "R4": lambda: station_tables.r4_how_where(s, scope),
                    "R5": lambda: station_tables.r5_disposal(s, scope),
                    "R6": lambda: station_tables.r6_reasons(s, scope),
                    "R7": lambda: station_tables.r7_drives(s, scope, drives),
                    "R8": lambda: station_tables.r8_found(s, scope),
                }
                return {name: round(_median_ms(fn)[0], 1) for name, fn in steps.items()}

        base_ms, base = _median_ms(baseline)
        r1_ms, table = _median_ms(r1)
        full_ms, _ = _median_ms(lambda: svc.returns.preview(sho, PERIOD))
        annex_ms, untraced = _median_ms(annex)
        tables_ms = per_table()
        export_ms, _ = _median_ms(lambda: svc.returns.preview(sho, PERIOD, annex=True))
        names_ms, _ = _median_ms(
            lambda: svc.returns.preview(sho, PERIOD, annex=True, include_names=True), runs=1
        )
        # The two ways must agree, or the ratio compares different work.
        for (child, sex), (opening, reported, current, earlier, moved, closing) in base.items():
            group = "children" if child else "adults"
            row = table.row(f"{group}.{sex}")
            assert row.values[:2] == (opening, reported), (group, sex)
            assert row.values[3:5] == (current, earlier) and row.values[6:8] == (moved, closing)
        raw.dispose()
        return {
            "baseline_ms": round(base_ms, 1),
            "r1_ms": round(r1_ms, 1),
            "r1_ratio": round(r1_ms / base_ms, 2),
            "return_ms": round(full_ms, 1),
            "return_ratio": round(full_ms / base_ms, 2),
            "tables_ms": tables_ms,
            "annex_ms": round(annex_ms, 1),
            "export_ms": round(export_ms, 1),
            "export_ratio": round(export_ms / base_ms, 2),
            "export_names_ms": round(names_ms, 1),
            "untraced_children": untraced,
        }
    finally:
        db.dispose()


SIZES = (10_000, 100_000, 1_000_000)


def run(quick: bool = False) -> dict[str, Any]:
    """Each size on each backend, a fresh register each time: the curve, not only the point."""
    chosen = os.environ.get("BENCH_RETURNS_SIZES")
    sizes = (20_000,) if quick else SIZES
    if chosen:
        sizes = tuple(int(size) for size in chosen.split(","))
    figures: dict[str, Any] = {"sqlite": {}, "postgresql": {}}
    for cases in sizes:
        with tempfile.TemporaryDirectory(prefix="talash-bench-returns-") as tmp:
            print(f"sqlite, {cases} cases")
            path = str(Path(tmp) / "register.sqlite")
            figures["sqlite"][str(cases)] = bench_backend(path, cases, print)
            print(figures["sqlite"][str(cases)])
    try:
        from tests.pg_server import PostgresServer, PostgresUnavailable

        server = PostgresServer.start()
    except (ImportError, PostgresUnavailable) as exc:
        figures["postgresql"] = f"not run: {exc}"
        return figures
    try:
        admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
        for cases in sizes:
            print(f"postgresql ({server.version}), {cases} cases")
            name = f"bench_returns_{cases}"
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            figures["postgresql"][str(cases)] = bench_backend(server.url(name), cases, print)
            print(figures["postgresql"][str(cases)])
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE "{name}"'))
        admin.dispose()
    finally:
        server.stop()
    return figures


if __name__ == "__main__":
    # python -m benchmarks.bench_returns URL: measure a register built earlier (kept).
    import json
    import sys

    if len(sys.argv) > 1:
        print(json.dumps(measure(sys.argv[1]), indent=2))
    else:
        run(quick=True)
