"""Read-only Qt models for the returns pages: a return's table, its annex, and plain lists
(packages sent, drives, import receipts, who sent what).

Every model is a grid of ready-made cells; what a figure shows (a percentage, ``<5`` for a small
cell in a publication) is decided once, by ``models.returns.cells``, as in the printed return.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from models.dto.returns import AnnexRow, ReturnTable
from models.returns.cells import cell, text
from ui.labels import enum_label

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
            return item.text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((_RIGHT if item.number else _LEFT).value)
        if role == Qt.ItemDataRole.FontRole and item.bold:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and item.colour:
            return QColor(item.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.tooltip or (item.text if len(item.text) > 30 else None)
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


class ReturnTableModel(TextTableModel):
    """One table of a return (R1 … R8, S1, D1 …): its row labels, then a column per figure.

    ``threshold`` is the document's ``suppress_below``: set for a publication, when counts from
    1 to N−1 show as ``<N``.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__((), parent)
        self.table: ReturnTable | None = None
        self.threshold: int | None = None

    def set_table(self, table: ReturnTable | None, threshold: int | None = None) -> None:
        self.table, self.threshold = table, threshold
        if table is None:
            self.set_rows([], headers=())
            return
        rows: list[list[Cell]] = []
        for row in table.rows:
            cells = [Cell(row.label, bold=row.total, tooltip=row.label)]
            for i, column in enumerate(table.columns):
                shown = text(cell(table, row, i, threshold))
                cells.append(Cell(shown, number=True, bold=row.total, tooltip=column.label))
            rows.append(cells)
        self.set_rows(
            rows,
            headers=("", *(c.label for c in table.columns)),
            payloads=list(table.rows),
        )

    def shown(self, row_key: str, col_key: str) -> str:
        """What the preview shows at a row and column (by their keys), for checks and tests."""
        assert self.table is not None
        r = next(i for i, row in enumerate(self.table.rows) if row.key == row_key)
        c = next(i for i, col in enumerate(self.table.columns) if col.key == col_key)
        return self.cells[r][c + 1].text


ANNEX_HEADERS = ("Case", "Reported on", "Age band", "Sex", "Reason")


class AnnexModel(TextTableModel):
    """The untraced children at the end of the period; a Name column only if names were asked
    for (by the station head, for HQ)."""

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(ANNEX_HEADERS, parent)
        self.lang = lang

    def set_annex(self, rows: Sequence[AnnexRow]) -> None:
        names = any(r.name for r in rows)
        headers = (*ANNEX_HEADERS, "Name") if names else ANNEX_HEADERS
        cells = []
        for r in rows:
            line: list[Cell | str] = [
                r.case_ref,
                f"{r.reported_on:%d-%m-%Y}",
                r.age_band,
                enum_label(r.sex, self.lang),
                r.reason_code,
            ]
            if names:
                line.append(r.name or "")
            cells.append(line)
        self.set_rows(cells, headers=headers, payloads=list(rows))
