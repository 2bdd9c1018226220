"""Someone else saved the case first: show what they changed, and offer to re-apply ours."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import StaleEdit
from ui.case_form.state import state_key_for
from ui.i18n import translated


def _show(value: Any) -> str:
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("StaleDialog", "(empty)")
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _mine(field: str, my_keys: set[str]) -> bool:
    key = state_key_for(field)
    return any(k == key or k.startswith(key + ".") or key.startswith(k + ".") for k in my_keys)


class StaleDialog(QDialog):
    """Lists the other desk's changes; fields this desk changed too are marked."""

    def __init__(
        self,
        exc: StaleEdit,
        my_keys: set[str],
        labels: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by another desk"))
        self.resize(860, 460)
        layout = QVBoxLayout(self)
        both_word = self.tr("both")
        intro = QLabel(
            self.tr(
                "<b>{message}</b><br><br>What {user} changed is listed below. Rows marked "
                "<span style='color:#b71c1c'>{both}</span> were changed by you too: your value "
                "is kept when you re-apply, so check those before saving again."
            ).format(message=translated(exc.message), user=exc.changed_by, both=both_word),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        table = QTableWidget(0, 4, self)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Before"),
                self.tr("They saved"),
                self.tr("You changed it too"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.conflicts = 0
        for change in exc.changes:
            r = table.rowCount()
            table.insertRow(r)
            key = state_key_for(change.field)
            both = _mine(change.field, my_keys)
            self.conflicts += both
            name = labels.get(key) or change.field
            cells = [
                QTableWidgetItem(f"{name} ({change.field})" if name != change.field else name),
                QTableWidgetItem(_show(change.before)),
                QTableWidgetItem(_show(change.after)),
                QTableWidgetItem(both_word if both else ""),
            ]
            for c, item in enumerate(cells):
                if both:
                    item.setForeground(QColor("#b71c1c"))
                table.setItem(r, c, item)
        self.table = table
        layout.addWidget(table, 1)
        buttons = QDialogButtonBox(self)
        self.reapply = buttons.addButton(
            self.tr("Load their version and re-apply my changes"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(
            self.tr("Not now (keep my form as it is)"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.reapply.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
