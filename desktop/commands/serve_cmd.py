"""``talash serve``: keep the program loaded so this account's verbs start at once (Linux)."""

from __future__ import annotations

import argparse
import sys

from desktop.context import AppContext
from models.errors import UserError

DEFAULT_IDLE_MINUTES = 60


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "serve",
        help="keep the program loaded, so that the verbs run from this account start at once "
        "(for scripts and drives; Linux)",
        description="Load the program once and stay running. Every `talash VERB` started from "
        "this account (and from this installed program) is then run by a fresh copy of it: "
        "the verb starts at once instead of loading the program for about a second, and runs "
        "exactly as it would alone, with its own log-on, register, terminal, environment and "
        "working folder. Nothing passes from one verb to the next. It stops on Ctrl-C, with "
        "`talash serve --stop`, after IDLE minutes with no verb, and when the program's files "
        "change. Without it every verb loads the program itself, as always.",
    )
    p.add_argument("--stop", action="store_true", help="stop the server running for this program")
    p.add_argument(
        "--idle-minutes",
        type=int,
        default=DEFAULT_IDLE_MINUTES,
        metavar="IDLE",
        help=f"stop after this many minutes with no verb (default {DEFAULT_IDLE_MINUTES})",
    )
    p.set_defaults(handler=run)


def run(ctx: AppContext, args: argparse.Namespace) -> int:
    from desktop import serve_host, serve_socket

    if not serve_socket.supported():
        raise UserError(
            "talash serve works on Linux only; on this system every verb loads the program itself."
        )
    path = serve_socket.socket_path()
    if args.stop:
        if not serve_host.stop_running(path):
            raise UserError("No talash serve is running for this program.")
        print("talash serve: stopped.")
        return 0
    if not 1 <= args.idle_minutes <= 24 * 60:
        raise UserError("--idle-minutes must be between 1 and 1440.")
    listener = serve_host.listen(path)
    count = serve_host.preload()
    # The program's files as loaded, noted before anyone is told the server is ready: a change
    # after that moment stops it at the next request.
    files = serve_host.ProgramFiles()
    print(
        f"talash serve: ready ({count} modules loaded); verbs of this account now start at "
        "once. Ctrl-C or `talash serve --stop` stops it.",
        file=sys.stderr,
        flush=True,
    )
    why = serve_host.serve(listener, path, files=files, idle_seconds=args.idle_minutes * 60)
    print(f"talash serve: stopped ({why}).", file=sys.stderr)
    return 0
