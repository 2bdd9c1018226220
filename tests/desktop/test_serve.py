"""``talash serve``: verbs run by a copy of a loaded program, exactly as they run alone.

Each test starts a real server in its own process, with its socket in the test's own runtime
folder, and runs ``python -m desktop`` as a station's script would.
"""

from __future__ import annotations

import contextlib
import json
import os
import pty
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image

from desktop import serve_client, serve_host, serve_socket
from desktop.cli import may_be_served
from models.db import Database
from tests.conftest import TEST_PASSWORD

pytestmark = pytest.mark.skipif(not serve_socket.supported(), reason="talash serve is Linux's")

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parents[1] / "data"


class Server:
    """``talash serve`` in a process of its own; ``lines`` is what it printed so far."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.process = subprocess.Popen(
            [sys.executable, "-m", "desktop", "serve"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.lines: list[str] = []
        self._partial = ""
        self.wait_for(lambda: any("talash serve: ready" in line for line in self.lines))

    def wait_for(self, done: object, *, timeout: float = 120) -> None:
        """Read what the server prints (unbuffered: a pipe's reader must not keep lines back
        from ``select``) until ``done()`` or the timeout."""
        assert self.process.stderr is not None and callable(done)
        fd = self.process.stderr.fileno()
        end = time.monotonic() + timeout
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            while not done():
                left = end - time.monotonic()
                if left <= 0 or not sel.select(left):
                    raise AssertionError(f"the server did not say it: {self.lines}")
                chunk = os.read(fd, 65536)
                if not chunk:
                    return
                self._partial += chunk.decode()
                *complete, self._partial = self._partial.split("\n")
                self.lines.extend(complete)

    def served(self, count: int) -> list[str]:
        """The verbs it says it served, once it has said ``count`` of them (and then anything
        more it says within half a second)."""
        self.wait_for(lambda: len(self._served()) >= count)
        with contextlib.suppress(AssertionError):
            self.wait_for(lambda: False, timeout=0.5)
        return self._served()

    def _served(self) -> list[str]:
        return [line.split(": ")[1].split(" (")[0] for line in self.lines if "(process " in line]

    def stop(self) -> None:
        talash(self.env, "serve", "--stop")
        self.process.wait(timeout=60)
        self.wait_for(lambda: False)  # read what it said to the end


EnvMaker = Callable[[], dict[str, str]]


@pytest.fixture
def make_env(tmp_path: Path) -> Iterator[EnvMaker]:
    """Environments of ``talash`` for this test, each with a runtime folder of its own; the
    folder is short (in /tmp), as a socket's path may be 107 bytes at most."""
    made: list[Path] = []

    def make() -> dict[str, str]:
        folder = Path(tempfile.mkdtemp(prefix="talash-run-", dir="/tmp"))  # private: 0700
        made.append(folder)
        env = {k: v for k, v in os.environ.items() if not k.startswith("TALASH_")}
        env.update(
            XDG_RUNTIME_DIR=str(folder),
            TALASH_DATA_DIR=str(tmp_path / "data"),
            TALASH_PASSWORD=TEST_PASSWORD,
            PYTHONPATH=str(ROOT),  # the program from any working folder, as installed
        )
        return env

    yield make
    for folder in made:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def server(make_env: EnvMaker) -> Iterator[Server]:
    running = Server(make_env())
    yield running
    if running.process.poll() is None:
        running.stop()


