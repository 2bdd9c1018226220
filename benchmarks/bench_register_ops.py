"""Saving a case and showing a page of the register, on registers of 10k, 100k and 1M cases
(SQLite; issue 16).

Each figure is the median of many runs on a copy of the generated register
(benchmarks/register_data.py), with its raw floor measured on the same file in the same run,
runs alternating so that other work on the machine falls on both:

- ``save_ms``: ``CaseService.register_case`` of the desk's standard child report
  (tests/factories.child_case through benchmarks/register_ops_input.py: FIR, complainant,
  suspect, reason, risk; no photo), from the call to the returned ``CaseDetail``.
  ``raw_save_ms``: the same rows written by plain ``sqlite3`` in one transaction: the INSERTs
  and UPDATEs the service's save sent (captured once),
  replayed with fresh keys (ids, UUID, register and FIR numbers), and committed.
- ``update_ms``: ``CaseService.update_case`` changing one field (the place last seen) of the case
  just saved, from the call to the returned ``CaseDetail``; ``raw_update_ms``: the writes of that
  edit (captured once) replayed the same way.
- ``refresh_ms`` and ``update_refresh_ms``: the possible matches the save (the edit) left due,
  worked out after it committed (``MatchingService.refresh_due_matches``, which the window runs
  off its thread after a save and the command line right after the verb): the desk does not
  wait for it, but it is measured, not hidden. The save's and edit's figures above are the call
  the window waits for.
- ``page_ms``: the register window's first page, as the window asks for it
  (``RegisterService.page_cases`` with no filter, newest first, 200 rows; ui/register/view.py).
  ``raw_page_ms``: hand-written SQL of the same rows through ``sqlite3``: the page's case columns
  by the index on the reported time, the names of their people, the officers' names.
  The service also marks each open case whose clock has run out, which the raw floor does not.
- ``page_statements`` and ``save_statements``: SQL statements one page and one save send.

``python -m benchmarks.bench_register_ops --page 10000 1000000`` measures the page alone (31
runs) and writes its figures over the page's entries of results/register_ops.json.

Goals (issue 16): a save ≤ 20 ms, a page ≤ 5 ms, at every size.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid as uuidlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from benchmarks.register_data import NOW, PASSWORD, SHO, register
from benchmarks.register_ops_input import child_report
from models.base import Base
from models.clock import FixedClock
from models.db import open_database
from models.dto.cases import CaseDetail, CaseFilter
from models.services import Services

SIZES = (10_000, 100_000, 1_000_000)
PAGE = 200  # ui/register/model.py PAGE_SIZE
GOAL_SAVE_MS = 20.0
GOAL_PAGE_MS = 5.0
IO = "psi.more"
_DML = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)
_INSERT = re.compile(r"^\s*INSERT INTO (\"?\w+\"?)", re.IGNORECASE)
_RETURNING = re.compile(r"\s+RETURNING\s+[\w, ]+$", re.IGNORECASE)


@contextmanager
def statements(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    """Every SQL statement ``engine`` sends inside the block, with its parameters."""
    sent: list[tuple[str, Any]] = []

    def note(_c: Any, _cur: Any, statement: str, params: Any, _ctx: Any, _many: bool) -> None:
        sent.append((statement, params))

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", note)


# -- the raw floor of a save: the service's own writes, replayed -------------------------------


def _references() -> dict[tuple[str, str], str]:
    """(table, column) -> the table its id points into, from the ORM's foreign keys."""
    out: dict[tuple[str, str], str] = {}
    for table in Base.metadata.tables.values():
        for fk in table.foreign_keys:
            out[(table.name, fk.parent.name)] = fk.column.table.name
    out[("name_key_fts", "rowid")] = "name_key"
    out[("audit_head", "last_id")] = "audit_event"
    return out


def _columns(statement: str) -> list[str]:
    """The parameter columns of a captured INSERT or UPDATE, in order."""
    if _INSERT.match(statement):
        inside = statement[statement.index("(") + 1 : statement.index(")")]
        return [c.strip().strip('"') for c in inside.split(",")]
    # UPDATE t SET a=?, b=(t.b + ?) WHERE t.c = ? AND …: each '?' takes the column before it.
    return [m.group(1) for m in re.finditer(r"(\w+)\"?\s*(?:=\s*\(?[\w.]*\s*\+?\s*)\?", statement)]


