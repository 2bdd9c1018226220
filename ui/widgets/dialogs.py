"""What every form dialog ends with: a line for the refusal in plain words, then OK and Cancel.

A dialog's ``accept`` tries the service call; on a refusal it puts the message in the error line
and stays open, so nothing typed is lost. Enter completes the dialog (OK is its default button)
and Esc leaves it, from any field: in a box of several lines too, where Shift+Enter starts a
new line.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

_OK = QDialogButtonBox.StandardButton.Ok
_CANCEL = QDialogButtonBox.StandardButton.Cancel


def error_label(parent: QWidget, name: str = "") -> QLabel:
    """An empty line in the error style (the style sheet colours ``role=error``), wrapping."""
    label = QLabel(parent)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


@dataclass(frozen=True)
class DialogFooter:
    error: QLabel
    buttons: QDialogButtonBox


def dialog_footer(
    dialog: QDialog, layout: QBoxLayout, *, ok_text: str = "", error_name: str = ""
) -> DialogFooter:
    """Add the error line and the OK/Cancel buttons (wired to the dialog's accept and reject)
    at the end of ``layout``; ``ok_text`` names what OK does (e.g. "Log on")."""
    error = error_label(dialog, error_name)
    layout.addWidget(error)
    buttons = QDialogButtonBox(_OK | _CANCEL, dialog)
    if ok_text:
        ok = buttons.button(_OK)
        if ok is not None:
            ok.setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    ok = buttons.button(_OK)
    if ok is not None:
        ok.setDefault(True)
    enter_completes(dialog, *dialog.findChildren(QPlainTextEdit))
    return DialogFooter(error, buttons)


def default_button(dialog: QDialog) -> QPushButton | None:
    """The button Enter presses (None when the dialog has none enabled)."""
    return next(
        (b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.isEnabled()), None
    )


class _EnterCompletes(QObject):
    """Enter in a box of several lines presses the dialog's default button, as it does in a
    line; Shift+Enter puts the line break in instead."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            return False
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            if isinstance(watched, QPlainTextEdit):
                watched.insertPlainText("\n")
            return True
        button = default_button(self.dialog)
        if button is not None:
            button.click()
        else:
            self.dialog.accept()
        return True


def enter_completes(dialog: QDialog, *boxes: QPlainTextEdit) -> None:
    """Let Enter complete ``dialog`` from these multi-line boxes (Shift+Enter: a new line)."""
    if not boxes:
        return
    keys = _EnterCompletes(dialog)
    for box in boxes:
        box.installEventFilter(keys)
