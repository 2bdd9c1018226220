"""Driving widgets the way a person does: typing, choosing with the arrow keys, tabbing."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """One character at a time, as a keyboard (or an input method) delivers them; works for
    Devanagari, which ``qtbot.keyClicks`` cannot send."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
    QApplication.processEvents()


def leave(widget: QWidget) -> None:
    """Finish editing a field the way Tab does (its text is checked and tidied)."""
    QTest.keyClick(widget, Qt.Key.Key_Tab)
    QApplication.processEvents()


def choose(combo: QComboBox, code: str) -> None:
    """Pick the entry whose code is ``code`` with the arrow keys."""
    combo.setFocus()
    target = combo.findData(code)
    assert target >= 0, f"{code} is not offered"
    start = combo.currentIndex()
    key = Qt.Key.Key_Down if target > start else Qt.Key.Key_Up
    for _ in range(abs(target - start)):
        QTest.keyClick(combo, key)
    assert combo.currentIndex() == target
    combo.activated.emit(target)  # as the popup does when the choice is confirmed
    QApplication.processEvents()


def jpeg_file(folder: Path, name: str = "photo.jpg", colour: str = "#c08060") -> Path:
    image = Image.new("RGB", (320, 400), colour)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG")
    path = folder / name
    path.write_bytes(buffer.getvalue())
    return path
