"""Found persons as a table (the list is short: the newest 500 matching the search)."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from models.dto.found import FoundRow
from ui.formats import format_instant
from ui.labels import enum_label
from ui.style import status_colours

COLUMNS = ("Number", "Status", "Name", "Sex", "Child", "Found at", "Where", "Doing", "Linked to")
Parent = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class FoundModel(QAbstractTableModel):
    def __init__(self, lang: str, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.zone = zone
        self.items: list[FoundRow] = []

    def set_rows(self, rows: list[FoundRow]) -> None:
        self.beginResetModel()
        self.items = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Parent = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Parent = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Parent, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        row = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.ref_no,
                enum_label(row.status, self.lang),
                row.name,
                enum_label(row.sex, self.lang),
                "child" if row.is_child else "",
                format_instant(row.found_at, self.zone),
                row.found_place,
                enum_label(row.activity, self.lang),
                row.linked_case or "",
            )[index.column()]
        if index.column() == 1 and role == Qt.ItemDataRole.BackgroundRole:
            return status_colours(row.status.value)[0]
        if index.column() == 1 and role == Qt.ItemDataRole.ForegroundRole:
            return status_colours(row.status.value)[1]
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None

    def flags(self, index: Parent) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
