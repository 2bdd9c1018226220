"""``talash found …``: persons found without a report here (begging, labour, lost …)."""

from __future__ import annotations

import argparse

from desktop.cli_support import (
    acting,
    load_input,
    local,
    print_json,
    print_warnings,
    services,
    station_zone,
)
from desktop.context import AppContext
from models.dto.found import FoundInput
from models.enums import FoundStatus


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("found", help="record and link found persons", description=__doc__)
    verbs = p.add_subparsers(dest="found_verb", metavar="ACTION", required=True)
    add = verbs.add_parser("add", help="record a found person from a JSON file (docs/formats.md)")
    add.add_argument("file")
    add.set_defaults(handler=run_add)
    show = verbs.add_parser("show", help="show one found person")
    show.add_argument("ref", help="found-person number (FP/2026/0007) or UUID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)
    ls = verbs.add_parser("list", help="list found persons, newest first")
    ls.add_argument("--status", choices=[s.value for s in FoundStatus])
    ls.add_argument("--search", metavar="TEXT")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=run_list)
    link = verbs.add_parser("link", help="link a found person to a missing-person case")
    link.add_argument("ref", help="found-person number")
    target = link.add_mutually_exclusive_group(required=True)
    target.add_argument("case", nargs="?", help="register number of a case of this station")
    target.add_argument("--other-station", metavar="REF", help="a case at another station")
    link.set_defaults(handler=run_link)


def run_add(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    saved = svc.found.add_found(actor, load_input(FoundInput, args.file, station_zone(svc)))
    print_warnings(saved.warnings)
    print(saved.value.ref_no)
    return 0


def run_show(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    detail = svc.found.found_detail(actor, args.ref)
    if args.json:
        print_json(detail, zone)
        return 0
    f = detail.found
    print(f"{detail.ref_no}  {detail.status.value}  {detail.display_name}")
    print(f"  found {local(f.found_at, zone)} at {f.found_place} ({f.activity.value})")
    print(
        f"  sex {f.person.sex.value}, age {detail.age or '?'}"
        + (" (child)" if detail.is_child else "")
    )
    if detail.clock is not None:
        state = "done" if detail.clock.done_at else "OVERDUE" if detail.clock.overdue else "due"
        when = local(detail.clock.done_at or detail.clock.due_at, zone)
        print(f"  clock: {detail.clock.label}: {state} {when}")
    if detail.linked_case or detail.linked_external_ref:
        print(f"  linked to {detail.linked_case or detail.linked_external_ref}")
    return 0


def run_list(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    rows = svc.found.list_found(
        actor, status=FoundStatus(args.status) if args.status else None, text=args.search
    )
    if args.json:
        print_json(rows, zone)
        return 0
    for r in rows:
        link = f"  → {r.linked_case}" if r.linked_case else ""
        when = local(r.found_at, zone)
        print(f"{r.ref_no}  {r.status.value:<8} {when}  {r.name} ({r.activity.value}){link}")
    return 0


def run_link(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    detail = svc.found.link(actor, args.ref, case_ref=args.case, external_ref=args.other_station)
    print(f"{detail.ref_no} linked to {detail.linked_case or detail.linked_external_ref}")
    return 0