@dataclass
class Replay:
    """The writes of one service save (captured), rewritten for each replay with fresh keys."""

    writes: list[tuple[str, Any]]
    first_ids: dict[str, int]  # table -> the first id the captured save gave it
    texts: list[str]  # values unique per save (UUID, register and FIR numbers)
    references: dict[tuple[str, str], str]

    def _rows(self) -> Iterator[tuple[str, Any]]:
        """The captured writes one row at a time (an ``executemany`` as its rows)."""
        for statement, params in self.writes:
            if isinstance(params, list):
                yield from ((statement, row) for row in params)
            else:
                yield statement, params

    def run(self, conn: sqlite3.Connection, n: int) -> None:
        """Replay inside one transaction, committed (``n`` makes the unique values fresh)."""
        new_first: dict[str, int] = {}
        fresh = {text: _fresh(text, n) for text in self.texts}
        conn.execute("BEGIN IMMEDIATE")
        taken: int | None = None  # the number the register's counter gave
        for statement, many in self._rows():
            params = many
            table = _INSERT.match(statement) or re.match(r"\s*\w+\s+(\w+)", statement)
            name = table.group(1).strip('"') if table else ""
            cols = _columns(statement)
            values = []
            for i, value in enumerate(params):
                col = cols[i] if i < len(cols) else ""
                target = self.references.get((name, col)) or (name if col == "id" else None)
                if (
                    target
                    and isinstance(value, int)
                    and target in self.first_ids
                    and value >= self.first_ids[target]
                    and target in new_first
                ):
                    value = value - self.first_ids[target] + new_first[target]
                elif col == "serial" and name == "mp_case" and taken is not None:
                    value = taken
                elif target == "audit_event" and name == "audit_event":
                    # The chain's next id, as the service reads it from the chain's head.
                    value = conn.execute("SELECT last_id + 1 FROM audit_head").fetchone()[0]
                elif isinstance(value, str):
                    for old, new in fresh.items():
                        if old in value:
                            value = value.replace(old, new)
                values.append(value)
            if "RETURNING last_number" in statement:
                taken = conn.execute(statement, values).fetchone()[0]
                continue
            cursor = conn.execute(_RETURNING.sub("", statement), values)
            if name and _INSERT.match(statement) and name not in new_first:
                rowid = values[0] if name == "audit_event" else cursor.lastrowid
                new_first[name] = rowid if rowid is not None else 0
        conn.execute("COMMIT")


class RawEdit:
    """The writes a one-field edit needs, by hand: the case row (its version checked and
    raised) and the audit event the service wrote (with the chain's next id)."""

    def __init__(self, captured: Replay, case_uuid: str) -> None:
        self.case_uuid = case_uuid
        self.audit = next(
            (s, list(p)) for s, p in captured.writes if s.startswith("INSERT INTO audit_event")
        )

    def run(self, conn: sqlite3.Connection, n: int) -> None:
        conn.execute("BEGIN IMMEDIATE")
        case_id, version = conn.execute(
            "SELECT id, version FROM mp_case WHERE uuid = ?", (self.case_uuid,)
        ).fetchone()
        conn.execute(
            "UPDATE mp_case SET last_seen_place = ?, version = ?, updated_at = updated_at "
            "WHERE id = ? AND version = ?",
            (f"Outside the school gate ({n})", version + 1, case_id, version),
        )
        next_id = conn.execute("SELECT last_id + 1 FROM audit_head").fetchone()[0]
        statement, params = self.audit
        conn.execute(statement, [next_id, *params[1:]])
        conn.execute(
            "UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1", (next_id, params[13])
        )
        conn.execute("COMMIT")


def _fresh(text: str, n: int) -> str:
    if len(text) == 36 and text.count("-") == 4:
        return str(uuidlib.uuid4())
    return f"{text}R{n}"  # longer than any number the register gives


def capture_replay(
    engine: Engine,
    conn: sqlite3.Connection,
    save: Callable[[], CaseDetail],
    texts: Callable[[CaseDetail], list[str]],
) -> tuple[Replay, int, CaseDetail]:
    """Run ``save`` once, capturing its writes; returns the replay, the statement count and
    what the save returned."""
    tables = [t.name for t in Base.metadata.sorted_tables if "id" in t.columns]
    before = {t: _max_id(conn, t) for t in tables}
    with statements(engine) as sent:
        detail = save()
    after = {t: _max_id(conn, t) for t in tables}
    first_ids = {t: before[t] + 1 for t in tables if after[t] > before[t]}
    writes = [(s, p) for s, p in sent if _DML.match(s)]
    return Replay(writes, first_ids, texts(detail), _references()), len(sent), detail


def _max_id(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f'SELECT coalesce(max(id), 0) FROM "{table}"').fetchone()[0])  # noqa: S608


# -- the raw floor of a page -----------------------------------------------------------------

RAW_PAGE = """
SELECT id, uuid, register_no, status, person_id, sex, age_at_disappearance, is_child,
       reported_at, last_seen_at, last_seen_place, fir_number, io_id, suspected_reason,
       confirmed_reason, version, year, serial
FROM mp_case WHERE station_id = 1 AND status != 'void'
ORDER BY reported_at DESC, id DESC LIMIT ?
"""


