"""``talash audit …``: check the audit chain and read the audit trail."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, time, timedelta

from desktop.cli_support import acting, local, services, station_zone
from desktop.context import AppContext
from models.errors import UserError
from models.limits import require_count
from models.partial_date import DateProblem, PartialDate
from models.text import shown


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "audit",
        help="check the tamper-evident audit chain; read the audit trail",
        description="Every logon, view, change, print, export and administrative act is an "
        "audit event, chained to the one before by SHA-256. 'verify' walks the whole chain and "
        "names the first event that was altered or removed, then compares every case, found "
        "person and user account with the state its last event recorded.",
    )
    verbs = p.add_subparsers(dest="audit_verb", metavar="ACTION", required=True)

    v = verbs.add_parser(
        "verify",
        help="check the whole chain (station head, administrator, HQ clerk)",
        description="Exit 0 if every event links to the one before it, the chain head "
        "matches and every case, found person and user account is as its last audit event "
        "recorded it; exit 1 naming the first broken event and the records changed, added or "
        "removed outside Talash otherwise. Reads every record: about 2–3 minutes per "
        "million cases.",
    )
    v.add_argument("--json", action="store_true", help="the result as JSON")
    v.set_defaults(handler=run_verify)

    ls = verbs.add_parser(
        "list",
        help="show audit events, newest first",
        description="The station head sees every event; writers and investigating officers "
        "see their own actions (and an officer, the events on their cases). The reading is "
        "itself audited.",
    )
    ls.add_argument("--user", help="only events by this username")
    ls.add_argument("--action", help="only this action or prefix, e.g. logon or case.")
    ls.add_argument("--ref", help="only events about this record, e.g. MP/2026/0042")
    ls.add_argument("--from", dest="date_from", metavar="DD-MM-YYYY", help="on or after this day")
    ls.add_argument("--to", dest="date_to", metavar="DD-MM-YYYY", help="on or before this day")
    ls.add_argument("--limit", type=int, default=200, help="at most this many (default 200)")
    ls.add_argument("--json", action="store_true", help="the events as JSON")
    ls.set_defaults(handler=run_list)


def run_verify(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    check = svc.audit_log.verify(actor)
    if args.json:
        json.dump(
            {
                "ok": check.ok,
                "events_checked": check.events_checked,
                "head_id": check.head_id,
                "head_hash": check.head_hash,
                "broken_at": check.broken_at,
                "problem": check.problem,
                "records_checked": check.records_checked,
                "records_not_fitting": list(check.state_problems),
                "more_records_not_fitting": check.more_state_problems,
            },
            sys.stdout,
            indent=2,
        )
        sys.stdout.write("\n")
    elif check.ok:
        print(
            f"The audit chain is intact: {check.events_checked} events; head {check.head_id} "
            f"{check.head_hash}. All {check.records_checked} cases, found persons and user "
            "accounts are as their last audit events recorded them."
        )
    else:
        if check.problem is not None or check.broken_at is not None:
            where = f"event {check.broken_at}" if check.broken_at is not None else "the chain head"
            print(
                f"The audit chain is BROKEN at {where}: {check.problem}. "
                f"{check.events_checked} events before it are intact.",
                file=sys.stderr,
            )
        else:
            print(f"The audit chain is intact: {check.events_checked} events.", file=sys.stderr)
        if check.state_problems:
            print(
                f"Records that do not fit their audit trail (of {check.records_checked} checked):",
                file=sys.stderr,
            )
            for problem in check.state_problems:
                print(f"  - {shown(problem)}", file=sys.stderr)
            if check.more_state_problems:
                print(f"  … and {check.more_state_problems} more.", file=sys.stderr)
    return 0 if check.ok else 1


def _day(text: str | None, name: str) -> PartialDate | None:
    if not text:
        return None
    try:
        day = PartialDate.parse_indian(text)
    except DateProblem as exc:
        raise UserError(f"--{name}: {exc}") from exc
    if day.day is None:
        raise UserError(f"--{name}: give a full date, DD-MM-YYYY")
    return day


def run_list(ctx: AppContext, args: argparse.Namespace) -> int:
    from models.dto.audit import AuditFilter

    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    require_count(args.limit, "--limit")
    start, end = _day(args.date_from, "from"), _day(args.date_to, "to")
    since = datetime.combine(start.earliest(), time(), zone) if start else None
    until = datetime.combine(end.earliest() + timedelta(days=1), time(), zone) if end else None
    events = svc.audit_log.events(
        actor,
        AuditFilter(
            user=args.user,
            action=args.action,
            entity_ref=args.ref,
            since=since,
            until=until,
            limit=args.limit,
        ),
    )
    if args.json:
        rows = [
            {
                "id": e.id,
                "at": e.at.isoformat(),
                "user": e.username,
                "desk": e.desk,
                "action": e.action,
                "outcome": e.outcome,
                "entity_type": e.entity_type,
                "entity_ref": e.entity_ref,
                "details": e.details,
            }
            for e in events
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for e in events:
        what = f" {e.entity_type}:{e.entity_ref}" if e.entity_ref else ""
        print(
            # A username tried at the logon screen is whatever was typed: escaped, so a line
            # break or a terminal escape in it cannot forge or hide lines of the trail.
            f"{e.id:>7}  {local(e.at, zone)}  {shown(e.username):<16} {shown(e.desk):<12} "
            f"{shown(e.action):<20} {shown(e.outcome)}{shown(what)}"
        )
    return 0
