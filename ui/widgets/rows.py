"""A multi-row part of a form (ID documents, addresses, marks, clothing, FIR sections …).

Rows are plain widgets in reading order, so Tab walks through every cell and then to the "Add"
button; Enter on that button adds a row and puts the cursor in it; Ctrl+Delete in a row removes
it. Devanagari can be typed in every text cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from ui.widgets.columns import Column
from ui.widgets.fields import EnumCombo, PartialDateEdit, TextLine, set_problem_look


def _positions(columns: tuple[Column, ...]) -> dict[str, tuple[int, int, int]]:
    """(line, first grid column, span) of each column, laid out left to right per line."""
    out: dict[str, tuple[int, int, int]] = {}
    next_column: dict[int, int] = {}
    for col in columns:
        start = next_column.get(col.line, 0)
        out[col.key] = (col.line, start, col.span)
        next_column[col.line] = start + col.span
    return out


class _Row:
    def __init__(self, cells: dict[str, QWidget], remove: QToolButton) -> None:
        self.cells = cells
        self.remove = remove


class RowsEditor(QWidget):
    changed = Signal()

    def __init__(
        self,
        columns: tuple[Column, ...],
        lang: str,
        *,
        add_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.lang = lang
        self.rows: list[_Row] = []
        self._read_only = False
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        self.lines = max(col.line for col in columns) + 1
        self.positions = _positions(columns)
        # Not `width`: that name is QWidget.width(), the widget's size in pixels.
        self.grid_columns = max(c + span for _line, c, span in self.positions.values())
        self.headers: list[QLabel] = []
        for col in columns:
            line, c, span = self.positions[col.key]
            header = QLabel(QCoreApplication.translate("Column", col.label), self)
            header.setProperty("role", "column-header")
            self.grid.addWidget(header, line, c, 1, span)
            self.headers.append(header)
        for c in range(self.grid_columns):
            covering = [
                col
                for col in columns
                if self.positions[col.key][1] <= c < sum(self.positions[col.key][1:])
            ]
            self.grid.setColumnStretch(
                c, max(col.stretch for col in covering) if self.lines == 1 else 1
            )
        self.add_button = QPushButton(add_label or self.tr("+ Add a row"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_and_focus)
        self.setFocusProxy(self.add_button)
        self._layout_rows()

    # -- rows ------------------------------------------------------------------------------

    def _make_row(self, values: dict[str, Any]) -> _Row:
        cells: dict[str, QWidget] = {}
        for col in self.columns:
            widget: QWidget
            if col.kind == "enum":
                assert col.enum is not None
                combo = EnumCombo(col.enum, self.lang, blank=None, parent=self)
                combo.setMinimumContentsLength(8)
                combo.set_raw(values.get(col.key) or list(col.enum)[0].value)
                combo.changed.connect(self.changed)
                widget = combo
            elif col.kind == "partial":
                date_edit = PartialDateEdit(self)
                date_edit.set_raw(values.get(col.key) or "")
                date_edit.changed.connect(self.changed)
                widget = date_edit
            else:
                line = TextLine(QCoreApplication.translate("Column", col.label), self)
                line.set_raw(values.get(col.key) or "")
                line.changed.connect(self.changed)
                widget = line
            widget.installEventFilter(self)
            cells[col.key] = widget
        remove = QToolButton(self)
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this row (Ctrl+Delete)"))
        remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = _Row(cells, remove)
        remove.clicked.connect(lambda: self._remove(row))
        return row

    def _layout_rows(self) -> None:
        for r, row in enumerate(self.rows):
            top = self.lines * (r + 1)
            for col in self.columns:
                line, c, span = self.positions[col.key]
                self.grid.addWidget(row.cells[col.key], top + line, c, 1, span)
            self.grid.addWidget(row.remove, top, self.grid_columns)
        self.grid.addWidget(
            self.add_button,
            self.lines * (len(self.rows) + 1),
            0,
            1,
            min(2, self.grid_columns),
            Qt.AlignmentFlag.AlignLeft,
        )
        previous: QWidget | None = None
        for row in self.rows:
            for col in self.columns:
                cell = row.cells[col.key]
                if previous is not None:
                    QWidget.setTabOrder(previous, cell)
                previous = cell
        if previous is not None:
            QWidget.setTabOrder(previous, self.add_button)
        for header in self.headers:
            header.setVisible(bool(self.rows))

    def _after_rows_change(self) -> None:
        if self._read_only:
            self.set_read_only(True)

    def add_row(self, values: dict[str, Any] | None = None) -> _Row:
        row = self._make_row(values or {})
        self.rows.append(row)
        self._layout_rows()
        return row

    def add_and_focus(self) -> None:
        row = self.add_row()
        row.cells[self.columns[0].key].setFocus()
        self.changed.emit()

    def _remove(self, row: _Row) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        for cell in row.cells.values():
            self.grid.removeWidget(cell)
            cell.deleteLater()
        self.grid.removeWidget(row.remove)
        row.remove.deleteLater()
        self._layout_rows()
        if self.rows:
            target = self.rows[min(index, len(self.rows) - 1)]
            target.cells[self.columns[0].key].setFocus()
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key_event = QKeyEvent(event)  # type: ignore[call-overload]
            if key_event.key() == Qt.Key.Key_Delete and (
                key_event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                for row in self.rows:
                    if watched in row.cells.values():
                        self._remove(row)
                        return True
        return super().eventFilter(watched, event)

    # -- value -----------------------------------------------------------------------------

    def raw(self) -> list[dict[str, str]]:
        out: list[dict[str, str]] = []
        for row in self.rows:
            out.append({key: cell.raw() for key, cell in row.cells.items()})  # type: ignore[attr-defined]
        return out

    def set_raw(self, value: Any) -> None:
        for row in list(self.rows):
            for cell in row.cells.values():
                self.grid.removeWidget(cell)
                cell.deleteLater()
            self.grid.removeWidget(row.remove)
            row.remove.deleteLater()
        self.rows = []
        for item in value or ():
            self.rows.append(self._make_row(dict(item)))
        self._layout_rows()
        self._after_rows_change()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setVisible(not read_only)
        for row in self.rows:
            row.remove.setVisible(not read_only)
            for cell in row.cells.values():
                if hasattr(cell, "setReadOnly"):
                    cell.setReadOnly(read_only)
                else:
                    cell.setEnabled(not read_only)

    def mark(self, index: int, key: str | None) -> None:
        """Frame the cell a problem names (``person.marks[1].description``)."""
        if 0 <= index < len(self.rows):
            cells = self.rows[index].cells
            target = cells.get(key or "") or next(iter(cells.values()))
            set_problem_look(target, True)

    def clear_marks(self) -> None:
        for row in self.rows:
            for cell in row.cells.values():
                set_problem_look(cell, False)
