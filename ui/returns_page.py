"""The weekly return to headquarters (a page the returns service fills; see docs/)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ReturnsPage(QWidget):
    """Until the returns screens are wired, the page says what it is for; it shows no figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("Returns to headquarters", self)
        title.setProperty("role", "page-title")
        text = QLabel(
            "Here the station head will see the week's return before it goes to headquarters: "
            "cases reported, traced and untraced by sex and age band, children found, and the "
            "clocks kept or missed. The station head approves it and exports one signed file "
            "for headquarters; earlier returns are listed with their receipts.\n\n"
            "Until this page is connected, returns are made with the command line (docs/cli.md).",
            self,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addStretch(1)