def raw_page(conn: sqlite3.Connection) -> int:
    rows = conn.execute(RAW_PAGE, (PAGE + 1,)).fetchall()[:PAGE]
    people = sorted({r[4] for r in rows})
    marks = ",".join("?" * len(people))
    conn.execute(
        f"SELECT person_id, position, kind, text FROM person_name WHERE person_id IN ({marks}) "  # noqa: S608
        "ORDER BY person_id, position",
        people,
    ).fetchall()
    officers = sorted({r[12] for r in rows if r[12] is not None})
    if officers:
        marks = ",".join("?" * len(officers))
        conn.execute(
            f"SELECT id, full_name FROM app_user WHERE id IN ({marks})",  # noqa: S608
            officers,
        ).fetchall()
    return len(rows)


def bench_page(size: int, runs: int, base: Path) -> dict[str, Any]:
    """The page's figures alone (``page_ms``, ``raw_page_ms``, ``page_over_raw``,
    ``page_statements``), measured as ``bench_size`` measures them, without the saves; and
    ``page_cpu_ms``, the processor time of a page."""
    reg = register(size)
    copy = base / f"register-{size}.sqlite"
    shutil.copyfile(reg.path, copy)  # a logon writes its audit event
    db = open_database(copy, check="logon_tables")
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        svc = Services.build(db, FixedClock(NOW))
        desk = svc.accounts.authenticate(SHO.username, PASSWORD, desk="bench")

        def page() -> None:
            svc.register.page_cases(desk, CaseFilter(), limit=PAGE)

        for _ in range(5):
            page()
            raw_page(conn)
        with statements(db.engine) as sent:
            page()
        samples: dict[str, list[float]] = {k: [] for k in ("page", "raw_page", "page_cpu")}
        for _ in range(runs):
            started = time.thread_time()
            samples["page"].append(_timed(page))
            # The processor time this thread spent: what the page costs when other work on
            # the machine delays it (the median above carries the waiting too).
            samples["page_cpu"].append((time.thread_time() - started) * 1000)
            samples["raw_page"].append(_timed(lambda: raw_page(conn)))
    finally:
        conn.close()
        db.dispose()
        copy.unlink()
    figures: dict[str, Any] = {"page_statements": len(sent)}
    for name, values in samples.items():
        figures[f"{name}_ms"] = _median(values)
    figures["page_over_raw"] = round(figures["page_ms"] / figures["raw_page_ms"], 1)
    print(f"sqlite, {size:,} cases: {figures}")
    return figures


def page_only(sizes: tuple[int, ...], runs: int = 31) -> None:
    """``--page SIZE ...``: the page's figures of those sizes written over the page's own
    entries of results/register_ops.json (the save's entries stay as their run wrote them)."""
    import json

    from benchmarks.__main__ import RESULTS

    path = RESULTS / "register_ops.json"
    result = json.loads(path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="talash-bench-page-") as folder:
        for size in sizes:
            result.setdefault(str(size), {}).update(bench_page(size, runs, Path(folder)))
    measured = [result[k] for k in result if k.isdigit() and "page_ms" in result[k]]
    result.setdefault("met", {})["page"] = all(f["page_ms"] <= GOAL_PAGE_MS for f in measured)
    load = os.getloadavg()[0]
    result["page_note"] = (
        f"page figures: --page ({runs} runs), sizes {', '.join(map(str, sizes))}; load average "
        f"{load:.1f} on {os.cpu_count()} cores when they ended (page_cpu_ms: the page's processor "
        "time alone, which the machine's other work inflates less than the median)"
    )
    path.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")


# -- one register -------------------------------------------------------------------------------


def _timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def _median(samples: list[float]) -> float:
    return round(statistics.median(samples), 2)


