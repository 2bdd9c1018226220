"""A titled part of the case form, with its fields in one or two labelled columns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from ui.case_form.host import CaseFormHost
from ui.widgets.binder import FieldForm


class Section(QFrame):
    # Marked with QT_TRANSLATE_NOOP("Section", …) in each section; shown through shown_title.
    title = ""

    def __init__(self, form: CaseFormHost) -> None:
        super().__init__()  # the form puts the section in its column, which becomes its parent
        self.form = form
        self.desk = form.desk
        self.binder = form.binder
        self.setObjectName(f"section-{type(self).__name__}")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(4, 0, 4, 12)
        self.body.setSpacing(8)
        heading = QLabel(self.shown_title, self)
        heading.setProperty("role", "section-title")
        self.heading = heading
        self.body.addWidget(heading)

    @property
    def shown_title(self) -> str:
        """The title in the window's language."""
        return QCoreApplication.translate("Section", self.title)

    def columns(self, count: int = 2) -> list[FieldForm]:
        """Side-by-side field columns (Tab runs down the first, then the second)."""
        row = QHBoxLayout()
        row.setSpacing(24)
        forms = [FieldForm(self.binder, self) for _ in range(count)]
        for form in forms:
            row.addWidget(form, 1)
        self.body.addLayout(row)
        return forms

    def wide(self) -> FieldForm:
        form = FieldForm(self.binder, self)
        self.body.addWidget(form)
        return form

    def subheading(self, text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>", self)
        self.body.addWidget(label)
        return label

    # The form calls these when the record changes (saved, reloaded, traced …).
    def record_changed(self) -> None:
        """Refresh anything drawn from the stored record rather than from the fields."""

    def state_changed(self, key: str | None) -> None:
        """React to a field change elsewhere (e.g. the reason suggests FIR sections)."""
