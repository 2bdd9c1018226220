"""A return on screen: one tab per table (R1 … R8, S1 at HQ, D1 … for a drive) and the annex.

The figures are those the files will carry: the same document, the same cell rules
(``models.returns.cells``), so what the station head checks here is what goes out.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.dto.returns import ReturnDocument, ReturnTable
from models.returns.cells import suppression_note
from ui.formats import format_instant
from ui.i18n import translated
from ui.returns.table_models import AnnexModel, ReturnTableModel
from ui.widgets.headings import keep_headings_whole
from ui.widgets.table import TextTableModel

LABEL_COLUMN_WIDTH = 270
HEADER_LINES = 3


def figure_width(columns: int) -> int:
    """Narrower figure columns for the wide tables (R2, R6, R7), so most fit on the screen."""
    return 88 if columns <= 9 else 76


def table_view(
    model: TextTableModel, parent: QWidget, *, label_width: int | None, lines: int = HEADER_LINES
) -> QTableView:
    """A read-only table whose headings wrap onto up to ``lines`` lines."""
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    if label_width is not None:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(figure_width(model.columnCount() - 1))
        view.resizeColumnToContents(0)
        header.resizeSection(0, min(label_width, header.sectionSize(0) + 12))
    keep_headings_whole(view, least_lines=lines)
    return view


class ReturnDocumentView(QWidget):
    """Shows a ``ReturnDocument``; ``show_document(None)`` empties it."""

    def __init__(self, lang: str, zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.zone = zone
        self.document: ReturnDocument | None = None
        self.models: dict[str, ReturnTableModel] = {}
        self.views: dict[str, QTableView] = {}
        self.annex_model = AnnexModel(lang, self)
        self.heading = QLabel(self)
        self.heading.setObjectName("return-heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("return-tables")
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.show_document(None)

    def show_document(self, doc: ReturnDocument | None, empty_text: str = "") -> None:
        current = self.tabs.tabText(self.tabs.currentIndex()) if self.tabs.count() else ""
        self.document = doc
        self.models.clear()
        self.views.clear()
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if page is not None:
                page.deleteLater()
        if doc is None:
            self.heading.setText(empty_text)
            return
        self.heading.setText(self._heading(doc))
        for table in doc.tables:
            self.tabs.addTab(self._table_page(table, doc.suppress_below), table.code)
            self.tabs.setTabToolTip(self.tabs.count() - 1, translated(table.title))
        if doc.annex:
            self.annex_model.set_annex(doc.annex)
            self.tabs.addTab(
                self._annex_page(len(doc.annex)),
                self.tr("Annex ({count})").format(count=len(doc.annex)),
            )
        for i in range(self.tabs.count()):
            if self.tabs.tabText(i) == current:
                self.tabs.setCurrentIndex(i)

    def _heading(self, doc: ReturnDocument) -> str:
        unit = doc.unit_name + (f" · {doc.unit_name_local}" if doc.unit_name_local else "")
        lines = [
            self.tr("{unit} ({code}) · {period} · figures as at {when}.").format(
                unit=unit,
                code=doc.unit_code,
                period=translated(doc.period.describe()),
                when=format_instant(doc.generated_at, self.zone),
            )
            + "".join(f" {translated(note)}" for note in doc.notes)
        ]
        if doc.suppress_below:
            lines.append(
                self.tr("For publication: {note}").format(
                    note=translated(suppression_note(doc.suppress_below))
                )
            )
        if doc.fingerprint:
            lines.append(
                self.tr("Package SHA-256 {fingerprint}").format(fingerprint=doc.fingerprint)
            )
        return "\n".join(lines)

    def _table_page(self, table: ReturnTable, threshold: int | None) -> QWidget:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(2, 4, 2, 2)
        title = QLabel(translated(table.title), page)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        model = ReturnTableModel(page)
        model.set_table(table, threshold)
        lines = HEADER_LINES if len(table.columns) <= 12 else HEADER_LINES + 1
        view = table_view(model, page, label_width=LABEL_COLUMN_WIDTH, lines=lines)
        view.setObjectName(f"table-{table.code}")
        if len(table.columns) == 1:
            view.horizontalHeader().resizeSection(0, LABEL_COLUMN_WIDTH * 2)
        view.resizeRowsToContents()
        self.models[table.code] = model
        self.views[table.code] = view
        layout.addWidget(title)
        layout.addWidget(view, 1)
        if table.note:
            note = QLabel(translated(table.note), page)
            note.setProperty("role", "hint")
            note.setWordWrap(True)
            layout.addWidget(note)
        return page

    def _annex_page(self, count: int) -> QWidget:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(2, 4, 2, 2)
        title = QLabel(
            self.tr(
                "Annex: {count} children still untraced at the end of the period, oldest report "
                "first. It travels only inside the sealed package and in the station head's own "
                "copy."
            ).format(count=count),
            page,
        )
        title.setWordWrap(True)
        view = table_view(self.annex_model, page, label_width=None)
        view.setObjectName("table-annex")
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(title)
        layout.addWidget(view, 1)
        return page

    def table_codes(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def show_table(self, code: str) -> None:
        for i in range(self.tabs.count()):
            if self.tabs.tabText(i).split(" ")[0] == code:
                self.tabs.setCurrentIndex(i)
                return
