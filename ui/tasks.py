"""Work off the window's thread: searches, imports, exports, printing many, demo data.

``run_in_background`` runs a function on Qt's thread pool and hands its result (or its error)
back on the window's thread. ``run_with_progress`` does the same behind a progress dialog whose
Cancel button the function sees through its ``cancelled()`` callback. A background job makes
its own service calls: each call opens its own session, so services are safe to use from here.
The function must not touch widgets; only the callbacks do.

A job started for a widget (``owner``) delivers nothing once that widget is gone: a panel
closed while its search runs must not be updated after Qt has deleted it.

The worker never emits Qt signals: it leaves its progress and its outcome on the task, and a
timer on the window's thread picks them up (frequent cross-thread signal emission with Python
arguments proved unsafe in this PySide version, and polling keeps the job free of Qt).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from models.errors import UserError

T = TypeVar("T")
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
POLL_MS = 40


class Task(Generic[T]):
    """A running background job."""

    def __init__(
        self,
        fn: Callable[[Progress, Cancelled], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None,
        owner: QObject | None = None,
    ) -> None:
        self.fn = fn
        self.owner = owner
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress
        self._cancel = threading.Event()
        self._progress: tuple[int, int] | None = None
        self._shown_progress: tuple[int, int] | None = None
        self._outcome: tuple[bool, Any] | None = None  # (ok, result or exception)
        self.finished = False

    # -- the worker's side ------------------------------------------------------------------

    def report_progress(self, done: int, total: int) -> None:
        self._progress = (done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.fn(self.report_progress, self.cancelled)
        except BaseException as exc:  # handed to the window's thread, never lost
            self._outcome = (False, exc)
        else:
            self._outcome = (True, result)

    # -- the window's side --------------------------------------------------------------------

    def cancel(self) -> None:
        self._cancel.set()

    def poll(self) -> bool:
        """Deliver progress and, once there, the outcome; True when the task is over."""
        if self.owner is not None and not isValid(self.owner):
            self._cancel.set()  # nobody is left to show it: the job may stop early
            self.finished = self._outcome is not None
            return self.finished
        progress = self._progress
        if progress is not None and progress != self._shown_progress:
            self._shown_progress = progress
            if self.on_progress is not None:
                self.on_progress(*progress)
        outcome = self._outcome
        if outcome is None:
            return False
        self.finished = True
        ok, value = outcome
        if ok:
            self.on_done(value)
        else:
            self.on_error(value)
        return True


class _Runnable(QRunnable):
    def __init__(self, task: Task[Any]) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task.run()


class _Poller(QObject):
    """Checks the running tasks from the window's thread."""

    def __init__(self) -> None:
        super().__init__()
        self.tasks: list[Task[Any]] = []
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.tick)

    def add(self, task: Task[Any]) -> None:
        self.tasks.append(task)
        if not self.timer.isActive():
            self.timer.start()

    def tick(self) -> None:
        for task in list(self.tasks):
            try:
                over = task.poll()
            except BaseException:
                self.tasks.remove(task)
                raise  # a bug in a callback: the window's exception hook reports it
            if over:
                self.tasks.remove(task)
        if not self.tasks:
            self.timer.stop()


_poller: _Poller | None = None


def _the_poller() -> _Poller:
    global _poller
    if _poller is None:
        _poller = _Poller()
    return _poller


def default_error(parent: QWidget | None) -> Callable[[BaseException], None]:
    def handle(exc: BaseException) -> None:
        if isinstance(exc, UserError):
            from ui.messages import show_refusal

            show_refusal(parent, exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    return handle


def start(
    fn: Callable[[Progress, Cancelled], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    owner: QObject | None = None,
) -> Task[T]:
    task: Task[T] = Task(fn, on_done, on_error or default_error(None), on_progress, owner)
    _the_poller().add(task)
    QThreadPool.globalInstance().start(_Runnable(task))
    return task


def run_in_background(
    fn: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
    owner: QObject | None = None,
) -> Task[T]:
    """Run ``fn()`` off the window's thread; ``on_done(result)`` runs back on it unless
    ``owner`` has been deleted by then."""
    return start(lambda _progress, _cancelled: fn(), on_done, on_error, owner=owner)


def run_on_own_thread(
    fn: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> Task[T]:
    """Like ``run_in_background``, on a thread of its own instead of the pool's.

    For a long job nobody waits for (the register's whole-file check): on a two-core desk the
    pool has two threads, and a search a person waits for must not queue behind it. The thread
    is a daemon: closing the window does not wait for the job.
    """
    task: Task[T] = Task(
        lambda _progress, _cancelled: fn(), on_done, on_error or default_error(None), None
    )
    _the_poller().add(task)
    threading.Thread(target=task.run, name="talash-background", daemon=True).start()
    return task


def run_with_progress(
    parent: QWidget | None,
    title: str,
    label: str,
    fn: Callable[[Progress, Cancelled], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> tuple[Task[T], QProgressDialog]:
    """A long job behind a progress dialog that can be cancelled (the job decides when to stop
    and returns what it finished)."""
    dialog = QProgressDialog(label, "Cancel", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def finish(result: T) -> None:
        dialog.close()
        on_done(result)

    def fail(exc: BaseException) -> None:
        dialog.close()
        (on_error or default_error(parent))(exc)

    task = start(fn, finish, fail, progress)
    dialog.canceled.connect(task.cancel)
    dialog.show()
    return task, dialog
