"""Errors and questions in plain words: one place decides how a refusal is shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QPlainTextEdit, QWidget

from models.errors import StaleEdit, StorageError, UserError, ValidationFailed, problem_line
from models.text import shown
from ui.i18n import translated
from ui.widgets.dialogs import enter_completes


def explain(exc: UserError) -> str:
    """The message for a refusal, with every validation problem on its own line."""
    if isinstance(exc, ValidationFailed):
        lines = [f"• {translated(problem_line(p))}" for p in exc.problems]
        heading = QCoreApplication.translate("messages", "The entry cannot be saved:")
        return heading + "\n" + "\n".join(lines)
    if isinstance(exc, StorageError):
        return QCoreApplication.translate(
            "messages",
            "{problem}\n\nNothing was saved; everything you typed is still on the screen.",
        ).format(problem=translated(exc.message))
    if isinstance(exc, StaleEdit):
        return translated(exc.message)
    return translated(exc.message)


def show_refusal(parent: QWidget | None, exc: UserError, title: str | None = None) -> None:
    # A refusal may quote what a file or another person typed: no direction control shows raw.
    if title is None:
        title = QCoreApplication.translate("messages", "Not done")
    QMessageBox.warning(parent, title, shown(explain(exc), multiline=True))


def ask_unsaved(parent: QWidget | None, what: str) -> QMessageBox.StandardButton:
    """Save / Discard / Cancel for a form with unsaved changes (Esc = Cancel)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("messages", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate("messages", "{what} has changes that are not saved.").format(
            what=what
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "messages", "Save them now? A draft is kept until you save or discard."
        )
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return QMessageBox.StandardButton(box.exec())


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def reason_dialog(parent: QWidget | None, title: str, text: str) -> QInputDialog:
    """The question for a reason in the officer's words: Enter gives it (Shift+Enter a new
    line), Esc leaves."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(text)
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    enter_completes(dialog, *dialog.findChildren(QPlainTextEdit))
    return dialog


def ask_reason(parent: QWidget | None, title: str, text: str) -> str | None:
    """A reason in the officer's words (several lines); None when cancelled."""
    dialog = reason_dialog(parent, title, text)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()
