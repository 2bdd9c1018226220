"""Link a found person to a missing-person case here, or to a case at another station."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.dto.cases import CaseFilter
from models.dto.found import FoundDetail
from models.enums import CaseStatus, Sex
from models.errors import UserError
from ui.desk import Desk
from ui.formats import format_instant
from ui.labels import enum_label
from ui.widgets.fields import TextLine


class LinkDialog(QDialog):
    def __init__(self, desk: Desk, found: FoundDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.found = found
        self.result_detail: FoundDetail | None = None
        self.linked_to = ""
        self.setWindowTitle(f"Link {found.ref_no} to a case")
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Open cases of this station that may be this person (same sex, child or adult). "
            "Search by name, alias, register or FIR number; or give another station's case.",
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.search = TextLine("name, alias, register or FIR number", self)
        self.search.textChanged.connect(lambda _t: self.refresh())
        form.addRow("Search", self.search)
        layout.addLayout(form)
        self.candidates = QListWidget(self)
        self.candidates.setObjectName("link-candidates")
        self.candidates.itemActivated.connect(lambda _i: self.accept())
        layout.addWidget(self.candidates, 1)
        other = QFormLayout()
        self.external = TextLine("e.g. MH-MUM-KUR MP/2026/0311", self)
        other.addRow("Or a case at another station", self.external)
        layout.addLayout(other)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Link")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        names = [n for n in found.found.person.names if n.strip()]
        if names:
            self.search.setText(names[0].split()[0])
        self.refresh()

    def refresh(self) -> None:
        person = self.found.found.person
        filters = CaseFilter(
            statuses=(CaseStatus.REGISTERED, CaseStatus.TRACED),
            sex=person.sex if person.sex is not Sex.UNKNOWN else None,
            child=self.found.is_child,
            text=self.search.text().strip() or None,
        )
        self.candidates.clear()
        try:
            page = self.desk.services.register.page_cases(self.desk.actor, filters, limit=100)
        except UserError as exc:
            self.error.setText(exc.message)
            return
        for row in page.rows:
            age = f", {row.age_at_disappearance}" if row.age_at_disappearance is not None else ""
            text = (
                f"{row.register_no}   {row.name} ({enum_label(row.sex, self.desk.lang)}{age})   "
                f"last seen {format_instant(row.last_seen_at, self.desk.zone)} "
                f"at {row.last_seen_place}"
            )
            item = QListWidgetItem(text, self.candidates)
            item.setData(Qt.ItemDataRole.UserRole, row.register_no)

    def accept(self) -> None:
        item = self.candidates.currentItem()
        external = self.external.text().strip()
        case_ref = (
            item.data(Qt.ItemDataRole.UserRole) if item is not None and not external else None
        )
        if not case_ref and not external:
            self.error.setText("Choose a case from the list, or give another station's case.")
            return
        try:
            self.result_detail = self.desk.services.found.link(
                self.desk.actor, self.found.uuid, case_ref=case_ref, external_ref=external or None
            )
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.linked_to = case_ref or external
        super().accept()
