"""``talash policy``: the station's clocks and thresholds (the SOP is being revised)."""

from __future__ import annotations

import argparse
import dataclasses
import json

from desktop.cli_support import acting, services
from desktop.context import AppContext
from models.errors import UserError
from models.json_input import parse_json
from models.policy import Policy


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "policy",
        help="show or change the station's clocks and thresholds (CWC hours, AHTU months, …)",
        description="Show the station's settings, or change them (station head). The legal "
        "clocks are settings because the national SOP for missing children is being revised. "
        "Settings: " + ", ".join(f.name for f in dataclasses.fields(Policy)) + ".",
    )
    verbs = p.add_subparsers(dest="policy_verb", metavar="ACTION", required=True)
    verbs.add_parser("show", help="print the settings in force as JSON").set_defaults(
        handler=run_show
    )
    change = verbs.add_parser("set", help="change settings: NAME=VALUE … (values as JSON)")
    change.add_argument(
        "pairs",
        nargs="+",
        metavar="NAME=VALUE",
        help="e.g. ahtu_transfer_months=4 cwc_production_hours=24 "
        'age_bands=["0-5","6-11","12-15","16-17"]',
    )
    change.set_defaults(handler=run_set)


def run_show(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    print(json.dumps(dataclasses.asdict(svc.policy.current()), indent=2))
    return 0


def run_set(ctx: AppContext, args: argparse.Namespace) -> int:
    values = {}
    for pair in args.pairs:
        name, sep, raw = pair.partition("=")
        if not sep:
            raise UserError(f"'{pair}' should be NAME=VALUE.")
        try:
            values[name.strip()] = parse_json(raw, name.strip())  # bounded like any input
        except UserError:
            values[name.strip()] = raw  # not JSON: the text itself, checked by the policy
    svc = services(ctx)
    actor = acting(ctx, svc)
    policy = svc.policy.change(actor, **values)
    for name in values:
        print(f"{name} = {json.dumps(getattr(policy, name))}")
    return 0
