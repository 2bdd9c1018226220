"""The window's look: large, readable text; red frames on refused fields; status colours."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from models.enums import CaseStatus, FoundStatus
from ui.fonts import apply_app_font

BASE_POINT_SIZE = 11

STATUS_COLOURS: dict[str, tuple[str, str]] = {
    # (background, text) — text stays dark enough to read on the tint.
    CaseStatus.REGISTERED.value: ("#fff3e0", "#8a4b00"),
    CaseStatus.TRACED.value: ("#e8f5e9", "#1b5e20"),
    CaseStatus.CLOSED.value: ("#eceff1", "#37474f"),
    CaseStatus.TRANSFERRED.value: ("#e3f2fd", "#0d47a1"),
    CaseStatus.VOID.value: ("#f5f5f5", "#757575"),
    FoundStatus.IN_CARE.value: ("#fff3e0", "#8a4b00"),
    FoundStatus.LINKED.value: ("#e3f2fd", "#0d47a1"),
    FoundStatus.RESTORED.value: ("#e8f5e9", "#1b5e20"),
    FoundStatus.CLOSED.value: ("#eceff1", "#37474f"),
}
OVERDUE_COLOUR = "#b71c1c"
OVERDUE_TEXT = QColor(OVERDUE_COLOUR)

STYLESHEET = """
*[problem="true"] { border: 2px solid #c62828; border-radius: 3px; }
QLabel[role="error"] { color: #b71c1c; }
QLabel[role="warning"] { color: #8a5a00; }
QLabel[role="hint"] { color: #546e7a; }
QLabel[role="column-header"] { color: #455a64; font-weight: bold; }
QLabel[role="section-title"] {
    font-size: 15pt; font-weight: bold; color: #0d3c61;
    border-bottom: 2px solid #90a4ae; padding: 10px 0 4px 0;
}
QLabel[role="page-title"] { font-size: 17pt; font-weight: bold; color: #0d3c61; }
QLabel[role="big-number"] { font-size: 24pt; font-weight: bold; color: #0d3c61; }
QLabel[role="badge-child"] {
    background: #6a1b9a; color: white; border-radius: 4px; padding: 2px 8px; font-weight: bold;
}
QLabel[role="badge-status"] { border-radius: 4px; padding: 2px 8px; font-weight: bold; }
QFrame[role="message-error"] { background: #ffebee; border: 1px solid #e57373; }
QFrame[role="message-warning"] { background: #fff8e1; border: 1px solid #ffca28; }
QFrame[role="message-info"] { background: #e3f2fd; border: 1px solid #64b5f6; }
QFrame[role="tile"] { background: #f5f8fa; border: 1px solid #cfd8dc; border-radius: 6px; }
QListWidget#navigation { font-size: 12pt; background: #0d3c61; color: white; border: none; }
QListWidget#navigation::item { padding: 8px 10px; }
QListWidget#navigation::item:selected { background: #1e6ba8; color: white; }
QListWidget#sections { font-size: 11pt; }
QListWidget#sections::item { padding: 5px 6px; }
QLineEdit:read-only, QPlainTextEdit[readOnly="true"] { background: #f4f6f7; }
QComboBox:disabled, QLineEdit:disabled, QPlainTextEdit:disabled { color: #37474f; }
QCheckBox:disabled { color: #37474f; }
QPushButton[role="primary"] { font-weight: bold; padding: 6px 16px; }
"""


def apply_style(app: QApplication) -> None:
    """Fusion everywhere (the same look on every desk), the bundled font, our stylesheet."""
    app.setStyle("Fusion")
    apply_app_font(app, BASE_POINT_SIZE)
    app.setStyleSheet(STYLESHEET)


def status_colour_names(code: str) -> tuple[str, str]:
    """(background, text) of a status, as colour names (for ``ui.widgets.table.Cell``)."""
    return STATUS_COLOURS.get(code, ("#ffffff", "#000000"))


def status_colours(code: str) -> tuple[QColor, QColor]:
    background, text = status_colour_names(code)
    return QColor(background), QColor(text)
