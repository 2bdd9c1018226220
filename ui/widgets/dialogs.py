"""What every form dialog ends with: a line for the refusal in plain words, then OK and Cancel.

A dialog's ``accept`` tries the service call; on a refusal it puts the message in the error line
and stays open, so nothing typed is lost.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QLabel, QWidget

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
    return DialogFooter(error, buttons)
