"""Input widgets that hold one field each, all with the same small interface.

Every field widget has a ``changed`` signal (emitted on user edits), ``raw()`` returning what it
holds as plain data (text as typed, codes, booleans, lists) and ``set_raw(value)``. Text widgets
are plain ``QLineEdit``/``QPlainTextEdit`` without masks or validators, so the operating
system's input method can compose Marathi and Hindi and the text is kept exactly as typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.partial_date import DateProblem, PartialDate
from ui.formats import (
    INSTANT_PLACEHOLDER,
    PARTIAL_PLACEHOLDER,
    format_instant,
    parse_age,
    parse_instant,
    parse_partial,
)
from ui.labels import enum_choices
from ui.widgets.combos import WholeValueCombo


def set_problem_look(widget: QWidget, problem: bool) -> None:
    """Red frame on a widget whose value the rules refused (see ui/style.py)."""
    if widget.property("problem") == problem:
        return
    widget.setProperty("problem", problem)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class TextLine(QLineEdit):
    changed = Signal()

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.textEdited.connect(lambda _text: self.changed.emit())

    def raw(self) -> str:
        return self.text()

    def set_raw(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class TextBox(QPlainTextEdit):
    """Several lines of text; Tab moves on to the next field (Ctrl+Tab types no tab either)."""

    changed = Signal()

    def __init__(self, placeholder: str = "", lines: int = 3, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        height = self.fontMetrics().lineSpacing() * lines + 14
        if lines <= 3:
            self.setFixedHeight(height)
        else:
            self.setMinimumHeight(height)
            self.setMaximumHeight(height * 2)
        self._loading = False
        self.textChanged.connect(self._on_text_changed)

    def _on_text_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def raw(self) -> str:
        return self.toPlainText()

    def set_raw(self, value: Any) -> None:
        self._loading = True
        try:
            self.setPlainText("" if value is None else str(value))
        finally:
            self._loading = False


class _CheckedLine(TextLine):
    """A line whose text is checked when the user leaves it; shows the red frame if wrong."""

    problem_found = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(placeholder, parent)
        self.editingFinished.connect(self._tidy)

    def check(self, text: str) -> str:
        """Return the tidy form of ``text`` or raise ``DateProblem``."""
        return text

    def _tidy(self) -> None:
        text = self.text().strip()
        if not text:
            set_problem_look(self, False)
            return
        try:
            tidy = self.check(text)
        except DateProblem as exc:
            set_problem_look(self, True)
            self.problem_found.emit(str(exc))
            return
        set_problem_look(self, False)
        if tidy != self.text():
            self.setText(tidy)
            self.changed.emit()


class InstantEdit(QWidget):
    """Date and time as ``DD-MM-YYYY HH:MM``; "now" (or the Now button) fills the present."""

    changed = Signal()

    def __init__(
        self, zone: tzinfo, now: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.zone = zone
        self._now = now
        self.line = _InstantLine(self, INSTANT_PLACEHOLDER)
        self.line.changed.connect(self.changed)
        button = QToolButton(self)
        self.now_button = button
        button.setText(self.tr("Now"))
        button.setToolTip(self.tr("Fill in the present date and time (or type 'now')"))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(self.fill_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line, 1)
        layout.addWidget(button)
        self.setFocusProxy(self.line)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMaximumWidth(260)

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)
        self.now_button.setVisible(not read_only)

    def fill_now(self) -> None:
        self.line.setText(format_instant(self._now().replace(second=0, microsecond=0), self.zone))
        set_problem_look(self.line, False)
        self.changed.emit()

    def raw(self) -> str:
        return self.line.text()

    def set_raw(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))
        set_problem_look(self.line, False)

    def value(self) -> datetime | None:
        text = self.line.text().strip()
        if not text:
            return None
        try:
            return parse_instant(text, self.zone)
        except DateProblem:
            return None


class _InstantLine(_CheckedLine):
    def __init__(self, owner: InstantEdit, placeholder: str) -> None:
        super().__init__(placeholder, owner)
        self.owner = owner

    def check(self, text: str) -> str:
        if text.lower() in ("n", "now"):
            now = self.owner._now().replace(second=0, microsecond=0)
            return format_instant(now, self.owner.zone)
        return format_instant(parse_instant(text, self.owner.zone), self.owner.zone)


class PartialDateEdit(_CheckedLine):
    """A date that may be partial: ``DD-MM-YYYY``, ``MM-YYYY`` or ``YYYY``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(PARTIAL_PLACEHOLDER, parent)
        self.setMaximumWidth(200)

    def check(self, text: str) -> str:
        return PartialDate.parse_iso(parse_partial(text)).indian()


class AgeRangeEdit(_CheckedLine):
    """An age (``14``) or an age range (``12-14``) in completed years."""

    def __init__(self, placeholder: str | None = None, parent: QWidget | None = None):
        if placeholder is None:  # asked here, not at import: the language is chosen at logon
            placeholder = QCoreApplication.translate("AgeRangeEdit", "e.g. 14 or 12-14")
        super().__init__(placeholder, parent)
        self.setMaximumWidth(160)

    def check(self, text: str) -> str:
        rng = parse_age(text)
        return str(rng.low) if rng.exact else f"{rng.low}-{rng.high}"