def bench_size(size: int, runs: int, base: Path) -> dict[str, Any]:
    reg = register(size)
    copy = base / f"register-{size}.sqlite"
    shutil.copyfile(reg.path, copy)  # the cached register stays as it was made
    print(f"sqlite, {size:,} cases ({copy.stat().st_size / 2**20:,.0f} MiB)")
    db = open_database(copy, check="logon_tables")
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")  # as the program writes (models/db.py)
    conn.execute("PRAGMA foreign_keys = ON")
    try:
        svc = Services.build(db, FixedClock(NOW))
        desk = svc.accounts.authenticate(SHO.username, PASSWORD, desk="bench")
        fir = iter(range(9_000_001, 10**8))  # past every FIR number the generator gives

        def save() -> CaseDetail:
            report = child_report(NOW, f"{next(fir)}/{NOW.year}", IO)
            return svc.cases.register_case(desk, report).value

        def edit(detail: CaseDetail, n: int) -> Callable[[], CaseDetail]:
            data = svc.cases.case_detail(desk, detail.uuid, audit_view=False)
            place = f"Outside the school gate, 90 Feet Road ({n})"
            stored = data.as_input()
            changed = replace(
                stored, circumstances=replace(stored.circumstances, last_seen_place=place)
            )
            return lambda: svc.cases.update_case(desk, detail.uuid, changed, data.version).value

        def refresh() -> int:
            return svc.matching.refresh_due_matches(desk)

        for _ in range(3):  # warm the caches (compiled statements, pages of the file)
            save()
            refresh()
            svc.register.page_cases(desk, CaseFilter(), limit=PAGE)
            raw_page(conn)
        save_replay, save_statements, saved = capture_replay(
            db.engine,
            conn,
            save,
            lambda d: [d.uuid, d.register_no, *([d.fir.number] if d.fir else [])],
        )
        refresh()
        update_replay, update_statements, _ = capture_replay(
            db.engine, conn, edit(saved, 0), lambda d: []
        )
        refresh()
        update_writes = len(update_replay.writes)
        raw_update = RawEdit(update_replay, saved.uuid)
        with statements(db.engine) as sent:
            svc.register.page_cases(desk, CaseFilter(), limit=PAGE)
        page_statements = len(sent)
        names = ("save", "raw_save", "update", "raw_update", "page", "raw_page", "refresh")
        samples: dict[str, list[float]] = {k: [] for k in (*names, "update_refresh")}
        for n in range(1, runs + 1):
            started = time.perf_counter()
            saved_now = save()
            samples["save"].append((time.perf_counter() - started) * 1000)
            samples["refresh"].append(_timed(refresh))
            samples["raw_save"].append(_timed(lambda n=n: save_replay.run(conn, n)))  # type: ignore[misc]
            # The replayed save marked its copy of the case due too: not the service's work.
            conn.execute("DELETE FROM match_due")
            change = edit(saved_now, n)
            samples["update"].append(_timed(change))
            samples["update_refresh"].append(_timed(refresh))
            samples["raw_update"].append(_timed(lambda n=n: raw_update.run(conn, n)))  # type: ignore[misc]
            samples["page"].append(
                _timed(lambda: svc.register.page_cases(desk, CaseFilter(), limit=PAGE))
            )
            samples["raw_page"].append(_timed(lambda: raw_page(conn)))
    finally:
        conn.close()
        db.dispose()
        copy.unlink()
    figures: dict[str, Any] = {"runs": runs}
    for name, values in samples.items():
        figures[f"{name}_ms"] = _median(values)
    for name in ("save", "update", "page"):
        figures[f"{name}_over_raw"] = round(figures[f"{name}_ms"] / figures[f"raw_{name}_ms"], 1)
    figures["save_statements"] = save_statements
    figures["update_statements"] = update_statements
    figures["update_writes"] = update_writes
    figures["page_statements"] = page_statements
    for name, value in sorted(figures.items()):
        print(f"  {name}: {value}")
    return figures


def run(*, quick: bool = False, sizes: tuple[int, ...] | None = None) -> dict[str, Any]:
    runs = 7 if quick else 31
    chosen = sizes or (SIZES[:2] if quick else SIZES)
    figures: dict[str, Any] = {"goal": {"save_ms": GOAL_SAVE_MS, "page_ms": GOAL_PAGE_MS}}
    with tempfile.TemporaryDirectory(prefix="talash-bench-register-ops-") as folder:
        for size in chosen:
            figures[str(size)] = bench_size(size, runs, Path(folder))
    measured = [figures[str(s)] for s in chosen]
    figures["met"] = {
        "save": all(f["save_ms"] <= GOAL_SAVE_MS for f in measured),
        "page": all(f["page_ms"] <= GOAL_PAGE_MS for f in measured),
    }
    return figures


if __name__ == "__main__":
    import json
    import sys

    from benchmarks.__main__ import RESULTS

    if sys.argv[1:2] == ["--page"]:
        page_only(tuple(int(a) for a in sys.argv[2:]) or SIZES)
        sys.exit()
    # ``python -m benchmarks.bench_register_ops 10000 1000000``: the sizes named, --quick runs,
    # written where ``python -m benchmarks register_ops`` writes its figures.
    sizes = tuple(int(a) for a in sys.argv[1:]) or None
    result = run(quick=True, sizes=sizes)
    result["note"] = f"--quick ({7} runs), sizes {', '.join(map(str, sizes or SIZES[:2]))}"
    (RESULTS / "register_ops.json").write_text(
        json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(result)
