"""A verb handed to ``talash serve`` when one is running for this account and program.

The verb runs there exactly as here: with this process's terminal (its standard input, output
and error are passed over the socket), environment and working folder, its own log-on and its
own connection to the register. This process waits for the exit status and passes on the
signals it gets (Ctrl-C at a password prompt reaches the verb). Whenever the hand-over cannot
start (no server, a server of another account, an old one whose program has since changed) the
verb runs here instead, as if there were no server.
"""

from __future__ import annotations

import os
import signal
import socket
import sys
from collections.abc import Sequence
from types import FrameType

from desktop import serve_socket

EXIT_INTERNAL = 70
_PASSED_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT)


def forward(argv: Sequence[str]) -> int | None:
    """The verb's exit status as run by the server, or None to run it in this process."""
    if not serve_socket.supported():
        return None
    path = serve_socket.socket_path()
    if not (
        serve_socket.private_to_me(path.parent, folder=True)
        and serve_socket.private_to_me(path, folder=False)
    ):
        return None
    try:
        for fd in (0, 1, 2):
            os.fstat(fd)
    except OSError:
        return None  # a closed standard stream: nothing to hand over
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        try:
            conn.connect(str(path))
            if serve_socket.peer_uid(conn) != os.getuid():
                return None
            request = {"argv": list(argv), "env": dict(os.environ), "cwd": os.getcwd()}
            socket.send_fds(conn, [serve_socket.frame(request)], [0, 1, 2])
            started = serve_socket.receive(conn)
        except OSError:
            return None
        if started is None or not isinstance(started.get("pid"), int):
            return None  # refused (e.g. the program changed since it started): run it here
        return _wait(conn, started["pid"])
    finally:
        conn.close()


def _wait(conn: socket.socket, pid: int) -> int:
    def pass_on(signum: int, _frame: FrameType | None) -> None:
        try:
            os.kill(pid, signum)
        except ProcessLookupError:
            pass

    for signum in _PASSED_SIGNALS:
        signal.signal(signum, pass_on)
    try:
        finished = serve_socket.receive(conn)
    except OSError:
        finished = None
    if finished is None or not isinstance(finished.get("exit"), int):
        print(
            "talash: the command stopped before it finished (talash serve ran it); "
            "details may be in the log file in the data folder.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    return int(finished["exit"])
