"""Field widgets bound to state keys, with an error line under each one.

A form registers each widget under its state key (the DTO field path). The binder then reads
and writes the whole state, tells the form when anything changed, and puts each problem the
rules report (``person.id_documents[0].number``) under the widget it belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from models.errors import Problem
from ui.i18n import translated
from ui.widgets.fields import set_problem_look
from ui.widgets.rows import RowsEditor

_TAIL = re.compile(r"(\[\d+\]|\.[A-Za-z_]+)$")
_INDEX = re.compile(r"^\[(\d+)\](?:\.([A-Za-z_]+))?")


class ErrorLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "error")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def say(self, message: str | None, *, warning: bool = False) -> None:
        self.setProperty("role", "warning" if warning else "error")
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(message or "")
        self.setVisible(bool(message))


class Binder(QObject):
    changed = Signal(str)

    def __init__(
        self, alias: Callable[[str], str] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._alias = alias or (lambda path: path)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLine] = {}
        self.labels: dict[str, str] = {}

    def bind(self, key: str, widget: QWidget, error: ErrorLine | None, label: str = "") -> None:
        self.fields[key] = widget
        if error is not None:
            self.errors[key] = error
        self.labels[key] = label
        widget.changed.connect(lambda k=key: self.changed.emit(k))  # type: ignore[attr-defined]

    def state(self) -> dict[str, Any]:
        return {key: widget.raw() for key, widget in self.fields.items()}  # type: ignore[attr-defined]

    def set_state(self, state: dict[str, Any]) -> None:
        for key, widget in self.fields.items():
            widget.set_raw(state.get(key))  # type: ignore[attr-defined]

    def key_for(self, path: str) -> tuple[str | None, str]:
        """The bound key a problem path belongs to, and the rest of the path (``[0].number``)."""
        current = self._alias(path)
        rest = ""
        while current:
            if current in self.fields:
                return current, rest
            aliased = self._alias(current)
            if aliased != current and aliased in self.fields:
                return aliased, rest
            m = _TAIL.search(current)
            if not m:
                break
            rest = m.group(1) + rest
            current = current[: m.start()]
        return None, path

    def show_problems(self, problems: Sequence[Problem]) -> list[Problem]:
        """Put each problem under its widget; return the ones no widget holds."""
        self.clear_problems()
        unplaced: list[Problem] = []
        messages: dict[str, list[tuple[str, bool]]] = {}
        for problem in problems:
            key, rest = self.key_for(problem.field)
            if key is None:
                unplaced.append(problem)
                continue
            widget = self.fields[key]
            text = translated(problem.message)
            m = _INDEX.match(rest)
            if m and isinstance(widget, RowsEditor):
                index = int(m.group(1))
                widget.mark(index, m.group(2))
                column = next(
                    (c.label for c in widget.columns if c.key == m.group(2)), m.group(2) or ""
                )
                text = (
                    QCoreApplication.translate("Binder", "row {row}, {column}: {problem}")
                    if column
                    else QCoreApplication.translate("Binder", "row {row}: {problem}")
                ).format(row=index + 1, column=column.lower(), problem=text)
            elif problem.is_error:
                set_problem_look(_look_target(widget), True)
            messages.setdefault(key, []).append((text, not problem.is_error))
            if key not in self.errors:
                unplaced.append(problem)
        for key, items in messages.items():
            line = self.errors.get(key)
            if line is None:
                continue
            only_warnings = all(warn for _, warn in items)
            line.say("\n".join(text for text, _ in items), warning=only_warnings)
        return unplaced

    def clear_problems(self) -> None:
        for line in self.errors.values():
            line.say(None)
        for widget in self.fields.values():
            if isinstance(widget, RowsEditor):
                widget.clear_marks()
            else:
                set_problem_look(_look_target(widget), False)

    def focus(self, path: str) -> QWidget | None:
        key, _rest = self.key_for(path)
        if key is None:
            return None
        widget = self.fields[key]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget


def _look_target(widget: QWidget) -> QWidget:
    line = getattr(widget, "line", None)
    return line if isinstance(line, QWidget) else widget


class FieldForm(QWidget):
    """A labelled column of fields (a ``QFormLayout``) whose rows carry an error line."""

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = binder
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.layout_.setVerticalSpacing(6)

    def add(self, key: str, label: str, widget: QWidget, hint: str | None = None) -> QWidget:
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        if hint:
            note = QLabel(hint, holder)
            note.setProperty("role", "hint")
            note.setWordWrap(True)
            box.addWidget(note)
        error = ErrorLine(holder)
        box.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        caption.setWordWrap(True)
        self.layout_.addRow(caption, holder)
        self.binder.bind(key, widget, error, label)
        return widget

    def add_widget(self, label: str, widget: QWidget) -> QWidget:
        self.layout_.addRow(label, widget) if label else self.layout_.addRow(widget)
        return widget
