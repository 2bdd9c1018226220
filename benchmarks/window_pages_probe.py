"""The main window (offscreen) on a register, each page opened in turn while a timer on the
window's thread ticks every 5 ms: the longest gap between ticks is how long the window was frozen.

``python -m benchmarks.window_pages_probe REGISTER`` logs on as the station head (the time from
the password check until the register's first page is in the window is ``logon_to_first_page_ms``:
the check, the window built and shown, the first page and its count read), opens every page
of the navigation, waits until the page has loaded (its ``loading`` flag, where it has one, plus
half a second), and prints one JSON line: the longest stall per page (ms), the window thread's own
CPU time within that stall (ms), the time within it the thread was ready to run but waited for a
core (ms, from ``/proc/thread-self/schedstat``), and the process's RSS (MiB) after visiting every
page. Used by ``bench_overdue``.

These tell the kinds of stall apart on a shared machine: a stall with as much CPU as wall time is
work done on the window's thread; one spent waiting for a core is the machine's load; what is
left is the thread blocked, mostly on the interpreter lock held by a background job (a full
garbage collection in a pool thread once held it for 100-180 ms as the window first showed).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.register_data import NOW, PASSWORD, SHO
from desktop.heap import set_aside_long_lived
from models.clock import FixedClock
from models.db import open_database
from models.services import Services

TICK_MS = 5
SETTLE_S = 0.5
PAGE_TIMEOUT_S = 60.0


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _runqueue_wait_s() -> float:
    """Seconds the calling thread has spent ready to run but waiting for a core (Linux)."""
    try:
        return int(Path("/proc/thread-self/schedstat").read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def main(path: str) -> dict[str, object]:
    from ui.desk import Desk
    from ui.drafts import DraftStore
    from ui.due_matches import refresh_in_background
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    db = open_database(Path(path), check="logon_tables")
    services = Services.build(db, FixedClock(NOW))
    logon = time.perf_counter()  # the Log on button pressed: the password check onwards
    actor = services.accounts.authenticate(SHO.username, PASSWORD, desk="bench")
    folder = Path(tempfile.mkdtemp(prefix="talash-pages-"))
    desk = Desk(
        services=services,
        actor=actor,
        station=services.accounts.station(),
        lang="en",
        drafts=DraftStore(folder, now=services.clock.now),
        outbox_dir=folder / "outbox",
        database=path,
    )
    last = [time.perf_counter()]
    last_cpu = [time.thread_time()]
    last_wait = [_runqueue_wait_s()]
    worst = [0.0]
    worst_cpu = [0.0]
    worst_wait = [0.0]

    def tick() -> None:
        now, cpu, wait = time.perf_counter(), time.thread_time(), _runqueue_wait_s()
        gap = now - last[0] - TICK_MS / 1000
        if gap > worst[0]:
            worst[0], worst_cpu[0], worst_wait[0] = gap, cpu - last_cpu[0], wait - last_wait[0]
        last[0], last_cpu[0], last_wait[0] = now, cpu, wait

    def restart() -> None:
        last[0], last_cpu[0], last_wait[0] = time.perf_counter(), time.thread_time(), 0.0
        last_wait[0] = _runqueue_wait_s()
        worst[0], worst_cpu[0], worst_wait[0] = 0.0, 0.0, 0.0

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()

    def wait_for(page: object) -> float:
        """When the page had loaded (then half a second more is waited, for late stalls)."""
        started = time.perf_counter()
        loaded_at: float | None = None
        while time.perf_counter() - started < PAGE_TIMEOUT_S:
            app.processEvents()
            time.sleep(0.001)
            loaded = not getattr(page, "loading", False)
            if loaded and loaded_at is None:
                loaded_at = time.perf_counter()
            if loaded and time.perf_counter() - started > SETTLE_S:
                break
        return loaded_at if loaded_at is not None else time.perf_counter()

    stalls: dict[str, float] = {}
    cpu: dict[str, float] = {}
    waits: dict[str, float] = {}
    restart()
    set_aside_long_lived()  # as desktop/gui.py does before it builds the window
    window = MainWindow(desk)
    window.resize(1366, 768)
    window.show()
    refresh_in_background(desk, owner=window)  # as desktop/gui.py does once the window shows
    first_page_ms = round((wait_for(window.register) - logon) * 1000, 1)
    stalls["window"], cpu["window"] = round(worst[0] * 1000, 1), round(worst_cpu[0] * 1000, 1)
    waits["window"] = round(worst_wait[0] * 1000, 1)
    for key, page in window.page_widgets.items():
        restart()
        window.show_page(key)
        wait_for(page)
        stalls[key], cpu[key] = round(worst[0] * 1000, 1), round(worst_cpu[0] * 1000, 1)
        waits[key] = round(worst_wait[0] * 1000, 1)
    return {
        "logon_to_first_page_ms": first_page_ms,
        "longest_stall_ms": stalls,
        "cpu_in_longest_stall_ms": cpu,
        "core_wait_in_longest_stall_ms": waits,
        "rss_after_pages_mib": round(_rss_mib()),
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])), flush=True)
    os._exit(0)  # no clean-up: a person closing the window does not wait for it either
