"""``talash destroy …``: destroy a case or a found person under a court or retention order."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from desktop.cli_support import acting, local, services, station_zone
from desktop.context import AppContext
from models.dto.destruction import DestructionOrder, DestructionSubject, StorageScrub
from models.errors import Problem, ValidationFailed
from models.partial_date import DateProblem, PartialDate


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "destroy",
        help="destroy a case or found person under a court or retention order (two people)",
        description="Records are never deleted in the ordinary course: an entry made in error is "
        "voided and kept. Only a court order or a retention/destruction order can require a "
        "record to be destroyed, and it takes two people: the station head asks, naming the "
        "order, and an administrator carries it out. Every row of the record is then deleted "
        "and overwritten, the audit trail's details about it become unreadable (the trail "
        "still shows that the record existed and was destroyed, under which order, by whom), "
        "and the register file is compacted. Backups made before still hold the record: the "
        "approval lists them, and they must be destroyed separately.",
    )
    verbs = p.add_subparsers(dest="destroy_verb", metavar="ACTION", required=True)

    for name, what, example in (
        ("case", "a case", "MP/2026/0042"),
        ("found", "a found-person record", "FP/2026/0007"),
    ):
        q = verbs.add_parser(
            name,
            help=f"station head: ask for {what} to be destroyed under an order",
            description=f"Ask for {what} to be destroyed. Nothing is deleted until an "
            "administrator approves with 'talash destroy approve ID'.",
        )
        q.add_argument("ref", metavar="REF", help=f"the record's number, e.g. {example}")
        q.add_argument(
            "--order",
            required=True,
            metavar="NUMBER",
            help="the order's reference, e.g. 'CMM/DO/118/2026'",
        )
        q.add_argument(
            "--order-date", required=True, metavar="DD-MM-YYYY", help="the date of the order"
        )
        q.add_argument(
            "--authority",
            required=True,
            metavar="TEXT",
            help="who issued it, e.g. 'Chief Metropolitan Magistrate, Esplanade'",
        )
        q.set_defaults(handler=run_request, subject=name)

    ls = verbs.add_parser(
        "requests", help="destruction requests, newest first (station head, administrator)"
    )
    ls.set_defaults(handler=run_requests)

    ap = verbs.add_parser(
        "approve",
        help="administrator: carry out a requested destruction (cannot be undone)",
        description="Deletes the record at once, under the order named in the request, then "
        "empties the SQLite write-ahead log and compacts the file. The administrator must not "
        "be the person who asked. On a PostgreSQL server, run it with --db naming the database "
        "owner's account: the desks' login role may not remove action-log entries.",
    )
    ap.add_argument(
        "request", metavar="ID", help="the request's id (from 'talash destroy requests')"
    )
    ap.set_defaults(handler=run_approve)

    rf = verbs.add_parser("refuse", help="administrator: refuse a destruction request")
    rf.add_argument("request", metavar="ID", help="the request's id")
    rf.add_argument("--reason", required=True, help="why, e.g. 'the order names another case'")
    rf.set_defaults(handler=run_refuse)

    sc = verbs.add_parser(
        "scrub",
        help="compact the register file again after a destruction (administrator, station head)",
        description="Empties the SQLite write-ahead log and rebuilds the file, for when the "
        "compaction after a destruction could not finish (another program had the register "
        "open, or the disk was full).",
    )
    sc.set_defaults(handler=run_scrub)


def _order_date(text: str) -> date:
    try:
        parsed = PartialDate.parse_indian(text)
    except DateProblem as exc:
        raise ValidationFailed([Problem("order-date", str(exc))]) from exc
    if parsed.precision != "day":
        raise ValidationFailed([Problem("order-date", "give the day: DD-MM-YYYY")])
    return parsed.earliest()


def run_request(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    subject = DestructionSubject.CASE if args.subject == "case" else DestructionSubject.FOUND_PERSON
    order = DestructionOrder(args.order, _order_date(args.order_date), args.authority)
    req = svc.destruction.request(acting(ctx, svc), subject, args.ref, order)
    print(
        f"Request {req.uuid}: destroy {req.subject_ref} under order {req.order.reference}. "
        "It waits for an administrator ('talash destroy approve ID')."
    )
    return 0


def run_requests(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    for r in svc.destruction.requests(actor):
        decided = f", {r.status.value} by {r.decided_by}" if r.decided_by else ""
        refused = f" ({r.refusal_reason})" if r.refusal_reason else ""
        print(
            f"{r.uuid}  {r.status.value:<9} {local(r.requested_at, zone)}  {r.subject_ref}  "
            f"order {r.order.reference} of {r.order.date:%d-%m-%Y}, {r.order.authority}; "
            f"asked by {r.requested_by}{decided}{refused}"
        )
    return 0


def run_approve(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    done = svc.destruction.approve(acting(ctx, svc), args.request)
    req = done.request
    print(
        f"{req.subject_ref} destroyed under order {req.order.reference} "
        f"({done.rows_deleted} rows deleted)."
    )
    if done.unsealed_events:
        print(
            f"warning: {done.unsealed_events} audit events about it were written before audit "
            "details were sealed (an older version of Talash); the chain forbids changing them, "
            "so they still name the person.",
            file=sys.stderr,
        )
    _print_storage(done.storage)
    if done.backups_to_destroy:
        print("These backups were made before and still hold the record; destroy them too:")
        for path in done.backups_to_destroy:
            print(f"  {path}")
    return 0


def run_refuse(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    req = svc.destruction.refuse(acting(ctx, svc), args.request, reason=args.reason)
    print(f"Request {req.uuid} refused; {req.subject_ref} is kept.")
    return 0


def run_scrub(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    storage = svc.destruction.scrub(acting(ctx, svc))
    _print_storage(storage)
    return 0 if storage.remaining is None or storage.backend != "sqlite" else 1


def _print_storage(storage: StorageScrub) -> None:
    if storage.remaining is None:
        print("The register file was compacted: no deleted bytes are left in it or its log.")
    else:
        print(storage.remaining, file=sys.stderr)
