"""``talash user …``: accounts, roles, lockouts, and requests the station head approves."""

from __future__ import annotations

import argparse

from desktop.cli_support import acting, local, new_secret, services, station_zone
from desktop.context import AppContext
from models.dto.accounts import NewUser
from models.enums import Role
from models.text import shown

NEW_PASSWORD_ENV = "TALASH_NEW_PASSWORD"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "user",
        help="manage user accounts: add, list, unlock, passwords, roles, deactivate, approvals",
        description="Individual accounts for every officer. New and changed passwords are typed "
        f"twice at the prompt, or taken from {NEW_PASSWORD_ENV} for scripts. Roles: writer, io "
        "(investigating officer), sho (station head), admin, hq_clerk.",
    )
    verbs = p.add_subparsers(dest="user_verb", metavar="ACTION", required=True)
    roles = [r.value for r in Role]

    add = verbs.add_parser("add", help="add an account (administrator or station head)")
    add.add_argument("username", help="login, e.g. psi.more")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--rank", required=True, help="e.g. 'Police Sub-Inspector'")
    add.add_argument("--role", required=True, choices=roles)
    add.add_argument("--buckle", help="buckle (badge) number")
    add.add_argument("--phone", help="official mobile number")
    add.set_defaults(handler=run_add)

    ls = verbs.add_parser("list", help="list accounts (administrator or station head)")
    ls.set_defaults(handler=run_list)

    un = verbs.add_parser("unlock", help="lift a lockout after five wrong passwords (station head)")
    un.add_argument("username")
    un.set_defaults(handler=run_unlock)

    pw = verbs.add_parser(
        "passwd",
        help="change your own password, or reset someone else's",
        description="Without USERNAME: change the acting user's own password. With USERNAME: "
        "set a temporary password that must be changed at the next logon (an administrator "
        "for writers, officers and clerks; a station head for anyone).",
    )
    pw.add_argument("username", nargs="?")
    pw.set_defaults(handler=run_passwd)

    role = verbs.add_parser(
        "role",
        help="change a role (station head), or ask for a change (administrator)",
        description="A station head's change takes effect at once. An administrator's becomes "
        "a request that a station head approves with 'talash user approve'.",
    )
    role.add_argument("username")
    role.add_argument("role", choices=roles)
    role.add_argument("--reason", required=True)
    role.set_defaults(handler=run_role)

    for name, helptext in (
        ("deactivate", "stop an account from logging on (it is never deleted)"),
        ("activate", "let a deactivated account log on again"),
    ):
        q = verbs.add_parser(name, help=helptext)
        q.add_argument("username")
        q.add_argument("--reason", required=True)
        q.set_defaults(handler=run_active)

    req = verbs.add_parser("requests", help="requests waiting for (or decided by) the station head")
    req.set_defaults(handler=run_requests)

    ap = verbs.add_parser("approve", help="approve a request (station head; not its author)")
    ap.add_argument("request", help="the request's id (from 'talash user requests')")
    ap.set_defaults(handler=run_approve)

    rf = verbs.add_parser("refuse", help="refuse a request (station head)")
    rf.add_argument("request")
    rf.add_argument("--reason", required=True)
    rf.set_defaults(handler=run_refuse)

    bg = verbs.add_parser(
        "break-glass",
        help="administrator: ask to read case records in an emergency",
        description="An administrator has no access to case records. This asks a station head "
        "for read access for some hours; every view under it is audited and marked.",
    )
    bg.add_argument("--reason", required=True)
    bg.add_argument("--hours", type=int, default=2, help="how long, once approved (1-8)")
    bg.set_defaults(handler=run_break_glass)


def run_add(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    info = svc.accounts.add_user(
        actor,
        NewUser(args.username, args.name, args.rank, Role(args.role), args.buckle, args.phone),
        new_secret(f"password for {args.username}", NEW_PASSWORD_ENV),
    )
    print(f"Added {info.describe()} as {info.role.value}.")
    return 0


def run_list(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    for u in svc.accounts.list_users(actor):
        flags = [
            f
            for f, on in (
                ("locked", u.locked),
                ("inactive", not u.active),
                ("must change password", u.must_change_password),
            )
            if on
        ]
        print(
            f"{shown(u.username):<20} {u.role.value:<9} {shown(u.describe())}"
            + (f"  [{', '.join(flags)}]" if flags else "")
        )
    return 0


def run_unlock(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    info = svc.accounts.unlock(acting(ctx, svc), args.username)
    print(f"{info.username} is unlocked.")
    return 0


def run_passwd(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    username = ctx.acting_username()
    current = ctx.password_for(username)
    actor = svc.accounts.authenticate(username, current, desk=ctx.settings.desk_name)
    if args.username and args.username.strip().lower() != actor.username:
        temporary = new_secret(f"temporary password for {args.username}", NEW_PASSWORD_ENV)
        info = svc.accounts.reset_password(actor, args.username, temporary)
        print(f"{info.username} has a temporary password; it must be changed at the next logon.")
        return 0
    svc.accounts.change_password(actor, current, new_secret("password", NEW_PASSWORD_ENV))
    print("Your password is changed.")
    return 0


def run_role(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    if actor.role is Role.SHO:
        info = svc.accounts.change_role(actor, args.username, Role(args.role), reason=args.reason)
        print(f"{info.username} is now {info.role.value}.")
        return 0
    req = svc.approvals.request_role_change(
        actor, args.username, Role(args.role), reason=args.reason
    )
    print(f"Request {req.uuid} is waiting for the station head's approval.")
    return 0


def run_active(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    active = args.user_verb == "activate"
    info = svc.accounts.set_active(acting(ctx, svc), args.username, active, reason=args.reason)
    print(f"{info.username} is {'active' if info.active else 'deactivated'}.")
    return 0


def run_requests(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    for r in svc.approvals.requests(actor):
        what = (
            f"role of {r.user} -> {r.role.value if r.role else '?'}"
            if r.user
            else f"break-glass case access for {r.hours} h"
        )
        print(
            f"{r.uuid}  {r.status.value:<8} {local(r.requested_at, zone)}  by "
            f"{shown(r.requested_by)}: {shown(what)} ({shown(r.reason)})"
        )
    return 0


def run_approve(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    req = svc.approvals.approve(acting(ctx, svc), args.request)
    print(f"Request {req.uuid} approved.")
    return 0


def run_refuse(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    req = svc.approvals.refuse(acting(ctx, svc), args.request, reason=args.reason)
    print(f"Request {req.uuid} refused.")
    return 0


def run_break_glass(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    req = svc.approvals.request_case_access(acting(ctx, svc), reason=args.reason, hours=args.hours)
    print(f"Request {req.uuid} is waiting for the station head's approval.")
    return 0
