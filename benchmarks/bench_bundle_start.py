"""The bundled program (dist/talash, ``make bundle``) from its start to the logon box on screen.

What a person waits for after double-clicking: a fresh ``dist/talash/talash`` process on a real
X display (a private Xvfb), from the moment it is started until the logon box is mapped on the
screen; the process is then killed. "Cold" here is a fresh process; the disk cache is warm
(one run first fills it), as it is from the second start of the day on. Figures (median of the
runs, seconds; goal ≤ 1.5 s):
- ``logon_wall_s``: the bundle to its logon box;
- ``source_logon_wall_s``: the same window started from the source tree with the venv's Python
  (``python -m desktop``, same display, same register, bytecode cached), the baseline of this
  run;
- ``bare_start_wall_s``: the bundle's ``--version``, the floor every start pays (the
  bootloader, Python and the program's first imports, no Qt).
Skipped when dist/talash is absent or Xvfb is not installed. The register is set up by the
bundle itself (``talash init``) in a temporary folder.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "talash" / "talash"
GOAL_S = 1.5
TIMEOUT_S = 30.0
PASSWORD = "Bench-Bundle-Start-2026"
DISPLAY_NUMBER = 87


class _WindowAttributes(ctypes.Structure):
    """Xlib's XWindowAttributes (only map_state is read)."""

    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong),
        ("c_class", ctypes.c_int),
        ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


class _Screen:
    """Asks a running X server, through Xlib, whether a top-level window is on the screen."""

    def __init__(self, display: str) -> None:
        name = ctypes.util.find_library("X11")
        if name is None:
            raise RuntimeError("libX11 is not installed")
        x11 = ctypes.CDLL(name)
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XQueryTree.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
            ctypes.POINTER(ctypes.c_uint),
        ]
        x11.XFree.argtypes = [ctypes.c_void_p]
        x11.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
        self.x11 = x11
        self.display = x11.XOpenDisplay(display.encode())
        if not self.display:
            raise RuntimeError(f"cannot open the X display {display}")
        self.root = x11.XDefaultRootWindow(self.display)

    def _map_state(self, window: int) -> int:
        attributes = _WindowAttributes()
        if not self.x11.XGetWindowAttributes(self.display, window, ctypes.byref(attributes)):
            return 0
        return int(attributes.map_state)

    def windows_shown(self) -> int:
        """How many top-level windows are mapped and viewable now."""
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children = ctypes.POINTER(ctypes.c_ulong)()
        count = ctypes.c_uint()
        self.x11.XQueryTree(
            self.display,
            self.root,
            ctypes.byref(root),
            ctypes.byref(parent),
            ctypes.byref(children),
            ctypes.byref(count),
        )
        viewable = 2  # Xlib's IsViewable
        shown = sum(self._map_state(children[i]) == viewable for i in range(count.value))
        if children:
            self.x11.XFree(children)
        return shown


def _until_shown(argv: Sequence[str], env: dict[str, str], screen: _Screen) -> float:
    """Seconds from starting ``argv`` until it maps a window; the process is then killed."""
    before = screen.windows_shown()
    start = time.perf_counter()
    process = subprocess.Popen(
        argv,
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        while screen.windows_shown() <= before:
            if process.poll() is not None:
                error = process.stderr.read().decode(errors="replace") if process.stderr else ""
                raise RuntimeError(f"{argv[0]} ended before showing a window: {error.strip()}")
            if time.perf_counter() - start > TIMEOUT_S:
                raise RuntimeError(f"{argv[0]} showed no window in {TIMEOUT_S:.0f} s")
            time.sleep(0.002)
        return time.perf_counter() - start
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def _wall(argv: Sequence[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def _set_up_station(env: dict[str, str]) -> None:
    subprocess.run(
        [
            str(BUNDLE),
            "init",
            "--code",
            "MH-TST-BEN",
            "--name",
            "Bench Police Station",
            "--name-local",
            "बेंच पोलीस ठाणे",
            "--district",
            "Mumbai City",
            "--state",
            "Maharashtra",
            "--phone",
            "022-2400XXXX",
            "--language",
            "mr",
            "--head-username",
            "pi.shinde",
            "--head-name",
            "Suresh Shinde",
            "--head-rank",
            "Police Inspector",
        ],
        env=dict(
            env,
            TALASH_PASSWORD=PASSWORD,
            TALASH_NEW_PASSWORD=PASSWORD,
            QT_QPA_PLATFORM="offscreen",
        ),
        check=True,
        capture_output=True,
    )


def run(*, quick: bool = False) -> dict[str, Any]:
    if not BUNDLE.exists():
        print("  skipped: no bundle in dist/talash (make bundle)")
        return {"skipped": "no bundle in dist/talash"}
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        print("  skipped: Xvfb is not installed")
        return {"skipped": "Xvfb is not installed"}
    runs = 3 if quick else 9
    display = f":{DISPLAY_NUMBER}"
    server = subprocess.Popen(
        [xvfb, display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with tempfile.TemporaryDirectory(prefix="talash-bench-bundle-") as folder:
            env = {k: v for k, v in os.environ.items() if not k.startswith(("TALASH_", "QT_"))}
            env.update(
                DISPLAY=display,
                QT_QPA_PLATFORM="xcb",
                TALASH_DATA_DIR=str(Path(folder) / "data"),
            )
            _set_up_station(env)
            screen = _wait_for_screen(display)
            bundle = [str(BUNDLE)]
            source_env = dict(env, PYTHONPYCACHEPREFIX=str(Path(folder) / "pycache"))
            source = [sys.executable, "-m", "desktop"]
            version = [str(BUNDLE), "--version"]
            # One run of each first: the page cache holds the files, the bytecode is compiled.
            _until_shown(bundle, env, screen)
            _until_shown(source, source_env, screen)
            _wall(version, env)
            logon, from_source, bare = [], [], []
            for _ in range(runs):  # alternating, so other work on the machine falls on all
                logon.append(_until_shown(bundle, env, screen))
                from_source.append(_until_shown(source, source_env, screen))
                bare.append(_wall(version, env))
    finally:
        server.terminate()
        server.wait()
    figures: dict[str, Any] = {
        "runs": runs,
        "cache": "warm page cache, fresh process each run",
        "goal": {"logon_wall_s": GOAL_S},
        "logon_wall_s": round(statistics.median(logon), 3),
        "logon_wall_s_min_max": [round(min(logon), 3), round(max(logon), 3)],
        "source_logon_wall_s": round(statistics.median(from_source), 3),
        "bare_start_wall_s": round(statistics.median(bare), 3),
        "bundle_mib": round(_size(BUNDLE.parent) / 2**20, 1),
    }
    figures["logon_over_source"] = round(
        figures["logon_wall_s"] / figures["source_logon_wall_s"], 2
    )
    figures["met"] = figures["logon_wall_s"] <= GOAL_S
    for name, value in sorted(figures.items()):
        print(f"  {name}: {value}")
    return figures


def _wait_for_screen(display: str) -> _Screen:
    deadline = time.monotonic() + 10
    while True:
        try:
            return _Screen(display)
        except RuntimeError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _size(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file())
