""" "Possible matches to review: N", on the dashboard and the overdue page; a click shows them.

The count is the matching service's (pairs at or above the threshold that nobody has decided,
both records still open). It is asked off the window's thread: on a register of a million cases
it takes 50–100 ms, and it is asked each time either page opens or refreshes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from models.errors import UserError
from ui.desk import Desk
from ui.i18n import translated
from ui.tasks import default_error, run_in_background


class ReviewLink(QPushButton):
    """A flat button; ``review`` is emitted when clicked while there is something to review."""

    review = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.count = 0
        self.loading = False
        self._again = False
        self.setObjectName("matches-to-review")
        self.setFlat(True)
        self.setAutoDefault(False)
        self.clicked.connect(self._clicked)
        self.setText(self.tr("Possible matches to review: –"))

    def refresh(self) -> None:
        """Count again; the count shown stays until the new one comes."""
        if self.loading:
            self._again = True  # something changed since that count began: count once more
            return
        self.loading = True
        self._again = False
        matching, actor = self.desk.services.matching, self.desk.actor
        run_in_background(lambda: matching.to_review(actor), self._show, self._failed, owner=self)

    def _show(self, count: int) -> None:
        self.loading = False
        self.count = count
        self.setText(self.tr("Possible matches to review: {count}").format(count=f"{self.count:,}"))
        waiting = self.count > 0
        # Bold and red while found persons wait for someone to compare them with open cases.
        self.setStyleSheet(
            "QPushButton { color: #b71c1c; font-weight: bold; text-decoration: underline; }"
            if waiting
            else "QPushButton { color: #546e7a; }"
        )
        self.setToolTip(
            self.tr(
                "Found persons in care who may be missing persons of open cases: click to list them"
            )
            if waiting
            else self.tr("No possible match waits for a decision")
        )
        if self._again:
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.count = 0
        self.setText(self.tr("Possible matches to review: –"))
        if not isinstance(exc, UserError):
            default_error(self)(exc)  # a bug: the window's exception hook reports it
            return
        self.setToolTip(translated(exc.message))
        if self._again:
            self.refresh()

    def _clicked(self) -> None:
        if self.count > 0:
            self.review.emit()
