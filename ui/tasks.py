"""Work off the window's thread: searches, imports, exports, printing many, demo data.

``run_in_background`` runs a function on Qt's thread pool and hands its result (or its error)
back on the window's thread. ``run_with_progress`` does the same behind a progress dialog whose
Cancel button the function sees through its ``cancelled()`` callback. A background job makes
its own service calls: each call opens its own session, so services are safe to use from here.
The function must not touch widgets; only the callbacks do.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from models.errors import UserError

T = TypeVar("T")
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_running: set[Task[Any]] = set()  # keeps each task's signal object alive until it reports


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, task: Task[Any]) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        task = self.task
        try:
            result = task.fn(task.report_progress, task.cancelled)
        except BaseException as exc:  # handed to the window's thread, never lost
            task.signals.failed.emit(exc)
        else:
            task.signals.done.emit(result)


class Task(Generic[T]):
    """A running background job."""

    def __init__(self, fn: Callable[[Progress, Cancelled], T]) -> None:
        self.fn = fn
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.finished = False

    def report_progress(self, done: int, total: int) -> None:
        self.signals.progress.emit(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def _finish(self, _value: object) -> None:
        self.finished = True
        _running.discard(self)


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
) -> Task[T]:
    task: Task[T] = Task(fn)
    task.signals.done.connect(on_done)
    task.signals.failed.connect(on_error or default_error(None))
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    # Connected last: dropping the task before the callbacks ran would lose them.
    task.signals.done.connect(task._finish)
    task.signals.failed.connect(task._finish)
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(task))
    return task


def run_in_background(
    fn: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> Task[T]:
    """Run ``fn()`` off the window's thread; ``on_done(result)`` runs back on it."""
    return start(lambda _progress, _cancelled: fn(), on_done, on_error)


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
