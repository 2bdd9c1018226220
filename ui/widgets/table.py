"""The one read-only Qt table of the window: ready-made cells (text, right-aligned figures, bold
totals, colours) and the object each row shows. Every list but the paged register uses it: the
returns and HQ pages, the notices, found persons, matches, overdue deadlines, the administration
tabs. A list of records (DTOs) is a ``RecordTableModel`` that says only how one record becomes
its cells."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from models.text import shown

T = TypeVar("T")
Parent = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Cell:
    text: str
    number: bool = False  # right-aligned
    bold: bool = False
    colour: str | None = None  # text colour, e.g. "#b71c1c" for a refusal
    tooltip: str | None = None
    background: str | None = None  # e.g. a status's tint


def as_cell(value: Cell | str) -> Cell:
    return value if isinstance(value, Cell) else Cell(value)


class TextTableModel(QAbstractTableModel):
    """A read-only grid of cells with column headings; each row may carry the object it shows."""

    def __init__(self, headers: Sequence[str] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.headers: tuple[str, ...] = tuple(headers)
        self.cells: list[tuple[Cell, ...]] = []
        self.payloads: list[object] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(
        self,
        rows: Sequence[Sequence[Cell | str]],
        *,
        headers: Sequence[str] | None = None,
        payloads: Sequence[object] | None = None,
    ) -> None:
        self.beginResetModel()
        if headers is not None:
            self.headers = tuple(headers)
        width = len(self.headers)
        self.cells = [
            tuple(as_cell(c) for c in row) + (Cell(""),) * (width - len(row))
            for row in (r[:width] for r in rows)
        ]
        self.payloads = list(payloads) if payloads is not None else [None] * len(self.cells)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def payload(self, row: int) -> object:
        return self.payloads[row] if 0 <= row < len(self.payloads) else None

    def text_at(self, row: int, column: int) -> str:
        return self.cells[row][column].text

    def column_texts(self, column: int) -> list[str]:
        return [row[column].text for row in self.cells]

    # -- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: Parent = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: Parent = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Parent, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cells):
            return None
        row = self.cells[index.row()]
        if not 0 <= index.column() < len(row):
            return None
        item = row[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            # Cells often hold what someone else typed (a username tried at the logon screen, a
            # name from another station's file): line breaks and direction controls are escaped.
            return shown(item.text)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((_RIGHT if item.number else _LEFT).value)
        if role == Qt.ItemDataRole.FontRole and item.bold:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and item.colour:
            return QColor(item.colour)
        if role == Qt.ItemDataRole.BackgroundRole and item.background:
            return QColor(item.background)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = item.tooltip or (item.text if len(item.text) > 30 else None)
            return shown(tip, multiline=True) if tip else None
        if role == Qt.ItemDataRole.UserRole:
            return self.payloads[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.headers[section]
        return None

    def flags(self, index: Parent) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RecordTableModel(TextTableModel, Generic[T]):
    """One row per record, in the order given; the record is the row's payload. A list of the
    window is this model with its headings and the function that makes a record's cells (the
    desk's language and time zone bound in, e.g. with ``functools.partial``)."""

    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[T], Sequence[Cell | str]],
        parent: Any = None,
    ) -> None:
        super().__init__(headers, parent)
        self.cells_of = cells

    def set_records(self, records: Sequence[T]) -> None:
        self.set_rows([self.cells_of(r) for r in records], payloads=list(records))

    @property
    def records(self) -> list[T]:
        return cast(list[T], self.payloads)

    def record(self, row: int) -> T | None:
        return self.records[row] if 0 <= row < len(self.payloads) else None
