"""``talash serve``: the program loaded once, and a fresh copy of it for each verb (Linux).

A verb spends about 0.8 s of processor time loading the program (SQLAlchemy, the mapped
classes, its services) before its own work, about 0.2 s of which is the password check. This
process loads every verb's modules once, holds nothing else (no register, no account, no
data), and for each ``talash`` of the same account that asks, forks: the copy takes that
process's terminal, environment and working folder and runs the verb exactly as ``talash``
would have run it, logging on, opening the register and writing the audit trail itself, then
ends. Nothing passes from one verb to the next.

It stops on Ctrl-C, on ``talash serve --stop``, after a spell with no verb to run, and as soon
as the program's files change (a copy of an old program must not run a new one's verbs).
"""

from __future__ import annotations

import atexit
import gc
import importlib
import logging
import os
import pkgutil
import signal
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

from desktop import serve_socket
from models.errors import UserError

log = logging.getLogger(__name__)

# The verbs' own modules and everything below them; never Qt (the window is not served).
_PRELOADED = ("models", "reports", "desktop.commands")
_ALSO_PRELOADED = (
    "desktop.cli_support",
    "desktop.context",
    "desktop.logging_setup",
    "desktop.settings",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "argon2",
)
# Alembic's environment script runs a migration when it is imported: only ever by Alembic.
_NEVER_PRELOADED = (".migrations.",)


REQUEST_SECONDS = 30


class _Stop(Exception):
    """SIGTERM (``talash serve --stop`` sends it): leave the accept loop and clean up."""


def preload() -> int:
    """Import every verb's modules now, so that no copy imports them again; how many."""
    names: list[str] = list(_ALSO_PRELOADED)
    for package_name in _PRELOADED:
        package = importlib.import_module(package_name)
        names.extend(
            m.name
            for m in pkgutil.walk_packages(package.__path__, f"{package_name}.")
            if not any(part in f"{m.name}." for part in _NEVER_PRELOADED)
        )
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError as exc:  # an optional driver this desk does not have
            log.info("serve: %s not preloaded (%s)", name, type(exc).__name__)
    # The mapped classes' relationships are otherwise worked out by each copy's first query.
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
    # What is loaded now lives as long as the server: out of the collector's sight, so that
    # neither the server nor its copies walk it (and the copies share its memory pages).
    gc.collect()
    gc.freeze()
    return len(names)


class ProgramFiles:
    """The program's files as they were when the server loaded them."""

    def __init__(self) -> None:
        self._seen = dict(self._stamps())

    @staticmethod
    def _paths() -> Iterator[Path]:
        root = serve_socket.program_root()
        yield Path(sys.executable)
        for module in list(sys.modules.values()):
            file = getattr(module, "__file__", None)
            if file and Path(file).is_relative_to(root):
                yield Path(file)
        resources = root / "resources"
        if resources.is_dir():
            yield from (p for p in resources.rglob("*") if p.is_file())

    @classmethod
    def _stamps(cls) -> Iterator[tuple[Path, int]]:
        for path in cls._paths():
            try:
                yield path, path.stat().st_mtime_ns
            except OSError:
                continue  # a frozen module has no file of its own: the executable stands for it

    def changed(self) -> bool:
        for path, stamp in self._seen.items():
            try:
                if path.stat().st_mtime_ns != stamp:
                    return True
            except OSError:
                return True
        return False


def listen(path: Path) -> socket.socket:
    """The server's socket at ``path``, in a folder private to this account."""
    folder = path.parent
    if len(os.fsencode(path)) > serve_socket.MAX_PATH_BYTES:
        raise UserError(
            f"The folder {folder} has too long a path for talash serve's socket (at most "
            f"{serve_socket.MAX_PATH_BYTES} bytes in all): set XDG_RUNTIME_DIR to a shorter one."
        )
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"The folder {folder} cannot be made: {exc.strerror}.") from exc
    if not serve_socket.private_to_me(folder, folder=True):
        raise UserError(
            f"The folder {folder} is not private to this account (another owner, or open to "
            "others): talash serve will not listen there. Remove it or set XDG_RUNTIME_DIR."
        )
    if path.exists() or path.is_symlink():
        probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            probe.connect(str(path))
        except OSError:
            path.unlink()  # left by a server that was killed
        else:
            raise UserError(
                "talash serve is already running for this program; `talash serve --stop` stops it."
            )
        finally:
            probe.close()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old_mask = os.umask(0o177)
    try:
        listener.bind(str(path))
    finally:
        os.umask(old_mask)
    listener.listen(16)
    return listener


def stop_running(path: Path) -> bool:
    """Ask the server at ``path`` to stop; whether one was running."""
    if not serve_socket.private_to_me(path, folder=False):
        return False
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(str(path))
        serve_socket.send(conn, {"stop": True})
        return serve_socket.receive(conn) == {"stopped": True}
    except OSError:
        return False
    finally:
        conn.close()


