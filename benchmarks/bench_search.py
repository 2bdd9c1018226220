"""A keystroke in the register's search box, on registers of 10k, 100k and 1M cases (SQLite).

What the window runs for one keystroke (ui/register/view.py): ``page_cases`` with the text as the
filter (one page of 200, best fits first), which carries the count of the same search. Three
queries:
a common Latin name taken from the data ("Sunita Patil"), a Devanagari fragment ("सुनी") and a
misspelled name ("Sunta Patil", which the phonetic keys miss and the skeletons find).

Baseline, on the same file in the same run: the raw FTS5 queries for the same text through the
plain ``sqlite3`` module, tier by tier as the service tries them (``SELECT rowid … MATCH … LIMIT
50`` and a count of the same MATCH, the next tier only while fewer than 50 were found), so
``ratio`` = service ÷ raw is the price of everything around the index: ranking, scoring, the
page's rows, the count. Runs alternate between the two so that noise from other work on the
machine falls on both.

Goals at 1M: median ≤ 20 ms and ≤ 5× the raw query.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from sqlalchemy import Engine, event

from benchmarks.register_data import NOW, PASSWORD, SHO, Register, register
from models.clock import FixedClock
from models.db import open_database
from models.dto.cases import CaseFilter
from models.services import Services, name_index

SIZES = (10_000, 100_000, 1_000_000)
QUERIES = {"latin": "Sunita Patil", "devanagari": "सुनी", "misspelled": "Sunta Patil"}
PAGE = 200  # the register window's page (ui/register/model.py PAGE_SIZE)
RAW_LIMIT = 50
GOAL_MS = 20.0
GOAL_RATIO = 5.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn()
    return (time.perf_counter() - started) * 1000, result


def fts_terms(text: str) -> list[str]:
    """The MATCH expressions the service tries for ``text``, strictest first
    (``name_index.tiers``, written out by hand)."""
    q = name_index.parse_query(text)
    phonetic = [("phonetic", k) for k in q.phonetic]
    out = []
    for terms in (phonetic, list(q.skeleton)):
        if terms:
            expr = " AND ".join(f'{column} : "{key}"' for column, key in terms)
            if expr not in out:
                out.append(expr)
    return out


def raw_query(conn: sqlite3.Connection, exprs: list[str]) -> tuple[int, int]:
    """The index alone: up to 50 rowids and the count, tier by tier while fewer than 50."""
    found, count = 0, 0
    for expr in exprs:
        ids = conn.execute(
            "SELECT rowid FROM name_key_fts WHERE name_key_fts MATCH ? LIMIT ?", (expr, RAW_LIMIT)
        ).fetchall()
        count = conn.execute(
            "SELECT count(*) FROM name_key_fts WHERE name_key_fts MATCH ?", (expr,)
        ).fetchone()[0]
        found = len(ids)
        if found >= RAW_LIMIT:
            break
    return found, count


class Statements:
    """Counts the SQL statements of a call and the time spent inside the database driver."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.count = 0
        self.seconds = 0.0
        self._started = 0.0

    def _before(self, *_: Any) -> None:
        self.count += 1
        self._started = time.perf_counter()

    def _after(self, *_: Any) -> None:
        self.seconds += time.perf_counter() - self._started

    def measure(self, fn: Callable[[], Any], runs: int) -> tuple[float, float]:
        """(statements per call, median ms inside the driver per call)"""
        event.listen(self.engine, "before_cursor_execute", self._before)
        event.listen(self.engine, "after_cursor_execute", self._after)
        try:
            per_call = []
            for _ in range(runs):
                self.count, self.seconds = 0, 0.0
                fn()
                per_call.append(self.seconds * 1000)
            return self.count, statistics.median(per_call)
        finally:
            event.remove(self.engine, "before_cursor_execute", self._before)
            event.remove(self.engine, "after_cursor_execute", self._after)


def bench_register(reg: Register, runs: int, log: Callable[[str], None]) -> dict[str, Any]:
    db = open_database(str(reg.path))
    raw = sqlite3.connect(reg.path)
    try:
        svc = Services.build(db, FixedClock(NOW))
        actor = svc.accounts.authenticate(SHO.username, PASSWORD, desk="bench")
        out: dict[str, Any] = {}
        for kind, text in QUERIES.items():
            f = CaseFilter(text=text)
            exprs = fts_terms(text)

            def keystroke(f: CaseFilter = f) -> tuple[int, int]:
                page = svc.register.page_cases(actor, f, limit=PAGE)
                assert page.total is not None  # a text search carries its count
                return len(page.rows), page.total

            def baseline(exprs: list[str] = exprs) -> tuple[int, int]:
                return raw_query(raw, exprs)

            for _ in range(3):  # warm the page cache and SQLAlchemy's statement cache
                keystroke()
                baseline()
            service_ms: list[float] = []
            raw_ms: list[float] = []
            page_ms: list[float] = []
            for _ in range(runs):
                ms, (rows, count) = timed(keystroke)
                service_ms.append(ms)
                ms, _ = timed(partial(svc.register.page_cases, actor, f, limit=PAGE))
                page_ms.append(ms)
                ms, (raw_rows, raw_count) = timed(baseline)
                raw_ms.append(ms)
            median, raw_median = statistics.median(service_ms), statistics.median(raw_ms)
            statements, sql_ms = Statements(db.engine).measure(keystroke, max(5, runs // 4))
            figures = {
                "text": text,
                "rows": rows,
                "count": count,
                "median_ms": round(median, 2),
                "p90_ms": round(percentile(service_ms, 0.9), 2),
                "page_median_ms": round(statistics.median(page_ms), 2),
                "raw_median_ms": round(raw_median, 3),
                "raw_p90_ms": round(percentile(raw_ms, 0.9), 3),
                "raw_rows": raw_rows,
                "raw_count": raw_count,
                "raw_match": exprs,
                "ratio": round(median / raw_median, 1) if raw_median else None,
                "statements": statements,
                "sql_median_ms": round(sql_ms, 2),
                "runs": runs,
            }
            log(
                f"  {kind:10} {text!r}: {figures['median_ms']} ms median, {figures['p90_ms']} p90 "
                f"({rows} rows, count {count}); raw {figures['raw_median_ms']} ms "
                f"({raw_count} keys), ratio {figures['ratio']}; {statements} statements, "
                f"{figures['sql_median_ms']} ms of them in SQLite"
            )
            out[kind] = figures
        return out
    finally:
        raw.close()
        db.dispose()


def run(quick: bool = False) -> dict[str, Any]:
    figures: dict[str, Any] = {
        "goal": {"median_ms": GOAL_MS, "ratio": GOAL_RATIO, "at_cases": SIZES[-1]},
        "page": PAGE,
    }
    for size in SIZES[:1] if quick else SIZES:
        reg = register(size)
        print(f"sqlite, {size:,} cases ({reg.path.stat().st_size / 2**20:,.0f} MiB)")
        runs = 15 if quick else 40
        result = bench_register(reg, runs, print)
        result["data"] = reg.summary
        figures[str(size)] = result
    big = figures.get(str(SIZES[-1]))
    if big:
        figures["met"] = {
            kind: big[kind]["median_ms"] <= GOAL_MS and (big[kind]["ratio"] or 0) <= GOAL_RATIO
            for kind in QUERIES
        }
    return figures


if __name__ == "__main__":
    run(quick=True)
