"""Run every benchmark suite, or the ones named: ``python -m benchmarks [notices ...]``."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

SUITES: dict[str, str] = {
    "notices": "benchmarks.bench_notices",
    "returns": "benchmarks.bench_returns",
    "hq_import": "benchmarks.bench_hq_import",
    "search": "benchmarks.bench_search",
    "match": "benchmarks.bench_match",
    "hq_match": "benchmarks.bench_hq_match",
    "cli": "benchmarks.bench_cli",
    "startup": "benchmarks.bench_startup",
    "overdue": "benchmarks.bench_overdue",
    "register_ops": "benchmarks.bench_register_ops",
    "bundle_start": "benchmarks.bench_bundle_start",
}
RESULTS = Path(__file__).resolve().parent / "results"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "suites",
        nargs="*",
        metavar="SUITE",
        help=f"suites to run: {', '.join(SUITES)} (default: all)",
    )
    parser.add_argument("--quick", action="store_true", help="smaller counts, for a smoke run")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.suites) - set(SUITES))
    if unknown:
        parser.error(f"unknown suite(s): {', '.join(unknown)}")
    RESULTS.mkdir(exist_ok=True)
    for name in args.suites or list(SUITES):
        module = importlib.import_module(SUITES[name])
        print(f"== {name}")
        figures = module.run(quick=args.quick)
        (RESULTS / f"{name}.json").write_text(
            json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
