"""The register as a Qt table model that never holds more than the pages scrolled through.

Rows come from ``RegisterService.page_cases`` a page at a time (keyset paging): the first page
when the filter or the order changes, the next one when the view scrolls near the end
(``canFetchMore``/``fetchMore``). Sorting is the service's, by reported date or register number:
never a proxy sorting the few rows loaded so far.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from models.dto.cases import CaseFilter, CasePage, CaseRow, CaseSort
from models.errors import UserError
from models.text import shown
from ui.formats import format_instant
from ui.i18n import translated
from ui.labels import enum_label, reason_label
from ui.style import OVERDUE_TEXT, status_colours

PAGE_SIZE = 200
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

FetchPage = Callable[[CaseFilter, str, str | None, int], CasePage]

# The keys are what the code compares; the headings are shown in the window's language.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("register_no", str(QT_TRANSLATE_NOOP("RegisterModel", "Register No."))),
    ("status", str(QT_TRANSLATE_NOOP("RegisterModel", "Status"))),
    ("name", str(QT_TRANSLATE_NOOP("RegisterModel", "Name"))),
    ("other_names", str(QT_TRANSLATE_NOOP("RegisterModel", "Also written / called"))),
    ("sex", str(QT_TRANSLATE_NOOP("RegisterModel", "Sex"))),
    ("age", str(QT_TRANSLATE_NOOP("RegisterModel", "Age"))),
    ("reported_at", str(QT_TRANSLATE_NOOP("RegisterModel", "Reported"))),
    ("last_seen_at", str(QT_TRANSLATE_NOOP("RegisterModel", "Last seen"))),
    ("last_seen_place", str(QT_TRANSLATE_NOOP("RegisterModel", "Place last seen"))),
    ("fir_number", str(QT_TRANSLATE_NOOP("RegisterModel", "FIR"))),
    ("io_name", str(QT_TRANSLATE_NOOP("RegisterModel", "Investigating officer"))),
    ("reason", str(QT_TRANSLATE_NOOP("RegisterModel", "Reason"))),
    ("clocks", str(QT_TRANSLATE_NOOP("RegisterModel", "Deadlines"))),
    # Last in the model so saved column layouts keep their places; the view shows it first.
    ("fit", str(QT_TRANSLATE_NOOP("RegisterModel", "Fit"))),
)
COLUMN_INDEX = {key: i for i, (key, _title) in enumerate(COLUMNS)}
# Columns the service can order by: (ascending, descending).
SORTABLE: dict[int, tuple[str, str]] = {
    COLUMN_INDEX["register_no"]: (CaseSort.REGISTER_ASC, CaseSort.REGISTER_DESC),
    COLUMN_INDEX["reported_at"]: (CaseSort.REPORTED_ASC, CaseSort.REPORTED_DESC),
}

Parent = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class RegisterModel(QAbstractTableModel):
    failed = Signal(str)
    reloaded = Signal()

    def __init__(
        self,
        fetch_page: FetchPage,
        *,
        lang: str,
        zone: tzinfo,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch_page
        self.lang = lang
        self.zone = zone
        self.page_size = page_size
        self._rows: list[CaseRow] = []
        self._cursor: str | None = None
        self.filter = CaseFilter()
        self.sort_order: str = CaseSort.REPORTED_DESC
        # How many rows each fetch brought (the first page, then one entry per fetchMore).
        self.fetches: list[int] = []
        # While a name or number is searched: how well each case fitted (0–100) and what fitted.
        self.fits: dict[int, tuple[int, str]] = {}

    @property
    def rows_fetched(self) -> int:
        return sum(self.fetches)

    # -- loading ------------------------------------------------------------------------------

    def load(self, filters: CaseFilter | None = None, sort: str | None = None) -> None:
        """Start again from the first page (on this thread)."""
        filters = filters if filters is not None else self.filter
        sort = sort or self.sort_order
        try:
            page = self._fetch(filters, sort, None, self.page_size)
        except UserError as exc:
            self.failed.emit(translated(exc.message))
            page = CasePage((), None)
        self.apply_first_page(filters, sort, page)

    def apply_first_page(
        self,
        filters: CaseFilter,
        sort: str,
        page: CasePage,
        fits: dict[int, tuple[int, str]] | None = None,
    ) -> None:
        """Show a first page fetched elsewhere (the view fetches it off the window's thread);
        ``fits`` scores the rows of a search, which come best first."""
        self.beginResetModel()
        self.fits = dict(fits or {})
        self.filter = filters
        self.sort_order = sort
        self._rows = list(page.rows)
        self._cursor = page.next_cursor
        self.fetches = [len(page.rows)]
        self.endResetModel()
        self.reloaded.emit()

    def canFetchMore(self, parent: Parent = _ROOT) -> bool:
        return not parent.isValid() and self._cursor is not None

    def fetchMore(self, parent: Parent = _ROOT) -> None:
        if parent.isValid() or self._cursor is None:
            return
        try:
            page = self._fetch(self.filter, self.sort_order, self._cursor, self.page_size)
        except UserError as exc:
            self._cursor = None
            self.failed.emit(translated(exc.message))
            return
        self.fetches.append(len(page.rows))
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._cursor = page.next_cursor

    # -- the table ----------------------------------------------------------------------------

    def rowCount(self, parent: Parent = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Parent = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def rows(self) -> list[CaseRow]:
        return list(self._rows)

    def _text(self, row: CaseRow, key: str) -> str:
        if key == "register_no":
            return row.register_no
        if key == "status":
            return enum_label(row.status, self.lang)
        if key == "name":
            return row.name
        if key == "other_names":
            return row.other_names
        if key == "sex":
            return enum_label(row.sex, self.lang)
        if key == "age":
            age = "" if row.age_at_disappearance is None else str(row.age_at_disappearance)
            return self.tr("{age} (child)").format(age=age) if row.is_child else age
        if key == "reported_at":
            return format_instant(row.reported_at, self.zone)
        if key == "last_seen_at":
            return format_instant(row.last_seen_at, self.zone)
        if key == "last_seen_place":
            return row.last_seen_place
        if key == "fir_number":
            return row.fir_number or ""
        if key == "io_name":
            return row.io_name or ""
        if key == "reason":
            return reason_label(row.confirmed_reason or row.suspected_reason, self.lang)
        if key == "clocks":
            return self.tr("OVERDUE") if row.overdue else ""
        if key == "fit":
            fit = self.fits.get(row.id)
            return "" if fit is None else str(fit[0])
        return ""

    @property
    def ranked(self) -> bool:
        """Rows are a search's best fits, not the register in its order."""
        return bool(self.filter.text and self.filter.text.strip())

    def data(self, index: Parent, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(self._text(row, key))  # no stored line break or bidi control shows raw
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "name" and row.other_names:
                return self.tr("{name}\nAlso: {other_names}").format(
                    name=shown(row.name), other_names=shown(row.other_names)
                )
            if key == "clocks" and row.overdue:
                return self.tr(
                    "A legal or SOP deadline has run out: open the case, or see Overdue."
                )
            if key == "fit" and row.id in self.fits:
                score, what = self.fits[row.id]
                return self.tr("Fits the search {score} out of 100: {what}").format(
                    score=score, what=what
                )
            return shown(self._text(row, key)) or None
        if role == Qt.ItemDataRole.BackgroundRole and key == "status":
            return status_colours(row.status.value)[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "clocks" and row.overdue:
                return OVERDUE_TEXT
            if key == "status":
                return status_colours(row.status.value)[1]
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "fit":
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        if role == Qt.ItemDataRole.FontRole and key in ("status", "clocks", "register_no"):
            font = QFont()
            font.setBold(True)
            return font
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("RegisterModel", COLUMNS[section][1])
            if role == Qt.ItemDataRole.ToolTipRole:
                if section == COLUMN_INDEX["fit"]:
                    return self.tr(
                        "How well the name or number fits the search, out of 100 (best first)"
                    )
                if section in SORTABLE:
                    return self.tr("Click to sort the whole register by this column")
                return self.tr("The register sorts by Register No. or by Reported")
        return None

    def flags(self, index: Parent) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the whole register in the service (only the sortable columns); a search's
        hits keep their best-first order."""
        if column not in SORTABLE or self.ranked:
            return
        ascending, descending = SORTABLE[column]
        wanted = ascending if order == Qt.SortOrder.AscendingOrder else descending
        if wanted != self.sort_order:
            self.load(self.filter, wanted)

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        for column, (asc, desc) in SORTABLE.items():
            if self.sort_order == asc:
                return column, Qt.SortOrder.AscendingOrder
            if self.sort_order == desc:
                return column, Qt.SortOrder.DescendingOrder
        return COLUMN_INDEX["reported_at"], Qt.SortOrder.DescendingOrder

    def replace_row(self, updated: CaseRow) -> bool:
        """Refresh one row after a save (if it is loaded)."""
        for i, row in enumerate(self._rows):
            if row.id == updated.id:
                self._rows[i] = updated
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
                return True
        return False
