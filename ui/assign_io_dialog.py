"""Naming a case's investigating officer, from the station head's overdue list.

The choice is saved through the case's own edit (``CaseService.update_case``): the same check
that only the station head gives a case to an officer, the same audit event, the same refusal
when another desk changed the case meanwhile. Nothing here writes by another path.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from models.dto.cases import CaseDetail
from models.errors import UserError
from models.permissions import INVESTIGATING_ROLES
from ui.desk import Desk
from ui.due_matches import refresh_in_background
from ui.messages import explain
from ui.widgets.dialogs import dialog_footer
from ui.widgets.fields import ChoiceCombo


def assign_io(desk: Desk, ref: str, username: str) -> CaseDetail:
    """Save ``username`` as the investigating officer of case ``ref`` as it now stands."""
    cases = desk.services.cases
    detail = cases.case_detail(desk.actor, ref, audit_view=False)
    data = detail.as_input()
    data = dataclasses.replace(data, report=dataclasses.replace(data.report, io=username))
    saved = cases.update_case(desk.actor, ref, data, detail.version).value
    refresh_in_background(desk)  # the edit left the case's possible matches due
    return saved


class AssignIoDialog(QDialog):
    """Choose an officer; OK saves, a refusal stays on screen in plain words (Esc leaves)."""

    def __init__(self, desk: Desk, ref: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ref = ref
        self.saved: CaseDetail | None = None
        self.setWindowTitle(self.tr("Assign the investigating officer"))
        self.setMinimumWidth(520)  # an officer's name, rank and role read whole
        officers = [
            (o.username, o.describe())
            for o in desk.officers(refresh=True)
            if o.role in INVESTIGATING_ROLES
        ]
        self.officer = ChoiceCombo(officers, blank=None, parent=self)
        self.officer.setObjectName("assign-io-officer")
        self.officer.setMinimumContentsLength(24)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("{what}: who investigates it?").format(what=what), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("Investigating &officer"), self.officer)
        layout.addLayout(form)
        self.footer = dialog_footer(
            self, layout, ok_text=self.tr("Assign"), error_name="assign-io-error"
        )
        if not officers:
            self.footer.error.setText(
                self.tr("There is no active investigating officer to choose.")
            )

    def accept(self) -> None:
        username = self.officer.raw()
        if not username:
            self.footer.error.setText(self.tr("Choose the investigating officer."))
            return
        try:
            self.saved = assign_io(self.desk, self.ref, username)
        except UserError as exc:
            self.footer.error.setText(explain(exc))
            return
        super().accept()
