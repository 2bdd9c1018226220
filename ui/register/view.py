"""The register page: filters, a search that runs as you type, and the paged table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
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
from models.services.search import COUNT_CAP
from ui.desk import Desk
from ui.register.filter_bar import FilterBar
from ui.register.model import COLUMN_INDEX, PAGE_SIZE, RegisterModel
from ui.tasks import run_in_background

FILTERS_KEY = "Ctrl+Shift+F"  # Ctrl+F is the search box; Alt+F opens the File menu


class RegisterView(QWidget):
    open_case = Signal(str)  # uuid

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self.desk = desk
        self._generation = 0
        self.loading = False
        title = QLabel(self.tr("Register"), self)
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
            ("fit", 50),
        ):
            header.resizeSection(COLUMN_INDEX[key], width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.moveSection(header.visualIndex(COLUMN_INDEX["fit"]), 0)
        header.setSectionHidden(COLUMN_INDEX["fit"], True)
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
        self.filters.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.filters.search.setToolTip(
            self.tr(
                "Enter: the list (or the case, when one is found) · Down: the list · "
                "{key}: the filters"
            ).format(key=FILTERS_KEY)
        )
        self.filters.status.setToolTip(
            self.tr("{key} comes here; Tab to the other filters").format(key=FILTERS_KEY)
        )
        self.table.setToolTip(self.tr("Enter opens the case · Esc back to the search box"))
        # The window's shortcut, live only while the register page shows.
        filters_key = QShortcut(QKeySequence(FILTERS_KEY), self)
        filters_key.setContext(Qt.ShortcutContext.WindowShortcut)
        filters_key.activated.connect(self.focus_filters)
        self._focus_list_when_loaded = False
        self._open_single_when_loaded = False
        self._capped = False
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
        self.count_label.setText(self.tr("Searching…"))

        Fits = dict[int, tuple[int, str]]

        def work() -> tuple[CasePage, int, bool, Fits]:
            page = services.register.page_cases(actor, filters, sort=sort, limit=page_size)
            if page.total is None:
                return page, services.register.count_cases(actor, filters), False, {}
            # A text search: the page carries its count and each row's fit (one look-up).
            fits = {case_id: (score, fitted) for case_id, score, fitted in page.fits}
            return page, page.total, page.capped, fits

        def done(result: tuple[CasePage, int, bool, Fits]) -> None:
            if generation != self._generation:
                return  # a later keystroke already asked again
            page, total, capped, fits = result
            self._total, self._capped = total, capped
            self.model.apply_first_page(filters, sort, page, fits)
            self._show_ranking(self.model.ranked)
            self.loading = False
            self._update_count_label()
            if self._focus_list_when_loaded:
                self._focus_list_when_loaded = False
                self._go_to_results(open_single=self._open_single_when_loaded)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.loading = False
                self._focus_list_when_loaded = False
                self.count_label.setText(str(exc))

        run_in_background(work, done, failed, owner=self)

    def _show_ranking(self, ranked: bool) -> None:
        """A search shows its Fit column and no sort arrow: its rows come best first."""
        self.table.setColumnHidden(COLUMN_INDEX["fit"], not ranked)
        self.table.horizontalHeader().setSortIndicatorShown(not ranked)

    def _update_count_label(self) -> None:
        shown = self.model.rowCount()
        total = self._total
        self.count_label.setText(self._count_text(shown, total))

    def _count_text(self, shown: int, total: int | None) -> str:
        """Each wording whole, so a translation orders the numbers as its grammar wants."""
        if self.model.ranked and total is not None:
            if self._capped:
                return self.tr("More than {cap} found, the best {shown} shown first").format(
                    cap=f"{COUNT_CAP:,}", shown=f"{shown:,}"
                )
            if shown < total:
                return self.tr("{total} found, the best {shown} shown first").format(
                    total=f"{total:,}", shown=f"{shown:,}"
                )
            return self.tr("{total} found").format(total=f"{total:,}")
        if total is None:
            return self.tr("{count} cases").format(count=f"{shown:,}")
        if shown < total:
            return self.tr("{shown} of {total} cases shown — scroll for more").format(
                shown=f"{shown:,}", total=f"{total:,}"
            )
        if total == 1:
            return self.tr("1 case")
        return self.tr("{count} cases").format(count=f"{total:,}")

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

    # -- the keyboard ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Enter in the search box goes to the list (a search still to run runs first);
        Enter opens the case when the search found exactly one. Esc in the list goes back."""
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.filters.search and key in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Down,
        ):
            open_single = key != Qt.Key.Key_Down
            # Down too waits for a search still to run: the list it lands on is the one asked for.
            if self.filters.search_pending() or self.loading:
                self._focus_list_when_loaded = True
                self._open_single_when_loaded = open_single
                self.filters.search_now()
            else:
                self._go_to_results(open_single=open_single)
            return True
        if watched is self.table and key == Qt.Key.Key_Escape:
            self.focus_search()
            return True
        return super().eventFilter(watched, event)

    def _go_to_results(self, *, open_single: bool) -> None:
        # Exactly one found (and no more pages to come): that case is the one asked for.
        if open_single and self.model.rowCount() == 1 and not self.model.canFetchMore():
            self.focus_list()
            self.open_case.emit(self.model.row_at(0).uuid)
            return
        self.focus_list()

    def focus_list(self) -> None:
        """Put the keyboard on the first row (Enter then opens that case)."""
        if self.model.rowCount() == 0:
            return
        self.table.setFocus()
        current = self.table.currentIndex()
        if not current.isValid():
            first = self.model.index(0, self.table.horizontalHeader().logicalIndex(0))
            self.table.setCurrentIndex(first)
        self.table.selectRow(self.table.currentIndex().row())

    # -- helpers for the window -----------------------------------------------------------------

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def focus_filters(self) -> None:
        """The first filter (status); Tab walks the others, Shift+Tab goes back to the search."""
        self.filters.status.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def header_state(self) -> bytes:
        return bytes(self.table.horizontalHeader().saveState().data())

    def restore_header(self, state: bytes) -> None:
        from PySide6.QtCore import QByteArray

        self.table.horizontalHeader().restoreState(QByteArray(state))
        column, order = self.model.sort_column()
        self.table.horizontalHeader().setSortIndicator(column, order)
        self._show_ranking(self.model.ranked)
