""" "Possible matches to review: N", on the dashboard and the overdue page; a click shows them.

The count is the matching service's (pairs at or above the threshold that nobody has decided,
both records still open); it reads one small table, so it is asked on the window's thread.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from models.errors import UserError
from ui.desk import Desk


class ReviewLink(QPushButton):
    """A flat button; ``review`` is emitted when clicked while there is something to review."""

    review = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.count = 0
        self.setObjectName("matches-to-review")
        self.setFlat(True)
        self.setAutoDefault(False)
        self.clicked.connect(self._clicked)
        self.setText("Possible matches to review: –")

    def refresh(self) -> None:
        try:
            self.count = self.desk.services.matching.to_review(self.desk.actor)
        except UserError as exc:
            self.count = 0
            self.setText("Possible matches to review: –")
            self.setToolTip(exc.message)
            return
        self.setText(f"Possible matches to review: {self.count:,}")
        waiting = self.count > 0
        # Bold and red while found persons wait for someone to compare them with open cases.
        self.setStyleSheet(
            "QPushButton { color: #b71c1c; font-weight: bold; text-decoration: underline; }"
            if waiting
            else "QPushButton { color: #546e7a; }"
        )
        self.setToolTip(
            "Found persons in care who may be missing persons of open cases: click to list them"
            if waiting
            else "No possible match waits for a decision"
        )

    def _clicked(self) -> None:
        if self.count > 0:
            self.review.emit()
