"""The notices of one case (lookout notices) or one found person ("help identify" notices),
with the steps the officer at the desk may take: request, approve or refuse, issue, print (or
save as an image), print the withdrawn slip, mark withdrawn.

Buttons follow the roles and the notice's state; the notice service decides. Whatever it
refuses (a traced case, a sensitive case without a recorded order, a child not yet before the
CWC …) is shown in its own plain words, and the rule's current answer is said under the list
before anyone asks.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.dto.notices import NoticeRow
from models.enums import NoticeKind, NoticeStatus
from models.errors import UserError
from models.permissions import Capability
from models.rules.notice_rules import LIVE_STATUSES
from ui import messages
from ui.desk import Desk
from ui.formats import format_day, format_instant
from ui.i18n import translated
from ui.labels import enum_label
from ui.printing import FOUND_NOTICE_PAPER, NOTICE_PAPER, WITHDRAWAL_PAPER, show_printout
from ui.widgets.table import Cell, TextTableModel

HEADERS = (
    QT_TRANSLATE_NOOP("NoticesPanel", "Notice"),
    QT_TRANSLATE_NOOP("NoticesPanel", "Status"),
    QT_TRANSLATE_NOOP("NoticesPanel", "Requested"),
    QT_TRANSLATE_NOOP("NoticesPanel", "Approved"),
    QT_TRANSLATE_NOOP("NoticesPanel", "Issued"),
    QT_TRANSLATE_NOOP("NoticesPanel", "Taken down"),
    QT_TRANSLATE_NOOP("NoticesPanel", "Note"),
)
STATUS_COLOURS = {
    NoticeStatus.REQUESTED: "#8a4b00",
    NoticeStatus.APPROVED: "#0d47a1",
    NoticeStatus.ISSUED: "#1b5e20",
    NoticeStatus.WITHDRAWAL_DUE: "#b71c1c",
    NoticeStatus.WITHDRAWN: "#546e7a",
    NoticeStatus.REFUSED: "#546e7a",
}


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class NoticesPanel(QWidget):
    changed = Signal()  # a step was taken (the list is already re-read)

    def __init__(self, desk: Desk, kind: NoticeKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.kind = kind
        self.subject_ref: str | None = None
        self.officer: bool | None = None
        self.rule_refusal: str | None = None
        self.rows: list[NoticeRow] = []
        headers = [QCoreApplication.translate("NoticesPanel", str(h)) for h in HEADERS]
        self.model = TextTableModel(headers, self)
        self.table = QTableView(self)
        self.table.setObjectName("notices")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(170)
        self.hint = QLabel(self)
        self.hint.setObjectName("notice-hint")
        self.hint.setWordWrap(True)
        self.request_button = QPushButton(self.tr("Request a notice"), self)
        self.request_button.setToolTip(
            self.tr("Ask for a lookout notice; the station head approves it.")
            if kind is NoticeKind.MISSING
            else self.tr("Ask for a help-identify notice; the station head approves it.")
        )
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.refuse_button = QPushButton(self.tr("Refuse…"), self)
        self.issue_button = QPushButton(self.tr("Issue"), self)
        self.print_button = QPushButton(self.tr("Print / image…"), self)
        self.print_button.setToolTip(self.tr("Print the notice, save it as PDF, or as an image"))
        self.slip_button = QPushButton(self.tr("Withdrawn slip…"), self)
        self.withdraw_button = QPushButton(self.tr("Mark withdrawn"), self)
        self.buttons = (
            self.request_button,
            self.approve_button,
            self.refuse_button,
            self.issue_button,
            self.print_button,
            self.slip_button,
            self.withdraw_button,
        )
        row = QHBoxLayout()
        for button in self.buttons:
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        self.request_button.clicked.connect(self.request)
        self.approve_button.clicked.connect(self.approve)
        self.refuse_button.clicked.connect(self.refuse)
        self.issue_button.clicked.connect(self.issue)
        self.print_button.clicked.connect(self.print_notice)
        self.slip_button.clicked.connect(self.print_slip)
        self.withdraw_button.clicked.connect(self.withdraw)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        self.set_subject(None)

    # -- the subject --------------------------------------------------------------------------

    def set_subject(
        self, ref: str | None, *, officer: bool | None = None, rule_refusal: str | None = None
    ) -> None:
        """The case (register number) or found person (FP/…) whose notices are shown.

        ``officer`` says whether the user at the desk requests, issues and takes down the
        subject's notices: a case says so itself (``CaseDetail.permissions``); for a found
        person (None) any investigating officer may. ``rule_refusal`` is the gating rule's
        answer for the subject as it stands.
        """
        self.subject_ref, self.officer, self.rule_refusal = ref, officer, rule_refusal
        self.refresh()

    def refresh(self) -> None:
        self.rows = []
        if self.subject_ref is not None:
            try:
                self.rows = self.desk.services.notices.list_notices(
                    self.desk.actor, subject_ref=self.subject_ref
                )
            except UserError as exc:
                self.hint.setText(translated(exc.message))
        self.model.set_rows(
            [
                (
                    Cell(n.label, bold=n.status in LIVE_STATUSES),
                    Cell(enum_label(n.status, self.desk.lang), colour=STATUS_COLOURS[n.status]),
                    self._when(n.requested_at, n.requested_by),
                    self._when(n.approved_at, n.approved_by),
                    self._when(n.issued_at, n.issued_by),
                    self._when(n.withdrawn_at, n.withdrawn_by),
                    n.refused_reason or "",
                )
                for n in self.rows
            ],
            payloads=self.rows,
        )
        self._update()

    def _when(self, at: datetime | None, who: str | None) -> Cell:
        """The day and who (the time in the tooltip), to keep the list narrow."""
        if at is None:
            return Cell("")
        return Cell(
            f"{format_day(at, self.desk.zone)} {who or ''}".strip(),
            tooltip=format_instant(at, self.desk.zone),
        )

    def live(self) -> NoticeRow | None:
        """The subject's one notice that is requested, approved, out, or to be taken down."""
        return next((n for n in self.rows if n.status in LIVE_STATUSES), None)

    def _officer(self) -> bool:
        """The case's investigating officer or the station head (found persons: any IO)."""
        if self.officer is not None:
            return self.officer
        return self.desk.can(Capability.REQUEST_NOTICE, assigned_io_id=self.desk.actor.user_id)

    def _update(self) -> None:
        live = self.live()
        status = live.status if live is not None else None
        officer = self._officer()
        head = self.desk.can(Capability.APPROVE_NOTICE)
        saved = self.subject_ref is not None
        self.request_button.setEnabled(saved and officer and live is None)
        self.approve_button.setEnabled(head and status is NoticeStatus.REQUESTED)
        self.refuse_button.setEnabled(
            head and status in (NoticeStatus.REQUESTED, NoticeStatus.APPROVED)
        )
        self.issue_button.setEnabled(officer and status is NoticeStatus.APPROVED)
        self.print_button.setEnabled(
            status is NoticeStatus.ISSUED and self.desk.can(Capability.PRINT_CASE)
        )
        self.slip_button.setEnabled(
            any(
                n.notice_no and n.status in (NoticeStatus.WITHDRAWAL_DUE, NoticeStatus.WITHDRAWN)
                for n in self.rows
            )
        )
        self.withdraw_button.setEnabled(officer and status is NoticeStatus.WITHDRAWAL_DUE)
        if not officer:
            self.request_button.setToolTip(
                self.tr("The case's investigating officer or the station head requests a notice.")
            )
        label = _capital(live.label) if live is not None else ""
        self.hint.setText(self._hint(live, label))
        self.hint.setProperty("role", "warning" if self.rule_refusal and live is None else "hint")
        self.hint.style().unpolish(self.hint)
        self.hint.style().polish(self.hint)

    def _hint(self, live: NoticeRow | None, label: str) -> str:
        if self.subject_ref is None:
            return self.tr("Notices are requested once the record is saved.")
        if live is None:
            if self.rule_refusal:
                return self.tr("No notice can go out now. {reason}").format(
                    reason=self.rule_refusal
                )
            return (
                self.tr(
                    "No notice is out. The investigating officer of the case or the station head "
                    "requests a notice; the station head approves it."
                )
                if self.kind is NoticeKind.MISSING
                else self.tr(
                    "No notice is out. An investigating officer or the station head requests a "
                    "notice; the station head approves it."
                )
            )
        return {
            NoticeStatus.REQUESTED: self.tr("{notice} waits for the station head's approval."),
            NoticeStatus.APPROVED: self.tr("{notice} is approved: issuing it gives it its number."),
            NoticeStatus.ISSUED: self.tr(
                "{notice} is out: print it, or save it as an image for messaging groups."
            ),
            NoticeStatus.WITHDRAWAL_DUE: self.tr(
                "The person is no longer missing: take {label} down everywhere (walls, "
                "messaging groups), paste the withdrawn slip over the posters, then mark it "
                "withdrawn."
            ),
        }.get(live.status, "").format(notice=label, label=live.label)

    # -- the steps ----------------------------------------------------------------------------

    def _step(self, title: str, action: str) -> NoticeRow | None:
        """Run one step through the notice service; its refusal is shown as it words it."""
        live = self.live()
        notices = self.desk.services.notices
        actor = self.desk.actor
        try:
            if action == "request":
                assert self.subject_ref is not None
                row = notices.request(actor, self.subject_ref)
            else:
                assert live is not None
                ref = live.notice_no or f"#{live.id}"
                row = {
                    "approve": notices.approve,
                    "issue": notices.issue,
                    "withdraw": notices.withdraw,
                }[action](actor, ref)
        except UserError as exc:
            messages.show_refusal(self, exc, title)
            self.refresh()
            return None
        self.refresh()
        self.changed.emit()
        return row

    def request(self) -> NoticeRow | None:
        return self._step(self.tr("No notice requested"), "request")

    def approve(self) -> NoticeRow | None:
        return self._step(self.tr("Not approved"), "approve")

    def refuse(self) -> NoticeRow | None:
        live = self.live()
        if live is None:
            return None
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Refuse the notice"),
            self.tr("Why is {notice} refused? (The officer who asked reads this.)").format(
                notice=live.label
            ),
            QLineEdit.EchoMode.Normal,
        )
        if not ok:
            return None
        try:
            row = self.desk.services.notices.refuse(
                self.desk.actor, live.notice_no or f"#{live.id}", reason=reason
            )
        except UserError as exc:
            messages.show_refusal(self, exc, self.tr("Not refused"))
            return None
        self.refresh()
        self.changed.emit()
        return row

    def issue(self) -> NoticeRow | None:
        row = self._step(self.tr("Not issued"), "issue")
        if row is not None and messages.confirm(
            self,
            self.tr("Notice issued"),
            self.tr(
                "The notice is issued as {number}. Open it now to print it, save it, or save it "
                "as an image for messaging groups?"
            ).format(number=row.notice_no),
        ):
            self.print_notice()
        return row

    def withdraw(self) -> NoticeRow | None:
        live = self.live()
        if live is None or not messages.confirm(
            self,
            self.tr("Mark withdrawn"),
            self.tr(
                "Has {notice} been taken down from every wall and recalled from the messaging "
                "groups? Marking it withdrawn records that it is no longer out."
            ).format(notice=live.label),
        ):
            return None
        return self._step(self.tr("Not marked withdrawn"), "withdraw")

    def print_notice(self) -> None:
        live = self.live()
        if live is None or live.notice_no is None:
            return
        paper = NOTICE_PAPER if self.kind is NoticeKind.MISSING else FOUND_NOTICE_PAPER
        show_printout(self, self.desk, paper, live.notice_no)

    def print_slip(self) -> None:
        gone = (NoticeStatus.WITHDRAWAL_DUE, NoticeStatus.WITHDRAWN)
        notice = next((n for n in self.rows if n.notice_no and n.status in gone), None)
        if notice is not None and notice.notice_no is not None:
            show_printout(self, self.desk, WITHDRAWAL_PAPER, notice.notice_no)
