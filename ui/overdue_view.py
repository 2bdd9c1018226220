"""Overdue: every deadline that has run out or will within a day, most urgent first.

CWC production of a traced or found child, AHTU transfer, risk reviews, an FIR missing on a
child's case, a missing child's upload to TrackChild, a missing child's case with no
investigating officer. Whether a row is overdue is the clock's own answer (models/rules/clocks.py),
the same as the case shows. Each row opens its case (or found person); on an "IO to be assigned"
row the station head assigns the officer from here. The list refreshes itself every few minutes
while it is on screen (never while hidden: it refreshes when shown again), and at once on F5. It
is read off the window's thread ("Loading…" meanwhile) and shows the most urgent ``SHOWN``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QElapsedTimer,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent, QShowEvent
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

from models.errors import UserError
from models.permissions import Capability
from models.rules.clocks import IO_ASSIGNMENT
from models.services.overdue import OverdueItem
from ui.assign_io_dialog import AssignIoDialog
from ui.desk import Desk
from ui.formats import describe_due, format_instant
from ui.i18n import translated
from ui.review_link import ReviewLink
from ui.style import OVERDUE_COLOUR
from ui.tasks import default_error, run_in_background
from ui.widgets.table import Cell, TextTableModel

REFRESH_MS = 5 * 60 * 1000
# The most urgent clocks shown: a station with more has a backlog to work through from the top,
# and a screenful is read in milliseconds however large the register.
SHOWN = 200
# The headings in English; shown in the window's language.
COLUMNS = (
    QT_TRANSLATE_NOOP("OverdueModel", "Urgency"),
    QT_TRANSLATE_NOOP("OverdueModel", "Due"),
    QT_TRANSLATE_NOOP("OverdueModel", "Deadline"),
    QT_TRANSLATE_NOOP("OverdueModel", "Record"),
    QT_TRANSLATE_NOOP("OverdueModel", "Name"),
    QT_TRANSLATE_NOOP("OverdueModel", "Child"),
    QT_TRANSLATE_NOOP("OverdueModel", "Investigating officer"),
)


class OverdueModel(TextTableModel):
    """The deadlines, most urgent first; the row's ``OverdueItem`` is its payload."""

    def __init__(self, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(
            [QCoreApplication.translate("OverdueModel", str(c)) for c in COLUMNS], parent
        )
        self.zone = zone

    @property
    def items(self) -> list[OverdueItem]:
        return cast(list[OverdueItem], self.payloads)

    def set_items(self, items: Sequence[OverdueItem], now: datetime) -> None:
        ordered = sorted(items, key=lambda i: (i.clock.due_at, i.ref))
        self.set_rows([self._cells(item, now) for item in ordered], payloads=ordered)

    def _cells(self, item: OverdueItem, now: datetime) -> tuple[Cell | str, ...]:
        due = item.clock.due_at
        colour = OVERDUE_COLOUR if item.clock.overdue else None
        return (
            Cell(describe_due(due, now), colour=colour),
            Cell(format_instant(due, self.zone), colour=colour),
            Cell(translated(item.clock.label), colour=colour),
            item.ref,
            item.name,
            self.tr("child") if item.is_child else "",
            item.io_name or "",
        )


class OverdueView(QWidget):
    open_case = Signal(str)  # case uuid
    open_found = Signal(str)  # found-person uuid
    review_matches = Signal()  # the possible matches to review were clicked

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        title = QLabel(self.tr("Overdue and due within a day"), self)
        title.setProperty("role", "page-title")
        self.summary = QLabel("", self)
        self.review = ReviewLink(desk, self)
        self.review.review.connect(self.review_matches)
        self.model = OverdueModel(desk.zone, self)
        self.table = QTableView(self)
        self.table.setObjectName("overdue-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Columns sized from the rows on screen, not all 200: measuring every row froze the window.
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._offer_assign())
        self.assign_button = QPushButton(self.tr("Assign &IO…"), self)
        self.assign_button.setObjectName("overdue-assign-io")
        self.assign_button.setToolTip(self.tr("Name the investigating officer of the chosen case"))
        self.assign_button.clicked.connect(self.assign_selected)
        # Only the station head assigns (models/permissions.py); others never see the button.
        self.assign_button.setVisible(desk.can(Capability.ASSIGN_IO))
        self.assign_button.setEnabled(False)
        # Two whole hints rather than one with a sentence slotted in.
        if desk.can(Capability.ASSIGN_IO):
            hint_text = self.tr(
                "Double-click or press Enter on a row to open its case. On an 'IO to be "
                "assigned' row, Assign IO names the officer. Deadlines are the station's "
                "settings; each deadline's name states the setting in force."
            )
        else:
            hint_text = self.tr(
                "Double-click or press Enter on a row to open its case. Deadlines are the "
                "station's settings; each deadline's name states the setting in force."
            )
        hint = QLabel(hint_text, self)
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.review)
        top.addWidget(self.assign_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        # The counts on a line of their own: beside the title, the review link and the button
        # they had too little room in Marathi at 1366 × 768 and were cut.
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        # Runs only while the page is on screen (showEvent/hideEvent).
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._since_filled = QElapsedTimer()
        self.loading = False
        self._again = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()
        # Refreshes missed while hidden are made up at once.
        if not self.loading and (
            not self._since_filled.isValid() or self._since_filled.hasExpired(REFRESH_MS)
        ):
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def refresh(self) -> None:
        """Read the list again off the window's thread; the rows stay until the new ones come."""
        self.review.refresh()
        if self.loading:
            self._again = True  # something changed since that read began: read once more
            return
        self.loading = True
        self._again = False
        self.summary.setText(self.tr("Loading…"))
        desk = self.desk
        run_in_background(
            lambda: desk.services.register.overdue(desk.actor, limit=SHOWN + 1),
            self._fill,
            self._failed,
            owner=self,
        )

    def _fill(self, items: list[OverdueItem]) -> None:
        self.loading = False
        self._since_filled.start()
        more = len(items) > SHOWN
        items = items[:SHOWN]
        self.model.set_items(items, self.desk.now())
        late = sum(1 for i in items if i.clock.overdue)
        if more:
            text = self.tr(
                "The {shown} most urgent shown ({late} overdue, {soon} due within a day); "
                "more after them"
            )
        else:
            text = self.tr("{late} overdue, {soon} due within a day")
        self.summary.setText(text.format(shown=SHOWN, late=late, soon=len(items) - late))
        self._offer_assign()
        if self._again:
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        if isinstance(exc, UserError):
            self.summary.setText(translated(exc.message))
        else:
            self.summary.setText("")
            default_error(self)(exc)

    def refs(self) -> list[str]:
        return [item.ref for item in self.model.items]

    def selected(self) -> OverdueItem | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        item: OverdueItem | None = self.model.data(index, Qt.ItemDataRole.UserRole)
        return item

    def _offer_assign(self) -> None:
        item = self.selected()
        self.assign_button.setEnabled(
            item is not None
            and item.clock.kind == IO_ASSIGNMENT
            and self.desk.can(Capability.ASSIGN_IO)
        )

    def assign_selected(self) -> None:
        """Name the IO of the chosen "IO to be assigned" row; the row goes once saved."""
        item = self.selected()
        if item is None or item.clock.kind != IO_ASSIGNMENT:
            return
        if item.name:
            what = self.tr("Case {ref}, {name}").format(ref=item.ref, name=item.name)
        else:
            what = self.tr("Case {ref}").format(ref=item.ref)
        dialog = AssignIoDialog(self.desk, item.uuid, what, self)
        if dialog.exec() == AssignIoDialog.DialogCode.Accepted:
            self.refresh()

    def _on_activated(self, index: QModelIndex) -> None:
        item: OverdueItem = self.model.data(index, Qt.ItemDataRole.UserRole)
        if item is None:
            return
        if item.record_kind == "case":
            self.open_case.emit(item.uuid)
        else:
            self.open_found.emit(item.uuid)
