"""Window start to the logon box, on registers of 10k and 1M cases (SQLite; issue 16).

Each figure is the median over fresh processes, wall time and CPU (user + system) alike, with
the program's bytecode cached as an installed program has it:
- ``logon_*``: ``talash`` (the window, offscreen) on a copy of the register, from the process's
  start until the logon box is shown and painted (``benchmarks/logon_probe.py`` ends the process
  there; goal at 1M ≤ 1.0 s);
- ``raw_*``: the raw floor on the same file in the same run: ``python -c`` that imports
  ``sqlite3``, opens the file and counts the cases;
- ``whole_file_check_s``: SQLite's quick check of the whole file, which the window now runs
  behind the logon box instead of before it (what start-up cost grows with the register);
- ``daily_backup_s`` and ``daily_backup_longest_stall_ms``: the first logon's automatic backup,
  run on a thread as the window runs it, while this process's main thread wakes every 5 ms; the
  stall is the longest it was kept from running (the window's thread would be kept as long).
Probe and baseline runs alternate, so other work on the machine falls on both.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.logon_probe import SHOWN
from benchmarks.register_data import register
from models.clock import SystemClock
from models.db import open_database, whole_file_problem
from models.services import Services

ROOT = Path(__file__).resolve().parent.parent
SIZES = (10_000, 1_000_000)
GOAL_S = 1.0
RAW = (
    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
    "c.execute('SELECT count(*) FROM mp_case').fetchone()"
)


def _once(argv: Sequence[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall and CPU seconds of one fresh process running ``argv``, and what it printed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, cwd=ROOT, check=True, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, done.stdout


def _whole_file_check_s(path: Path) -> float:
    db = open_database(path, check="logon_tables")
    try:
        start = time.perf_counter()
        problem = whole_file_problem(db)
        seconds = time.perf_counter() - start
    finally:
        db.dispose()
    if problem is not None:
        raise RuntimeError(f"the benchmark register is damaged: {problem}")
    return seconds


def _daily_backup(path: Path, folder: Path) -> tuple[float, float]:
    """Seconds of the automatic backup on a thread, and the main thread's longest stall (ms)."""
    db = open_database(path, check="logon_tables")
    backups = Services.build(db, SystemClock()).backups
    backups.backup_dir = folder
    took: list[float] = []

    def work() -> None:
        start = time.perf_counter()
        if backups.automatic_backup() is None:
            raise RuntimeError("no automatic backup was written")
        took.append(time.perf_counter() - start)

    try:
        worker = threading.Thread(target=work)
        worker.start()
        worst, last = 0.0, time.perf_counter()
        while worker.is_alive():
            time.sleep(0.005)
            now = time.perf_counter()
            worst, last = max(worst, now - last - 0.005), now
        worker.join()
    finally:
        db.dispose()
        shutil.rmtree(folder, ignore_errors=True)
    if not took:
        raise RuntimeError("the automatic backup failed")
    return took[0], worst * 1000


def bench_size(size: int, runs: int, env: dict[str, str], base: Path) -> dict[str, Any]:
    reg = register(size)
    copy = base / f"register-{size}.sqlite"
    shutil.copyfile(reg.path, copy)  # the cached register stays as it was made
    print(f"sqlite, {size:,} cases ({copy.stat().st_size / 2**20:,.0f} MiB)")
    probe = [
        sys.executable,
        "-m",
        "benchmarks.logon_probe",
        "--data-dir",
        str(base / f"data-{size}"),
        "--db",
        str(copy),
    ]
    raw = [sys.executable, "-c", RAW, str(copy)]
    for argv in (probe, raw):  # warm the bytecode cache and the file cache
        _once(argv, env)
    logon: list[tuple[float, float]] = []
    floor: list[tuple[float, float]] = []
    for _ in range(runs):
        wall, cpu, out = _once(probe, env)
        if SHOWN not in out:
            raise RuntimeError(f"the window did not reach the logon box: {out.strip()}")
        logon.append((wall, cpu))
        wall, cpu, _out = _once(raw, env)
        floor.append((wall, cpu))
    figures: dict[str, Any] = {"runs": runs, "file_mib": round(copy.stat().st_size / 2**20)}
    for name, samples in (("logon", logon), ("raw", floor)):
        figures[f"{name}_wall_s"] = round(statistics.median(w for w, _ in samples), 3)
        figures[f"{name}_cpu_s"] = round(statistics.median(c for _, c in samples), 3)
    figures["logon_over_raw_wall_s"] = round(figures["logon_wall_s"] - figures["raw_wall_s"], 3)
    figures["whole_file_check_s"] = round(_whole_file_check_s(copy), 3)
    backup_s, stall_ms = _daily_backup(copy, base / f"backups-{size}")
    figures["daily_backup_s"] = round(backup_s, 2)
    figures["daily_backup_longest_stall_ms"] = round(stall_ms, 1)
    copy.unlink()
    for name, value in sorted(figures.items()):
        print(f"  {name}: {value}")
    return figures


def run(*, quick: bool = False) -> dict[str, Any]:
    runs = 3 if quick else 9
    figures: dict[str, Any] = {"goal": {"logon_wall_s": GOAL_S, "at_cases": SIZES[-1]}}
    with tempfile.TemporaryDirectory(prefix="talash-bench-startup-") as folder:
        base = Path(folder)
        env = {k: v for k, v in os.environ.items() if not k.startswith("TALASH_")}
        env["QT_QPA_PLATFORM"] = "offscreen"
        # Cached bytecode, as in an installed or bundled program (see bench_cli).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(base / "pycache")
        for size in SIZES[:1] if quick else SIZES:
            figures[str(size)] = bench_size(size, runs, env, base)
    big = figures.get(str(SIZES[-1]))
    if big:
        figures["met"] = big["logon_wall_s"] <= GOAL_S
    return figures
