"""The found-persons page: search, status filter, the list, and "Record a found person"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.dto.found import FoundRow
from models.enums import FoundStatus
from models.errors import UserError
from ui.desk import Desk
from ui.found.model import FoundModel
from ui.widgets.fields import EnumCombo, TextLine


class FoundListView(QWidget):
    open_found = Signal(str)  # uuid
    new_found = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        title = QLabel("Found persons", self)
        title.setProperty("role", "page-title")
        self.search = TextLine("Search: name or number (English or मराठी / हिंदी)", self)
        self.search.setClearButtonEnabled(True)
        self.status = EnumCombo(FoundStatus, desk.lang, blank="Any status", parent=self)
        self.add_button = QPushButton("Record a found person…", self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.new_found)
        self.count = QLabel(self)
        self.model = FoundModel(desk.lang, desk.zone, self)
        self.table = QTableView(self)
        self.table.setObjectName("found-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._on_activated)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(self.add_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.status.changed.connect(self.refresh)

    def refresh(self) -> None:
        status = self.status.raw()
        try:
            rows = self.desk.services.found.list_found(
                self.desk.actor,
                status=FoundStatus(status) if status else None,
                text=self.search.text().strip() or None,
            )
        except UserError as exc:
            self.count.setText(exc.message)
            return
        self.model.set_found(rows)
        self.count.setText(f"{len(rows)} shown")

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_activated(self, index: QModelIndex) -> None:
        row: FoundRow | None = self.model.data(index, Qt.ItemDataRole.UserRole)
        if row is not None:
            self.open_found.emit(row.uuid)