class ChoiceCombo(WholeValueCombo):
    """A drop-down of ``(code, label)`` pairs; ``blank`` adds a "not stated" first entry. A value
    too long for the box ends in "…" and shows whole as its tooltip."""

    changed = Signal()

    def __init__(
        self,
        items: Sequence[tuple[str, str]],
        *,
        blank: str | None = "—",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._blank = blank
        self.set_items(items)
        self.activated.connect(lambda _i: self.changed.emit())
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)

    def set_items(self, items: Sequence[tuple[str, str]]) -> None:
        current = self.raw() if self.count() else ""
        with QSignalBlocker(self):
            self.clear()
            if self._blank is not None:
                self.addItem(self._blank, "")
            for code, text in items:
                self.addItem(text, code)
            self.set_raw(current)

    def raw(self) -> str:
        data = self.currentData()
        return "" if data is None else str(data)

    def set_raw(self, value: Any) -> None:
        index = self.findData("" if value is None else str(value))
        if index < 0 and value:
            # A code this list does not offer (an officer who has left): keep it visible.
            self.addItem(str(value), str(value))
            index = self.count() - 1
        with QSignalBlocker(self):
            # Without a blank entry, nothing chosen stays nothing chosen: never the first item.
            self.setCurrentIndex(index if index >= 0 or self._blank is None else 0)
        self._update_tip()  # its signal was blocked


class EnumCombo(ChoiceCombo):
    def __init__(
        self,
        enum_cls: type[StrEnum],
        lang: str,
        *,
        blank: str | None = "—",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(enum_choices(enum_cls, lang), blank=blank, parent=parent)


class TriChoice(ChoiceCombo):
    """Yes / No / left to the rules."""

    def __init__(self, undecided: str | None = None, parent: QWidget | None = None):
        if undecided is None:
            undecided = QCoreApplication.translate("TriChoice", "as the rules decide")
        super().__init__(
            [
                ("yes", QCoreApplication.translate("TriChoice", "Yes")),
                ("no", QCoreApplication.translate("TriChoice", "No")),
            ],
            blank=undecided,
            parent=parent,
        )


class Flag(QCheckBox):
    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.clicked.connect(lambda _checked: self.changed.emit())

    def raw(self) -> bool:
        return self.isChecked()

    def set_raw(self, value: Any) -> None:
        self.setChecked(bool(value))


class EnumChecks(QListWidget):
    """Several codes at once, as one tab stop: arrows move, Space ticks."""

    changed = Signal()

    def __init__(
        self, enum_cls: type[StrEnum], lang: str, rows: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(2)
        for code, text in enum_choices(enum_cls, lang):
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 8)
        self._loading = False
        self.itemChanged.connect(self._on_item_changed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            item = self.currentItem()
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.changed.emit()

    def raw(self) -> list[str]:
        return [
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_raw(self, value: Any) -> None:
        wanted = set(value or ())
        self._loading = True
        try:
            for i in range(self.count()):
                item = self.item(i)
                code = item.data(Qt.ItemDataRole.UserRole)
                item.setCheckState(
                    Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked
                )
        finally:
            self._loading = False


class NamesEdit(QWidget):
    """A name as written in each script: first in English letters, then in Devanagari, then any
    other spelling. The first non-empty one is the name shown in lists."""

    changed = Signal()
    PLACEHOLDERS = (
        QT_TRANSLATE_NOOP("NamesEdit", "in English letters, e.g. Priya Santosh Patil"),
        QT_TRANSLATE_NOOP("NamesEdit", "मराठी / हिंदी, उदा. प्रिया पाटील"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.lines: list[TextLine] = []
        self.more = QPushButton(self.tr("+ Another spelling"), self)
        self.more.setAutoDefault(False)
        self.more.clicked.connect(self._add_and_focus)
        self._layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self.set_raw(["", ""])

    def _add_line(self, text: str = "") -> TextLine:
        placeholder = (
            self.tr(str(self.PLACEHOLDERS[len(self.lines)]))
            if len(self.lines) < 2
            else self.tr("another spelling")
        )
        line = TextLine(placeholder, self)
        line.setText(text)
        line.changed.connect(self.changed)
        self._layout.insertWidget(len(self.lines), line)
        self.lines.append(line)
        if len(self.lines) == 1:
            self.setFocusProxy(line)
        QWidget.setTabOrder(line, self.more)
        if len(self.lines) > 1:
            QWidget.setTabOrder(self.lines[-2], line)
        return line

    def set_read_only(self, read_only: bool) -> None:
        for line in self.lines:
            line.setReadOnly(read_only)
        self.more.setVisible(not read_only)

    def _add_and_focus(self) -> None:
        self._add_line().setFocus()

    def raw(self) -> list[str]:
        return [line.text() for line in self.lines]

    def set_raw(self, value: Any) -> None:
        names = list(value or [])
        names += [""] * max(0, 2 - len(names))
        while len(self.lines) > len(names):
            line = self.lines.pop()
            line.deleteLater()
        for i, text in enumerate(names):
            if i < len(self.lines):
                self.lines[i].setText(text)
            else:
                self._add_line(text)
