"""``talash check``: SQLite's full integrity check of the register (no login needed)."""

from __future__ import annotations

import argparse

from desktop.context import AppContext


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "check",
        help="check the register file for damage (SQLite integrity check)",
        description="Run SQLite's full integrity check, the foreign-key check and the name "
        "index's check (that the search index matches the stored names) on the register. "
        "It reads no case content, so no login is needed. Exit 0 if the file is sound, 1 if it "
        "is damaged (then restore the latest backup: talash restore). PostgreSQL registers are "
        "checked by the server.",
    )
    p.set_defaults(handler=run)


def run(ctx: AppContext, args: argparse.Namespace) -> int:
    from models.db import integrity_problems

    db = ctx.open_db(on_damage="read_only")
    problems = integrity_problems(db)
    if not problems:
        print(f"{db.describe()}: ok (integrity check, foreign keys, name index).")
        return 0
    print(f"{db.describe()} is damaged:")
    for problem in problems:
        print(f"  - {problem}")
    print("Restore the latest backup: talash restore FILE (talash backup --list shows them).")
    return 1
