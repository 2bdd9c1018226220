"""``talash user …``: accounts, roles, lockouts, and requests a second person approves."""

from __future__ import annotations

import argparse

from desktop.cli_support import acting, local, new_secret, services, station_zone
from desktop.context import AppContext
from models.dto.accounts import NewUser
from models.dto.approvals import ApprovalKind, ApprovalRequest
from models.enums import Role
from models.errors import NotFound, UserError
from models.permissions import raises
from models.text import shown

NEW_PASSWORD_ENV = "TALASH_NEW_PASSWORD"
RECOVERY_ENV = "TALASH_RECOVERY_KEY"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "user",
        help="manage user accounts: add, list, unlock, passwords, roles, deactivate, approvals",
        description="Individual accounts for every officer. New and changed passwords are typed "
        f"twice at the prompt, or taken from {NEW_PASSWORD_ENV} for scripts. Roles: writer, io "
        "(investigating officer), sho (station head), admin, hq_clerk. Two-person rules: a new "
        "account above writer (any account an administrator asks for), a role that gains powers "
        "and a password reset wait for a second person's approval ('talash user approve'); a "
        "new or reset account chooses its own password at its first logon ('talash user "
        "passwd') before it can do anything else.",
    )
    verbs = p.add_subparsers(dest="user_verb", metavar="ACTION", required=True)
    roles = [r.value for r in Role]

    add = verbs.add_parser(
        "add",
        help="add an account (station head), or ask for one (administrator)",
        description="The station head gives the first password (typed twice, or "
        f"{NEW_PASSWORD_ENV}); a writer or HQ clerk account takes effect at once, any other "
        "waits for approval by an administrator or another station head. An administrator's "
        "request carries no password: the station head who approves it types the temporary one.",
    )
    add.add_argument("username", help="login, e.g. psi.more")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--rank", required=True, help="e.g. 'Police Sub-Inspector'")
    add.add_argument("--role", required=True, choices=roles)
    add.add_argument("--buckle", help="buckle (badge) number")
    add.add_argument("--phone", help="official mobile number")
    add.add_argument("--reason", help="why the account is needed (recorded with a request)")
    add.set_defaults(handler=run_add)

    ls = verbs.add_parser("list", help="list accounts (administrator or station head)")
    ls.set_defaults(handler=run_list)

    un = verbs.add_parser(
        "unlock",
        help="lift a lockout after five wrong passwords (station head; an administrator for a "
        "station head)",
        description="A lockout also ends by itself after the station's lockout time (policy "
        f"lockout_minutes, 30 by default). With --recovery-key (typed at the prompt or from "
        f"{RECOVERY_ENV}) the written-down recovery key of an encrypted register unlocks a "
        "station-head or administrator account without a logon; the try is audited.",
    )
    un.add_argument("username")
    un.add_argument(
        "--recovery-key",
        action="store_true",
        help="prove the right to unlock with the register's recovery key instead of a logon",
    )
    un.set_defaults(handler=run_unlock)

    pw = verbs.add_parser(
        "passwd",
        help="change your own password, or reset someone else's",
        description="Without USERNAME: change the acting user's own password (a new or reset "
        "account must do this first). With USERNAME: ask for a reset, which a second person "
        "approves. A station head types the temporary password with the request; an "
        "administrator's request (writers, officers and clerks only) carries none, and the "
        "approving station head types it. The owner changes it at the next logon.",
    )
    pw.add_argument("username", nargs="?")
    pw.add_argument("--reason", help="why the reset is needed (recorded with the request)")
    pw.set_defaults(handler=run_passwd)

    role = verbs.add_parser(
        "role",
        help="change a role: take powers away (station head), or ask for more",
        description="A station head's change that takes powers away takes effect at once. A "
        "role that gains any power, and every administrator's change, becomes a request a "
        "second person approves with 'talash user approve'.",
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

    req = verbs.add_parser("requests", help="requests waiting for (or decided by) a second person")
    req.set_defaults(handler=run_requests)

    ap = verbs.add_parser(
        "approve",
        help="approve a request (never one's own, nor one tied to one's account)",
        description="An administrator's requests are approved by a station head; a station "
        "head's by another station head or an administrator. A new account or reset asked by an "
        f"administrator needs the temporary password (typed twice, or {NEW_PASSWORD_ENV}).",
    )
    ap.add_argument("request", help="the request's id (from 'talash user requests')")
    ap.set_defaults(handler=run_approve)

    rf = verbs.add_parser("refuse", help="refuse a request (as for approve)")
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
    password = (
        new_secret(f"password for {args.username}", NEW_PASSWORD_ENV)
        if actor.role is Role.SHO
        else None
    )
    info = svc.accounts.add_user(
        actor,
        NewUser(args.username, args.name, args.rank, Role(args.role), args.buckle, args.phone),
        password,
        reason=args.reason,
    )
    if info.pending:
        print(
            f"Request {info.waiting_request} for {shown(info.describe())} as {info.role.value} "
            "waits for a second person's approval ('talash user approve')."
        )
    else:
        print(
            f"Added {shown(info.describe())} as {info.role.value}; they choose their own "
            "password at their first logon."
        )
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
    if args.recovery_key:
        info = svc.accounts.unlock_with_recovery_key(
            args.username, _recovery_code(), desk=ctx.settings.desk_name
        )
    else:
        info = svc.accounts.unlock(acting(ctx, svc), args.username)
    print(f"{info.username} is unlocked.")
    return 0


def _recovery_code() -> str:
    import getpass
    import os
    import sys

    code = os.environ.get(RECOVERY_ENV)
    if code is None:
        if not sys.stdin.isatty():
            raise UserError(f"Type the recovery key at a terminal, or set {RECOVERY_ENV}.")
        code = getpass.getpass("Recovery key: ")
    return code


def run_passwd(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    username = ctx.acting_username()
    current = ctx.password_for(username)
    actor = svc.accounts.authenticate(username, current, desk=ctx.settings.desk_name)
    if args.username and args.username.strip().lower() != actor.username:
        temporary = (
            new_secret(f"temporary password for {args.username}", NEW_PASSWORD_ENV)
            if actor.role is Role.SHO
            else None
        )
        info = svc.accounts.reset_password(actor, args.username, temporary, reason=args.reason)
        print(
            f"Request {info.waiting_request} to reset {info.username}'s password waits for a "
            "second person's approval; the temporary password must then be changed at the next "
            "logon."
        )
        return 0
    svc.accounts.change_password(actor, current, new_secret("password", NEW_PASSWORD_ENV))
    print("Your password is changed.")
    return 0


def run_role(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    role = Role(args.role)
    wanted = args.username.strip().lower()
    current = next((u for u in svc.accounts.list_users(actor) if u.username == wanted), None)
    if current is None:
        raise NotFound(f"There is no user '{shown(args.username)}'.")
    if actor.role is Role.SHO and not raises(current.role, role):
        info = svc.accounts.change_role(actor, wanted, role, reason=args.reason)
        print(f"{info.username} is now {info.role.value}.")
        return 0
    req = svc.approvals.request_role_change(actor, wanted, role, reason=args.reason)
    print(f"Request {req.uuid} waits for a second person's approval ('talash user approve').")
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
        what = describe_request(r)
        print(
            f"{r.uuid}  {r.status.value:<8} {local(r.requested_at, zone)}  by "
            f"{shown(r.requested_by)}: {shown(what)} ({shown(r.reason)})"
        )
    return 0


def describe_request(r: ApprovalRequest) -> str:
    role = r.role.value if r.role else "?"
    if r.kind is ApprovalKind.NEW_ACCOUNT:
        return f"new account {r.user} ({r.full_name}) as {role}"
    if r.kind is ApprovalKind.PASSWORD_RESET:
        return f"password reset for {r.user}"
    if r.kind is ApprovalKind.ROLE_CHANGE:
        return f"role of {r.user} -> {role}"
    return f"break-glass case access for {r.hours} h"


def run_approve(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    wanted = args.request.strip()
    found = next((r for r in svc.approvals.requests(actor) if r.uuid == wanted), None)
    temporary = None
    if found is not None and found.needs_password:
        temporary = new_secret(f"temporary password for {found.user}", NEW_PASSWORD_ENV)
    req = svc.approvals.approve(actor, wanted, temporary=temporary)
    print(f"Request {req.uuid} approved.")
    if temporary is not None:
        print(f"Give {req.user} the temporary password in person; they change it at first logon.")
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
