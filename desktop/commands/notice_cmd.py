"""``talash notice …``: lookout notices from request to withdrawal.

The investigating officer of the case (or the station head) requests a notice; the station
head approves it; an officer issues it, which gives it its number (LN/2026/0001); once the
person is traced every issued notice is due for withdrawal, and the case cannot be closed until
each is withdrawn. A case tagged with a sexual offence or trafficking needs a recorded court or
CWC order before any notice.

NOTICE may be a notice number (LN/2026/0001), a request number (#12), or the register number
of the case (MP/2026/0042) or found person (FP/2026/0007) whose notice is meant.
"""

from __future__ import annotations

import argparse

from desktop.cli_support import acting, local, print_json, services, station_zone
from desktop.context import AppContext
from models.dto.notices import NoticeRow
from models.enums import NoticeKind, NoticeStatus


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "notice",
        help="request, approve, issue, withdraw and list lookout notices",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    verbs = p.add_subparsers(dest="notice_verb", metavar="ACTION", required=True)

    req = verbs.add_parser(
        "request", help="ask for a notice for a missing person (MP/…) or found person (FP/…)"
    )
    req.add_argument("ref", help="register number of the case or found person")
    req.set_defaults(handler=run_request)

    for name, helptext in (
        ("approve", "approve a requested notice (station head)"),
        ("issue", "issue an approved notice: it gets its number; you are the issuing officer"),
        ("withdraw", "record that an issued notice has been taken down and recalled"),
    ):
        q = verbs.add_parser(name, help=helptext)
        q.add_argument("notice", help="notice number, #request, or the case's register number")
        q.set_defaults(handler=run_step)

    refuse = verbs.add_parser("refuse", help="turn a request down (station head)")
    refuse.add_argument("notice")
    refuse.add_argument("--reason", required=True, help="why the notice is refused")
    refuse.set_defaults(handler=run_step)

    ls = verbs.add_parser("list", help="the station's notices, newest first")
    ls.add_argument(
        "--status",
        action="append",
        choices=[s.value for s in NoticeStatus],
        help="only these states (repeatable); withdrawal_due lists those to chase",
    )
    ls.add_argument("--kind", choices=[k.value for k in NoticeKind])
    ls.add_argument("--for", dest="subject", metavar="REF", help="notices of one case or person")
    ls.add_argument("--json", action="store_true", help="as JSON")
    ls.set_defaults(handler=run_list)


def describe(row: NoticeRow) -> str:
    return f"{row.label} ({row.kind.value}, {row.subject_ref}): {row.status.value}"


def run_request(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    row = svc.notices.request(actor, args.ref)
    print(describe(row))
    return 0


def run_step(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    verb = args.notice_verb
    if verb == "approve":
        row = svc.notices.approve(actor, args.notice)
    elif verb == "issue":
        row = svc.notices.issue(actor, args.notice)
    elif verb == "withdraw":
        row = svc.notices.withdraw(actor, args.notice)
    else:
        row = svc.notices.refuse(actor, args.notice, reason=args.reason)
    print(describe(row))
    return 0


def run_list(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    rows = svc.notices.list_notices(
        actor,
        statuses=tuple(NoticeStatus(s) for s in args.status or ()),
        kind=NoticeKind(args.kind) if args.kind else None,
        subject_ref=args.subject,
    )
    if args.json:
        print_json(rows, zone)
        return 0
    for row in rows:
        when = row.issued_at or row.requested_at
        print(
            f"{row.label:<14} {row.status.value:<15} {local(when, zone)}  "
            f"{row.subject_ref}  {row.subject_name}"
        )
    return 0
