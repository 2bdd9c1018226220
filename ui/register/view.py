"""The register page: filters, a search that runs as you type, and the paged table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.dto.cases import CaseFilter, CasePage, CaseRow
from ui.desk import Desk
from ui.register.filter_bar import FilterBar
from ui.register.model import COLUMN_INDEX, PAGE_SIZE, RegisterModel
from ui.tasks import run_in_background


class RegisterView(QWidget):
    open_case = Signal(str)  # uuid

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self.desk = desk
        self._generation = 0
        self.loading = False
        title = QLabel("Register", self)
        title.setProperty("role", "page-title")
        self.count_label = QLabel("", self)
        self.count_label.setObjectName("register-count")
        self.filters = FilterBar(desk, self)
        self.model = RegisterModel(
            self._fetch, lang=desk.lang, zone=desk.zone, page_size=page_size, parent=self
        )
        self.model.failed.connect(self._on_failed)
        self.table = QTableView(self)
        self.table.setObjectName("register-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for key, width in (
            ("register_no", 130),
            ("status", 175),
            ("name", 220),
            ("other_names", 220),
            ("sex", 80),
            ("age", 90),
            ("reported_at", 150),
            ("last_seen_at", 150),
            ("last_seen_place", 220),
            ("fir_number", 100),
            ("io_name", 150),
            ("reason", 240),
        ):
            header.resizeSection(COLUMN_INDEX[key], width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The arrow first: turning sorting on sorts by whatever the arrow shows.
        column, order = self.model.sort_column()
        header.setSortIndicator(column, order)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        self.table.activated.connect(self._on_activated)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        self.filters.changed.connect(self.apply_filter)
        self.model.rowsInserted.connect(lambda *_: self._update_count_label())
        self._total: int | None = None

    # -- loading -------------------------------------------------------------------------------

    def _fetch(self, filters: CaseFilter, sort: str, cursor: str | None, limit: int) -> CasePage:
        return self.desk.services.register.page_cases(
            self.desk.actor, filters, sort=sort, cursor=cursor, limit=limit
        )

    def refresh(self) -> None:
        self.apply_filter(self.filters.current())

    def apply_filter(self, filters: CaseFilter) -> None:
        """Fetch the first page and the count off the window's thread; a newer search wins."""
        self._generation += 1
        generation = self._generation
        sort = self.model.sort_order
        services, actor = self.desk.services, self.desk.actor
        page_size = self.model.page_size
        self.loading = True
        self.count_label.setText("Searching…")

        def work() -> tuple[CasePage, int]:
            page = services.register.page_cases(actor, filters, sort=sort, limit=page_size)
            total = services.register.count_cases(actor, filters)
            return page, total

        def done(result: tuple[CasePage, int]) -> None:
            if generation != self._generation:
                return  # a later keystroke already asked again
            page, total = result
            self._total = total
            self.model.apply_first_page(filters, sort, page)
            self.loading = False
            self._update_count_label()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.loading = False
                self.count_label.setText(str(exc))

        run_in_background(work, done, failed)

    def _update_count_label(self) -> None:
        shown = self.model.rowCount()
        total = self._total
        if total is None:
            self.count_label.setText(f"{shown:,} cases")
        elif shown < total:
            self.count_label.setText(f"{shown:,} of {total:,} cases shown — scroll for more")
        else:
            self.count_label.setText(f"{total:,} case{'s' if total != 1 else ''}")

    def _on_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        # The model ignores columns the service cannot order by; put the arrow back then.
        current, current_order = self.model.sort_column()
        if (column, order) != (current, current_order):
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(current, current_order)
            header.blockSignals(False)

    def _on_failed(self, message: str) -> None:
        self.count_label.setText(message)

    def _on_activated(self, index) -> None:  # type: ignore[no-untyped-def]
        if index.isValid():
            row: CaseRow = self.model.row_at(index.row())
            self.open_case.emit(row.uuid)

    # -- helpers for the window -----------------------------------------------------------------

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def header_state(self) -> bytes:
        return bytes(self.table.horizontalHeader().saveState().data())

    def restore_header(self, state: bytes) -> None:
        from PySide6.QtCore import QByteArray

        self.table.horizontalHeader().restoreState(QByteArray(state))
        column, order = self.model.sort_column()
        self.table.horizontalHeader().setSortIndicator(column, order)
