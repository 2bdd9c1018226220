"""The window's status bar: messages in an area of their own that never runs under the station,
user and database labels on the right.

A message too long for the area is cut with "…" and its whole text is the area's tooltip. A
message shown for a while (``showMessage(text, ms)``) that is interrupted by a shorter one comes
back when the shorter one is gone, for what is left of its time, so a failed backup is not
hidden for good by "kept as a draft".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget


class MessageArea(QLabel):
    """One line that elides what does not fit and keeps the whole text in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status-message")
        self.full = ""
        # Takes the room the permanent labels leave, and no more: it never pushes them.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def say(self, text: str) -> None:
        self.full = text
        self.setToolTip(text)
        self._fit()

    def _fit(self) -> None:
        one_line = " ".join(self.full.split())
        width = max(0, self.contentsRect().width())
        self.setText(
            self.fontMetrics().elidedText(one_line, Qt.TextElideMode.ElideRight, width)
            if one_line
            else ""
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


@dataclass
class _Shown:
    text: str
    ms: int  # 0: until replaced or cleared
    clock: QElapsedTimer = field(default_factory=QElapsedTimer)

    def left_ms(self) -> int:
        return self.ms - int(self.clock.elapsed()) if self.ms else 0


class StatusLine(QStatusBar):
    """A ``QStatusBar`` whose ``showMessage`` writes into a ``MessageArea`` (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.area = MessageArea(self)
        self.addWidget(self.area, 1)
        self._stack: list[_Shown] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)

    def showMessage(self, text: str, /, timeout: int | None = 0) -> None:
        if not text:
            self.clearMessage()
            return
        shown = _Shown(text, max(0, timeout or 0))
        shown.clock.start()
        # Messages for good and those already over give way; one still in its time waits.
        self._stack = [s for s in self._stack if s.ms and s.left_ms() > 0] + [shown]
        self._show_top()

    def clearMessage(self) -> None:
        self._stack.clear()
        self._timer.stop()
        self.area.say("")

    def currentMessage(self) -> str:
        return self.area.full

    def _expire(self) -> None:
        self._stack = [s for s in self._stack if not s.ms or s.left_ms() > 0]
        self._show_top()

    def _show_top(self) -> None:
        self._timer.stop()
        if not self._stack:
            self.area.say("")
            return
        top = self._stack[-1]
        self.area.say(top.text)
        if top.ms:
            self._timer.start(max(1, top.left_ms()))
