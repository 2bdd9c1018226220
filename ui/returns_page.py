"""Returns to headquarters: the week's return, the packages sent, drives, and the keys.

The station head chooses the period (last week by default), checks tables R1–R8 (and the annex
of untraced children), writes the XLSX, CSV and PDF, and signs one package for HQ. Everyone who
may see the station's figures sees the return; the returns service decides who may do the rest
and its refusals are shown as it words them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import UserError
from ui.desk import Desk
from ui.formats import format_instant
from ui.i18n import translated
from ui.returns.drives_tab import DrivesTab
from ui.returns.keys import KeysBox
from ui.returns.return_tab import ReturnTab
from ui.widgets.table import Cell, TextTableModel

LOG_HEADERS = (
    QT_TRANSLATE_NOOP("PackagesTab", "No."),
    QT_TRANSLATE_NOOP("PackagesTab", "Period"),
    QT_TRANSLATE_NOOP("PackagesTab", "Made at"),
    QT_TRANSLATE_NOOP("PackagesTab", "By"),
    QT_TRANSLATE_NOOP("PackagesTab", "Names"),
    QT_TRANSLATE_NOOP("PackagesTab", "SHA-256 fingerprint"),
    QT_TRANSLATE_NOOP("PackagesTab", "File"),
)


class PackagesTab(QWidget):
    """The packages this station has made: numbers, periods, fingerprints (newest first)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        headers = [QCoreApplication.translate("PackagesTab", str(h)) for h in LOG_HEADERS]
        self.model = TextTableModel(headers, self)
        self.table = QTableView(self)
        self.table.setObjectName("export-log")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        try:
            rows = self.desk.services.returns.export_log(self.desk.actor)
        except UserError as exc:
            self.note.setText(translated(exc.message))
            self.model.clear()
            return
        self.note.setText(
            self.tr(
                "{count} package(s) made here. HQ checks each package's number and its "
                "fingerprint (SHA-256); read the fingerprint out if HQ asks about a package."
            ).format(count=len(rows))
            if rows
            else self.tr("No return has been sent from this register yet.")
        )
        zone = self.desk.zone
        self.model.set_rows(
            [
                (
                    Cell(str(r.seq), number=True),
                    translated(r.period.describe()),
                    format_instant(r.created_at, zone),
                    r.created_by,
                    self.tr("names") if r.include_names else "",
                    Cell(r.sha256, tooltip=r.sha256),
                    r.file_name,
                )
                for r in rows
            ],
            payloads=rows,
        )


class ReturnsPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        title = QLabel(self.tr("Returns to headquarters"), self)
        title.setProperty("role", "page-title")
        self.keys = KeysBox(desk, hq=False, parent=self)
        self.return_tab = ReturnTab(desk, self.keys, self)
        self.packages = PackagesTab(desk, self)
        self.drives = DrivesTab(desk, self)
        keys_page = QWidget(self)
        keys_layout = QVBoxLayout(keys_page)
        keys_layout.addWidget(self.keys)
        keys_layout.addStretch(1)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("returns-tabs")
        self.tabs.addTab(self.return_tab, self.tr("Return"))
        self.tabs.addTab(self.packages, self.tr("Packages sent"))
        self.tabs.addTab(self.drives, self.tr("Drives"))
        self.tabs.addTab(keys_page, self.tr("Keys"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_tab())
        self.return_tab.package_made.connect(self.packages.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def _refresh_tab(self) -> None:
        widget = self.tabs.currentWidget()
        if widget is self.return_tab:
            self.return_tab.refresh()
        elif widget is self.packages:
            self.packages.refresh()
        elif widget is self.drives:
            self.drives.refresh()
        else:
            self.keys.refresh()

    def refresh(self) -> None:
        self._refresh_tab()
