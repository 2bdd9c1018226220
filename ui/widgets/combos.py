"""A drop-down that never hides part of its value without saying so.

A form column at 1366×768 is narrower than some values ("Directed an officer to take up the
investigation", a reason in Marathi): Qt then clips the value mid-letter, and nothing tells the
reader that more is missing. Here a value too long for its box ends in "…" and the whole value
is the box's tooltip. The open list already takes the width of its longest entry (Qt sizes the
popup to its items), so the choice itself is always readable.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QPaintEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

# The style draws the value one pixel inside each side of its field.
TEXT_INSET = 2


class WholeValueCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._own_tip = ""  # what the code asked for; the whole value goes before it when cut
        self.currentIndexChanged.connect(self._update_tip)
        self.currentTextChanged.connect(self._update_tip)

    def setToolTip(self, tip: str) -> None:
        self._own_tip = tip
        self._update_tip()

    def value_is_cut(self) -> bool:
        """The current value is wider than the room its box gives it."""
        text = self.currentText()
        room = self._text_room().width()
        return bool(text) and self.fontMetrics().horizontalAdvance(text) > room

    def _text_room(self) -> QRect:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return field.adjusted(TEXT_INSET // 2, 0, -(TEXT_INSET // 2), 0)

    def _update_tip(self) -> None:
        tip = self._own_tip
        if self.value_is_cut():
            tip = f"{self.currentText()}\n\n{tip}" if tip else self.currentText()
        if self.toolTip() != tip:
            super().setToolTip(tip)

    def event(self, event: QEvent) -> bool:
        # Items may have been changed with signals blocked: the tip is checked as it is asked.
        if event.type() == QEvent.Type.ToolTip:
            self._update_tip()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_tip()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._update_tip()
        if self.isEditable() or not self.value_is_cut():
            super().paintEvent(event)
            return
        # As QComboBox paints itself, with the value shortened by "…" rather than clipped.
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, self._text_room().width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
