"""The full kill -9 run: 100 random kills while cases are saved (the suite runs 10).

    .venv/bin/python benchmarks/kill9.py [--trials 100] [--seed 2026]

Prints the number of acknowledged saves and any lost or half-saved case; exit 1 on any problem.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.clock import FixedClock
from models.db import open_database
from models.migrate import migrate
from tests.conftest import FIXED_NOW, _seed_station
from tests.security import kill9_harness


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="talash-kill9-") as tmp:
        path = Path(tmp) / "register.sqlite"
        db = open_database(path, create=True)
        migrate(db, backup_dir=None, clock=FixedClock(FIXED_NOW))
        _seed_station(db, FixedClock(FIXED_NOW))
        db.dispose()
        started = time.monotonic()
        report = kill9_harness.run(path, args.trials, seed=args.seed)
        took = time.monotonic() - started
    print(
        f"{len(report.trials)} kills, {report.acknowledged} acknowledged saves, "
        f"{sum(t.present for t in report.trials[-1:])} cases at the end, {took:.0f} s"
    )
    for problem in report.problems():
        print("PROBLEM:", problem)
    print("ok: every acknowledged save present, integrity check ok" if report.ok else "FAILED")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