def serve(listener: socket.socket, path: Path, *, files: ProgramFiles, idle_seconds: float) -> str:
    """Fork a copy for each request until told to stop (or ``files`` change); why it stopped."""
    inode = os.stat(path).st_ino

    def on_term(_signum: int, _frame: object) -> None:
        raise _Stop

    before = {
        signal.SIGTERM: signal.signal(signal.SIGTERM, on_term),
        # Copies end on their own; the kernel reaps them, so none lingers as a zombie.
        signal.SIGCHLD: signal.signal(signal.SIGCHLD, signal.SIG_IGN),
    }
    last = time.monotonic()
    try:
        while True:
            remaining = idle_seconds - (time.monotonic() - last)
            if remaining <= 0:
                return "no command for a while"
            listener.settimeout(min(remaining, 60.0))
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            last = time.monotonic()
            with conn:
                if serve_socket.peer_uid(conn) != os.getuid():
                    continue
                if files.changed():
                    serve_socket.send(conn, {"refused": "the program has changed"})
                    return "the program's files changed; start it again to serve the new one"
                if os.fork() == 0:
                    _run_copy(listener, conn)
    except _Stop:
        return "asked to stop"
    except KeyboardInterrupt:
        return "interrupted"
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)
        listener.close()
        try:
            if os.stat(path).st_ino == inode:
                path.unlink()
        except OSError:
            pass


def _run_copy(listener: socket.socket, conn: socket.socket) -> NoReturn:
    """In the forked copy: run one request, then end the process (never return to the loop)."""
    status = 70
    try:
        listener.close()
        os.setsid()  # off the server's terminal: a prompt reads the asker's (passed) terminal
        for signum in (signal.SIGTERM, signal.SIGCHLD, signal.SIGHUP):
            signal.signal(signum, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        status = _answer(conn)
    except BaseException:
        log.exception("serve: a served command failed")
    finally:
        # What a process does at its normal end (temporary folders removed, logs flushed), but
        # never unwinding into the server's loop, whose clean-up is the server's alone.
        atexit._run_exitfuncs()
        os._exit(status)


def _answer(conn: socket.socket) -> int:
    conn.settimeout(REQUEST_SECONDS)  # an asker that connects and says nothing is dropped
    data, fds, _flags, _addr = socket.recv_fds(conn, 65536, 3)
    request = serve_socket.receive(conn, first=data)
    conn.settimeout(None)  # the verb itself may take as long as it takes
    if request is None:
        return 1
    if request.get("stop") is True:
        os.kill(os.getppid(), signal.SIGTERM)
        serve_socket.send(conn, {"stopped": True})
        return 0
    if len(fds) != 3 or not _well_formed(request):
        return 1
    argv: list[str] = request["argv"]
    print(f"talash serve: {_verb_of(argv)} (process {os.getpid()})", file=sys.stderr, flush=True)
    _take_over(fds, request["env"], request["cwd"])
    serve_socket.send(conn, {"pid": os.getpid()})
    from desktop.cli import run
    from desktop.logging_setup import forget_crash_log

    forget_crash_log()
    status = run(argv)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except OSError:
            pass
    try:
        serve_socket.send(conn, {"exit": status})
    except OSError:
        pass  # the asker has gone; the verb's work is done and recorded all the same
    return status


def _well_formed(request: dict[str, Any]) -> bool:
    argv, env, cwd = request.get("argv"), request.get("env"), request.get("cwd")
    return (
        isinstance(argv, list)
        and all(isinstance(a, str) for a in argv)
        and isinstance(env, dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in env.items())
        and isinstance(cwd, str)
    )


def _verb_of(argv: list[str]) -> str:
    """The verb's name alone for the server's own terminal: its arguments may name a person."""
    from desktop import commands

    return next((a for a in argv if commands.module_name_for(a) is not None), "(no verb)")


def _take_over(fds: list[int], env: dict[str, str], cwd: str) -> None:
    """Become the asking ``talash``: its standard streams, environment and working folder."""
    for target, fd in zip((0, 1, 2), fds, strict=True):
        os.dup2(fd, target)
        os.close(fd)
    # New stream objects, as Python makes them at start, over the asker's descriptors.
    encoding = sys.__stdout__.encoding if sys.__stdout__ is not None else "utf-8"
    sys.stdin = open(0, encoding=encoding, closefd=False)
    sys.stdout = open(1, "w", encoding=encoding, closefd=False)
    sys.stdout.reconfigure(line_buffering=os.isatty(1))
    sys.stderr = open(2, "w", encoding=encoding, errors="backslashreplace", closefd=False)
    sys.stderr.reconfigure(line_buffering=True)
    os.environ.clear()
    os.environ.update(env)
    time.tzset()  # the asker's TZ, if it set one
    os.chdir(cwd)
