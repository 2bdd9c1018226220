"""HQ import: drop the stations' return packages (files or a folder) and read one receipt each.

Each package is checked (signature, hashes, order, replay) and stored all or nothing by the HQ
service, off the window's thread; HQ's sealing key is unlocked for that one import. Every file
gets a receipt: imported, already imported (nothing changed), or refused with the reason.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.errors import UserError
from models.jobs import Cancelled as JobCancelled
from models.packages.package import SUFFIX, package_files
from models.permissions import Capability, require
from models.services.hq import ALREADY, IMPORTED, ImportReceipt
from ui import messages
from ui.desk import Desk
from ui.i18n import translated
from ui.returns.keys import ask_passphrase, key_store, private_key_here
from ui.tasks import Cancelled, Progress, default_error, run_with_progress
from ui.widgets.table import Cell, TextTableModel

RECEIPT_HEADERS = (
    QT_TRANSLATE_NOOP("HqImportPage", "File"),
    QT_TRANSLATE_NOOP("HqImportPage", "Outcome"),
    QT_TRANSLATE_NOOP("HqImportPage", "Station"),
    QT_TRANSLATE_NOOP("HqImportPage", "Period"),
    QT_TRANSLATE_NOOP("HqImportPage", "Package"),
    QT_TRANSLATE_NOOP("HqImportPage", "What happened"),
)
OUTCOMES = {
    IMPORTED: (QT_TRANSLATE_NOOP("HqImportPage", "Imported"), "#1b5e20"),
    ALREADY: (QT_TRANSLATE_NOOP("HqImportPage", "Already imported"), "#546e7a"),
}
REFUSED_LOOK = (QT_TRANSLATE_NOOP("HqImportPage", "Refused"), "#b71c1c")
# Imported, but the station's audit trail does not extend the one HQ held (history rewritten).
WARNING_LOOK = (QT_TRANSLATE_NOOP("HqImportPage", "Imported, history rewritten"), "#e65100")
FILE_COLUMN_WIDTH = 300


def receipt_cells(receipt: ImportReceipt) -> tuple[Cell | str, ...]:
    word, colour = OUTCOMES.get(receipt.status, REFUSED_LOOK)
    message = receipt.message
    if receipt.warning:
        word, colour = WARNING_LOOK
        message = f"{receipt.warning} {message}"
    return (
        Cell(receipt.file_name, tooltip=receipt.file_name),
        Cell(QCoreApplication.translate("HqImportPage", str(word)), bold=True, colour=colour),
        receipt.station_code or "",
        Cell(receipt.period.label, tooltip=translated(receipt.period.describe()))
        if receipt.period
        else "",
        Cell(str(receipt.seq), number=True) if receipt.seq is not None else "",
        Cell(message, colour=colour if word != OUTCOMES[IMPORTED][0] else None),
    )


class DropArea(QFrame):
    """A frame that takes dropped files and folders."""

    dropped = Signal(list)  # list[Path], emitted on the window's thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drop-area")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#drop-area { border: 2px dashed #90a4ae; border-radius: 6px; "
            "background: #f5f8fa; }"
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)


class HqImportPage(QWidget):
    imported = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.receipts: list[ImportReceipt] = []
        title = QLabel(self.tr("Import returns from the stations"), self)
        title.setProperty("role", "page-title")
        self.drop = DropArea(self)
        self.drop.dropped.connect(self.import_paths)
        prompt = QLabel(
            self.tr(
                "Drop the stations' return packages ({suffix} files), or a folder of them, "
                "here.\nEach is checked and imported whole, or refused with the reason; a package "
                "already imported changes nothing."
            ).format(suffix=SUFFIX),
            self.drop,
        )
        prompt.setWordWrap(True)
        prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.files_button = QPushButton(self.tr("Choose files…"), self.drop)
        self.folder_button = QPushButton(self.tr("Choose a folder…"), self.drop)
        for button in (self.files_button, self.folder_button):
            button.setAutoDefault(False)
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        drop_buttons = QHBoxLayout()
        drop_buttons.addStretch(1)
        drop_buttons.addWidget(self.files_button)
        drop_buttons.addWidget(self.folder_button)
        drop_buttons.addStretch(1)
        drop_layout = QVBoxLayout(self.drop)
        drop_layout.setContentsMargins(16, 18, 16, 18)
        drop_layout.addWidget(prompt)
        drop_layout.addLayout(drop_buttons)
        self.summary = QLabel(self)
        self.summary.setObjectName("import-summary")
        self.summary.setWordWrap(True)
        headers = [QCoreApplication.translate("HqImportPage", str(h)) for h in RECEIPT_HEADERS]
        self.model = TextTableModel(headers, self)
        self.table = QTableView(self)
        self.table.setObjectName("receipts")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, FILE_COLUMN_WIDTH)
        header.setStretchLastSection(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(title)
        layout.addWidget(self.drop)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        if not self.receipts:
            self.summary.setText(self.tr("No import yet in this session."))

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Return packages"),
            "",
            self.tr("Return packages (*{suffix});;All files (*)").format(suffix=SUFFIX),
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("A folder of return packages"))
        if name:
            self.import_paths([Path(name)])

    def import_paths(self, paths: list[Path]) -> None:
        desk = self.desk
        try:
            require(desk.actor, Capability.HQ_IMPORT)  # the service's rule, in its words
        except UserError as exc:
            messages.show_refusal(self, exc, self.tr("Returns cannot be imported"))
            return
        files = package_files(paths)
        if not files:
            messages.inform(
                self,
                self.tr("Import"),
                self.tr("No return packages ({suffix}) were found there.").format(suffix=SUFFIX),
            )
            return
        if desk.keys_dir is None:
            messages.inform(
                self,
                self.tr("Keys folder not known"),
                self.tr(
                    "This window was started without the data folder's keys directory; import "
                    "the packages with 'talash hq import' instead."
                ),
            )
            return
        if not private_key_here(desk, hq=True):
            messages.inform(
                self,
                self.tr("HQ's key is not on this computer"),
                self.tr(
                    "Packages are opened with HQ's sealing key, which is not on this computer. "
                    "Import on the computer where HQ's key was made, or make HQ's key here "
                    "(Stations → Create HQ's key) and send its public key to every station."
                ),
            )
            return
        passphrase = ask_passphrase(self, self.tr("HQ's sealing key"))
        if passphrase is None:
            return
        store = key_store(desk)

        def work(progress: Progress, cancelled: Cancelled) -> list[ImportReceipt]:
            opener = store.hq_opener(passphrase)
            return desk.services.hq.import_files(
                desk.actor,
                files,
                opener,
                progress=lambda done, total, _what: progress(done, total),
                cancel=cancelled,
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, JobCancelled):
                messages.inform(
                    self,
                    self.tr("Import stopped"),
                    self.tr(
                        "Stopped at your request. Packages imported before the stop are kept; the "
                        "one under way was not. Import the same files again for the rest: those "
                        "already in are recognised and left as they are."
                    ),
                )
                return
            default_error(self)(exc)

        label = self.tr("Checking and importing {count} file(s)…").format(count=len(files))
        run_with_progress(self, self.tr("Import"), label, work, self.show_receipts, failed)

    def show_receipts(self, receipts: list[ImportReceipt]) -> None:
        self.receipts = list(receipts)
        self.model.set_rows([receipt_cells(r) for r in receipts], payloads=receipts)
        self.table.resizeRowsToContents()
        taken = sum(1 for r in receipts if r.status == IMPORTED)
        again = sum(1 for r in receipts if r.status == ALREADY)
        refused = len(receipts) - taken - again
        flagged = sorted({r.station_code or "?" for r in receipts if r.warning})
        summary = self.tr(
            "{count} file(s): {taken} imported, {again} already imported, {refused} refused."
        ).format(count=len(receipts), taken=taken, again=again, refused=refused)
        if flagged:
            summary += " " + self.tr(
                "Audit trail rewritten (imported with a warning): {stations}."
            ).format(stations=", ".join(flagged))
        self.summary.setText(summary)
        self.imported.emit()
