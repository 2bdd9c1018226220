"""Photos of a person as thumbnails: add from a file or by dropping files, one marked primary.

Photos already stored are shown from their stored thumbnails; making one primary or removing it
is done at once by the owner's callbacks (it is a change of the record, audited). Photos added
here are pending until the form is saved and are part of the form's state (and so of its draft).
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.dto.cases import PhotoInfo
from models.errors import UserError
from models.limits import read_limited
from models.photos import MAX_BYTES
from ui.i18n import translated

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png")
THUMB = 120


class PhotoStrip(QWidget):
    changed = Signal()
    problem = Signal(str)

    def __init__(
        self,
        *,
        load_thumbnail: Callable[[int], bytes] | None = None,
        make_primary: Callable[[int], None] | None = None,
        remove: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_thumbnail = load_thumbnail
        self._make_primary = make_primary
        self._remove = remove
        self.stored: list[PhotoInfo] = []
        self.pending: list[dict[str, Any]] = []
        self.setAcceptDrops(True)

        self.list = QListWidget(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 24, THUMB + 44))
        self.list.setMovement(QListView.Movement.Static)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setFixedHeight(THUMB + 64)
        self.list.setAcceptDrops(False)
        self.add_button = QPushButton(self.tr("Add photo…"), self)
        self.primary_button = QPushButton(self.tr("Make primary"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        for button in (self.add_button, self.primary_button, self.remove_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.choose_files)
        self.primary_button.clicked.connect(self._on_primary)
        self.remove_button.clicked.connect(self._on_remove)
        note = QLabel(
            self.tr("Drop photo files here too (JPEG or PNG). ★ marks the primary photo."), self
        )
        note.setProperty("role", "hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.primary_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(note)
        self.setFocusProxy(self.add_button)
        self._refresh()

    def set_read_only(self, read_only: bool) -> None:
        for button in (self.add_button, self.primary_button, self.remove_button):
            button.setVisible(not read_only)
        self.setAcceptDrops(not read_only)

    # -- stored photos ------------------------------------------------------------------------

    def set_stored(self, photos: tuple[PhotoInfo, ...]) -> None:
        self.stored = list(photos)
        self._refresh()

    # -- pending photos ------------------------------------------------------------------------

    def raw(self) -> list[dict[str, Any]]:
        return [dict(p) for p in self.pending]

    def set_raw(self, value: Any) -> None:
        self.pending = [dict(p) for p in value or ()]
        self._refresh()

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            "",
            self.tr("Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"),
        )
        self.add_files([Path(f) for f in files])

    def add_files(self, paths: list[Path]) -> int:
        """Read each file (size cap first) and add it as pending; returns how many were added."""
        added = 0
        for path in paths:
            if path.suffix.lower() not in IMAGE_SUFFIXES:
                self.problem.emit(
                    self.tr("{file} is not a JPEG or PNG photo.").format(file=path.name)
                )
                continue
            try:
                data = read_limited(path, MAX_BYTES, path.name)
            except UserError as exc:
                self.problem.emit(translated(exc.message))
                continue
            if QImage.fromData(data).isNull():
                self.problem.emit(
                    self.tr("{file} is not a photo that can be opened.").format(file=path.name)
                )
                continue
            self.add_data(data, path.name)
            added += 1
        return added

    def add_data(self, data: bytes, name: str) -> None:
        first = not self.stored and not self.pending
        self.pending.append(
            {"file": name, "data": base64.b64encode(data).decode("ascii"), "primary": first}
        )
        self._refresh()
        self.changed.emit()

    # -- drag and drop ---------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(
            url.isLocalFile() and url.toLocalFile().lower().endswith(IMAGE_SUFFIXES)
            for url in event.mimeData().urls()
        ):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if self.add_files(paths):
            event.acceptProposedAction()

    # -- selection actions -----------------------------------------------------------------------

    def _selected(self) -> tuple[str, int] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        kind, index = item.data(Qt.ItemDataRole.UserRole)
        return str(kind), int(index)

    def _on_primary(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        kind, index = chosen
        if kind == "pending":
            for i, p in enumerate(self.pending):
                p["primary"] = i == index
            self._refresh()
            self.changed.emit()
        elif self._make_primary is not None:
            self._make_primary(self.stored[index].id)

    def _on_remove(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        kind, index = chosen
        if kind == "pending":
            del self.pending[index]
            self._refresh()
            self.changed.emit()
        elif self._remove is not None:
            self._remove(self.stored[index].id)

    def _refresh(self) -> None:
        self.list.clear()
        any_pending_primary = any(p.get("primary") for p in self.pending)
        for i, photo in enumerate(self.stored):
            pixmap = QPixmap()
            if self._load_thumbnail is not None:
                pixmap.loadFromData(self._load_thumbnail(photo.id))
            primary = photo.primary and not any_pending_primary
            item = QListWidgetItem(
                QIcon(pixmap), self.tr("★ Primary") if primary else self.tr("Stored")
            )
            item.setData(Qt.ItemDataRole.UserRole, ("stored", i))
            item.setToolTip(
                self.tr("{width}×{height}, stored").format(width=photo.width, height=photo.height)
            )
            self.list.addItem(item)
        for i, p in enumerate(self.pending):
            pixmap = QPixmap()
            pixmap.loadFromData(base64.b64decode(p["data"]))
            if not pixmap.isNull():
                pixmap = pixmap.scaled(
                    THUMB,
                    THUMB,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            text = self.tr("★ Primary, not saved") if p.get("primary") else self.tr("Not saved yet")
            item = QListWidgetItem(QIcon(pixmap), text)
            item.setData(Qt.ItemDataRole.UserRole, ("pending", i))
            item.setToolTip(str(p.get("file") or ""))
            self.list.addItem(item)
        has = bool(self.stored or self.pending)
        self.primary_button.setEnabled(has)
        self.remove_button.setEnabled(has)
