"""CLI verb start: what a verb costs before and while it does its small job (issue 16).

Each figure is the median over fresh processes, wall time and CPU (user + system) alike, with the
program's bytecode cached as an installed program has it:
- ``baseline_*``: ``python -c pass``, the raw floor of any process, in the same run;
- ``version_*``: ``talash --version`` (goal ≤ 0.3 s);
- ``case_show_*``: ``talash case show`` of one case in a small demo register, logged on as its
  station head (goal ≤ 0.3 s);
- ``served_case_show_*``: the same ``case show`` while ``talash serve`` runs for this account
  (desktop/serve_host.py): wall time until the answer, and the CPU of the asking process (the
  verb's own CPU is spent in the server's copy of the program; about the wall time, most of it
  the password check);
- ``large_*`` (not with ``--quick``): ``case show`` of the newest case in the register of 1M
  cases (benchmarks/register_data.py, a copy of it), logged on as its station head: the day's
  first verb (``large_first_of_day_*``: it reads the whole file for damage,
  desktop/file_checks.py), the later ones (``large_case_show_*``) and the served ones
  (``large_served_case_show_*``);
- ``orm_import_*``: ``python -c "import sqlalchemy.orm"``, what any verb that opens the register
  pays for the database layer alone, and ``argon2_verify_*_ms``: the one password check every
  logged-on verb makes (the account's hash parameters are the security design's, not a cost to
  cut).
"""

from __future__ import annotations

import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.register_data import PASSWORD, SHO, register

ROOT = Path(__file__).resolve().parent.parent
DEMO_PASSWORD = "Demo-Station-2026"  # the demo station's logins (talash demo --help)


def timed(argv: Sequence[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of ``runs`` fresh processes running ``argv``."""
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, env=env, cwd=ROOT, check=True, capture_output=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def argon2_verify_ms(runs: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of one password check with the accounts' hasher."""
    from models.passwords import hash_password, verify_password

    digest = hash_password(DEMO_PASSWORD)
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        verify_password(digest, DEMO_PASSWORD)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def served_timing(
    argv: Sequence[str], env: dict[str, str], base: Path, runs: int
) -> tuple[float, float]:
    """``timed(argv)`` while ``talash serve`` runs (its socket in a folder of this run's own)."""
    runtime = base / f"run-{len(list(base.glob('run-*')))}"
    runtime.mkdir(mode=0o700)
    env = {**env, "XDG_RUNTIME_DIR": str(runtime)}
    server = subprocess.Popen(
        [argv[0], "-m", "desktop", "serve"],
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stderr is not None
        ready = server.stderr.readline()
        if "ready" not in ready:
            raise RuntimeError(f"talash serve did not start: {ready}")
        subprocess.run(argv, env=env, cwd=ROOT, check=True, capture_output=True)  # warm
        return timed(argv, env, runs)
    finally:
        subprocess.run(
            [argv[0], "-m", "desktop", "serve", "--stop"],
            env=env,
            cwd=ROOT,
            check=False,
            capture_output=True,
        )
        server.wait(timeout=60)


def large_register(
    python: str, env: dict[str, str], base: Path, runs: int, size: int = 1_000_000
) -> dict[str, tuple[float, float]]:
    """``case show`` on a copy of the generated register of ``size`` cases."""
    reg = register(size)
    copy = base / "large.sqlite"
    shutil.copyfile(reg.path, copy)  # a verb writes the audit trail: the cache stays as made
    with sqlite3.connect(copy) as conn:
        (ref,) = conn.execute(
            "SELECT printf('MP/%d/%04d', year, serial) FROM mp_case ORDER BY id DESC LIMIT 1"
        ).fetchone()
    env = {**env, "TALASH_PASSWORD": PASSWORD}
    show = [python, "-m", "desktop", "--data-dir", str(base / "data-large"), "--db", str(copy)]
    show += ["--as", SHO.username, "case", "show", ref]
    return {
        "large_first_of_day": timed(show, env, 1),
        "large_case_show": timed(show, env, runs),
        "large_served_case_show": served_timing(show, env, base, runs),
    }


def run(*, quick: bool = False) -> dict[str, Any]:
    runs = 5 if quick else 15
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="talash-bench-cli-") as folder:
        base = Path(folder)
        env = {k: v for k, v in os.environ.items() if not k.startswith("TALASH_")}
        # Cached bytecode, as in an installed or bundled program: without it every run would
        # also compile the program's sources, which no station's desk does.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(base / "pycache")
        talash = [python, "-m", "desktop", "--data-dir", str(base / "data")]
        db = ["--db", str(base / "demo.sqlite")]
        subprocess.run(
            [*talash, *db, "demo", "--cases", "50"],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        env["TALASH_PASSWORD"] = DEMO_PASSWORD
        listing = subprocess.run(
            [*talash, *db, "--as", "pi.shinde", "case", "list"],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        ref = listing.split()[0]
        show = [*talash, *db, "--as", "pi.shinde", "case", "show", ref]
        for argv in ([*talash, "--version"], show):  # warm the bytecode cache and the file cache
            subprocess.run(argv, env=env, cwd=ROOT, check=True, capture_output=True)

        baseline = timed([python, "-c", "pass"], env, runs)
        version = timed([*talash, "--version"], env, runs)
        case_show = timed(show, env, runs)
        orm = timed([python, "-c", "import sqlalchemy.orm"], env, runs)
        served = served_timing(show, env, base, runs)
        large = {} if quick else large_register(python, env, base, runs)
    figures: dict[str, Any] = {"runs": runs}
    for name, (wall, cpu) in (
        ("baseline", baseline),
        ("version", version),
        ("case_show", case_show),
        ("orm_import", orm),
        ("served_case_show", served),
        *large.items(),
    ):
        figures[f"{name}_wall_s"] = round(wall, 3)
        figures[f"{name}_cpu_s"] = round(cpu, 3)
    figures["version_over_baseline_cpu_s"] = round(version[1] - baseline[1], 3)
    figures["case_show_over_baseline_cpu_s"] = round(case_show[1] - baseline[1], 3)
    wall_ms, cpu_ms = argon2_verify_ms(runs)
    figures["argon2_verify_wall_ms"] = round(wall_ms, 1)
    figures["argon2_verify_cpu_ms"] = round(cpu_ms, 1)
    for name, value in sorted(figures.items()):
        print(f"  {name}: {value}")
    return figures
