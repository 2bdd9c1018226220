"""``talash search``: find a person by name in any script or spelling, or by number.

Searches missing-person cases and found persons together, best fit first: a register, FIR or
found-person number matches exactly and comes first, then names scored word by word across
Devanagari and Latin spellings, aliases and a relative's name.
"""

from __future__ import annotations

import argparse

from desktop.cli_support import acting, local, print_json, services, station_zone
from desktop.context import AppContext
from models.errors import UserError
from models.services.search import MAX_LIMIT


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "search", help="find cases and found persons by name or number", description=__doc__
    )
    p.add_argument("text", metavar="TEXT", help="a name (any script), register, FIR or FP number")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--cases", action="store_true", help="missing-person cases only")
    which.add_argument("--found", action="store_true", help="found persons only")
    p.add_argument(
        "--limit",
        type=int,
        default=50,
        metavar="N",
        help=f"at most N hits (default 50, most {MAX_LIMIT})",
    )
    p.add_argument("--json", action="store_true", help="the hits and the total as JSON")
    p.set_defaults(handler=run_search)


def run_search(ctx: AppContext, args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UserError("--limit: ask for at least one hit.")
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    kinds = ("case",) if args.cases else ("found",) if args.found else ("case", "found")
    result = svc.search.search(actor, args.text, kinds=kinds, limit=args.limit)
    if args.json:
        print_json({"hits": result.hits, "total": result.total, "capped": result.capped}, zone)
        return 0
    if not result.hits:
        print("Nobody found.")
        return 0
    rows = [
        (
            str(h.score),
            h.ref,
            h.status,
            h.name,
            h.fitted,
            local(h.at, zone),
            h.place,
        )
        for h in result.hits
    ]
    header = ("fit", "number", "status", "name", "what fitted", "when", "where")
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header) - 1)]
    for row in (header, *rows):
        cells = [
            c.ljust(w) if i else c.rjust(w)
            for i, (c, w) in enumerate(zip(row[:-1], widths, strict=True))
        ]
        print("  ".join([*cells, row[-1]]).rstrip())
    shown = len(result.hits)
    print(f"{shown} shown of {result.total_text} found.")
    return 0
