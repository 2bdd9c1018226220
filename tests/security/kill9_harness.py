"""Kill -9 at random moments while cases are being saved; then check nothing acknowledged is lost.

Each trial starts a child that registers cases in a loop and prints each acknowledged save, lets
it run a random while after its first save, and kills it with SIGKILL. The register must then
pass SQLite's integrity check and start-up check, hold every acknowledged case, hold no half-saved
case (every case has its person and its audit event), and keep an intact audit chain.

A process kill leaves the operating system's cache intact; power loss needs a VM hard reset
(reliability-reference §8 item 35), which this harness does not pretend to be.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from models import audit
from models.db import integrity_problems, open_database
from models.entities import AuditEvent, Case, Person

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Trial:
    acknowledged: int
    present: int
    problems: list[str] = field(default_factory=list)


@dataclass
class Kill9Report:
    trials: list[Trial]

    @property
    def ok(self) -> bool:
        return all(not t.problems for t in self.trials)

    @property
    def acknowledged(self) -> int:
        return sum(t.acknowledged for t in self.trials)

    def problems(self) -> list[str]:
        return [f"trial {i + 1}: {p}" for i, t in enumerate(self.trials) for p in t.problems]


def _child(path: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO), TALASH_TEST_POSTGRES="off")
    return subprocess.Popen(
        [sys.executable, "-m", "tests.security.kill9_child", str(path)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def run_trial(path: Path, rng: random.Random, *, max_delay: float = 0.4) -> Trial:
    proc = _child(path)
    acked: list[str] = []
    first = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("ACK "):
                acked.append(line[4:].strip())
                first.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if not first.wait(timeout=60):
        proc.kill()
        proc.wait()
        return Trial(0, 0, ["the child saved nothing within 60 s"])
    time.sleep(rng.uniform(0, max_delay))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reader.join(timeout=10)
    return check_after_kill(path, list(acked))


def check_after_kill(path: Path, acked: list[str]) -> Trial:
    problems: list[str] = []
    db = open_database(path)  # runs the start-up quick check
    try:
        problems += [f"integrity: {p}" for p in integrity_problems(db)]
        with db.read() as s:
            numbers = set(s.scalars(select(Case.register_no)).all())
            lost = [n for n in acked if n not in numbers]
            if lost:
                problems.append(f"acknowledged but lost: {lost}")
            orphans = s.scalar(
                select(func.count()).select_from(Case).where(~Case.person_id.in_(select(Person.id)))
            )
            if orphans:
                problems.append(f"{orphans} cases without their person")
            created = s.scalar(select(func.count()).where(AuditEvent.action == "case.create"))
            if created != len(numbers):
                problems.append(f"{len(numbers)} cases but {created} case.create audit events")
            chain = audit.verify_chain(s)
            if not chain.ok:
                problems.append(f"audit chain: {chain.problem}")
    finally:
        db.dispose()
    return Trial(len(acked), len(numbers), problems)


def run(path: Path, trials: int, *, seed: int = 2026) -> Kill9Report:
    rng = random.Random(seed)
    return Kill9Report([run_trial(path, rng) for _ in range(trials)])
