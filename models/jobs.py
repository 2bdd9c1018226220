"""Long jobs (returns, imports) report progress and can be stopped, without knowing about Qt.

The window passes a callback that updates a progress bar and a check that reads its Cancel
button; the command line passes nothing. A job that is stopped raises ``Cancelled`` from inside
its transaction, so nothing it had started is saved.
"""

from __future__ import annotations

from collections.abc import Callable

from models.errors import UserError
from models.messages import msg

Progress = Callable[[int, int, str], None]
"""``progress(done, total, what)``: ``done`` of ``total`` steps; ``what`` says what is under way."""

CancelCheck = Callable[[], bool]
"""Returns True once the person has asked to stop."""


class Cancelled(UserError):
    """The person stopped the job; nothing it had started was saved."""

    def __init__(self) -> None:
        super().__init__(msg("Stopped at your request; nothing was saved."))


class Job:
    """Steps of a job: ``step()`` reports progress and stops if cancellation was asked for."""

    def __init__(
        self, total: int, progress: Progress | None = None, cancel: CancelCheck | None = None
    ) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancel = cancel

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise Cancelled

    def step(self, what: str, count: int = 1) -> None:
        self.check()
        self.done = min(self.total, self.done + count)
        if self._progress is not None:
            self._progress(self.done, self.total, what)

    def start(self, what: str) -> None:
        self.check()
        if self._progress is not None:
            self._progress(self.done, self.total, what)
