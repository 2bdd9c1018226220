"""The found-persons page: search, status and kind filters, the list, and "Record a found person"
(a living person or an unidentified dead body)."""

from __future__ import annotations

from collections.abc import Callable

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
from models.enums import FoundKind, FoundStatus
from models.errors import UserError
from models.rules.matching import THRESHOLD
from ui.desk import Desk
from ui.found.model import FoundModel
from ui.i18n import translated
from ui.tasks import default_error, run_in_background
from ui.widgets.fields import EnumCombo, Flag, TextLine


class FoundListView(QWidget):
    open_found = Signal(str)  # uuid
    new_found = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        title = QLabel(self.tr("Found persons"), self)
        title.setProperty("role", "page-title")
        self.search = TextLine(self.tr("Search: name or number (English or मराठी / हिंदी)"), self)
        self.search.setClearButtonEnabled(True)
        self.status = EnumCombo(FoundStatus, desk.lang, blank=self.tr("Any status"), parent=self)
        self.kind = EnumCombo(FoundKind, desk.lang, blank=self.tr("Any kind"), parent=self)
        self.to_review = Flag(self.tr("Possible matches to review"), self)
        self.to_review.setToolTip(
            self.tr(
                "Only found persons in care with an open case scoring {threshold} or more "
                "(open one to see its possible matches)"
            ).format(threshold=THRESHOLD)
        )
        self.loading = False
        self._generation = 0
        self.add_button = QPushButton(self.tr("Record a found person…"), self)
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
        # Columns sized from the rows on screen, not all 500: measuring every row froze the window.
        self.table.horizontalHeader().setResizeContentsPrecision(40)
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
        filters.addWidget(self.kind)
        filters.addWidget(self.to_review)
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
        self.kind.changed.connect(self.refresh)
        self.to_review.changed.connect(self.refresh)

    def refresh(self) -> None:
        self._generation += 1
        status = self.status.raw()
        text = self.search.text().strip() or None
        if self.to_review.isChecked():
            self._refresh_to_review(text)
            return
        # Asked off the window's thread: the query and its names take ~0.1 s on a big register.
        generation = self._generation
        found, actor = self.desk.services.found, self.desk.actor
        wanted_status = FoundStatus(status) if status else None
        wanted_kind = FoundKind(self.kind.raw()) if self.kind.raw() else None
        self.loading = True

        def work() -> list[FoundRow]:
            return found.list_found(actor, status=wanted_status, text=text, kind=wanted_kind)

        def done(rows: list[FoundRow]) -> None:
            if generation == self._generation:
                self.loading = False
                self.model.set_records(rows)
                self.count.setText(self.tr("{count} shown").format(count=len(rows)))

        run_in_background(work, done, self._failed(generation), owner=self)

    def show_to_review(self) -> None:
        """Only the found persons with a possible match waiting for a decision."""
        self.status.set_raw("")
        self.to_review.setChecked(True)
        self.refresh()

    def _refresh_to_review(self, text: str | None) -> None:
        """Found persons in care whose best open case scores at or above the threshold; each
        is scored off the window's thread (a few dozen at a station)."""
        generation = self._generation
        found, matching, actor = (
            self.desk.services.found,
            self.desk.services.matching,
            self.desk.actor,
        )
        self.loading = True
        self.count.setText(self.tr("Looking for possible matches…"))

        def work() -> list[FoundRow]:
            waiting = []
            for row in found.list_found(actor, status=FoundStatus.IN_CARE, text=text):
                if row.linked_case:
                    continue
                best = matching.matches_for_found(actor, row.ref_no, limit=1)
                if best and best[0].result.score >= THRESHOLD:
                    waiting.append(row)
            return waiting

        def done(rows: list[FoundRow]) -> None:
            if generation == self._generation:
                self.loading = False
                self.model.set_records(rows)
                self.count.setText(
                    self.tr("1 found person with possible matches to review")
                    if len(rows) == 1
                    else self.tr("{count} found persons with possible matches to review").format(
                        count=len(rows)
                    )
                )

        run_in_background(work, done, self._failed(generation), owner=self)

    def _failed(self, generation: int) -> Callable[[BaseException], None]:
        """What a list that could not be read shows, unless a newer one was asked for since."""

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self.loading = False
            if not isinstance(exc, UserError):
                default_error(self)(exc)  # a bug: the window's exception hook reports it
                return
            self.count.setText(translated(exc.message))

        return failed

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_activated(self, index: QModelIndex) -> None:
        row: FoundRow | None = self.model.data(index, Qt.ItemDataRole.UserRole)
        if row is not None:
            self.open_found.emit(row.uuid)
