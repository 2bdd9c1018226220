"""Retention: the periods in force and the records due for review (models/rules/retention.py).

The tab destroys nothing: each row says what the station head does, and a record leaves the
register only by the two-person destruction under an order (``talash destroy``).
"""

from __future__ import annotations

from datetime import tzinfo
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.dto.retention import RetentionItem
from models.errors import UserError
from models.rules.retention import KIND_LABELS
from ui.desk import Desk
from ui.formats import format_instant
from ui.i18n import translated
from ui.widgets.table import Cell, RecordTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("RetentionModel", "Due"),
    QT_TRANSLATE_NOOP("RetentionModel", "Record"),
    QT_TRANSLATE_NOOP("RetentionModel", "Kind"),
    QT_TRANSLATE_NOOP("RetentionModel", "Counted from"),
    QT_TRANSLATE_NOOP("RetentionModel", "What to do"),
)


def retention_cells(item: RetentionItem, zone: tzinfo) -> tuple[Cell | str, ...]:
    return (
        f"{item.due_on:%d-%m-%Y}",
        item.ref,
        translated(KIND_LABELS[item.kind]),
        format_instant(item.since, zone),
        Cell(translated(item.how), tooltip=translated(item.how)),
    )


class RetentionModel(RecordTableModel[RetentionItem]):
    """The records due for review, the earliest due first; the row's item is its payload."""

    def __init__(self, zone: tzinfo, parent: Any = None) -> None:
        headers = [QCoreApplication.translate("RetentionModel", str(c)) for c in COLUMNS]
        super().__init__(headers, partial(retention_cells, zone=zone), parent)


class RetentionTab(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.periods = QLabel(self)
        self.periods.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.model = RetentionModel(desk.zone, self)
        self.table = QTableView(self)
        self.table.setObjectName("retention-table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.periods)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        try:
            found = self.desk.services.retention.due(self.desk.actor)
        except UserError as exc:
            self.model.set_records([])
            self.periods.setText("")
            self.note.setText(translated(exc.message))
            return
        periods = "; ".join(
            self.tr("{record}: {years} years from {start}").format(
                record=translated(p.label), years=p.years, start=translated(p.counted_from)
            )
            for p in found.periods
        )
        self.periods.setText(
            self.tr(
                "Retention periods (station settings, 'talash policy'): {periods}. Nothing is "
                "deleted here: a record that need not be kept leaves the register only by the "
                "two-person destruction under an order."
            ).format(periods=periods)
        )
        self.model.set_records(list(found.items))
        count = len(found.items)
        self.note.setText(
            self.tr("{count} records due for review, the earliest first.").format(count=count)
            if count
            else self.tr("No record is due for review.")
        )
