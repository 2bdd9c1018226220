"""``talash drive …``: tracing drives (Operation Muskaan, Operation Smile) and their dates."""

from __future__ import annotations

import argparse
from datetime import date

from desktop.cli_support import acting, services
from desktop.context import AppContext
from models.errors import Problem, ValidationFailed
from models.partial_date import DateProblem, PartialDate


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "drive",
        help="record tracing drives (Operation Muskaan / Smile) for the returns",
        description="A drive is a name and its dates (both days included). Children traced or "
        "found on those days are tallied in return R7 and in 'talash return drive NAME'.",
    )
    verbs = p.add_subparsers(dest="drive_verb", metavar="ACTION", required=True)
    add = verbs.add_parser("add", help="record a drive (station head)")
    add.add_argument("name", help="e.g. 'Operation Muskaan XII'")
    add.add_argument("--from", dest="date_from", metavar="DD-MM-YYYY", required=True)
    add.add_argument("--to", dest="date_to", metavar="DD-MM-YYYY", required=True)
    add.add_argument("--notes", help="phase, teams, orders")
    add.set_defaults(handler=run_add)
    ls = verbs.add_parser("list", help="list the drives, newest first")
    ls.set_defaults(handler=run_list)


def _day(text: str, field: str) -> date:
    try:
        parsed = PartialDate.parse_indian(text)
    except DateProblem as exc:
        raise ValidationFailed([Problem(field, str(exc))]) from exc
    if parsed.precision != "day":
        raise ValidationFailed([Problem(field, "give the day: DD-MM-YYYY")])
    return parsed.earliest()


def run_add(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    info = svc.drives.add_drive(
        actor, args.name, _day(args.date_from, "from"), _day(args.date_to, "to"), args.notes
    )
    print(f"Drive '{info.name}' from {info.starts_on:%d-%m-%Y} to {info.ends_on:%d-%m-%Y}.")
    return 0


def run_list(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    drives = svc.drives.list_drives(actor)
    if not drives:
        print("No drive has been recorded.")
    for d in drives:
        print(f"{d.starts_on:%d-%m-%Y} to {d.ends_on:%d-%m-%Y}  {d.name}")
    return 0
