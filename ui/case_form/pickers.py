"""Composite fields of the case form: officer, reason (category → sub-reason), risk checklist."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from models.dto.accounts import UserInfo
from models.enums import RiskAnswer
from models.risk_checklist import load_risk_checklist
from models.taxonomy import load_taxonomy
from ui.labels import enum_choices
from ui.widgets.fields import ChoiceCombo, TextLine


class OfficerCombo(ChoiceCombo):
    def __init__(
        self, officers: list[UserInfo], *, blank: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__([(o.username, o.describe()) for o in officers], blank=blank, parent=parent)
        self.setMinimumContentsLength(16)


class ReasonPicker(QWidget):
    """The reason as two drop-downs: the category, then the sub-reason within it."""

    changed = Signal()

    def __init__(self, lang: str, *, blank: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.taxonomy = load_taxonomy()
        self.category = ChoiceCombo(
            [(c.code, f"{c.code}. {c.label.get(lang)}") for c in self.taxonomy.categories],
            blank=blank,
            parent=self,
        )
        self.category.setMinimumContentsLength(20)
        self.reason = ChoiceCombo([], blank=None, parent=self)
        self.reason.setMinimumContentsLength(20)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.category, 1)
        layout.addWidget(self.reason, 1)
        self.setFocusProxy(self.category)
        self.category.changed.connect(self._on_category)
        self.reason.changed.connect(self.changed)
        self._fill_reasons("")

    def _fill_reasons(self, category: str) -> None:
        items: list[tuple[str, str]] = []
        if category:
            for r in self.taxonomy.category(category).reasons:
                items.append((r.code, f"{r.code} {r.label.get(self.lang)}"))
        with QSignalBlocker(self.reason):
            self.reason.clear()
            for code, text in items:
                self.reason.addItem(text, code)
        self.reason.setEnabled(bool(items))

    def _on_category(self) -> None:
        self._fill_reasons(self.category.raw())
        self.changed.emit()

    def raw(self) -> str:
        return self.reason.raw() if self.category.raw() else ""

    def set_raw(self, value: Any) -> None:
        code = str(value or "")
        category = code.split(".")[0] if code else ""
        self.category.set_raw(category)
        self._fill_reasons(category)
        if code:
            self.reason.set_raw(code)


class RiskChecklistEdit(QWidget):
    """Every checklist question: Yes / No / Unknown, and what was said. ▲ marks the questions
    whose Yes usually makes the risk High."""

    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.checklist = load_risk_checklist()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        header_q = QLabel(self.tr("Question"), self)
        header_a = QLabel(self.tr("Answer"), self)
        header_d = QLabel(self.tr("What was said / details"), self)
        for c, h in enumerate((header_q, header_a, header_d)):
            h.setProperty("role", "column-header")
            grid.addWidget(h, 0, c)
        answers = enum_choices(RiskAnswer, lang)
        self.answers: dict[str, ChoiceCombo] = {}
        self.details: dict[str, TextLine] = {}
        previous: QWidget | None = None
        for r, item in enumerate(self.checklist.items, start=1):
            mark = "▲ " if item.escalates_to_high else ""
            question = QLabel(mark + item.label.get(lang), self)
            question.setWordWrap(True)
            combo = ChoiceCombo(answers, blank="—", parent=self)
            combo.setMinimumContentsLength(8)
            combo.setObjectName(f"risk-{item.code}")
            details = TextLine("", self)
            combo.changed.connect(self.changed)
            details.changed.connect(self.changed)
            grid.addWidget(question, r, 0)
            grid.addWidget(combo, r, 1)
            grid.addWidget(details, r, 2)
            self.answers[item.code] = combo
            self.details[item.code] = details
            for widget in (combo, details):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 3)
        first = next(iter(self.answers.values()))
        self.setFocusProxy(first)

    def raw(self) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for code, combo in self.answers.items():
            answer, details = combo.raw(), self.details[code].text()
            if answer or details.strip():
                out[code] = {"answer": answer, "details": details}
        return out

    def set_raw(self, value: Any) -> None:
        value = value or {}
        for code, combo in self.answers.items():
            entry = value.get(code) or {}
            combo.set_raw(entry.get("answer") or "")
            self.details[code].setText(entry.get("details") or "")

    def escalating_yes(self) -> list[str]:
        """Labels (in the form's language) of ▲ questions answered Yes."""
        return [
            item.label.get(self.lang)
            for item in self.checklist.items
            if item.escalates_to_high and self.answers[item.code].raw() == RiskAnswer.YES.value
        ]
