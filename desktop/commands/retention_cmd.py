"""``talash retention list``: the records due for review under the station's retention periods."""

from __future__ import annotations

import argparse

from desktop.cli_support import acting, local, print_json, services, station_zone
from desktop.context import AppContext


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "retention",
        help="records due for review under the station's retention periods",
        description="Each kind of record is kept for a period set in the station policy "
        "('talash policy set retention_traced_case_years=10'; also "
        "retention_transferred_case_years, retention_void_entry_years, "
        "retention_found_person_years). When it is over the record is listed here; nothing is "
        "deleted by the list. The station head reviews it: a record that need not be kept "
        "leaves the register only by 'talash destroy case|found REF --order …', carried out by "
        "an administrator ('talash destroy approve ID'). A case still missing seven years "
        "after the person was last seen is listed for its long-term review, never for "
        "destruction.",
    )
    verbs = p.add_subparsers(dest="retention_verb", metavar="ACTION", required=True)
    ls = verbs.add_parser(
        "list",
        help="the periods in force and the records due for review, the earliest due first "
        "(station head, administrator)",
    )
    ls.add_argument("--json", action="store_true", help="print the list as JSON")
    ls.set_defaults(handler=run_list)


def run_list(ctx: AppContext, args: argparse.Namespace) -> int:
    from models.rules.retention import KIND_LABELS
    from models.services.retention import RetentionService

    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    found = RetentionService(svc.db, ctx.clock).due(actor)
    if args.json:
        print_json(found, zone)
        return 0
    print("Retention periods (change with 'talash policy set'):")
    for p in found.periods:
        then = (
            "then reviewed; destroyed only under an order"
            if p.destroyable
            else ("then reviewed; never destroyed while missing")
        )
        print(f"  {p.label}: {p.years} years from {p.counted_from}, {then}")
    if not found.items:
        print("No record is due for review.")
        return 0
    print(f"\n{len(found.items)} records due for review:")
    for item in found.items:
        print(
            f"{item.due_on:%d-%m-%Y}  {item.ref:16s} {KIND_LABELS[item.kind]} "
            f"({item.status} since {local(item.since, zone)})"
        )
        print(f"            {item.how}")
    return 0
