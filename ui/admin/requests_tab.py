"""Administration → Requests: what waits for a second person (new accounts, role changes,
password resets, break-glass case access) and, for an administrator, asking for break-glass
access and starting it once approved. The approval service decides who may decide; nobody decides
their own request, nor one tied to their account."""

from __future__ import annotations

from datetime import tzinfo
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
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
from ui.i18n import translated
from ui.labels import enum_label
from ui.widgets.table import Cell, RecordTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("RequestsModel", "Asked"),
    QT_TRANSLATE_NOOP("RequestsModel", "By"),
    QT_TRANSLATE_NOOP("RequestsModel", "Request"),
    QT_TRANSLATE_NOOP("RequestsModel", "Reason"),
    QT_TRANSLATE_NOOP("RequestsModel", "State"),
    QT_TRANSLATE_NOOP("RequestsModel", "Decided by"),
    QT_TRANSLATE_NOOP("RequestsModel", "Access until"),
)
STATE_TEXT = {
    ApprovalStatus.PENDING: QT_TRANSLATE_NOOP("RequestsModel", "waiting"),
    ApprovalStatus.APPROVED: QT_TRANSLATE_NOOP("RequestsModel", "approved"),
    ApprovalStatus.REFUSED: QT_TRANSLATE_NOOP("RequestsModel", "refused"),
    ApprovalStatus.EXPIRED: QT_TRANSLATE_NOOP("RequestsModel", "expired"),
}


def describe_request(req: ApprovalRequest, lang: str) -> str:
    role = enum_label(req.role, lang) if req.role else "?"
    if req.kind is ApprovalKind.ROLE_CHANGE:
        return QCoreApplication.translate("RequestsModel", "role of {user}: {role}").format(
            user=req.user, role=role
        )
    if req.kind is ApprovalKind.NEW_ACCOUNT:
        return QCoreApplication.translate(
            "RequestsModel", "new account {user} ({name}): {role}"
        ).format(user=req.user, name=req.full_name, role=role)
    if req.kind is ApprovalKind.PASSWORD_RESET:
        return QCoreApplication.translate("RequestsModel", "password reset for {user}").format(
            user=req.user
        )
    return QCoreApplication.translate(
        "RequestsModel", "break-glass: read case records for {hours} h"
    ).format(hours=req.hours)


class RequestsModel(RecordTableModel[ApprovalRequest]):
    """The requests, newest first; the row's ``ApprovalRequest`` is its payload."""

    def __init__(self, lang: str, zone: tzinfo, parent: Any = None) -> None:
        headers = [QCoreApplication.translate("RequestsModel", str(c)) for c in COLUMNS]
        super().__init__(headers, partial(request_cells, lang=lang, zone=zone), parent)


def request_cells(req: ApprovalRequest, lang: str, zone: tzinfo) -> tuple[Cell | str, ...]:
    return (
        format_instant(req.requested_at, zone),
        req.requested_by,
        describe_request(req, lang),
        Cell(req.reason, tooltip=req.reason),
        QCoreApplication.translate("RequestsModel", str(STATE_TEXT[req.status])),
        req.decided_by or "",
        format_instant(req.valid_until, zone),
    )


class BreakGlassDialog(ReasonDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        self.hours = QSpinBox()
        self.hours.setObjectName("break-glass-hours")
        self.hours.setRange(1, MAX_BREAK_GLASS_HOURS)
        self.hours.setValue(2)
        # Built before the dialog itself, so translated by context rather than self.tr.
        self.hours.setSuffix(QCoreApplication.translate("BreakGlassDialog", " hours"))

        def act(reason: str) -> object:
            return desk.services.approvals.request_case_access(
                desk.actor, reason=reason, hours=self.hours.value()
            )

        super().__init__(
            QCoreApplication.translate("BreakGlassDialog", "Ask for case access (break-glass)"),
            QCoreApplication.translate(
                "BreakGlassDialog",
                "An administrator reads no case records. In an emergency (a court asks for a "
                "record, the station head's account is locked) ask here: the station head "
                "approves, and you can then read — never change — case records for the hours "
                "approved. The request, the approval and every case you open are recorded in the "
                "audit trail.",
            ),
            act,
            parent,
            extra=self.hours,
            extra_label=QCoreApplication.translate("BreakGlassDialog", "For"),
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
        self.pending_only = QCheckBox(self.tr("Waiting only"), self)
        self.pending_only.toggled.connect(lambda _on: self.refresh())
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.refuse_button = QPushButton(self.tr("Refuse…"), self)
        self.ask_button = QPushButton(self.tr("Ask for case access (break-glass)…"), self)
        self.start_button = QPushButton(self.tr("Start case access"), self)
        self.end_button = QPushButton(self.tr("End case access now"), self)
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
            self.note.setText(translated(exc.message))
            self._follow()
            return
        if self.pending_only.isChecked():
            found = [r for r in found if r.status is ApprovalStatus.PENDING]
        self.model.set_records(found)
        waiting = sum(1 for r in found if r.status is ApprovalStatus.PENDING)
        if self.desk.actor.role is Role.SHO:
            self.note.setText(
                self.tr(
                    "{count} request(s) wait. New accounts, role changes and password resets "
                    "take effect only when a second person approves; break-glass lets an "
                    "administrator read (never change) case records for the hours asked. Nobody "
                    "decides their own request, nor one from an account they made or gave a "
                    "password."
                ).format(count=waiting)
            )
        elif self.desk.actor.role is Role.ADMIN:
            self.note.setText(
                self.tr(
                    "{count} request(s) wait. You decide the station head's requests; the "
                    "station head decides yours. An approved break-glass request is started here "
                    "and ends at the approved time, when the window is locked, or when you log "
                    "out."
                ).format(count=waiting)
            )
        else:
            self.note.setText(self.tr("Your requests; a second person decides them."))
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
            self.tr(
                "{state}. Open cases from the Register; close this access with 'End case access "
                "now' as soon as the work is done."
            ).format(state=describe(self.desk))
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
            self.tr("Approve"),
            self.tr("Approve the request of {user}: {request}?\nReason given: {reason}").format(
                user=req.requested_by,
                request=describe_request(req, self.desk.lang),
                reason=req.reason,
            ),
        ):
            return
        # An administrator's account request carries no password: the approving head's does.
        temporary = temporary_password() if req.needs_password else None
        try:
            self.desk.services.approvals.approve(self.desk.actor, req.uuid, temporary=temporary)
        except UserError as exc:
            messages.show_refusal(self, exc, self.tr("Not approved"))
            return
        if temporary is not None:
            messages.inform(
                self,
                self.tr("Temporary password"),
                self.tr(
                    "Give {user} this temporary password in person: {password}\n"
                    "They must choose their own at the next logon."
                ).format(user=req.user, password=temporary),
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
            self.tr("Refuse the request"),
            self.tr("Refuse the request of {user}: {request}?").format(
                user=req.requested_by, request=describe_request(req, self.desk.lang)
            ),
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
                self.tr("Request sent"),
                self.tr(
                    "The station head must approve it (Administration → Requests on their "
                    "logon). Then choose the request here and start the access."
                ),
            )
            self.refresh()

    def start_break_glass(self) -> None:
        req = self.selected()
        if req is None:
            return
        try:
            actor = self.desk.services.approvals.break_glass(self.desk.actor, req.uuid)
        except UserError as exc:
            messages.show_refusal(self, exc, self.tr("No case access"))
            self.refresh()
            return
        self.desk.actor = actor
        self.break_glass_started.emit()
        self._follow()
