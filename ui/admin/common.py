"""What the administration screens share: a refusal shown beside its field, a box asking for a
reason, the plain description of a backup file."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.errors import UserError, ValidationFailed
from models.field_labels import field_label
from models.services.backups import BackupInfo
from ui.i18n import translated
from ui.widgets.dialogs import dialog_footer
from ui.widgets.fields import set_problem_look


def show_problems(exc: UserError, fields: dict[str, QWidget], fallback: QLabel) -> None:
    """Mark the fields a refusal names and put every message into ``fallback``.

    ``ValidationFailed`` names its fields (``password``, ``username`` …); any other refusal
    (``PermissionDenied``, ``RuleViolation`` …) is one sentence for the whole form.
    """
    for widget in fields.values():
        set_problem_look(widget, False)
    if not isinstance(exc, ValidationFailed):
        fallback.setText(translated(exc.message))
        return
    lines = []
    for problem in exc.problems:
        marked = fields.get(problem.field.split(".")[-1]) if problem.field else None
        if marked is not None:
            set_problem_look(marked, True)
        label = translated(field_label(problem.field, loose=True))
        lines.append(
            f"{label}: {translated(problem.message)}" if label else translated(problem.message)
        )
    fallback.setText("\n".join(lines))
    first = next((fields.get(p.field.split(".")[-1]) for p in exc.problems if p.field), None)
    if first is not None:
        first.setFocus()


class ReasonDialog(QDialog):
    """Asks why (deactivating an account, refusing a request, changing a role…) and hands the
    reason to ``act``; the service's refusal stays in the box beside the reason."""

    def __init__(
        self,
        title: str,
        question: str,
        act: Callable[[str], object],
        parent: QWidget | None = None,
        *,
        extra: QWidget | None = None,
        extra_label: str = "",
    ) -> None:
        super().__init__(parent)
        self.act = act
        self.result_value: object = None
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(question, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        if extra is not None:
            form.addRow(extra_label, extra)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(form)
        self.error = dialog_footer(self, layout, error_name="reason-error").error

    def accept(self) -> None:
        try:
            self.result_value = self.act(self.reason.toPlainText())
        except UserError as exc:
            show_problems(exc, {"reason": self.reason}, self.error)
            return
        super().accept()


def password_line(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


_STAMPED = re.compile(r"^talash-(\d{8}T\d{6}Z)")


def backup_time(info: BackupInfo) -> datetime:
    """When the copy was made, in the computer's time: from the time Talash puts in the names
    of its copies (a copied file keeps it), else the file's own time."""
    if info.made_at is not None:
        return info.made_at.astimezone()
    stamped = _STAMPED.match(info.path.name)
    if stamped:
        return datetime.strptime(stamped.group(1) + "+0000", "%Y%m%dT%H%M%SZ%z").astimezone()
    return datetime.fromtimestamp(info.path.stat().st_mtime).astimezone()


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(size, 1) / 1024:.0f} KB"


def describe_backup(info: BackupInfo) -> str:
    when = backup_time(info).strftime("%d-%m-%Y %H:%M")
    text = (
        QCoreApplication.translate("backups", "{name} — made {when}, {size}, encrypted")
        if info.encrypted
        else QCoreApplication.translate("backups", "{name} — made {when}, {size}, not encrypted")
    )
    return text.format(name=info.path.name, when=when, size=size_text(info.size))
