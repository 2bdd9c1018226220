"""Writing a return's files (XLSX, CSV, PDF) from the window, and opening the folder after.

The files are written off the window's thread behind a progress dialog; the folder is chosen
each time (starting from the last one used), and "Open folder" hands it to the computer's file
manager.
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from models.dto.returns import ReturnDocument
from models.errors import StorageError
from reports.returns_files import write_return_files
from ui.tasks import Cancelled, Progress, run_with_progress


def write_files(
    doc: ReturnDocument, folder: Path, zone: tzinfo, progress: Progress | None = None
) -> list[Path]:
    """XLSX, CSV and PDF of ``doc`` in ``folder``; a failing disk is refused in plain words."""
    try:
        return write_return_files(
            doc,
            folder,
            zone,
            progress=None if progress is None else lambda done, total, _what: progress(done, total),
        )
    except OSError as exc:
        raise StorageError(
            QCoreApplication.translate(
                "FilesBar", "The return's files could not be written to {folder}: {problem}."
            ).format(folder=folder, problem=exc.strerror or exc)
        ) from exc


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def choose_folder(parent: QWidget | None, title: str, start: Path | None) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(start or Path.home()))
    return Path(name) if name else None


class FilesBar(QObject):
    """[Write XLSX, CSV and PDF…] [Open folder] and a line saying what was written.

    The page places the buttons and the line where it wants them, or takes them as one row
    (``row()``).
    """

    written = Signal()

    def __init__(self, zone: tzinfo, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.zone = zone
        self.document: ReturnDocument | None = None
        self.folder: Path | None = None
        self.paths: list[Path] = []
        self.write_button = QPushButton(self.tr("Write XLSX, CSV and PDF…"), parent)
        self.write_button.setAutoDefault(False)
        self.write_button.clicked.connect(lambda: self.write())
        self.open_button = QPushButton(self.tr("Open folder"), parent)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_folder)
        self.status = QLabel(parent)
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        self.status.hide()
        self.set_document(None)

    def row(self) -> QHBoxLayout:
        layout = QHBoxLayout()
        layout.addWidget(self.write_button)
        layout.addWidget(self.open_button)
        layout.addWidget(self.status, 1)
        layout.addStretch(0)  # the buttons keep their size while the line is empty
        return layout

    def set_document(self, doc: ReturnDocument | None) -> None:
        self.document = doc
        self.write_button.setEnabled(doc is not None)
        self.open_button.setEnabled(self.folder is not None)

    def write(self, folder: Path | None = None) -> None:
        doc = self.document
        if doc is None:
            return
        parent = self.parent_widget
        folder = folder or choose_folder(
            parent, self.tr("Folder for the return's files"), self.folder
        )
        if folder is None:
            return

        def work(progress: Progress, _cancelled: Cancelled) -> list[Path]:
            return write_files(doc, folder, self.zone, progress)

        def done(paths: list[Path]) -> None:
            self.written_to(folder, paths)
            self.say(
                self.tr("Written to {folder}: {files}").format(
                    folder=folder, files=", ".join(p.name for p in paths)
                )
            )

        run_with_progress(
            parent, self.tr("Return files"), self.tr("Writing the XLSX, CSV and PDF…"), work, done
        )

    def written_to(self, folder: Path, paths: list[Path]) -> None:
        self.folder, self.paths = folder, paths
        self.open_button.setEnabled(True)
        self.written.emit()

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def open_folder(self) -> None:
        if self.folder is not None:
            open_folder(self.folder)
