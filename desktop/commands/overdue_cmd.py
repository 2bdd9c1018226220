"""``talash overdue``: the clocks that have run out or will within a day, most urgent first
(the 200 most urgent, as the window shows them, unless asked for more)."""

from __future__ import annotations

import argparse

from desktop.cli_support import acting, local, print_json, services, station_zone
from desktop.context import AppContext
from models.rules.clocks import state_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "overdue",
        help="clocks run out or running out: CWC, AHTU, risk review, child FIR, TrackChild, "
        "a found child's portal upload",
        description=__doc__,
    )
    p.add_argument("--json", action="store_true")
    many = p.add_mutually_exclusive_group()
    many.add_argument(
        "--limit",
        type=_positive,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"list the N most urgent (default {DEFAULT_LIMIT}, as the window's overdue page)",
    )
    many.add_argument(
        "--all",
        action="store_true",
        help="list every one (on a large register this takes seconds)",
    )
    p.set_defaults(handler=run)


# The window's overdue page shows as many (ui/overdue_view.py).
DEFAULT_LIMIT = 200


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("give 1 or more")
    return value


def run(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    limit = None if args.all else args.limit
    # One more than shown, to say whether the list goes on.
    items = svc.register.overdue(actor, None if limit is None else limit + 1)
    more = limit is not None and len(items) > limit
    items = items[:limit]
    if args.json:
        print_json(items, zone)
        return 0
    if not items:
        print("Nothing is overdue or due within a day.")
    for item in items:
        state = state_text(item.clock, lambda instant: local(instant, zone))
        print(f"{item.ref}  {item.clock.label}: {state}  {item.name}")
    if more:
        print(f"(the {limit} most urgent shown; --limit N for more, --all for every one)")
    return 0
