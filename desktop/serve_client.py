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

EXIT_REFUSED = 1
EXIT_INTERNAL = 70
START_SECONDS = 30  # a copy announces itself as soon as it has read the request
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
    # Signals are passed on from the moment the request goes: one that comes before the copy
    # has said who it is waits for that answer, so a Ctrl-C typed meanwhile still stops the verb.
    copy: list[int] = []
    pending: list[int] = []

    def pass_on(signum: int, _frame: FrameType | None) -> None:
        if copy:
            _signal(copy[0], signum)
        elif pending:
            raise KeyboardInterrupt  # a second Ctrl-C while no copy has answered: give up
        else:
            pending.append(signum)

    before = {signum: signal.signal(signum, pass_on) for signum in _PASSED_SIGNALS}
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        try:
            conn.connect(str(path))
            if serve_socket.peer_uid(conn) != os.getuid():
                return None
            request = {"argv": list(argv), "env": dict(os.environ), "cwd": os.getcwd()}
            socket.send_fds(conn, [serve_socket.frame(request)], [0, 1, 2])
            conn.settimeout(START_SECONDS)
            started = serve_socket.receive(conn)
            conn.settimeout(None)
        except TimeoutError:
            # Not run here as well: a copy that answers late would then run the verb twice. Once
            # this end has closed, a copy that has not announced itself yet cannot, and ends
            # without running the verb.
            print(
                "talash: talash serve did not answer; stop it (talash serve --stop) or try again.",
                file=sys.stderr,
            )
            return EXIT_REFUSED
        except KeyboardInterrupt:
            print("talash: interrupted", file=sys.stderr)
            return 130
        except OSError:
            started = None
        if started is None or not isinstance(started.get("pid"), int):
            if pending:  # interrupted before anything ran: as Ctrl-C at once would have done
                print("talash: interrupted", file=sys.stderr)
                return 130
            return None  # refused (e.g. the program changed since it started): run it here
        copy.append(started["pid"])
        for signum in pending:
            _signal(copy[0], signum)
        return _wait(conn)
    finally:
        conn.close()
        for signum, handler in before.items():
            signal.signal(signum, handler)


def _signal(pid: int, signum: int) -> None:
    try:
        os.kill(pid, signum)
    except ProcessLookupError:
        pass  # the copy has just ended


def _wait(conn: socket.socket) -> int:
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
