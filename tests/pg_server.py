"""A throw-away PostgreSQL server for the test session (a real server, not a mock).

``make test`` runs every database test on SQLite and, when a PostgreSQL server binary is on the
machine, on this server too. If the binary is there but the server will not start, the run fails:
a silently skipped backend would hide exactly the bugs this is for.

Set ``TALASH_TEST_POSTGRES_URL`` to use an existing server instead (the tests create and drop
their own databases on it), or ``TALASH_TEST_POSTGRES=off`` to run on SQLite only.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def find_bin_dir() -> Path | None:
    """The folder holding initdb/pg_ctl, newest version first; None if PostgreSQL is absent."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(os.path.realpath(found)).parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
        reverse=True,
    )
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PostgresServer:
    bin_dir: Path
    data_dir: Path
    port: int
    user: str = "talash"
    run_as: str | None = None
    version: str = ""

    def _cmd(self, *args: str) -> list[str]:
        if self.run_as:
            # initdb refuses to run as root: run the server as an ordinary system user.
            return ["runuser", "-u", self.run_as, "--", *args]
        return list(args)

    @classmethod
    def start(cls) -> PostgresServer:
        bin_dir = find_bin_dir()
        if bin_dir is None:
            raise PostgresUnavailable("no PostgreSQL server binary on this machine")
        base = Path(tempfile.mkdtemp(prefix="talash-pg-"))
        run_as = None
        if os.geteuid() == 0:
            run_as = "postgres"
            try:
                entry = pwd.getpwnam(run_as)
            except KeyError as exc:
                raise PostgresUnavailable(
                    "running as root, and there is no 'postgres' user"
                ) from exc
            os.chown(base, entry.pw_uid, entry.pw_gid)
        server = cls(bin_dir=bin_dir, data_dir=base / "data", port=_free_port(), run_as=run_as)
        server._initdb_and_start(base)
        return server

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self._cmd(*args), capture_output=True, text=True, check=False)

    def _initdb_and_start(self, base: Path) -> None:
        init = self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data_dir),
            "-U",
            self.user,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        if init.returncode != 0:
            raise PostgresUnavailable(
                f"initdb failed: {init.stderr.strip() or init.stdout.strip()}"
            )
        log = base / "server.log"
        # fsync off: a test server that dies loses nothing worth keeping, and tests run faster.
        options = f"-h 127.0.0.1 -p {self.port} -k {base} -F -c max_connections=60"
        start = self._run(
            str(self.bin_dir / "pg_ctl"),
            "-D",
            str(self.data_dir),
            "-l",
            str(log),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        )
        if start.returncode != 0:
            text = log.read_text(errors="replace") if log.exists() else start.stderr
            raise PostgresUnavailable(
                f"the PostgreSQL server did not start: {text.strip()[-2000:]}"
            )
        version = subprocess.run(
            [str(self.bin_dir / "postgres"), "--version"],
            capture_output=True,
            text=True,
            check=False,
        )
        self.version = version.stdout.strip()
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise PostgresUnavailable("the PostgreSQL server did not accept connections")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "immediate", "stop")
        shutil.rmtree(self.data_dir.parent, ignore_errors=True)
