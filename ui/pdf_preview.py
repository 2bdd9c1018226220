"""A printout on screen before it goes to paper: print it, save it, or open it in the PDF
viewer of the computer. It takes the PDF as bytes from the printouts (reports/)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.atomic_file import atomic_write


def safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-") or "printout"


class PdfPreview(QDialog):
    def __init__(
        self,
        pdf: bytes,
        *,
        title: str,
        file_stem: str,
        outbox_dir: Path | None = None,
        image_export: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.file_stem = safe_name(file_stem)
        self.outbox_dir = outbox_dir
        self.setWindowTitle(title)
        self.resize(900, 860)
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel(self)
        pages = self.document.pageCount()
        self.status.setText(
            self.tr("1 page") if pages == 1 else self.tr("{count} pages").format(count=pages)
        )
        print_button = QPushButton(self.tr("Print…"), self)
        print_button.setProperty("role", "primary")
        print_button.clicked.connect(self.print_document)
        save_button = QPushButton(self.tr("Save as…"), self)
        save_button.clicked.connect(self.save_as)
        open_button = QPushButton(self.tr("Open in the PDF viewer"), self)
        open_button.clicked.connect(self.open_external)
        self.image_button: QPushButton | None = None
        if image_export:  # notices travel through messaging groups as pictures
            self.image_button = QPushButton(self.tr("Save as image…"), self)
            self.image_button.setToolTip(
                self.tr("PNG or JPEG, 1600 pixels high: for messaging groups")
            )
            self.image_button.clicked.connect(self.save_image_as)
        close_button = QPushButton(self.tr("Close"), self)
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(print_button)
        buttons.addWidget(save_button)
        if self.image_button is not None:
            buttons.addWidget(self.image_button)
        buttons.addWidget(open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def page_count(self) -> int:
        return self.document.pageCount()

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_stem)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Each page as an image at the printer's resolution, fitted to the paper."""
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("The printer could not be started."))
            return
        try:
            area = printer.pageRect(QPrinter.Unit.DevicePixel)
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                scale = min(area.width() / points.width(), area.height() / points.height())
                size = QSize(int(points.width() * scale), int(points.height() * scale))
                image = self.document.render(page, size)
                painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
        finally:
            painter.end()
        self.status.setText(self.tr("Sent to the printer."))

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the printout"), f"{self.file_stem}.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            atomic_write(path, self.pdf, private=True)
        except OSError as exc:
            self.status.setText(
                self.tr("{file} cannot be written: {problem}.").format(
                    file=path.name, problem=exc.strerror
                )
            )
            return
        self.status.setText(self.tr("Saved {file}").format(file=path))

    def save_image_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the notice as an image"),
            f"{self.file_stem}.png",
            self.tr("PNG image (*.png);;JPEG image (*.jpg *.jpeg)"),
        )
        if path:
            self.save_image_to(Path(path))

    def save_image_to(self, path: Path) -> None:
        """The first page as PNG or JPEG (by the name's ending; PNG otherwise), made in memory."""
        from reports.images import RasterUnavailable, format_for
        from ui.pdf_render import pdf_to_image

        fmt = format_for(path)
        if fmt is None:
            path, fmt = path.with_suffix(".png"), "png"
        try:
            image = pdf_to_image(self.pdf, fmt=fmt)
            atomic_write(path, image, private=True)
        except RasterUnavailable as exc:
            self.status.setText(str(exc))
            return
        except OSError as exc:
            self.status.setText(
                self.tr("{file} cannot be written: {problem}.").format(
                    file=path.name, problem=exc.strerror
                )
            )
            return
        self.status.setText(self.tr("Saved {file}").format(file=path))

    def open_external(self) -> Path | None:
        """Write the PDF into the private outbox folder and hand it to the system viewer."""
        folder = self.outbox_dir
        if folder is None:
            self.status.setText(self.tr("No folder is set for printouts."))
            return None
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{self.file_stem}.pdf"
        try:
            atomic_write(path, self.pdf, private=True)
        except OSError as exc:
            self.status.setText(
                self.tr("{file} cannot be written: {problem}.").format(
                    file=path.name, problem=exc.strerror
                )
            )
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path
