"""``talash demo``: fill the demo station's database with invented, realistic cases."""

from __future__ import annotations

import argparse
import sys

from desktop.context import AppContext


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "demo",
        help="create or extend the demo station (invented cases for training and trials)",
        description="Create the demo station's database (in the data folder's demo/ folder unless "
        "--db names another new file) and add invented cases: Marathi, Hindi and English names, "
        "mostly children, girls about twice as many as boys, most traced, some children found "
        "begging or working. Demo logins: pi.shinde (station head), psi.more and api.khan (IOs), "
        "hc.pawar (writer), admin.it (admin); password Demo-Station-2026. A real station's "
        "register is refused.",
    )
    p.add_argument("--cases", type=int, default=500, help="how many cases to add (default 500)")
    p.add_argument("--seed", type=int, default=2026, help="random seed: same seed, same demo")
    p.add_argument("--years", type=float, default=3.0, help="spread the cases over this many years")
    p.set_defaults(handler=run)


def run(ctx: AppContext, args: argparse.Namespace) -> int:
    from models.db import parse_target
    from models.demo import create_demo_station, generate_demo, is_demo
    from models.errors import UserError
    from models.services.accounts import AccountService

    # The demo never goes into the station database by default: only --db overrides the file.
    target = ctx.database_target() if ctx.db_option else parse_target(ctx.paths.demo_db)
    db = ctx.open_db(create=True, target=target)
    try:
        if not AccountService(db, ctx.clock).is_initialised():
            create_demo_station(db, ctx.clock)
        elif not is_demo(db):
            raise UserError(
                f"{db.describe()} is a station's real register; demo cases go only into the demo "
                "database."
            )

        def progress(done: int, total: int) -> None:
            print(f"\r{done}/{total} cases", end="", file=sys.stderr, flush=True)

        summary = generate_demo(
            db, ctx.clock, cases=args.cases, seed=args.seed, years=args.years, progress=progress
        )
        print(file=sys.stderr)
        print(
            f"Demo station in {db.describe()}: {summary.cases} cases added "
            f"({summary.children} children; {summary.traced} traced, {summary.closed} closed), "
            f"{summary.found} found persons."
        )
    finally:
        db.dispose()
    return 0