def talash(
    env: dict[str, str], *args: str, stdin: str = "", cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _target(db: Database) -> list[str]:
    target = str(db.target.sqlite_path or db.target.url.render_as_string(hide_password=False))
    db.dispose()
    return ["--db", target, "--as", "hc.pawar"]


def test_a_served_verb_takes_the_askers_stdin_folder_and_environment(
    server: Server, db: Database, tmp_path: Path, make_env: EnvMaker
) -> None:
    # The case comes on standard input, its photo is named relative to the working folder, and
    # the data folder and password come from the environment: all three are the asker's.
    work = tmp_path / "work"
    work.mkdir()
    Image.new("RGB", (300, 400), (200, 120, 80)).save(work / "priya.jpg", "JPEG")
    case = (DATA / "case-full.json").read_text(encoding="utf-8")
    on = _target(db)
    added = talash(server.env, *on, "case", "add", "-", stdin=case, cwd=work)
    assert (added.returncode, added.stdout.strip()) == (0, "MP/2026/0001"), added.stderr
    shown = talash(server.env, *on, "case", "show", "MP/2026/0001", "--json")
    assert shown.returncode == 0, shown.stderr
    assert len(json.loads(shown.stdout)["photos"]) == 1
    assert server.served(2) == ["case", "case"]
    # Run alone (no server in this runtime folder), the verb says the same.
    alone = make_env()
    assert talash(alone, *on, "case", "show", "MP/2026/0001", "--json").stdout == shown.stdout
    assert (tmp_path / "data" / "logs").is_dir()  # the verb's log went to the asker's data folder


def test_a_refusal_keeps_its_message_and_exit_status(server: Server, db: Database) -> None:
    on = _target(db)
    missing = talash(server.env, *on, "case", "show", "MP/2026/0999")
    assert (missing.returncode, missing.stdout) == (1, "")
    assert missing.stderr.startswith("talash: ") and "MP/2026/0999" in missing.stderr
    wrong = dict(server.env, TALASH_PASSWORD="not the password")
    refused = talash(wrong, *on, "case", "list")
    assert refused.returncode == 1 and "password" in refused.stderr.lower()
    assert server.served(2) == ["case", "case"]
    # Help and mistakes are answered by the asker itself, at once.
    assert talash(server.env, "--help").returncode == 0
    assert talash(server.env, "no-such-verb").returncode == 2
    assert len(server.served(2)) == 2


def test_the_password_prompt_is_the_askers_terminal_and_ctrl_c_reaches_it(
    server: Server, db: Database
) -> None:
    env = {k: v for k, v in server.env.items() if k != "TALASH_PASSWORD"}
    on = _target(db)

    def at_terminal(answer: bytes | None) -> tuple[int, bytes]:
        main, side = pty.openpty()
        asker = subprocess.Popen(
            [sys.executable, "-m", "desktop", *on, "case", "list"],
            cwd=ROOT,
            env=env,
            stdin=side,
            stdout=side,
            stderr=side,
            start_new_session=True,
        )
        os.close(side)
        seen = _read_until(main, b"Password for hc.pawar: ")
        if answer is None:
            asker.send_signal(signal.SIGINT)  # what Ctrl-C at the terminal does
        else:
            os.write(main, answer)
        status = asker.wait(timeout=60)
        seen += _read_until(main, b"\x00", timeout=2)
        os.close(main)
        return status, seen

    status, seen = at_terminal(TEST_PASSWORD.encode() + b"\n")
    assert status == 0
    assert TEST_PASSWORD.encode() not in seen  # typed without echo
    status, seen = at_terminal(None)
    assert status == 130 and b"talash: interrupted" in seen
    assert server.served(2) == ["case", "case"]


def _read_until(fd: int, token: bytes, *, timeout: float = 60) -> bytes:
    seen = b""
    end = time.monotonic() + timeout
    with selectors.DefaultSelector() as sel:
        sel.register(fd, selectors.EVENT_READ)
        while token not in seen and sel.select(max(0.0, end - time.monotonic())):
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the terminal's other side has closed
                break
            if not chunk:
                break
            seen += chunk
    return seen


def test_a_changed_program_is_not_served_and_the_verb_runs_alone(
    server: Server, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    on = _target(db)
    tracked = ROOT / "desktop" / "commands" / "serve_cmd.py"
    before = tracked.stat()
    os.utime(tracked, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    try:
        done = talash(server.env, *on, "case", "list")
    finally:
        os.utime(tracked, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert done.returncode == 0, done.stderr
    server.process.wait(timeout=60)
    server.wait_for(lambda: False)
    assert server.served(0) == []
    assert any("program's files changed" in line for line in server.lines)
    monkeypatch.setenv("XDG_RUNTIME_DIR", server.env["XDG_RUNTIME_DIR"])
    assert not serve_socket.socket_path().exists()


def test_stop_and_a_second_server(server: Server) -> None:
    second = talash(server.env, "serve")
    assert second.returncode == 1 and "already running" in second.stderr
    server.stop()
    assert any("stopped (asked to stop)" in line for line in server.lines)
    again = talash(server.env, "serve", "--stop")
    assert again.returncode == 1 and "No talash serve is running" in again.stderr


def test_a_folder_open_to_others_is_refused(make_env: EnvMaker) -> None:
    env = make_env()
    folder = Path(env["XDG_RUNTIME_DIR"]) / "talash"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    refused = talash(env, "serve")
    assert refused.returncode == 1 and "not private to this account" in refused.stderr
    # A socket someone left in such a folder is never used by the asker either.
    assert not serve_socket.private_to_me(folder, folder=True)


def test_an_idle_server_stops_and_leaves_no_socket(
    make_env: EnvMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", make_env()["XDG_RUNTIME_DIR"])
    path = serve_socket.socket_path()
    listener = serve_host.listen(path)
    term, chld = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGCHLD)
    assert (
        serve_host.serve(listener, path, files=serve_host.ProgramFiles(), idle_seconds=0.2)
        == "no command for a while"
    )
    assert not path.exists()
    # This process's own handlers are as they were (its subprocesses are still waited for).
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGCHLD)) == (term, chld)
    assert stat_mode(path.parent) == 0o700


def test_a_runtime_folder_too_long_for_a_socket_is_said_in_plain_words(
    make_env: EnvMaker,
) -> None:
    env = make_env()
    deep = Path(env["XDG_RUNTIME_DIR"]) / ("d" * 90)
    deep.mkdir(mode=0o700)
    refused = talash({**env, "XDG_RUNTIME_DIR": str(deep)}, "serve")
    assert refused.returncode == 1 and "too long a path" in refused.stderr
    # The asker, finding no server it can reach there, runs the verb itself.
    assert talash({**env, "XDG_RUNTIME_DIR": str(deep)}, "case", "--help").returncode == 0


def stat_mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_a_request_from_another_account_is_not_served(
    make_env: EnvMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The kernel's word for the asker's account decides; faked here as another account's.
    monkeypatch.setattr(serve_socket, "peer_uid", lambda _conn: os.getuid() + 1)
    monkeypatch.setenv("XDG_RUNTIME_DIR", make_env()["XDG_RUNTIME_DIR"])
    path = serve_socket.socket_path()
    listener = serve_host.listen(path)
    asker = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    asker.connect(str(path))
    serve_socket.send(asker, {"stop": True})
    assert (
        serve_host.serve(listener, path, files=serve_host.ProgramFiles(), idle_seconds=0.5)
        == "no command for a while"
    )
    # Closed unanswered (reset, as the request was never read): not stopped, not served.
    with pytest.raises(ConnectionResetError):
        asker.recv(100)
    asker.close()


def test_program_files_notice_a_change(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "resources").mkdir()
    data = tmp_path / "resources" / "taxonomy.json"
    data.write_text("{}", encoding="utf-8")
    monkeypatch.setattr(serve_socket, "program_root", lambda: tmp_path)
    files = serve_host.ProgramFiles()
    assert not files.changed()
    os.utime(data, ns=(0, data.stat().st_mtime_ns + 1))
    assert files.changed()


@pytest.mark.parametrize(
    ("argv", "served"),
    [
        (["case", "show", "MP/2026/0001"], True),
        (["--db", "x.sqlite", "--as", "hc.pawar", "overdue"], True),
        ([], False),  # the window
        (["--version"], False),
        (["--help"], False),
        (["no-such-verb"], False),
        (["serve"], False),
        (["serve", "--stop"], False),
    ],
)
def test_which_command_lines_a_server_may_run(argv: list[str], served: bool) -> None:
    assert may_be_served(argv) is served


def test_a_server_that_does_not_answer_is_not_waited_for_and_the_verb_not_run_twice(
    make_env: EnvMaker, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A server stopped in its tracks (Ctrl-Z at its terminal) still accepts connections.
    monkeypatch.setenv("XDG_RUNTIME_DIR", make_env()["XDG_RUNTIME_DIR"])
    monkeypatch.setattr(serve_client, "START_SECONDS", 0.3)
    path = serve_socket.socket_path()
    listener = serve_host.listen(path)
    try:
        assert serve_client.forward(["case", "list"]) == 1
    finally:
        listener.close()
    assert "talash serve did not answer" in capsys.readouterr().err
