"""Tracing drives (Operation Muskaan, Operation Smile): their dates, and each drive's report.

A drive's days count in R7 of every return they overlap; its own report (D1–D3) covers the
whole drive, or the days so far while it is under way.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.dto.returns import ReturnDocument
from models.errors import UserError, ValidationFailed
from models.services.drives import DriveInfo
from ui import messages
from ui.desk import Desk
from ui.i18n import translated
from ui.returns.document_view import ReturnDocumentView
from ui.returns.files_bar import FilesBar
from ui.tasks import Cancelled, Progress, run_with_progress
from ui.widgets.dialogs import dialog_footer
from ui.widgets.table import TextTableModel

DRIVE_HEADERS = (
    QT_TRANSLATE_NOOP("DrivesTab", "Drive"),
    QT_TRANSLATE_NOOP("DrivesTab", "From"),
    QT_TRANSLATE_NOOP("DrivesTab", "To"),
    QT_TRANSLATE_NOOP("DrivesTab", "Days"),
    QT_TRANSLATE_NOOP("DrivesTab", "Notes"),
)


def _date_edit(day: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setCalendarPopup(True)
    return edit


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class AddDriveDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.drive: DriveInfo | None = None
        self.setWindowTitle(self.tr("Add a drive"))
        today = desk.services.returns.today()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Operation Muskaan XIII"))
        self.first = _date_edit(today, self)
        self.last = _date_edit(today, self)
        self.notes = QLineEdit(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To (both days included)"), self.last)
        form.addRow(self.tr("Notes"), self.notes)
        layout.addLayout(form)
        self.error = dialog_footer(self, layout).error

    def accept(self) -> None:
        try:
            self.drive = self.desk.services.drives.add_drive(
                self.desk.actor,
                self.name.text(),
                _day(self.first),
                _day(self.last),
                self.notes.text() or None,
            )
        except ValidationFailed as exc:
            self.error.setText("\n".join(translated(p.message) for p in exc.problems))
            return
        except UserError as exc:
            self.error.setText(translated(exc.message))
            return
        super().accept()


class DrivesTab(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        headers = [QCoreApplication.translate("DrivesTab", str(h)) for h in DRIVE_HEADERS]
        self.model = TextTableModel(headers, self)
        self.table = QTableView(self)
        self.table.setObjectName("drives")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(110)
        self.table.activated.connect(lambda _i: self.show_report())
        self.add_button = QPushButton(self.tr("Add a drive…"), self)
        self.report_button = QPushButton(self.tr("Show the drive report"), self)
        self.publish = QCheckBox(self.tr("For publication (small counts hidden)"), self)
        for button in (self.add_button, self.report_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_drive)
        self.report_button.clicked.connect(self.show_report)
        self.note = QLabel(self)
        self.note.setProperty("role", "hint")
        self.note.setWordWrap(True)
        self.view = ReturnDocumentView(desk.lang, desk.zone, self)
        self.files = FilesBar(desk.zone, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.publish)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.files.row())
        self.view.show_document(None, self.tr("Choose a drive and press Show the drive report."))

    def refresh(self) -> None:
        try:
            drives = self.desk.services.drives.list_drives(self.desk.actor)
        except UserError as exc:
            self.note.setText(translated(exc.message))
            self.model.clear()
            return
        self.note.setText(
            self.tr(
                "Children traced or found during a drive's days are counted in R7 of the "
                "returns; the drive report counts the whole drive."
            )
            if drives
            else self.tr(
                "No drive has been recorded yet. The station head adds one with its dates."
            )
        )
        self.model.set_rows(
            [
                (
                    d.name,
                    f"{d.starts_on:%d-%m-%Y}",
                    f"{d.ends_on:%d-%m-%Y}",
                    str((d.ends_on - d.starts_on).days + 1),
                    d.notes or "",
                )
                for d in drives
            ],
            payloads=drives,
        )
        if drives:
            self.table.selectRow(0)

    def selected(self) -> DriveInfo | None:
        rows = self.table.selectionModel().selectedRows()
        drive = self.model.payload(rows[0].row()) if rows else None
        return drive if isinstance(drive, DriveInfo) else None

    def select(self, name: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.text_at(row, 0) == name:
                self.table.selectRow(row)

    def add_drive(self) -> None:
        dialog = AddDriveDialog(self.desk, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.drive is not None:
            self.refresh()
            self.select(dialog.drive.name)

    def show_report(self) -> None:
        drive = self.selected()
        if drive is None:
            messages.inform(
                self, self.tr("Drive report"), self.tr("Choose a drive in the list first.")
            )
            return
        desk, publish = self.desk, self.publish.isChecked()

        def work(progress: Progress, _cancelled: Cancelled) -> ReturnDocument:
            progress(0, 1)
            return desk.services.drives.drive_report(desk.actor, drive.name, publish=publish)

        def done(doc: ReturnDocument) -> None:
            self.view.show_document(doc)
            self.files.set_document(doc)

        run_with_progress(
            self,
            self.tr("Drive report"),
            self.tr("Counting {drive}…").format(drive=drive.name),
            work,
            done,
        )
