"""Administration → Requests: what waits for a second person (new accounts, role changes,
password resets, break-glass case access) and, for an administrator, asking for break-glass
access and starting it once approved. The approval service decides who may decide; nobody decides
their own request, nor one tied to their account."""

from __future__ import annotations

from datetime import tzinfo
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.dto.approvals import ApprovalKind, ApprovalRequest, ApprovalStatus
from models.enums import Role
from models.errors import UserError
from models.permissions import Capability
from models.services.approvals import MAX_BREAK_GLASS_HOURS
from ui import messages
from ui.admin.break_glass import describe
from ui.admin.common import ReasonDialog
from ui.admin.users_tab import temporary_password
from ui.desk import Desk
from ui.formats import format_instant
from ui.labels import enum_label
from ui.widgets.table import Cell, RecordTableModel

COLUMNS = ("Asked", "By", "Request", "Reason", "State", "Decided by", "Access until")
STATE_TEXT = {
    ApprovalStatus.PENDING: "waiting",
    ApprovalStatus.APPROVED: "approved",
    ApprovalStatus.REFUSED: "refused",
    ApprovalStatus.EXPIRED: "expired",
}


def describe_request(req: ApprovalRequest, lang: str) -> str:
    role = enum_label(req.role, lang) if req.role else "?"
    if req.kind is ApprovalKind.ROLE_CHANGE:
        return f"role of {req.user}: {role}"
    if req.kind is ApprovalKind.NEW_ACCOUNT:
        return f"new account {req.user} ({req.full_name}): {role}"
    if req.kind is ApprovalKind.PASSWORD_RESET:
        return f"password reset for {req.user}"
    return f"break-glass: read case records for {req.hours} h"


