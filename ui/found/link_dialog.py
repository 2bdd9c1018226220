"""Link a found person to a missing-person case here, or to a case at another station."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.dto.cases import CaseFilter
from models.dto.found import FoundDetail
from models.enums import Sex
from models.errors import UserError
from models.rules.status import OPEN_STATUS_LIST
from ui.desk import Desk
from ui.formats import format_instant
from ui.i18n import translated
from ui.labels import enum_label
from ui.widgets.dialogs import dialog_footer
from ui.widgets.fields import TextLine

SEARCH_DELAY_MS = 300
LIMIT = 100


class LinkDialog(QDialog):
    def __init__(self, desk: Desk, found: FoundDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.found = found
        self.result_detail: FoundDetail | None = None
        self.linked_to = ""
        self.setWindowTitle(self.tr("Link {number} to a case").format(number=found.ref_no))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Open cases of this station that may be this person (same sex, child or adult). "
                "Search by name, alias, register or FIR number; or give another station's case."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.search = TextLine(self.tr("name, alias, register or FIR number"), self)
        # A pause after typing, then one ranked search (not one per keystroke).
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        form.addRow(self.tr("Search"), self.search)
        layout.addLayout(form)
        self.candidates = QListWidget(self)
        self.candidates.setObjectName("link-candidates")
        self.candidates.itemActivated.connect(lambda _i: self.accept())
        layout.addWidget(self.candidates, 1)
        other = QFormLayout()
        self.external = TextLine(self.tr("e.g. MH-MUM-KUR MP/2026/0311"), self)
        other.addRow(self.tr("Or a case at another station"), self.external)
        layout.addLayout(other)
        self.error = dialog_footer(self, layout, ok_text=self.tr("Link")).error
        names = [n for n in found.found.person.names if n.strip()]
        if names:
            self.search.setText(names[0].split()[0])
        self.refresh()

    def refresh(self) -> None:
        """Open cases of the found person's sex and age group: the best fits of the search
        first, each with its fit out of 100; without a search, the newest first."""
        self._timer.stop()
        person = self.found.found.person
        text = self.search.text().strip()
        filters = CaseFilter(
            statuses=OPEN_STATUS_LIST,
            sex=person.sex if person.sex is not Sex.UNKNOWN else None,
            child=self.found.is_child,
        )
        self.candidates.clear()
        self.error.clear()
        svc, actor, lang, zone = self.desk.services, self.desk.actor, self.desk.lang, self.desk.zone
        hits: list[tuple[str, str, str, Sex, int | None, datetime, str, str]]
        try:
            if text:
                result = svc.search.search(actor, text, filters, kinds=("case",), limit=LIMIT)
                hits = [
                    (h.ref, f"{h.score:>3}   ", h.name, h.sex, None, h.at, h.place, h.fitted)
                    for h in result.hits
                ]
            else:
                page = svc.register.page_cases(actor, filters, limit=LIMIT)
                hits = [
                    (
                        r.register_no,
                        "",
                        r.name,
                        r.sex,
                        r.age_at_disappearance,
                        r.last_seen_at,
                        r.last_seen_place,
                        "",
                    )
                    for r in page.rows
                ]
        except UserError as exc:
            self.error.setText(translated(exc.message))
            return
        for ref, fit, name, sex, age, when, place, fitted in hits:
            years = f", {age}" if age is not None else ""
            seen = (
                self.tr("reported {when} at {place}")
                if fitted
                else self.tr("last seen {when} at {place}")
            ).format(when=format_instant(when, zone), place=place)
            item = QListWidgetItem(
                f"{fit}{ref}   {name} ({enum_label(sex, lang)}{years})   {seen}",
                self.candidates,
            )
            item.setData(Qt.ItemDataRole.UserRole, ref)
            if fitted:
                item.setToolTip(
                    self.tr("Fits the search {score} out of 100: {fitted}").format(
                        score=fit.strip(), fitted=fitted
                    )
                )
        if hits and self.candidates.currentRow() < 0:
            self.candidates.setCurrentRow(0)
        if text and not hits:
            self.error.setText(
                self.tr("No open case of this sex and age group fits “{text}”.").format(text=text)
            )

    def accept(self) -> None:
        item = self.candidates.currentItem()
        external = self.external.text().strip()
        case_ref = (
            item.data(Qt.ItemDataRole.UserRole) if item is not None and not external else None
        )
        if not case_ref and not external:
            self.error.setText(
                self.tr("Choose a case from the list, or give another station's case.")
            )
            return
        try:
            self.result_detail = self.desk.services.found.link(
                self.desk.actor, self.found.uuid, case_ref=case_ref, external_ref=external or None
            )
        except UserError as exc:
            self.error.setText(translated(exc.message))
            return
        self.linked_to = case_ref or external
        super().accept()
