"""``talash overdue``: every clock that has run out or will within a day, most urgent first."""

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
    p.set_defaults(handler=run)


def run(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    items = svc.register.overdue(actor)
    if args.json:
        print_json(items, zone)
        return 0
    if not items:
        print("Nothing is overdue or due within a day.")
    for item in items:
        state = state_text(item.clock, lambda instant: local(instant, zone))
        print(f"{item.ref}  {item.clock.label}: {state}  {item.name}")
    return 0