class RequestsModel(RecordTableModel[ApprovalRequest]):
    """The requests, newest first; the row's ``ApprovalRequest`` is its payload."""

    def __init__(self, lang: str, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(COLUMNS, partial(request_cells, lang=lang, zone=zone), parent)


def request_cells(req: ApprovalRequest, lang: str, zone: tzinfo) -> tuple[Cell | str, ...]:
    return (
        format_instant(req.requested_at, zone),
        req.requested_by,
        describe_request(req, lang),
        Cell(req.reason, tooltip=req.reason),
        STATE_TEXT[req.status],
        req.decided_by or "",
        format_instant(req.valid_until, zone),
    )


class BreakGlassDialog(ReasonDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        self.hours = QSpinBox()
        self.hours.setObjectName("break-glass-hours")
        self.hours.setRange(1, MAX_BREAK_GLASS_HOURS)
        self.hours.setValue(2)
        self.hours.setSuffix(" hours")

        def act(reason: str) -> object:
            return desk.services.approvals.request_case_access(
                desk.actor, reason=reason, hours=self.hours.value()
            )

        super().__init__(
            "Ask for case access (break-glass)",
            "An administrator reads no case records. In an emergency (a court asks for a record, "
            "the station head's account is locked) ask here: the station head approves, and you "
            "can then read — never change — case records for the hours approved. The request, "
            "the approval and every case you open are recorded in the audit trail.",
            act,
            parent,
            extra=self.hours,
            extra_label="For",
        )


class RequestsTab(QWidget):
    break_glass_started = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.active_note = QLabel(self)
        self.active_note.setObjectName("break-glass-active")
        self.active_note.setStyleSheet(
            "background: #b71c1c; color: white; font-weight: bold; padding: 6px;"
        )
        self.active_note.setWordWrap(True)
        self.active_note.hide()
        self.model = RequestsModel(desk.lang, desk.zone, self)
        self.table = QTableView(self)
        self.table.setObjectName("requests-table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._follow())
        self.pending_only = QCheckBox("Waiting only", self)
        self.pending_only.toggled.connect(lambda _on: self.refresh())
        self.approve_button = QPushButton("Approve", self)
        self.refuse_button = QPushButton("Refuse…", self)
        self.ask_button = QPushButton("Ask for case access (break-glass)…", self)
        self.start_button = QPushButton("Start case access", self)
        self.end_button = QPushButton("End case access now", self)
        self.approve_button.clicked.connect(self.approve)
        self.refuse_button.clicked.connect(self.refuse)
        self.ask_button.clicked.connect(self.ask_break_glass)
        self.start_button.clicked.connect(self.start_break_glass)
        buttons = QHBoxLayout()
        deciding = desk.actor.role in {Role.SHO, Role.ADMIN}
        asking = desk.actor.role is Role.ADMIN
        for b, shown in (
            (self.approve_button, deciding),
            (self.refuse_button, deciding),
            (self.ask_button, asking),
            (self.start_button, asking),
            (self.end_button, asking),
        ):
            b.setAutoDefault(False)
            b.setVisible(shown)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.pending_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.active_note)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        try:
            found = self.desk.services.approvals.requests(self.desk.actor)
        except UserError as exc:
            self.model.set_records([])
            self.note.setText(exc.message)
            self._follow()
            return
        if self.pending_only.isChecked():
            found = [r for r in found if r.status is ApprovalStatus.PENDING]
        self.model.set_records(found)
        waiting = sum(1 for r in found if r.status is ApprovalStatus.PENDING)
        if self.desk.actor.role is Role.SHO:
            self.note.setText(
                f"{waiting} request(s) wait. New accounts, role changes and password resets take "
                "effect only when a second person approves; break-glass lets an administrator "
                "read (never change) case records for the hours asked. Nobody decides their own "
                "request, nor one from an account they made or gave a password."
            )
        elif self.desk.actor.role is Role.ADMIN:
            self.note.setText(
                f"{waiting} request(s) wait. You decide the station head's requests; the station "
                "head decides yours. An approved break-glass request is started here and ends at "
                "the approved time, when the window is locked, or when you log out."
            )
        else:
            self.note.setText("Your requests; a second person decides them.")
        self._follow()

    def selected(self) -> ApprovalRequest | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        req = self.model.payload(index.row())
        return req if isinstance(req, ApprovalRequest) else None

    def select(self, uuid: str) -> bool:
        for row, req in enumerate(self.model.records):
            if req.uuid == uuid:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def _follow(self) -> None:
        req = self.selected()
        pending = req is not None and req.status is ApprovalStatus.PENDING
        # A station head decides any request; an administrator a station head's account requests.
        decide = (
            req is not None
            and req.requested_by != self.desk.actor.username
            and (
                self.desk.can(Capability.GRANT_ROLES)
                or (
                    self.desk.can(Capability.MANAGE_USERS)
                    and req.filed_by_role is Role.SHO
                    and req.kind is not ApprovalKind.CASE_ACCESS
                )
            )
        )
        self.approve_button.setEnabled(decide and pending)
        self.refuse_button.setEnabled(decide and pending)
        active = bool(self.desk.actor.break_glass)
        self.start_button.setEnabled(
            not active
            and req is not None
            and req.kind is ApprovalKind.CASE_ACCESS
            and req.status is ApprovalStatus.APPROVED
        )
        self.end_button.setEnabled(active)
        self.active_note.setText(
            describe(self.desk) + ". Open cases from the Register; close this access with "
            "'End case access now' as soon as the work is done."
            if active
            else ""
        )
        self.active_note.setVisible(active)

    def approve(self) -> None:
        req = self.selected()
        if req is None:
            return
        if not messages.confirm(
            self,
            "Approve",
            f"Approve the request of {req.requested_by}: {describe_request(req, self.desk.lang)}?"
            f"\nReason given: {req.reason}",
        ):
            return
        # An administrator's account request carries no password: the approving head's does.
        temporary = temporary_password() if req.needs_password else None
        try:
            self.desk.services.approvals.approve(self.desk.actor, req.uuid, temporary=temporary)
        except UserError as exc:
            messages.show_refusal(self, exc, "Not approved")
            return
        if temporary is not None:
            messages.inform(
                self,
                "Temporary password",
                f"Give {req.user} this temporary password in person: {temporary}\n"
                "They must choose their own at the next logon.",
            )
        self.refresh()
        self.select(req.uuid)

    def refuse(self) -> None:
        req = self.selected()
        if req is None:
            return

        def act(reason: str) -> object:
            return self.desk.services.approvals.refuse(self.desk.actor, req.uuid, reason=reason)

        dialog = ReasonDialog(
            "Refuse the request",
            f"Refuse the request of {req.requested_by}: {describe_request(req, self.desk.lang)}?",
            act,
            self,
        )
        if dialog.exec():
            self.refresh()

    def ask_break_glass(self) -> None:
        dialog = BreakGlassDialog(self.desk, self)
        if dialog.exec():
            messages.inform(
                self,
                "Request sent",
                "The station head must approve it (Administration → Requests on their logon). "
                "Then choose the request here and start the access.",
            )
            self.refresh()

    def start_break_glass(self) -> None:
        req = self.selected()
        if req is None:
            return
        try:
            actor = self.desk.services.approvals.break_glass(self.desk.actor, req.uuid)
        except UserError as exc:
            messages.show_refusal(self, exc, "No case access")
            self.refresh()
            return
        self.desk.actor = actor
        self.break_glass_started.emit()
        self._follow()
